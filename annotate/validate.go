package annotate

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/internal/grapheme"
)

var colorRE = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// langRE is the schema's pattern for language tags; language.Parse alone also takes "en_US" or
// "x-foo", which the schema refuses, so a document it let through would fail validate.
var langRE = regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)

// Validate checks the document's meaning: languages, the source text, segment ranges, spans (range,
// side, segment, label, origin, confidence), links to existing spans, entity mentions and rejections. It returns the
// first problem as a *ValidationError with a JSON-like path (offsets in the message are bytes).
func (d *Document) Validate() error {
	checks := []func() error{d.validateHeader, d.validateLayout, d.validateLabels, d.validateSegments, d.validateSpans, d.validateLinks, d.validateEntities, d.validateRejected, d.validateNotes}
	for _, c := range checks {
		if err := c(); err != nil {
			return err
		}
	}
	return nil
}

// verr is the error of a problem of kind code at path, with the value there when the wording needs it
// (nil: none), and its English message.
func verr(path string, code ErrorCode, value any, format string, a ...any) error {
	var args map[string]any
	if value != nil {
		args = map[string]any{"Value": value}
	}
	return coded(path, code, args, fmt.Sprintf(format, a...))
}

// choice is the error of a value at path that is none of allowed, with its English message.
func choice(path, value string, allowed []string, format string, a ...any) error {
	return coded(path, InvalidChoice, map[string]any{"Value": value, "Allowed": strings.Join(allowed, ", ")}, fmt.Sprintf(format, a...))
}

func (d *Document) validateHeader() error {
	if d.ID == "" {
		return verr("id", InvalidNoID, nil, "empty: every document needs an ID (the file name without extension is a good one)")
	}
	for _, l := range []struct{ path, tag string }{{"source.lang", d.SourceLang}, {"target.lang", d.TargetLang}} {
		if _, err := language.Parse(l.tag); err != nil || !langRE.MatchString(l.tag) {
			return verr(l.path, InvalidLanguage, l.tag, "%q is not a BCP 47 language tag (e.g. \"fr\", \"en-GB\")", l.tag)
		}
	}
	if !utf8.ValidString(d.Text) {
		return verr("source.text", InvalidUTF8, nil, "not valid UTF-8")
	}
	if !norm.NFC.IsNormalString(d.Text) {
		return verr("source.text", InvalidNFC, nil, "not in Unicode NFC form (import the text through Glose to normalise it)")
	}
	return nil
}

func (d *Document) validateLabels() error {
	seen := map[string]bool{}
	for i, l := range d.Labels {
		p := fmt.Sprintf("labels[%d]", i)
		switch {
		case l.Name == "":
			return verr(p+".name", InvalidEmpty, nil, "empty")
		case seen[l.Name]:
			return verr(p+".name", InvalidDuplicate, l.Name, "%q is defined twice", l.Name)
		case !colorRE.MatchString(l.Color):
			return verr(p+".color", InvalidColor, l.Color, "%q: expected a colour like \"#4e79a7\"", l.Color)
		case utf8.RuneCountInString(l.Key) > 1:
			return verr(p+".key", InvalidKey, l.Key, "%q: expected one character", l.Key)
		}
		seen[l.Name] = true
	}
	return nil
}

