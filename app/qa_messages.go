package app

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// checkName is a check's description in the user's language.
func checkName(id string) string {
	switch id {
	case qa.Untranslated:
		return lang.X("qa.check.untranslated", "Untranslated segments")
	case qa.SameAsSource:
		return lang.X("qa.check.same-as-source", "Translation copied from the source")
	case qa.QuoteMissing:
		return lang.X("qa.check.quote-missing", "Quotations missing from the translation")
	case qa.NameInconsistent:
		return lang.X("qa.check.name-inconsistent", "Names translated inconsistently")
	case qa.NumberMismatch:
		return lang.X("qa.check.number-mismatch", "Numbers that differ")
	case qa.UnbalancedQuotes:
		return lang.X("qa.check.unbalanced-quotes", "Unbalanced quotation marks")
	case qa.FrenchTypography:
		return lang.X("qa.check.french-typography", "French typography in the English")
	case qa.PendingSuggestions:
		return lang.X("qa.check.pending-suggestions", "Suggestions not reviewed")
	case qa.Spelling:
		return lang.X("qa.check.spelling", "Spelling of the English")
	case qa.CodesPlaced:
		return lang.X("qa.check.codes-placed", "Inline codes placed by estimate")
	case qa.CodesByHand:
		return lang.X("qa.check.codes-hand", "Inline codes placed by hand amiss")
	case qa.QuotationStyle:
		return lang.X("qa.check.quote-style", "Quotation marks and apostrophes not in the style chosen")
	case qa.SymbolMissing:
		return lang.X("qa.check.symbol-missing", "Emoji, symbols and addresses missing from the translation")
	case qa.Spacing:
		return lang.X("qa.check.spacing", "Line breaks and spaces the source has not")
	}
	return annotationCheckName(id)
}

// annotationCheckName is checkName for the checks of the tags.
func annotationCheckName(id string) string {
	switch id {
	case qa.CueAlone:
		return lang.X("qa.check.cue-alone", "Reporting verbs without a quotation")
	case qa.SpeakerLabel:
		return lang.X("qa.check.speaker-label", "Speakers tagged as places or other names")
	case qa.SpeakerMissing:
		return lang.X("qa.check.speaker-missing", "Quotations without the speaker named beside them")
	case qa.NameUntagged:
		return lang.X("qa.check.name-untagged", "Names tagged elsewhere, untagged here")
	case qa.NameLabel:
		return lang.X("qa.check.name-label", "Names tagged with two labels")
	case qa.CounterpartLabel:
		return lang.X("qa.check.counterpart-label", "English counterparts of another label")
	case qa.Disputed:
		return lang.X("qa.check.disputed", "Reviewers' disagreements to settle")
	}
	return id
}

// numberSegments names, in the issues that list other segments (a name translated otherwise there),
// those segments by the numbers the segment list shows: qa names them by ID, which a client's XLIFF
// counts from 0 ("in s7, s12" meant segments 8 and 13). Each such issue gets arguments of its own;
// those segments are no part of what an ignored issue is keyed by (qa's volatile arguments).
func numberSegments(d *annotate.Document, issues []qa.Issue) {
	for i, is := range issues {
		ids, ok := is.Args["segments"]
		if is.Key != "qa.name-inconsistent" && is.Key != "qa.name-untagged" && is.Key != "qa.name-label" || !ok {
			continue
		}
		var idx []int
		for _, id := range strings.Split(ids, ", ") {
			if k := d.SegmentIndex(id); k >= 0 {
				idx = append(idx, k)
			}
		}
		if len(idx) == 0 {
			continue
		}
		slices.Sort(idx)
		args := maps.Clone(is.Args)
		args["segments"] = segmentNumbers(slices.Compact(idx))
		issues[i].Args = args
	}
}

// issueMessage is an issue's message in the user's language, from its key and arguments; an issue
// whose key the app does not know keeps qa's English message.
func issueMessage(is qa.Issue) string {
	return ownQuotes(issueWords(is), is.Args)
}

