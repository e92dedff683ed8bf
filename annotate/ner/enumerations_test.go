package ner

import "testing"

// TestSameKindLists: the one name of an enumeration read with another label than all the others takes
// theirs; the first name (as often an apposition), a person's name with a given name, MISC and a
// name with lower-case words made a person's are left as read.
func TestSameKindLists(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Une alerte pour les îles de Faial, Pico, Sao Jorge, Graciosa et Terceira 🌀.",
			[]string{"LOC:Faial", "LOC:Pico", "PER:Sao Jorge", "LOC:Graciosa", "LOC:Terceira"},
			"LOC:Faial, LOC:Pico, LOC:Sao Jorge, LOC:Graciosa, LOC:Terceira"},
		{"«\u00a0Airbnb, Apple, Netflix ou Google s’engagent\u00a0», a noté Zoé Périé\u0301.",
			[]string{"ORG:Airbnb", "ORG:Apple", "LOC:Netflix", "ORG:Google", "PER:Zoé Périé\u0301"},
			"ORG:Airbnb, ORG:Apple, ORG:Netflix, ORG:Google, PER:Zoé Périé\u0301"},
		{"Airbnb, Apple, Netflix ou Google s’engagent.", []string{"ORG:Airbnb", "ORG:Apple", "LOC:Netflix", "ORG:Google"},
			"ORG:Airbnb, ORG:Apple, ORG:Netflix, ORG:Google"},
		{"Devant Stein, Frodeno, Hoffman et O’Donnel.", []string{"PER:Stein", "PER:Frodeno", "PER:Hoffman", "ORG:O’Donnel"},
			"PER:Stein, PER:Frodeno, PER:Hoffman, PER:O’Donnel"},
		// an apposition, a given name, MISC, lower-case words, two names, a break in the list: as read
		{"Le ministre de l'Intérieur, Christophe Castaner et Laurent Nuñez.",
			[]string{"ORG:Intérieur", "PER:Christophe Castaner", "PER:Laurent Nuñez"},
			"ORG:Intérieur, PER:Christophe Castaner, PER:Laurent Nuñez"},
		{"Dans le collimateur : TF1, Gilles Pélisson, Canal+, Orange et Free.",
			[]string{"ORG:TF1", "PER:Gilles Pélisson", "ORG:Canal+", "ORG:Orange", "ORG:Free"},
			"ORG:TF1, PER:Gilles Pélisson, ORG:Canal+, ORG:Orange, ORG:Free"},
		{"Sur Twitter, Facebook et Instagram.", []string{"MISC:Twitter", "MISC:Facebook", "ORG:Instagram"},
			"MISC:Twitter, MISC:Facebook, ORG:Instagram"},
		{"Avec Dalida, Les Compagnons de la chanson, Michel Delpech.",
			[]string{"PER:Dalida", "ORG:Les Compagnons de la chanson", "PER:Michel Delpech"},
			"PER:Dalida, ORG:Les Compagnons de la chanson, PER:Michel Delpech"},
		{"Entre Pico et Sao Jorge.", []string{"LOC:Pico", "PER:Sao Jorge"}, "LOC:Pico, PER:Sao Jorge"},
		{"Faial, Pico et, plus loin, Sao Jorge.", []string{"LOC:Faial", "LOC:Pico", "PER:Sao Jorge"},
			"LOC:Faial, LOC:Pico, PER:Sao Jorge"},
	}, func(d *docInfo, ms []Mention) []Mention {
		sameKindLists(d, sharedGazetteer(), ms)
		return ms
	})
}
