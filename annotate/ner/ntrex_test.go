package ner

import (
	"os"
	"strings"
	"testing"
)

// TestTranslatedNews scores the shipped recogniser on French translations of English news
// (testdata/README.md): ntrex-entities-dev.jsonl was studied, ntrex-entities-test.jsonl is held out.
// Foreign names make them harder than the Wikinews dev set. The floors sit a little under the last
// measurement.
func TestTranslatedNews(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		file  string
		docs  int
		floor float64
	}{
		{"testdata/ntrex-entities-dev.jsonl", 30, 0.81},
		{"testdata/ntrex-entities-test.jsonl", 30, 0.78},
	} {
		f, err := os.Open(set.file)
		if err != nil {
			t.Fatal(err)
		}
		gold, err := ReadDoccano(f, set.file)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(gold) != set.docs {
			t.Fatalf("%s: %d documents, want %d", set.file, len(gold), set.docs)
		}
		pred := make([]Example, len(gold))
		for i, ex := range gold {
			pred[i] = Example{Text: ex.Text, Spans: m.Recognize(ex.Text)}
			for _, sp := range pred[i].Spans {
				words := strings.Fields(strings.ReplaceAll(ex.Text[sp.Start:sp.End], "’", "' "))
				if len(words) < 2 {
					continue
				}
				if last := strings.ToLower(words[len(words)-1]); trailing[last] {
					t.Errorf("%s: a %s mention ends with %q: %q", set.file, sp.Label, last, ex.Text[sp.Start:sp.End])
				}
			}
		}
		s := Score(gold, pred, []string{"PER", "ORG", "LOC"})
		t.Logf("%s: micro P %.3f R %.3f F1 %.3f", set.file, s.Micro.Precision, s.Micro.Recall, s.Micro.F1)
		if s.Micro.F1 < set.floor {
			t.Errorf("%s: micro F1 %.3f < %.2f", set.file, s.Micro.F1, set.floor)
		}
	}
}
