package ner

import "testing"

// TestSplitPlaceComplement: "X de Y" read as a person's name is a club's name after a club's noun or
// beside a score, and an organisation and its place after a noun of a thing or a building; a person's
// name with a given name, or with nothing to say it is no person's, stays one.
func TestSplitPlaceComplement(t *testing.T) {
	checkRule(t, []ruleCase{
		{"La mosquée Al-Fateh de Sinjar, un village proche de Hilla, a été touchée.",
			[]string{"PER:Al-Fateh de Sinjar", "LOC:Hilla"}, "ORG:Al-Fateh, LOC:Sinjar, LOC:Hilla"},
		{"Il a atterri à l’aéroport Mutiara Sis Al Jufri de Palu. Palu est détruite.",
			[]string{"PER:Mutiara Sis Al Jufri de Palu", "LOC:Palu"}, "ORG:Mutiara Sis Al Jufri, LOC:Palu, LOC:Palu"},
		{"Le club Al-Fateh de Sinjar a gagné 🎉.", []string{"PER:Al-Fateh de Sinjar"}, "ORG:Al-Fateh de Sinjar"},
		{"«\u00a0Le club Al-Fateh de Sinjar a gagné\u00a0», dit l’entraîneur Hélène Périé\u0301.",
			[]string{"PER:Al-Fateh de Sinjar", "PER:Hélène Périé\u0301"}, "ORG:Al-Fateh de Sinjar, PER:Hélène Périé\u0301"},
		{"L’équipe d’Al-Qadisiya de Diwaniya a perdu.", []string{"PER:Al-Qadisiya de Diwaniya"}, "ORG:Al-Qadisiya de Diwaniya"},
		{"Résultats : Al-Fateh de Sinjar 2-1 Al-Zawraa.", []string{"PER:Al-Fateh de Sinjar", "ORG:Al-Zawraa"},
			"ORG:Al-Fateh de Sinjar, ORG:Al-Zawraa"},
		{"Résultats : Al-Zawraa 0 – 3 Al-Fateh de Sinjar.", []string{"ORG:Al-Zawraa", "PER:Al-Fateh de Sinjar"},
			"ORG:Al-Zawraa, ORG:Al-Fateh de Sinjar"},
		// persons stay persons
		{"Vanderlei de Lima allume la flamme à Rio.", []string{"PER:Vanderlei de Lima", "LOC:Rio"},
			"PER:Vanderlei de Lima, LOC:Rio"},
		{"Le club de Jean de Florette a gagné.", []string{"PER:Jean de Florette"}, "PER:Jean de Florette"},
		{"Le Général de Gaulle 2-1.", []string{"PER:Général de Gaulle"}, "PER:Général de Gaulle"},
		{"Nadal bat Federer 6-4.", []string{"PER:Nadal", "PER:Federer"}, "PER:Nadal, PER:Federer"},
	}, func(d *docInfo, ms []Mention) []Mention { return splitPlaceComplement(d, sharedGazetteer(), ms) })
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "La mosquée Al-Fateh de Sinjar, un village proche de Hilla, a été touchée par un attentat."
	if got, want := mentionStrings(text, m.Recognize(text)), "ORG:Al-Fateh, LOC:Sinjar, LOC:Hilla"; got != want {
		t.Errorf("Recognize(%q): got %s, want %s", text, got, want)
	}
}
