package preannotate

import "testing"

// TestDevWikinews3 scores the quote finder on testdata/wikinews-quotes-dev-3.jsonl, fourteen Wikinews
// articles annotated as a development set (see testdata/README.md): their errors are meant to be
// studied. The floors sit a little under the measured values so that a regression fails; raise them
// when the detector improves. Run with -v for the per-document errors.
func TestDevWikinews3(t *testing.T) {
	gold := readHeldOut(t, "wikinews-quotes-dev-3.jsonl")
	s, err := EvalQuotes(gold, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", s)
	if s.Documents != 14 || s.Attribution.Gold != 64 {
		t.Fatalf("gold has %d documents and %d attributed quotes, want 14 and 64", s.Documents, s.Attribution.Gold)
	}
	for _, f := range []struct {
		name       string
		got, floor float64
	}{
		{"exact quotes precision", s.Quotes.Precision, 0.92},
		{"exact quotes recall", s.Quotes.Recall, 0.92},
		{"exact quotes F1", s.Quotes.F1, 0.92},
		{"attribution accuracy", s.Attribution.Accuracy, 0.86},
	} {
		if f.got < f.floor {
			t.Errorf("%s = %.3f, want >= %.2f", f.name, f.got, f.floor)
		}
	}
	if testing.Verbose() {
		for _, g := range gold {
			for _, line := range heldOutErrors(t, g) {
				t.Log(line)
			}
		}
	}
}
