package ner

import "testing"

// TestSplitLeaderNames: after a leader's noun and "de", a run of capitals that the tagger read as one
// person, or an institution it read as a person beside one, is the institution and the person.
func TestSplitLeaderNames(t *testing.T) {
	tests := []ruleCase{
		{"Le patron de Tesla Elon Musk a parlé 🚀.", []string{"PER:Tesla Elon Musk"}, "ORG:Tesla, PER:Elon Musk"},
		{"Le PDG d’Amazon Jeff Bezos est venu.", []string{"PER:Amazon Jeff Bezos"}, "ORG:Amazon, PER:Jeff Bezos"},
		{"« Non », dit l’ex-PDG de Nissan Carlos Ghosn.", []string{"PER:Nissan Carlos Ghosn"}, "ORG:Nissan, PER:Carlos Ghosn"},
		{"Le directeur général de Télé Horizon Bernard Dupré a démissionné.", []string{"PER:Télé Horizon Bernard Dupré"}, "ORG:Télé Horizon, PER:Bernard Dupré"},
		{"Le fondateur de Groupe Hélios Patrick Léger 😀 a ri.", []string{"ORG:Groupe Hélios Patrick Léger"}, "ORG:Groupe Hélios, PER:Patrick Léger"},
		{"Le président de Renault Carlos Ghosn a démissionné.", []string{"PER:Renault", "PER:Carlos Ghosn"}, "ORG:Renault, PER:Carlos Ghosn"},
		{"Le président de Guinée Alpha Condé est arrivé.", []string{"PER:Guinée Alpha Condé"}, "LOC:Guinée, PER:Alpha Condé"},
		// no leader's noun, a name opening with a given name, a comma, too short a run, or an
		// organisation with no given name in it: as the tagger read them
		{"Le fils de Tesla Elon Musk est né.", []string{"PER:Tesla Elon Musk"}, "PER:Tesla Elon Musk"},
		{"Le patron de Jean Pierre Dupont est parti.", []string{"PER:Jean Pierre Dupont"}, "PER:Jean Pierre Dupont"},
		{"Le patron de Tesla, Elon Musk, a parlé.", []string{"ORG:Tesla", "PER:Elon Musk"}, "ORG:Tesla, PER:Elon Musk"},
		{"Le patron de Linden Cars est parti.", []string{"PER:Linden Cars"}, "PER:Linden Cars"},
		{"Le directeur du World Wide Web Consortium a parlé.", []string{"ORG:World Wide Web Consortium"}, "ORG:World Wide Web Consortium"},
		{"Le président de Renault\nCarlos Ghosn a parlé.", []string{"PER:Renault", "PER:Carlos Ghosn"}, "PER:Renault, PER:Carlos Ghosn"},
	}
	checkRule(t, tests, splitLeaderNames)
}
