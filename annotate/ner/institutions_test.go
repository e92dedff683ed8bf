package ner

import "testing"

// TestMissedInstitutions: an institution or a place of the gazetteer the tagger left out is added; one inside a
// longer capitalised name, one already tagged, a determiner stay as read; so does a place at the end
// of a name after "de".
func TestMissedInstitutions(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Reuters n’a pas pu authentifier les images 📷.", nil, "ORG:Reuters"},
		{"Il était recherché par Interpol et par la Banque mondiale.", nil, "ORG:Interpol, ORG:Banque mondiale"},
		{"Le nom du parti\u00a0: Rassemblement national.", nil, "ORG:Rassemblement national"},
		{"Séoul affirme que 30 000 personnes ont fui. Les Sud-Coréens votent.", nil, "LOC:Séoul"},
		{"Selon le directeur du bureau Afrique, tout va bien.", nil, "LOC:Afrique"},
		// as read
		{"Selon Reuters Health, rien.", nil, ""},
		{"Selon Thomson Reuters, rien.", nil, ""},
		{"Reuters a parlé.", []string{"PER:Reuters"}, "PER:Reuters"},
		{"Un homme a parlé. Les Républicains votent.", nil, ""},
		{"L’opération Bouclier de l’Euphrate commence.", nil, ""},
	}, missedInstitutions)
}
