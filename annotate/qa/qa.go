// Package qa checks a translated document for what a reviewer would flag: untranslated segments, source
// quotations missing from the translation, names translated inconsistently, numbers that differ, quotation
// marks left unbalanced, French typography left in the English, quotation marks and apostrophes not in
// the style chosen, emoji, symbols and addresses dropped, suggestions not yet reviewed,
// words of the English that may be misspelt, and, in a document from a client's XLIFF file, inline
// codes that its export could only place at a likely place; and the tags: reporting verbs without
// a quotation, speakers tagged as places, quotations without the speaker beside them, names tagged
// in one place and not another or under two labels, and English counterparts of another label. Each
// check has an ID, a default severity and can be switched off; each issue carries an English message and
// a message key with arguments so that the app can show it in the user's language.
package qa

import (
	"sort"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/spell"
)

// Severity says how bad an issue is.
type Severity string

// Severities, from worst to mildest.
const (
	Error   Severity = "error"   // the translation is wrong or incomplete
	Warning Severity = "warning" // probably wrong; a person should look
	Info    Severity = "info"    // work left to do, not a fault of the text
)

// Rank orders severities: 3 for error, 2 warning, 1 info, 0 unknown.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Info:
		return 1
	}
	return 0
}

// Issue is one problem found. Segment and Span are IDs (Span may be empty).
type Issue struct {
	Check    string            `json:"check"`
	Severity Severity          `json:"severity"`
	Segment  string            `json:"segment"`
	Span     string            `json:"span,omitempty"`
	Message  string            `json:"message"` // English, for logs and the CLI
	Key      string            `json:"key"`     // message key for translation, "qa." + Check (+ variant)
	Args     map[string]string `json:"args,omitempty"`
	// Ignored is true for an issue its segment ignores: a person judged it no fault.
	Ignored bool `json:"ignored,omitempty"`
	// Start and End are the byte offsets of a misspelt word in the segment's English (check spelling).
	Start, End int `json:"-"`
}

// Check describes one check.
type Check struct {
	ID          string
	Severity    Severity // default severity
	Description string   // English, one sentence
}

// Check IDs.
const (
	Untranslated       = "untranslated"
	SameAsSource       = "same-as-source"
	QuoteMissing       = "quote-missing"
	NameInconsistent   = "name-inconsistent"
	NumberMismatch     = "number-mismatch"
	UnbalancedQuotes   = "unbalanced-quotes"
	FrenchTypography   = "french-typography"
	PendingSuggestions = "pending-suggestions"
	Spelling           = "spelling"
	CodesPlaced        = "codes-placed"
	CodesByHand        = "codes-hand"
	QuotationStyle     = "quote-style"
	SymbolMissing      = "symbol-missing"
	Spacing            = "spacing"
	// The annotation checks (annotations.go, untagged.go).
	CueAlone         = "cue-alone"
	SpeakerLabel     = "speaker-label"
	SpeakerMissing   = "speaker-missing"
	NameUntagged     = "name-untagged"
	NameLabel        = "name-label"
	CounterpartLabel = "counterpart-label"
	Disputed         = "disputed"
)

// Checks lists the checks in the order Run applies them.
func Checks() []Check {
	return []Check{
		{Untranslated, Error, "A segment has no translation."},
		{SameAsSource, Warning, "A segment's English is still its French: a copy of it, or mostly its words."},
		{QuoteMissing, Warning, "A quotation of the source has no counterpart in the translation."},
		{NameInconsistent, Warning, "A name is translated differently across segments, or against the glossary."},
		{NumberMismatch, Warning, "A number of the source is missing from the translation, or the other way round."},
		{UnbalancedQuotes, Warning, "Quotation marks of the translation are not balanced."},
		{FrenchTypography, Warning, "The translation keeps French typography: « », or a space before ; : ! ?"},
		{QuotationStyle, Warning, "Quotation marks and apostrophes of the translation are not in the style chosen: curly “ ” ‘ ’ or straight \" ', or are French guillemets « » ‹ › left in it."},
		{SymbolMissing, Warning, "An emoji, a symbol (€ % ° © ™ №…), a web or e-mail address, a hashtag or a handle of the source is missing from the translation."},
		{Spacing, Warning, "The translation has white space its source has not: a line break, space at its start or end, two spaces in a row."},
		{PendingSuggestions, Info, "A segment still holds suggestions nobody has accepted or rejected."},
		{Spelling, Warning, "A word of the English is in neither the dictionary nor the document's names."},
		{CodesPlaced, Info, "An inline code of the client's XLIFF file, or a tag of subtitles, that the export can only place at a likely place in the translation."},
		{CueAlone, Warning, "A reporting verb (CUE) is linked to no quotation."},
		{SpeakerLabel, Warning, "A quotation's speaker is tagged a place or another name (LOC, MISC), not a person or an organisation."},
		{SpeakerMissing, Warning, "A confirmed quotation has no speaker while a person's or organisation's mention stands right beside it."},
		{NameUntagged, Warning, "A name tagged and confirmed elsewhere in the document is written here untagged."},
		{NameLabel, Warning, "A name is tagged with one label here and another elsewhere in the document."},
		{CounterpartLabel, Warning, "A name's confirmed English counterpart carries another label."},
		{Disputed, Warning, "Reviewers of a curated document disagree on a span, its label, speaker or cue, and nobody has settled it yet."},
		{CodesByHand, Warning, "An inline code placed by hand in the translation is placed twice, closed before it opens, left out while others are placed, or is no code of the French."},
	}
}

