package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// lossyDoc is a document with what most formats have no place for: a rejected suggestion, notes on
// a span, on two segments and on the document, two ignored warnings of the checks, a suggested span and a suggested link (with their
// confidence), and a paragraph of two segments of which only the first is translated.
func lossyDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := warnDoc(t, "lossy", [3]string{"Noël", annotate.LabelPER, "« à vérifier » 👍🏽"}, [3]string{"Ana", annotate.LabelPER, ""})
	d.Spans[1].Origin, d.Spans[1].Confidence = annotate.Auto, 0.7
	d.Links = append(d.Links, &annotate.Link{ID: "l1", Type: "same", From: d.Spans[0].ID, To: d.Spans[1].ID, Origin: annotate.Auto, Confidence: 0.6})
	at := len("Oui 👍🏽 dit ")
	d.Rejected = append(d.Rejected, &annotate.Rejection{Side: annotate.Source, Start: at - len("dit "), End: at - 1, Label: annotate.LabelPER})
	d.Segments[0].Notes = []annotate.Note{{Category: "comment", Text: "Noe\u0308l, 🇫🇷"}}
	d.Segments[2].Notes = []annotate.Note{{Text: "Ana ?"}}
	d.Notes = []annotate.Note{{Text: "article « test »"}}
	d.Segments[0].QAIgnored = []annotate.QAIgnore{{Check: "number-mismatch", About: "missing: 10"}, {Check: "spacing", About: "english: Yes"}}
	d.Segments[0].Target, d.Segments[0].Status = "Yes 👍🏽 says Noël.", annotate.StatusTranslated
	d.Segments[2].Target, d.Segments[2].Status = "No, says Ana.", annotate.StatusReviewed
	mustDo(t, d.Validate())
	return d
}

// TestNothingDroppedSilently: each format that has no place for a rejected suggestion, a note, an
// ignored warning of the checks, an origin or a confidence says how many it leaves out, under its code, and a format that keeps
// them says nothing of them (docs/formats.md has the same table).
func TestNothingDroppedSilently(t *testing.T) {
	const (
		rej, spanN, segN, docN = WarnRejectedLeftOut, WarnSpanNotesLeftOut, WarnSegmentNotesLeftOut, WarnDocumentNotesLeftOut
		origin, conf, qaIg     = WarnNoOrigin, WarnConfidencesLeftOut, WarnQAIgnoredLeftOut
	)
	all := []WarningCode{rej, spanN, segN, docN, origin, conf, qaIg}
	for _, tc := range []struct {
		format string
		want   map[WarningCode]int // N of each warning of all the export gives
	}{
		{"glose", nil},
		{"jsonl", nil},
		{"doccano", map[WarningCode]int{rej: 1, spanN: 1, segN: 2, docN: 1, origin: 1, qaIg: 2}},
		{"labelstudio", map[WarningCode]int{rej: 1, segN: 2, docN: 1, qaIg: 2}},
		{"spacy", map[WarningCode]int{rej: 1, spanN: 1, segN: 2, docN: 1, origin: 1, qaIg: 2}},
		{"brat", map[WarningCode]int{rej: 1, segN: 2, docN: 1, qaIg: 2}},
		{"conll", map[WarningCode]int{rej: 1, spanN: 1, segN: 2, docN: 1, origin: 1, qaIg: 2}},
		{"w3c", map[WarningCode]int{rej: 1, segN: 2, docN: 1, conf: 1, qaIg: 2}},
		{"xliff", map[WarningCode]int{rej: 1}},
		{"xliff12", map[WarningCode]int{rej: 1}},
		{"tmx", map[WarningCode]int{rej: 1, segN: 2, docN: 1, qaIg: 2}},
	} {
		_, warns, err := Write(tc.format, []*annotate.Document{lossyDoc(t)}, WriteOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tc.format, err)
		}
		got := map[WarningCode]int{}
		for _, w := range warns {
			for _, c := range all {
				if w.Code == c {
					got[c] += w.Args["N"].(int)
				}
			}
		}
		for _, c := range all {
			if got[c] != tc.want[c] {
				t.Errorf("%s: %s counts %d, want %d (%v)", tc.format, c, got[c], tc.want[c], warns)
			}
		}
	}
}

// TestTMXParagraphsNameLostTranslations: a paragraph memory leaves out a paragraph only partly
// translated, and says that its translated segment goes with it, apart from the untranslated ones.
func TestTMXParagraphsNameLostTranslations(t *testing.T) {
	d := lossyDoc(t) // paragraph 1: segment 1 translated, segment 2 not; paragraph 2 reviewed
	files, warns, err := Write("tmx", []*annotate.Document{d}, WriteOptions{Paragraphs: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[WarningCode]map[string]any{}
	for _, w := range warns {
		got[w.Code] = w.Args
	}
	if n := got[WarnNotInMemory]["N"]; n != 1 {
		t.Errorf("not-in-memory N = %v, want 1 (the untranslated segment only): %v", n, warns)
	}
	if a := got[WarnIncompleteParagraphs]; a["N"] != 1 || a["Paragraphs"] != 1 {
		t.Errorf("incomplete-paragraphs args = %v, want N 1, Paragraphs 1: %v", a, warns)
	}
	tmx := string(files[0].Data)
	if want := "No, says Ana."; !strings.Contains(tmx, want) {
		t.Errorf("the finished paragraph is missing:\n%s", tmx)
	}
	if strings.Contains(tmx, "Yes 👍🏽") {
		t.Errorf("a unit holds part of a paragraph:\n%s", tmx)
	}
}
