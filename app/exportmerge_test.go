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
	msgs, _, err := writeExport("spacy", data, formats.WriteOptions{Side: formats.BothSides},
		filepath.Join(t.TempDir(), "out.jsonl"), false, nil)
	must(t, err)
	var said []string
	for _, m := range msgs {
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