// Config tunes a run. The zero value runs every check at its default severity. The document's own
// entities always serve as a glossary: their English names are what their English mentions should read.
type Config struct {
	Disabled map[string]bool     // check IDs not to run
	Severity map[string]Severity // overrides of default severities
	Glossary project.Glossary    // optional: expected translations of names, besides the entities' own
	Project  project.Options     // how quotations and names are matched when no translation link says
	// English is the spelling the spelling check reads: spell.American, spell.British or
	// spell.AnyEnglish (either); "" for the one the document's target language names (en-GB British,
	// en-US American: spell.VarietyOf), else either.
	English spell.Variety
	// Words are the user's own words, which the spelling check accepts besides the embedded
	// dictionary's; nil for none.
	Words *spell.Dictionary
	// IgnoreWords are words the spelling check does not flag, as written.
	IgnoreWords map[string]bool
	// Quotes is the style of quotation marks and apostrophes the quotation style check expects of
	// the English: Curly (also for "") or Straight.
	Quotes QuoteStyle
	// Cache keeps findings from one run on the document to the next, which then looks again only at
	// what changed: the app keeps one per document window; nil keeps nothing, as one run on each
	// document of a corpus wants.
	Cache *Cache
}

// Run applies the enabled checks to d and returns the issues in segment order, then by check. The
// issues a segment ignores are among them, marked Ignored (ignore.go).
func Run(d *annotate.Document, cfg Config) []Issue {
	r := &run{d: d, cfg: cfg}
	if cfg.Glossary != nil && r.cfg.Project.Glossary == nil {
		r.cfg.Project.Glossary = cfg.Glossary
	}
	funcs := map[string]func(){
		Untranslated: r.untranslated, SameAsSource: r.sameAsSource, QuoteMissing: r.quoteMissing,
		NameInconsistent: r.nameInconsistent, NumberMismatch: r.numbers, UnbalancedQuotes: r.unbalanced,
		FrenchTypography: r.typography, PendingSuggestions: r.pending, Spelling: r.spelling,
		CodesPlaced: r.codesPlaced, QuotationStyle: r.quoteStyle, SymbolMissing: r.symbolMissing,
		Spacing: r.spacing, CodesByHand: r.codesByHand,
		CueAlone: r.cueAlone, SpeakerLabel: r.speakerLabel, SpeakerMissing: r.speakerMissing,
		NameUntagged: func() { r.nameTagging(NameUntagged) }, NameLabel: func() { r.nameTagging(NameLabel) },
		CounterpartLabel: r.counterpartLabel, Disputed: r.disputed,
	}
	for _, c := range Checks() {
		if !cfg.Disabled[c.ID] {
			r.sev = c.Severity
			if s, ok := cfg.Severity[c.ID]; ok {
				r.sev = s
			}
			funcs[c.ID]()
		}
	}
	sort.SliceStable(r.issues, func(i, j int) bool {
		return d.SegmentIndex(r.issues[i].Segment) < d.SegmentIndex(r.issues[j].Segment)
	})
	r.markIgnored()
	return r.issues
}

// Worst returns the highest severity among issues not ignored, or "" when there are none.
func Worst(issues []Issue) Severity {
	var w Severity
	for _, is := range issues {
		if !is.Ignored && is.Severity.Rank() > w.Rank() {
			w = is.Severity
		}
	}
	return w
}

// run is one QA pass.
type run struct {
	d      *annotate.Document
	cfg    Config
	sev    Severity // of the check running
	issues []Issue

	entityExpects map[string]string           // English name expected of the target spans entityNames flagged
	french        map[string]bool             // segments whose English is still the French (sameAsSource)
	bySeg         map[string][]*annotate.Span // spans by segment, "en\x00" + ID for the English (speakerMissing)
}

func (r *run) add(check, key, seg, span, msg string, args map[string]string) {
	if r.leftAlone(check, seg) {
		return
	}
	r.issues = append(r.issues, Issue{Check: check, Severity: r.sev, Segment: seg, Span: span, Message: msg,
		Key: key, Args: args})
}

// leftAlone reports whether an issue of check in segment seg is not to be raised: every check of the
// English asks for a change of it, which a locked segment's English refuses (a client's translate="no"
// keeps its French, « » and all; a translator locked it once approved). The suggestions still to
// review and the export's placement of codes are no change of the English: they stay.
func (r *run) leftAlone(check, seg string) bool {
	if check == PendingSuggestions || check == CodesPlaced || annotationCheck(check) {
		return false
	}
	s := r.d.Segment(seg)
	return s != nil && s.Locked
}

// annotationCheck reports whether a check reads the tags, not the English: a locked segment's tags
// may still be wrong, and put right.
func annotationCheck(check string) bool {
	switch check {
	case CueAlone, SpeakerLabel, SpeakerMissing, NameUntagged, NameLabel, CounterpartLabel, Disputed:
		return true
	}
	return false
}

// translated reports whether a segment has a translation to check.
func translated(s *annotate.Segment) bool { return hasLetterOrDigit(s.Target) }
