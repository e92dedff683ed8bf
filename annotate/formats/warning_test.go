package formats

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// codeArgs are the Args keys each WarningCode documents.
var codeArgs = map[WarningCode][]string{
	WarnTargetSpansLeftOut:    {"N"},
	WarnSourceSpansLeftOut:    {"N"},
	WarnCrossLinksLeftOut:     {"N"},
	WarnNoTranslations:        {"Format", "N"},
	WarnNoEntities:            {"Format", "N"},
	WarnNoLinks:               {"Format", "N"},
	WarnNoSpans:               {"Format", "N", "Links"},
	WarnNoOrigin:              {"Format", "N"},
	WarnCodePointsOutsideBMP:  {"Format"},
	WarnNoConfidences:         {"N", "Links"},
	WarnEdgeLineBreak:         {"Label", "Text"},
	WarnNoteLineBreaks:        {"Label", "Text"},
	WarnFileNameTaken:         {"Name", "Taken", "ID"},
	WarnNoDocumentID:          {"Name", "ID"},
	WarnLabelNotKept:          {"Label", "Type"},
	WarnOneLabelPerToken:      {"N", "Label", "Text"},
	WarnWordCut:               {"Label", "Text"},
	WarnCharacterKept:         {"Label", "Text"},
	WarnUntranslatedLeftOut:   {"N", "Total"},
	WarnSplitBySentences:      {"N", "Label", "Text"},
	WarnTokenBoundaries:       {"Label", "Text"},
	WarnConfirmedInPrediction: {"N"},
	WarnNotInMemory:           {"N"},
	WarnSourceLanguage:        {"Lang", "FileLang"},
	WarnLanguagePair:          {"Source", "Target", "FileSource", "FileTarget"},
	WarnCrossesParagraphs:     {"Label", "Text"},
	WarnBetweenSegments:       {"Label", "Text"},
	WarnNotXML:                {"Segment", "Target", "Char"},
	WarnConfirmedLinkLeftOut:  {"N", "Label", "Text"},
	WarnMarkersLeftOut:        {"N"},
	WarnNoteDetailsLeftOut:    {"Format", "N"},
	WarnNotNested:             {"Label", "Text"},
	WarnRejectedLeftOut:       {"Format", "N"},
	WarnSpanNotesLeftOut:      {"Format", "N"},
	WarnSegmentNotesLeftOut:   {"Format", "N"},
	WarnDocumentNotesLeftOut:  {"Format", "N"},
	WarnQAIgnoredLeftOut:      {"Format", "N"},
	WarnConfidencesLeftOut:    {"Format", "N", "Links"},
	WarnIncompleteParagraphs:  {"N", "Paragraphs"},
	WarnMentionsLeftOut:       {"N", "Pronouns", "Nominals", "Links"},
	WarnMentionKindsLost:      {"Format", "N", "Pronouns", "Nominals"},
	WarnTargetCodesLost:       {"N", "Units", "UnitSegments"},
	WarnTargetCodesPlaced:     {"N", "Units", "UnitSegments"},
	WarnTargetCodesOrder:      {"N", "Units", "UnitSegments"},
	WarnNotMerged:             {"N", "Segments", "Reason"},
	WarnMergeSpansLeftOut:     {"N"},
	WarnMergeBackMixed:        {"N"},
	WarnMergeBackLanguage:     {"Source", "Target", "FileSource", "FileTarget"},
	WarnNothingConfirmed:      {"N"},
	WarnDraftsDelivered:       {"N", "Total", "Numbers"},
	WarnChangesNotAccepted:    {"N", "Total", "Numbers"},
}

// firstNumber finds the first count in a message ("W3C" holds none).
var firstNumber = regexp.MustCompile(`\b\d+\b`)

// warnText is the text of the documents warnDoc makes: two paragraphs, the first of two sentences.
const warnText = "Oui 👍🏽 dit Noël. Il part.\n\nNon, dit Ana."

// warnDoc returns a document of warnText with the given spans, each [text, label, note]: the first
// span over text after the previous one's start.
func warnDoc(t *testing.T, id string, spans ...[3]string) *annotate.Document {
	t.Helper()
	d := annotate.NewDocument(id, "", warnText, "fr", "en")
	first, para := strings.Index(warnText, " Il"), strings.Index(warnText, "\n\n")
	d.AddSegment(0, first, 0, annotate.KindSentence)
	d.AddSegment(first+1, para, 0, annotate.KindSentence)
	d.AddSegment(para+2, len(warnText), 1, annotate.KindSentence)
	from := 0
	labels := map[string]bool{}
	for i, s := range spans {
		k := from + strings.Index(warnText[from:], s[0])
		labels[s[1]] = true
		d.Spans = append(d.Spans, &annotate.Span{ID: fmt.Sprintf("s%d", i+1), Side: annotate.Source, Start: k, End: k + len(s[0]),
			Label: s[1], Origin: annotate.Human, Confidence: 1, Note: s[2]})
		from = k
	}
	addLabels(d, labels)
	d = fresh(d)
	mustDo(t, d.Validate())
	return d
}

