package app

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestBothTextsExportSaysEachLossOnce (QA20): a spaCy export of both texts said "462 suggestions
// exported as plain annotations" and then "1 suggestion exported as a plain annotation", the
// French's and the English's, with nothing to tell them apart. It now says it once, with the sum.
func TestBothTextsExportSaysEachLossOnce(t *testing.T) {
	useLanguage(t, "fr")
	d := testDoc(t) // two French suggestions
	ed := annotate.NewEditor(d)
	d.Segments[0].Target = "Sergei Lavrov 👍🏽 said."
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Target, Segment: d.Segments[0].ID, Start: 0,
		End: len("Sergei Lavrov"), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.9}))
	data, err := annotate.Marshal(d)
	must(t, err)
	out, err := writeExport("spacy", data, formats.WriteOptions{Side: formats.BothSides},
		filepath.Join(t.TempDir(), "out.jsonl"), false, nil)
	must(t, err)
	var said []string
	for _, m := range out.msgs {
		if strings.Contains(m, "comme des annotations ordinaires") || strings.Contains(m, "comme une annotation ordinaire") {
			said = append(said, m)
		}
	}
	if len(said) != 1 || !strings.HasPrefix(said[0], "3 suggestions exportées") {
		t.Errorf("the suggestions exported as plain spans are told as %q; want once, 3 of them", said)
	}
}

// TestMergeCountsKeepsOtherWarnings: warnings that differ by more than their count stay apart.
func TestMergeCountsKeepsOtherWarnings(t *testing.T) {
	warns := []formats.Warning{
		{Code: formats.WarnNoOrigin, Args: map[string]any{"Format": "spaCy", "N": 2}},
		{Code: formats.WarnWordCut, Args: map[string]any{"Label": "PER", "Text": "a"}},
		{Code: formats.WarnWordCut, Args: map[string]any{"Label": "PER", "Text": "b"}},
		{Code: formats.WarnNoOrigin, Args: map[string]any{"Format": "spaCy", "N": 1}},
		{Code: formats.WarnNoOrigin, Args: map[string]any{"Format": "doccano", "N": 1}},
		{Msg: "no code"}, {Msg: "no code either"},
	}
	got := mergeCounts(warns)
	if len(got) != 6 || got[0].Args["N"] != 3 || warns[0].Args["N"] != 2 {
		t.Errorf("merged into %v (the first's count %v); want 6 warnings, the spaCy ones as 3, the input untouched", got, warns[0].Args["N"])
	}
}

// TestMergeBackCodesToCheckAreNoLoss: a delivery into the client's XLIFF whose only warning is a code
// placed at a likely place (a line break after “Galles :”) holds everything: the dialog says what to
// check in the translation tool, where it said the file did not hold everything, which read as if
// the delivery had lost part of the work.
func TestMergeBackCodesToCheckAreNoLoss(t *testing.T) {
	xlf := `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en"><file id="f">` +
		`<unit id="u5"><originalData><data id="d5">&lt;br/&gt;</data></originalData><segment id="s5">` +
		"<source>Pour les lecteurs du Pays de Galles\u00a0:<ph id=\"1\" dataRef=\"d5\"/>en gallois, « twp » 👍🏽 signifie stupide.</source>" +
		`</segment></unit></file></xliff>`
	docs, _, err := formats.Read("client.xlf", []byte(xlf), formats.ReadOptions{})
	must(t, err)
	d := docs[0]
	ed := annotate.NewEditor(d)
	_, err = ed.SetTarget(d.Segments[0].ID, "For readers in Wales: in Welsh “twp” 👍🏽 means daft.")
	must(t, err)
	must(t, ed.SetStatus(d.Segments[0].ID, annotate.StatusTranslated))
	ui, _ := newTestUI(t, d, false)
	f, _ := formats.Lookup("xliff")
	ui.export(f, formats.WriteOptions{}, filepath.Join(t.TempDir(), "client.export.xlf"), false)
	intro, warns := shownWarnings(t, ui)
	if len(warns) != 1 || !strings.Contains(warns[0], "at a likely place") {
		t.Fatalf("warnings %q, want the code placed at a likely place alone", warns)
	}
	if strings.Contains(intro, "does not hold everything") || !strings.Contains(intro, "nothing left out; to check in the translation tool") {
		t.Errorf("the warnings are introduced by %q, want no loss said, and what to check", intro)
	}
}
