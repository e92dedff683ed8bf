package ner

import "testing"

// TestReportingMedia: the name that ends a clause after "rapporte" or "a fait savoir" is a medium's,
// found or relabelled; a person named in full, a given name, a place and a name the clause goes on
// after stay as read.
func TestReportingMedia(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Le tir a échoué, a rapporté Yonvap. Rien d’autre.", nil, "ORG:Yonvap"},
		{"Il est détenu, a fait savoir KTXU 📺. Il a comparu.", nil, "ORG:KTXU"},
		{"Vendredi, rapporte Mivo, les manifestants ont chanté.", []string{"PER:Mivo"}, "ORG:Mivo"},
		{"Le bilan s’alourdit, rapporte Le Figaro.", []string{"LOC:Le Figaro"}, "ORG:Le Figaro"},
		{"«\u00a0C’est fini\u00a0», rapporte l’Observateur\u00a0; rien.", nil, "ORG:Observateur"},
		// as read
		{"Paul Martin parle. Le tir a échoué, a rapporté Martin.", []string{"PER:Paul Martin", "PER:Martin"},
			"PER:Paul Martin, PER:Martin"},
		{"Le tir a échoué, a rapporté Marie.", []string{"PER:Marie"}, "PER:Marie"},
		{"Le tir a échoué, rapporte Paris.", []string{"LOC:Paris"}, "LOC:Paris"},
		{"Le tir a échoué, rapporte Mivo dans un article.", []string{"PER:Mivo"}, "PER:Mivo"},
		{"Il a fait Zorvo.", nil, ""},
	}, func(d *docInfo, ms []Mention) []Mention { return reportingMedia(d, sharedGazetteer(), ms) })
}
