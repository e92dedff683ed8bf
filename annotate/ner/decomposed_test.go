package ner

import (
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestRecognizeDecomposedText checks that a text writing its accents as combining marks (e + U+0301,
// as a gold file may) gets the mentions of the same text composed, at offsets into the text as
// written.
func TestRecognizeDecomposedText(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Hélène Périé, députée de l'Hérault, a rencontré Gérald Darmanin à Besançon 👍🏽 et à Genève."
	words := func(text string) []string {
		var out []string
		for _, mm := range m.Recognize(text) {
			out = append(out, mm.Label+" "+norm.NFC.String(text[mm.Start:mm.End]))
		}
		return out
	}
	want := words(text)
	if len(want) < 4 {
		t.Fatalf("composed text: %q, want at least 4 mentions", want)
	}
	if got := words(norm.NFD.String(text)); !slices.Equal(got, want) {
		t.Errorf("decomposed text: %q, want %q", got, want)
	}
}
