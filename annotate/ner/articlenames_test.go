package ner

import "testing"

// TestArticleNames: a common word capitalised inside a sentence opens the name after the article that
// follows it ("Debout la France"), there and wherever the article writes that name; a word capitalised
// by its place, a title, a place or a given name does not.
func TestArticleNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	rule := func(d *docInfo, ms []Mention) []Mention { return m.articleNames(d, ms) }
	checkRule(t, []ruleCase{
		{"Le candidat de Debout la France a parlé.", []string{"LOC:France"}, "ORG:Debout la France"},
		{"Le candidat de Debout la France a parlé.", []string{"ORG:Debout", "LOC:France"}, "ORG:Debout la France"},
		{"Les élus de Ensemble la Gauche ont signé.", []string{"ORG:Gauche"}, "ORG:Ensemble la Gauche"},
		{"Debout la France a obtenu 4 %. Le candidat de Debout la France a parlé.", []string{"LOC:France", "LOC:France"},
			"ORG:Debout la France, ORG:Debout la France"},
		// capitalised by its place only, a title, a place, a person
		{"Debout la France a obtenu 4 %.", []string{"LOC:France"}, "LOC:France"},
		{"Il a crié « Vive la France » hier.", []string{"LOC:France"}, "LOC:France"},
		{"Le Premier ministre la France le sait.", []string{"LOC:France"}, "LOC:France"},
		{"Il a quitté Paris la France en tête.", []string{"LOC:Paris", "LOC:France"}, "LOC:Paris, LOC:France"},
		{"Le fils de Pierre le Grand règne.", []string{"PER:Pierre", "PER:Grand"}, "PER:Pierre, PER:Grand"},
	}, rule)
	text := "Le candidat de Debout la France a présenté son programme jeudi."
	if got := mentionStrings(text, m.Recognize(text)); got != "ORG:Debout la France" {
		t.Errorf("Recognize(%q): got %s, want ORG:Debout la France", text, got)
	}
}
