package ner

import "testing"

// TestTypedByNoun: the noun before a name says what it names, an age after it that it is a person's,
// and so it is for every mention of that name in the document; a person's name, a noun that is part of a name and a place of the gazetteer
// stay what the tagger read.
func TestTypedByNoun(t *testing.T) {
	checkRule(t, []ruleCase{
		{"La sonde spatiale Juno a été lancée. « Juno va bien » 🚀, dit la NASA.",
			[]string{"PER:Juno", "PER:Juno", "ORG:NASA"}, "MISC:Juno, MISC:Juno, ORG:NASA"},
		{"D'après le média Ikiriho, rien.", []string{"PER:Ikiriho"}, "ORG:Ikiriho"},
		{"Ils étaient sur le mont Thourda.", []string{"PER:Thourda"}, "LOC:Thourda"},
		{"L'ouragan Rosa arrive ; Rosa frappera l’Arizona.", []string{"PER:Rosa", "PER:Rosa", "LOC:Arizona"},
			"MISC:Rosa, MISC:Rosa, LOC:Arizona"},
		{"Une attaque visait l'Opération Barkhane.", []string{"PER:Barkhane"}, "MISC:Barkhane"},
		{"Il lit le quotidien britannique The Independent.", []string{"LOC:The Independent"}, "ORG:The Independent"},
		{"Le chef du parti politique Sinn Féin a parlé.", []string{"PER:Sinn Féin"}, "ORG:Sinn Féin"},
		// an age is a person's
		{"Après la disparition de Léa, 15 ans, l’appel à témoins 🙏. Léa a été retrouvée.",
			[]string{"LOC:Léa", "LOC:Léa"}, "PER:Léa, PER:Léa"},
		{"L’enlèvement de Vicente (5,5 ans) par son père.", []string{"LOC:Vicente"}, "PER:Vicente"},
		{"À Bruxelles, 20 ans de prison ont été requis.", []string{"LOC:Bruxelles"}, "LOC:Bruxelles"},
		// no type noun heading the phrase, or a place of the gazetteer: left as read
		{"Le candidat du Parti démocrate Moon Jae-in a gagné.", []string{"ORG:Parti démocrate", "PER:Moon Jae-in"},
			"ORG:Parti démocrate, PER:Moon Jae-in"},
		{"Son confrère de parti Patrick Ollier a voté.", []string{"PER:Patrick Ollier"}, "PER:Patrick Ollier"},
		{"La surface du satellite naturel Europe est gelée.", []string{"LOC:Europe"}, "LOC:Europe"},
		{"La sonde de Juno Martin a été lancée.", []string{"PER:Juno Martin"}, "PER:Juno Martin"},
	}, func(d *docInfo, ms []Mention) []Mention {
		typedByNoun(d, ms)
		return ms
	})
}

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
