package ner

import "testing"

// TestMissedInstitutions: an institution of the gazetteer the tagger left out is added; one inside a
// longer capitalised name, one already tagged, a determiner and a place stay as read.
func TestMissedInstitutions(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Reuters n’a pas pu authentifier les images 📷.", nil, "ORG:Reuters"},
		{"Il était recherché par Interpol et par la Banque mondiale.", nil, "ORG:Interpol, ORG:Banque mondiale"},
		{"Le nom du parti\u00a0: Rassemblement national.", nil, "ORG:Rassemblement national"},
		// as read
		{"Selon Reuters Health, rien.", nil, ""},
		{"Selon Thomson Reuters, rien.", nil, ""},
		{"Reuters a parlé.", []string{"PER:Reuters"}, "PER:Reuters"},
		{"Un homme a parlé. Les Républicains votent.", nil, ""},
	}, missedInstitutions)
}