// TestExportWarningCodes: every warning an export gives has a code, with the Args its code lists, so
// that the app can say it in the user's language; each code is given by some export; and a count's N
// is the count Msg gives first, with which its words agree.
func TestExportWarningCodes(t *testing.T) {
	const H, A = annotate.Human, annotate.Auto
	type export struct {
		format string
		opts   WriteOptions
		docs   []*annotate.Document
	}
	var exports []export
	for _, format := range Names(true) {
		for _, side := range []Side{SourceSide, TargetSide, BothSides} {
			for _, n := range []int{1, 3} {
				for _, p := range []countParts{
					{quote: H, per: H, tper: true, speaker: H, trans: true, entity: true},
					{quote: A, per: A, tper: true, speaker: H},
				} {
					exports = append(exports, export{format, WriteOptions{Side: side}, []*annotate.Document{countDoc(t, n, p)}})
				}
				// A speaker a person confirmed whose mention is still a suggestion.
				exports = append(exports, export{format, WriteOptions{Side: side, Confirmed: true},
					[]*annotate.Document{countDoc(t, n, countParts{quote: H, per: A, tper: true, speaker: H, trans: true, entity: true})}})
			}
		}
	}
	odd := warnDoc(t, "d",
		[3]string{"👍", "MISC", ""},                         // inside a character
		[3]string{"Noël. ", "A|B", ""},                     // between segments; a label brat cannot name
		[3]string{"part.\n\nNon", annotate.LabelQuote, ""}, // across paragraphs
		[3]string{"part.\n", "MISC", ""},                   // ends with a line break
		[3]string{"An", annotate.LabelPER, "one\ntwo"},     // inside a word; a note with a line break
	)
	il := strings.Index(warnText, "Il")
	mustDo(t, annotate.NewEditor(odd).AddSpan(&annotate.Span{Side: annotate.Source, Start: il, End: il + len("Il"), Label: annotate.LabelPER,
		Mention: annotate.MentionPronoun})) // no name: left out of the formats for NER
	odd.Segments[2].Target = "No\x01"
	odd.Meta.Annotators = nil
	other := warnDoc(t, "D")
	other.SourceLang, other.TargetLang = "de", "es"
	oddCase := warnDoc(t, "D")
	// Overlapping spans, and notes with a category: XLIFF 1.2 keeps neither.
	overlap := warnDoc(t, "o", [3]string{"Oui 👍🏽 dit", annotate.LabelQuote, ""}, [3]string{"dit Noël", annotate.LabelPER, ""})
	overlap.Segments[0].Notes = []annotate.Note{{Category: "comment", Text: "« à revoir » 🇫🇷"}}
	exports = append(exports, export{"xliff12", WriteOptions{Side: BothSides}, []*annotate.Document{overlap}})
	lossy := lossyDoc(t)
	exports = append(exports, export{"tmx", WriteOptions{Paragraphs: true}, []*annotate.Document{lossy}})
	// The translation of a document translated in part.
	exports = append(exports, export{"doccano", WriteOptions{Side: BothSides}, []*annotate.Document{odd}})
	// A quotation across paragraphs, kept by CoNLL when asked for: one span per sentence.
	exports = append(exports, export{"conll", WriteOptions{Labels: []string{annotate.LabelQuote}}, []*annotate.Document{odd}})
	for _, format := range Names(true) {
		exports = append(exports, export{format, WriteOptions{}, []*annotate.Document{lossy}})
		exports = append(exports, export{format, WriteOptions{}, []*annotate.Document{odd}},
			export{format, WriteOptions{NoMarkers: true}, []*annotate.Document{odd}},
			export{format, WriteOptions{Mentions: AllMentions}, []*annotate.Document{odd}})
		if format != "glose" { // one document a file
			exports = append(exports, export{format, WriteOptions{}, []*annotate.Document{odd, other}},
				export{format, WriteOptions{}, []*annotate.Document{odd, oddCase}})
		}
	}

	given := map[WarningCode]bool{}
	check := func(format string, warns []Warning) {
		for _, w := range warns {
			keys, known := codeArgs[w.Code]
			if !known {
				t.Errorf("%s: %q has code %q, not a known one", format, w.Msg, w.Code)
				continue
			}
			given[w.Code] = true
			if got := slices.Sorted(maps.Keys(w.Args)); !slices.Equal(got, slices.Sorted(slices.Values(keys))) {
				t.Errorf("%s: %s (%q) has args %q, want %q", format, w.Code, w.Msg, got, keys)
			}
			if n, ok := w.Args["N"]; ok {
				if first := firstNumber.FindString(w.Msg); fmt.Sprint(n) != first {
					t.Errorf("%s: %q has N %v, want %s", format, w.Msg, n, first)
				}
			}
		}
	}
	for _, e := range exports {
		f, _ := Lookup(e.format)
		if f.Translation && len(e.docs) > 1 {
			continue // the translation of one article
		}
		docs, opts := exportable(f, e.docs, e.opts)
		_, warns, err := Write(e.format, docs, opts)
		if err != nil {
			t.Fatalf("%s: %v", e.format, err)
		}
		check(e.format, warns)
	}
	check("xliff merged back", mergeWarnings(t))
	check("xliff merged back with codes", codesLostWarnings(t))
	_, _, orderWarns, _ := translateUnits(t, "reorder.xlf", "xliff", reorderEnglish)
	check("xliff merged back with codes that may not be reordered", orderWarns)
	check("xliff merged back in other languages", otherLanguageMerge(t))
	// A document without an ID cannot be exported (it is not valid), but brat's file names have a
	// warning for it all the same.
	var w warnings
	bratFileNames([]*view{{Doc: &annotate.Document{}}}, &w)
	check("brat", w)

	for _, c := range WarningCodes() {
		if !given[c] {
			t.Errorf("no export gave a warning of code %s", c)
		}
	}
	if len(codeArgs) != len(WarningCodes()) {
		t.Errorf("WarningCodes lists %d codes, the test knows %d", len(WarningCodes()), len(codeArgs))
	}
}
