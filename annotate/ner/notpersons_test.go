package ner

import "testing"

// TestOrdinalNames: a name opened by a Roman ordinal is no person; "Le" and "Ce" are no ordinals.
func TestOrdinalNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []ruleCase{
		{"Il compare la période au IIIe Reich.", []string{"PER:IIIe Reich"}, "MISC:IIIe Reich"},
		{"La fin de la Ve République.", []string{"PER:Ve République"}, "MISC:Ve République"},
		{"La IVe Internationale a voté.", []string{"ORG:IVe Internationale"}, "ORG:IVe Internationale"},
		{"Le cabinet de M. Le Roux a répondu.", []string{"PER:Le Roux"}, "PER:Le Roux"},
		{"Il a vu Ce Lin hier.", []string{"PER:Ce Lin"}, "PER:Ce Lin"},
	}
	checkRule(t, tests, func(d *docInfo, ms []Mention) []Mention { ordinalNames(d, ms); return ms })
	text := "Les historiens comparent la période au IIIe Reich."
	if got := mentionStrings(text, m.Recognize(text)); got != "MISC:IIIe Reich" {
		t.Errorf("Recognize(%q): got %s, want MISC:IIIe Reich", text, got)
	}
}

// TestHeadlineSurnames: a headline's words before a surname that the article never writes again, and
// that are no given names, are no part of the person its body names in full.
func TestHeadlineSurnames(t *testing.T) {
	body := "\n\nMartin Schulz a été élu dimanche à la tête du parti."
	full := "PER:Martin Schulz"
	checkRule(t, []ruleCase{
		{"Habemus Papa Schulz" + body, []string{"PER:Habemus Papa Schulz", full}, "PER:Schulz, " + full},
		{"Habemus Schulz" + body, []string{"PER:Habemus Schulz", full}, "PER:Schulz, " + full},
		// a given name, a word the article repeats, a sentence, or no full name in the body: left whole
		{"Anne Schulz" + body, []string{"PER:Anne Schulz", full}, "PER:Anne Schulz, " + full},
		{"Hélène Schulz" + body, []string{"PER:Hélène Schulz", full}, "PER:Hélène Schulz, " + full}, // given-names.txt
		{"Habemus Papa Schulz" + body + " Papa rit.", []string{"PER:Habemus Papa Schulz", full},
			"PER:Habemus Papa Schulz, " + full},
		{"Habemus Papa Schulz." + body, []string{"PER:Habemus Papa Schulz", full}, "PER:Habemus Papa Schulz, " + full},
		{"Habemus Papa Schulz\nMartin Schulz a été élu.", []string{"PER:Habemus Papa Schulz", full},
			"PER:Habemus Papa Schulz, " + full},
		{"La Néerlandaise Van Rouwendaal en or\n\nSharon van Rouwendaal a gagné.", []string{"PER:Van Rouwendaal", "PER:Sharon van Rouwendaal"},
			"PER:Van Rouwendaal, PER:Sharon van Rouwendaal"},
		{"Habemus Papa Schulz\n\nSchulz a été élu.", []string{"PER:Habemus Papa Schulz", "PER:Schulz"},
			"PER:Habemus Papa Schulz, PER:Schulz"},
	}, func(d *docInfo, ms []Mention) []Mention { return headlineSurnames(d, sharedGazetteer(), ms) })
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Habemus Papa Schulz" + body
	if got := mentionStrings(text, m.Recognize(text)); got != "PER:Schulz, "+full {
		t.Errorf("Recognize(%q): got %s", text, got)
	}
}

// TestCreditNames: a photo's credit under a caption names its author without the word "Photo"; a
// lone "Photo", or a credit word before a word in lower case, is left alone.
func TestCreditNames(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Des cheminots en grève, le 11 novembre. Photo Jérôme Câmara / Le Quotidien du Centre", []string{"PER:Photo Jérôme Câmara"}, "PER:Jérôme Câmara"},
		{"Crédits Zoé Dupré 😀", []string{"PER:Crédits Zoé Dupré"}, "PER:Zoé Dupré"},
		{"Vidéo Câmara", []string{"PER:Vidéo Câmara"}, "PER:Câmara"},
		{"Photo de Jérôme", []string{"PER:Photo de Jérôme"}, "PER:Photo de Jérôme"},
		{"Photo", []string{"PER:Photo"}, "PER:Photo"},
		{"Jérôme Câmara", []string{"PER:Jérôme Câmara"}, "PER:Jérôme Câmara"},
	}, func(d *docInfo, ms []Mention) []Mention { creditNames(d, ms); return ms })
}
