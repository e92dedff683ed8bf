package preannotate

import (
	"os"
	"testing"
)

// TestSampleGold scores the hand-made gold of the sample article (testdata/sample-gold.jsonl).
func TestSampleGold(t *testing.T) {
	f, err := os.Open("testdata/sample-gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadGold(f, "sample-gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	s, err := EvalQuotes(gold, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", s)
	if s.Quotes.F1 < 0.95 {
		t.Errorf("quotes F1 = %.3f, want >= 0.95", s.Quotes.F1)
	}
	if s.Attribution.Accuracy < 0.9 {
		t.Errorf("attribution accuracy = %.3f, want >= 0.9", s.Attribution.Accuracy)
	}
}