func (d *Document) validateSegments() error {
	ids := map[string]bool{}
	prevEnd := 0
	for i, s := range d.Segments {
		p := fmt.Sprintf("segments[%d]", i)
		switch {
		case s.ID == "":
			return verr(p+".id", InvalidEmpty, nil, "empty")
		case ids[s.ID]:
			return verr(p+".id", InvalidDuplicate, s.ID, "%q is used twice", s.ID)
		case s.Start < prevEnd || s.End <= s.Start || s.End > len(d.Text):
			return coded(p, InvalidSegmentRange, map[string]any{"Start": s.Start, "End": s.End}, fmt.Sprintf("range [%d, %d) must be non-empty, inside the text and after the previous segment", s.Start, s.End))
		case !slices.Contains(Statuses, s.Status):
			return choice(p+".status", string(s.Status), []string{"new", "draft", "translated", "reviewed"}, "%q: expected one of new, draft, translated, reviewed", s.Status)
		case !utf8.ValidString(s.Target):
			return verr(p+".target", InvalidUTF8, nil, "not valid UTF-8")
		case s.Kind != KindSentence && s.Kind != KindHeading && s.Kind != KindDateline:
			return choice(p+".kind", string(s.Kind), []string{"sentence", "heading", "dateline"}, "%q: expected sentence, heading or dateline", s.Kind)
		case s.LockReason != LockUnknown && !slices.Contains(LockReasons(), s.LockReason):
			return choice(p+".lockReason", string(s.LockReason), lockReasonNames(), "%q: expected translator, translate-no, memoq or trados", s.LockReason)
		case s.LockReason != LockUnknown && !s.Locked:
			return choice(p+".locked", "false", []string{"true"}, "false, but lockReason says why it is locked (%s)", s.LockReason)
		}
		if err := validateQAIgnored(p, s.QAIgnored); err != nil {
			return err
		}
		if err := validateCodes(p, s); err != nil {
			return err
		}
		if !utf8.ValidString(s.TranslatorTarget) {
			return verr(p+".translatorTarget", InvalidUTF8, nil, "not valid UTF-8")
		}
		ids[s.ID] = true
		prevEnd = s.End
	}
	return nil
}

func (d *Document) validateSpans() error {
	ids := map[string]bool{}
	for i, sp := range d.Spans {
		p := fmt.Sprintf("spans[%d]", i)
		switch {
		case sp.ID == "":
			return verr(p+".id", InvalidEmpty, nil, "empty")
		case ids[sp.ID]:
			return verr(p+".id", InvalidDuplicate, sp.ID, "%q is used twice", sp.ID)
		case sp.Origin != Auto && sp.Origin != Human:
			return choice(p+".origin", string(sp.Origin), []string{"auto", "human"}, "%q: expected auto or human", sp.Origin)
		case sp.Confidence < 0 || sp.Confidence > 1:
			return verr(p+".confidence", InvalidConfidence, sp.Confidence, "%v: expected a number from 0 to 1", sp.Confidence)
		case sp.Side == Source && sp.Segment != "":
			return verr(p+".segment", InvalidSourceSegment, nil, "a source span has no segment")
		case !sp.Mention.Valid():
			return choice(p+".mention", string(sp.Mention), []string{"name", "nominal", "pronoun"}, "%q: expected name, nominal or pronoun", sp.Mention)
		}
		if _, ok := d.Label(sp.Label); !ok && (sp.Side == Source || sp.Side == Target) {
			return coded(p, InvalidLabel, map[string]any{"Label": sp.Label}, fmt.Sprintf("unknown label %q", sp.Label))
		}
		if err := d.checkSpan(sp); err != nil {
			return &ValidationError{Path: p, Msg: err.Error()} // a range in bytes, which a file cannot give
		}
		ids[sp.ID] = true
	}
	return nil
}

func (d *Document) validateLinks() error {
	ids := map[string]bool{}
	for i, l := range d.Links {
		p := fmt.Sprintf("links[%d]", i)
		switch {
		case l.ID == "":
			return verr(p+".id", InvalidEmpty, nil, "empty")
		case ids[l.ID]:
			return verr(p+".id", InvalidDuplicate, l.ID, "%q is used twice", l.ID)
		case l.Type == "":
			return verr(p+".type", InvalidEmpty, nil, "empty")
		case d.Span(l.From) == nil:
			return coded(p+".from", InvalidNoSpan, map[string]any{"Span": l.From}, fmt.Sprintf("no span %q", l.From))
		case d.Span(l.To) == nil:
			return coded(p+".to", InvalidNoSpan, map[string]any{"Span": l.To}, fmt.Sprintf("no span %q", l.To))
		case l.Origin != Auto && l.Origin != Human:
			return choice(p+".origin", string(l.Origin), []string{"auto", "human"}, "%q: expected auto or human", l.Origin)
		case l.Confidence < 0 || l.Confidence > 1:
			return verr(p+".confidence", InvalidConfidence, l.Confidence, "%v: expected a number from 0 to 1", l.Confidence)
		}
		ids[l.ID] = true
	}
	return nil
}

