package ner

import "testing"

// TestTypedByNoun: the noun before a name says what it names, an age after it that it is a person's,
// and so it is for every mention of that name in the document; a person's name, a noun that is part of a name and a place of the gazetteer
// stay what the tagger read.
func TestTypedByNoun(t *testing.T) {
	checkRule(t, []ruleCase{
		{"La sonde spatiale Juno a été lancée. «\u00a0Juno va bien\u00a0» 🚀, dit la NASA.",
			[]string{"PER:Juno", "PER:Juno", "ORG:NASA"}, "MISC:Juno, MISC:Juno, ORG:NASA"},
		{"D'après le média Ikiriho, rien.", []string{"PER:Ikiriho"}, "ORG:Ikiriho"},
		{"Ils étaient sur le mont Thourda.", []string{"PER:Thourda"}, "LOC:Thourda"},
		{"L'ouragan Rosa arrive ; Rosa frappera l’Arizona.", []string{"PER:Rosa", "PER:Rosa", "LOC:Arizona"},
			"MISC:Rosa, MISC:Rosa, LOC:Arizona"},
		{"Une attaque visait l'Opération Barkhane.", []string{"PER:Barkhane"}, "MISC:Barkhane"},
		{"Il lit le quotidien britannique The Independent.", []string{"LOC:The Independent"}, "ORG:The Independent"},
		{"Le chef du parti politique Sinn Féin a parlé.", []string{"PER:Sinn Féin"}, "ORG:Sinn Féin"},
		{"L’opérateur Telvexa et le transporteur Rubalis ont signé.", []string{"PER:Telvexa", "LOC:Rubalis"},
			"ORG:Telvexa, ORG:Rubalis"},
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

// TestDropUnnamed: the name right after "le plan" is no mention, as the training data has it; a name
// after a capitalised Plan, or with no determiner before plan, stays.
func TestDropUnnamed(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Le plan Chequers de Theresa May 🇬🇧 divise.", []string{"PER:Chequers"}, ""},
		{"Elle défend son plan Éloïse.", []string{"PER:Éloïse"}, ""},
		{"Au premier plan Éloïse Roux sourit.", []string{"PER:Éloïse Roux"}, "PER:Éloïse Roux"},
		{"Le Plan Marshall a aidé l’Europe.", []string{"MISC:Marshall"}, "MISC:Marshall"},
	}, dropUnnamed)
}
