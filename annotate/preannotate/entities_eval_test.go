package preannotate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/annotate/ner"
)

// TestPipelineEntities scores the entity mentions pre-annotation keeps, at the default confidence
// threshold, against the Wikinews dev gold: what the user gets must be what the recogniser finds
// (micro F1 0.882), not less because the threshold drops mentions the recogniser is right about.
func TestPipelineEntities(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "ner-wikinews-dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	gold, err := ner.ReadDoccano(f, path)
	if err != nil {
		t.Fatal(err)
	}
	pred := make([]ner.Example, len(gold))
	for i, ex := range gold {
		res, err := Text(ex.Text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var spans []ner.Mention
		for _, m := range res.Mentions {
			if !m.Speaker { // the recogniser's, not a speaker description added for a quotation
				spans = append(spans, ner.Mention{Start: m.Start, End: m.End, Label: m.Label})
			}
		}
		pred[i] = ner.Example{Text: ex.Text, Spans: spans}
	}
	s := ner.Score(gold, pred, []string{"PER", "ORG", "LOC"})
	t.Logf("micro P %.3f R %.3f F1 %.3f", s.Micro.Precision, s.Micro.Recall, s.Micro.F1)
	if s.Micro.F1 < 0.87 {
		t.Errorf("pre-annotation entities: micro F1 %.3f, want >= 0.87", s.Micro.F1)
	}
}
