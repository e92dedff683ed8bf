package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadingWords: a news page's rubric, a line of one common word, is no name; a line of one name
// is, and so is a common word the document writes with its capital inside a sentence.
func TestHeadingWords(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Culture\n\nLe festival commence demain à Avignon.\n\nSport\n\nLe PSG a gagné.\n\n" +
		"Économie\n\nLe groupe Économie solidaire a annoncé des bénéfices.\n\nLyon\n\nLa ville 🎉 s’est réveillée sous la neige."
	var got []string
	for _, mn := range m.Recognize(text) {
		got = append(got, mn.Label+":"+text[mn.Start:mn.End])
	}
	for _, word := range []string{"Culture", "Sport"} {
		if slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, ":"+word) }) {
			t.Errorf("the rubric %s is tagged: %v", word, got)
		}
	}
	for _, want := range []string{"LOC:Lyon", "ORG:PSG", "ORG:Économie", "ORG:Économie solidaire"} {
		if !slices.Contains(got, want) {
			t.Errorf("%s missing: %v", want, got)
		}
	}
}
