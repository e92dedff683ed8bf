package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestLearntGivenNames: a given name the hand-written list lacks but the training data's persons give
// tells where a person's name starts after an institution ("France Télévisions Delphine Ernotte"); a
// word the gazetteer knows as a place is no given name, whatever the list holds.
func TestLearntGivenNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "La présidente de France Télévisions Delphine Ernotte a annoncé une réforme."
	if got, want := mentionStrings(text, m.Recognize(text)), "ORG:France Télévisions, PER:Delphine Ernotte"; got != want {
		t.Errorf("Recognize(%q): got %s, want %s", text, got, want)
	}
	d := analyse("Delphine et Russia et delphine", m.gaz)
	for k, want := range map[int]bool{0: true, 2: false, 4: false} {
		if got := d.knownGivenName(k); got != want {
			t.Errorf("knownGivenName(%q) = %v, want %v", d.words[k], got, want)
		}
	}
}

// TestGivenNamesFile: given-names.txt is what tools/mkgivennames writes: one name a line, sorted, no
// repeats, each written as a given name.
func TestGivenNamesFile(t *testing.T) {
	names := strings.Split(strings.TrimSuffix(givenNamesText, "\n"), "\n")
	if len(names) < 500 {
		t.Fatalf("%d given names, want the training data's several hundred", len(names))
	}
	if !slices.IsSorted(names) || len(slices.Compact(slices.Clone(names))) != len(names) {
		t.Errorf("given-names.txt is not sorted without repeats")
	}
	for i, n := range names {
		if !isCap(n) || strings.ContainsAny(n, " \t.'") {
			t.Errorf("line %d: %q is no given name", i+1, n)
		}
	}
}