// issueWords is issueMessage before the snippets' own quotation marks are put back.
func issueWords(is qa.Issue) string {
	a := is.Args
	switch is.Key {
	case "qa.untranslated":
		return lang.X("qa.untranslated", "Not translated.", a)
	case "qa.same-as-source":
		return lang.X("qa.same-as-source", "The translation is a copy of the source.", a)
	case "qa.same-as-source.french":
		return lang.X("qa.same-as-source.french", "The English is still the French: {{.share}}% of its words are the French’s.", a)
	case "qa.quote-missing":
		return lang.X("qa.quote-missing", "The quotation {{.quote}} has no counterpart in the translation.", a)
	case "qa.name-inconsistent":
		return lang.X("qa.name-inconsistent", "“{{.source}}” is translated “{{.target}}” here but “{{.usual}}” in {{.segments}}.", a)
	case "qa.name-inconsistent.glossary":
		return lang.X("qa.name-inconsistent.glossary", "“{{.source}}” is translated “{{.target}}”, but the glossary says “{{.expected}}”.", a)
	case "qa.name-inconsistent.entity":
		return lang.X("qa.name-inconsistent.entity", "The English reads “{{.target}}”, but the entity “{{.entity}}” is “{{.expected}}” in English.", a)
	case "qa.number-mismatch":
		return numberMessage(a)
	case "qa.unbalanced-quotes.closing":
		return lang.X("qa.unbalanced-quotes.closing", "A quotation is closed with {{.mark}} but was never opened.", a)
	case "qa.unbalanced-quotes.opening":
		return lang.X("qa.unbalanced-quotes.opening", "A quotation is opened with {{.mark}} but never closed.", a)
	case "qa.unbalanced-quotes.straight":
		return lang.X("qa.unbalanced-quotes.straight", "The paragraph has an odd number of straight quotes ({{.mark}}).", a)
	case "qa.french-typography.guillemets":
		return lang.X("qa.french-typography.guillemets", "French guillemets « » in the English; English uses “ ”.", a)
	case "qa.french-typography.space":
		return lang.X("qa.french-typography.space", "A space before “{{.mark}}”, as in French.", a)
	case "qa.quote-style.straight":
		return lang.X("qa.quote-style.straight", "Straight marks ({{.marks}}) where the style is curly: “ ” ‘ ’.", a)
	case "qa.quote-style.curly":
		return lang.X("qa.quote-style.curly", "Curly marks ({{.marks}}) where the style is straight: \" '.", a)
	case "qa.quote-style.direction":
		return lang.X("qa.quote-style.direction", "A quotation mark turned the wrong way ({{.marks}}): “ opens, ” closes.", a)
	case "qa.quote-style.guillemets":
		return lang.X("qa.quote-style.guillemets", "French guillemets ({{.marks}}) in the English, where the style is curly: “ ” ‘ ’.", a)
	case "qa.quote-style.guillemets-straight":
		return lang.X("qa.quote-style.guillemets-straight", "French guillemets ({{.marks}}) in the English, where the style is straight: \" '.", a)
	case "qa.quote-style.single":
		return lang.X("qa.quote-style.single", "An apostrophe or single quotation mark turned the wrong way ({{.marks}}): ’ is the apostrophe and closes, ‘ opens.", a)
	case "qa.spacing.line-break":
		return lang.X("qa.spacing.line-break", "A line break the source does not have.", a)
	case "qa.spacing.edges":
		return lang.X("qa.spacing.edges", "White space at the start or the end, which the source does not have.", a)
	case "qa.spacing.double":
		return lang.X("qa.spacing.double", "Two spaces in a row, where the source has none.", a)
	case "qa.symbol-missing":
		return lang.X("qa.symbol-missing", "Missing from the translation: {{.items}}.", a)
	case "qa.spelling":
		return lang.X("qa.spelling", "“{{.word}}” may be misspelt: {{.suggestions}}?", a)
	case "qa.spelling.none":
		return lang.X("qa.spelling.none", "“{{.word}}” may be misspelt (no suggestion).", a)
	case "qa.codes-placed.wraps", "qa.codes-placed.beside", "qa.codes-placed.order", "qa.codes-placed.former":
		return codesPlacedMessage(is.Key, a)
	case "qa.codes-hand.twice", "qa.codes-hand.reversed", "qa.codes-hand.missing", "qa.codes-hand.missing-bare", "qa.codes-hand.unknown", "qa.codes-hand.moved":
		return codesHandMessage(is.Key, a)
	case "qa.pending-suggestions":
		n, _ := strconv.Atoi(a["count"])
		return lang.XN("qa.pending-suggestions", "{{.count}} suggestions awaiting review.", n, a)
	}
	return annotationMessage(is)
}

// annotationMessage is issueWords for the checks of the tags.
func annotationMessage(is qa.Issue) string {
	a := is.Args
	switch is.Key {
	case "qa.cue-alone":
		return lang.X("qa.cue-alone", "The reporting verb “{{.verb}}” belongs to no quotation: link it to its quotation (a quotation’s cue) or remove it.", a)
	case "qa.speaker-label":
		return lang.X("qa.speaker-label", "The speaker of {{.quote}} is “{{.speaker}}”, tagged {{.label}}: a speaker is a person (PER) or an organisation (ORG).", a)
	case "qa.speaker-missing":
		return lang.X("qa.speaker-missing", "The quotation {{.quote}} has no speaker, while “{{.speaker}}” beside it may be the speaker: link it, or ignore this warning if it has none.", a)
	case "qa.name-untagged":
		return lang.X("qa.name-untagged", "“{{.name}}” is tagged {{.label}} in {{.segments}} but left untagged here.", a)
	case "qa.name-untagged.lower":
		return lang.X("qa.name-untagged.lower", "“{{.word}}” is in lower case and untagged, but the French of this segment tags the person “{{.name}}”.", a)
	case "qa.name-label":
		return lang.X("qa.name-label", "“{{.name}}” is tagged {{.label}} here but {{.usual}} in {{.segments}}.", a)
	case "qa.counterpart-label":
		return lang.X("qa.counterpart-label", "“{{.name}}” is tagged {{.label}}, but its English “{{.english}}” is tagged {{.englishLabel}}.", a)
	case "qa.disputed":
		return lang.X("qa.disputed", "Reviewers disagree on “{{.words}}”: {{.views}}. Confirm, relabel or reject it.", a)
	case "qa.disputed-note":
		return lang.X("qa.disputed-note", "Reviewers differ: {{.note}}. Settle it, then delete the note.", a)
	}
	return is.Message
}

// numberMessage says which numbers differ: missing from the translation, extra in it, or both.
func numberMessage(a map[string]string) string {
	switch {
	case a["missing"] != "" && a["extra"] != "":
		return lang.X("qa.number-mismatch.both", "Numbers differ: {{.missing}} missing from the translation, {{.extra}} not in the source.", a)
	case a["extra"] != "":
		return lang.X("qa.number-mismatch.extra", "Numbers differ: {{.extra}} not in the source.", a)
	}
	return lang.X("qa.number-mismatch.missing", "Numbers differ: {{.missing}} missing from the translation.", a)
}