func (d *Document) validateEntities() error {
	ids := map[string]bool{}
	owner := map[string]string{}
	for i, e := range d.Entities {
		p := fmt.Sprintf("entities[%d]", i)
		if e.ID == "" {
			return verr(p+".id", InvalidEmpty, nil, "%q is empty or used twice", e.ID)
		}
		if ids[e.ID] {
			return verr(p+".id", InvalidDuplicate, e.ID, "%q is empty or used twice", e.ID)
		}
		ids[e.ID] = true
		for j, m := range e.Mentions {
			mp := fmt.Sprintf("%s.mentions[%d]", p, j)
			if d.Span(m) == nil {
				return coded(mp, InvalidNoSpan, map[string]any{"Span": m}, fmt.Sprintf("no span %q", m))
			}
			if o, ok := owner[m]; ok {
				return coded(mp, InvalidMention, map[string]any{"Span": m, "Entity": o}, fmt.Sprintf("span %q is already a mention of entity %q", m, o))
			}
			owner[m] = e.ID
		}
	}
	return nil
}

// Warnings lists what Validate accepts but a person should hear about, for a caller to show as
// warnings: spans that cut a character (ClusterSplits), entities at odds with their mentions
// (EntityWarnings), PER names on pronouns (PronounNames), then notes sharing an ID and a client's file
// for merge-back that is not XML (IntegrityWarnings).
func (d *Document) Warnings() []*ValidationError {
	return append(append(append(d.ClusterSplits(), d.EntityWarnings()...), d.PronounNames()...), d.IntegrityWarnings()...)
}

