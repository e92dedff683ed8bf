package ner

import "testing"

// TestKinshipPersons: the name after a noun of kinship is a person's; a place of the gazetteer, a noun
// without a determiner and a name already a person's stay as read.
func TestKinshipPersons(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Karen, la fille de Bondor 🐻, a parlé.", []string{"PER:Karen", "LOC:Bondor"}, "PER:Karen, PER:Bondor"},
		{"Son épouse de toujours\u00a0? L’épouse d’Ostrel, oui.", []string{"ORG:Ostrel"}, "PER:Ostrel"},
		// as read
		{"C’est un fils d’Haïti.", []string{"LOC:Haïti"}, "LOC:Haïti"},
		{"Une femme de Cannes a témoigné.", []string{"LOC:Cannes"}, "LOC:Cannes"},
		{"Fille de Bondor, elle chante.", []string{"LOC:Bondor"}, "LOC:Bondor"},
	}, func(d *docInfo, ms []Mention) []Mention { kinshipPersons(d, ms); return ms })
}