// pronouns are the personal pronouns a PER span may stand on alone, by language.
var pronouns = map[string][]string{
	"fr": {"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "lui", "eux", "iel", "iels"},
	"en": {"i", "you", "he", "she", "it", "we", "they", "him", "her", "us", "them"},
}

// IsPronoun reports whether text, in the language of BCP 47 tag, is a bare personal pronoun ("il",
// "-il" of "a-t-il", "She"): the words of a pronoun mention, never of a name.
func IsPronoun(tag, text string) bool {
	base, _, _ := strings.Cut(strings.ToLower(tag), "-")
	return slices.Contains(pronouns[base], strings.ToLower(strings.TrimLeft(strings.TrimSpace(text), "-")))
}

// PronounNames lists, in span order, the PER spans marked as names whose text is a bare personal
// pronoun ("il", "-il", "she"): made by hand, or in a file from before mention kinds, they would go
// to the formats for named-entity recognisers as names. Mark them pronouns (MentionKind).
func (d *Document) PronounNames() []*ValidationError {
	var out []*ValidationError
	for i, sp := range d.Spans {
		if sp.Label != LabelPER || !sp.IsName() {
			continue
		}
		tag := d.SourceLang
		if sp.Side == Target {
			tag = d.TargetLang
		}
		if IsPronoun(tag, d.SpanText(sp)) {
			out = append(out, &ValidationError{Path: fmt.Sprintf("spans[%d].mention", i),
				Msg: fmt.Sprintf("span %s PER %q is a pronoun marked as a name: mark it a pronoun (\"mention\": \"pronoun\", or a right click on it in the Entities tab), or exports for named-entity recognisers take it for a name",
					sp.ID, d.SpanText(sp))})
		}
	}
	return out
}

// EntityWarnings lists, in the order of the entities, those that Glose's edits never leave so (see
// entity.go): an entity without mention, and a mention whose label is not its entity's type (PER
// "Ammar ben Yasser" with a LOC mention). Validate accepts them: files made elsewhere, or by an older
// Glose, hold them and must still open; but exports would give such a mention two types, and merging,
// which joins entities of one type, would miss it.
func (d *Document) EntityWarnings() []*ValidationError {
	var out []*ValidationError
	for i, e := range d.Entities {
		p := fmt.Sprintf("entities[%d]", i)
		name := Shorten(e.Name(d.SourceLang), 40)
		if len(e.Mentions) == 0 {
			out = append(out, &ValidationError{Path: p + ".mentions",
				Msg: fmt.Sprintf("entity %s %s %q has no mention; the app leaves it out when it opens the document", e.ID, e.Type, name)})
		}
		for j, m := range e.Mentions {
			if sp := d.Span(m); sp != nil && sp.Label != e.Type {
				out = append(out, &ValidationError{Path: fmt.Sprintf("%s.mentions[%d]", p, j),
					Msg: fmt.Sprintf("span %s %q is labelled %s but its entity %s %q is %s: relabel the span, or change the entity's type",
						sp.ID, Shorten(d.SpanText(sp), 40), sp.Label, e.ID, name, e.Type)})
			}
		}
	}
	return out
}

// ClusterSplits lists, in document order, the spans whose start or end falls inside a grapheme cluster
// (Unicode UAX #29) of their text: between the two halves of a flag (🇪🇺), inside an emoji ZWJ
// sequence (👨‍👩‍👧), before a skin tone (👍🏽), a variation selector or a combining mark (e + U+0301).
// Such an edge cuts what a reader sees as one character, and pre-annotation never makes one. Validate
// accepts them all the same: it runs on every import, every file opened and every export, and gold data
// made elsewhere (doccano, Label Studio, whose browsers count UTF-16 units or code points) may hold
// such offsets, which must still open, export and be corrected by hand. Each entry gives the span's
// path and the edge, for a caller to show as a warning.
func (d *Document) ClusterSplits() []*ValidationError {
	var out []*ValidationError
	for i, sp := range d.Spans {
		text := d.Text
		if sp.Side == Target {
			seg := d.Segment(sp.Segment)
			if seg == nil {
				continue
			}
			text = seg.Target
		}
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			continue // Validate's business
		}
		for _, e := range []struct {
			name string
			off  int
		}{{"start", sp.Start}, {"end", sp.End}} {
			if c, ok := clusterAround(text, e.off); !ok {
				out = append(out, &ValidationError{Path: fmt.Sprintf("spans[%d].%s", i, e.name),
					Msg: fmt.Sprintf("%s %q: the %s (byte %d) falls inside the character %+q; move it before or after it",
						sp.Label, Shorten(text[sp.Start:sp.End], 30), e.name, e.off, c)})
			}
		}
	}
	return out
}

// clusterAround reports whether byte offset i of text is a grapheme cluster boundary, and if not the
// cluster it falls in.
func clusterAround(text string, i int) (string, bool) {
	s := grapheme.Snap(text, i)
	if s == i {
		return "", true
	}
	return text[s:grapheme.Next(text, s)], false
}

// validateNotes checks the notes of the document and of its segments.
func (d *Document) validateNotes() error {
	check := func(p string, notes []Note) error {
		for i, n := range notes {
			q := fmt.Sprintf("%s[%d]", p, i)
			switch {
			case n.Priority < 0 || n.Priority > 10:
				return verr(q+".priority", InvalidPriority, n.Priority, "%d: expected 1 (the highest) to 10, or none", n.Priority)
			case n.AppliesTo != "" && n.AppliesTo != Source && n.AppliesTo != Target:
				return choice(q+".appliesTo", string(n.AppliesTo), []string{string(Source), string(Target)}, "%q: expected %q or %q, or none", n.AppliesTo, Source, Target)
			case !utf8.ValidString(n.Text):
				return verr(q+".text", InvalidUTF8, nil, "not valid UTF-8")
			}
		}
		return nil
	}
	if err := check("notes", d.Notes); err != nil {
		return err
	}
	for i, s := range d.Segments {
		if err := check(fmt.Sprintf("segments[%d].notes", i), s.Notes); err != nil {
			return err
		}
	}
	return nil
}
