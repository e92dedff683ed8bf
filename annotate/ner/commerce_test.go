package ner

import "testing"

// TestCommerceNames: a name a verb or noun of commerce governs is a firm's, and so are its other
// mentions; a place of the gazetteer, a person's name with a given name and a full name's surname stay.
func TestCommerceNames(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Le réseau est exploité par Vexalis depuis 2015. Vexalis a annoncé une grève 🚌.",
			[]string{"LOC:Vexalis", "LOC:Vexalis"}, "ORG:Vexalis, ORG:Vexalis"},
		{"L’usine a été rachetée par Brunodor, qui emploie 300 personnes.", []string{"PER:Brunodor"}, "ORG:Brunodor"},
		{"Le rachat d’Ostrel par le groupe a été signé.", []string{"LOC:Ostrel"}, "ORG:Ostrel"},
		{"«\u00a0Ostrel emploie 40\u00a0000 salariés\u00a0», dit-il.", []string{"LOC:Ostrel"}, "ORG:Ostrel"},
		{"Depuis, Tramexo a racheté trois concurrents.", []string{"PER:Tramexo"}, "ORG:Tramexo"},
		{"Le PDG de Vexalis, Jean Martin, a parlé.", []string{"LOC:Vexalis", "PER:Jean Martin"},
			"ORG:Vexalis, PER:Jean Martin"},
		// places, persons and surnames stay what the tagger read
		{"Le réseau est exploité par Lyon depuis 2015.", []string{"LOC:Lyon"}, "LOC:Lyon"},
		{"Le journal a été racheté par Vincent Bolloré.", []string{"PER:Vincent Bolloré"}, "PER:Vincent Bolloré"},
		{"Vincent Bolloré parle. Le groupe est détenu et exploité par Bolloré.",
			[]string{"PER:Vincent Bolloré", "PER:Bolloré"}, "PER:Vincent Bolloré, PER:Bolloré"},
		// no cue: as read
		{"Vexalis a annoncé une grève.", []string{"LOC:Vexalis"}, "LOC:Vexalis"},
		{"Le réseau est exploité\npar Vexalis.", []string{"LOC:Vexalis"}, "LOC:Vexalis"},
	}, func(d *docInfo, ms []Mention) []Mention {
		commerceNames(d, sharedGazetteer(), ms)
		return ms
	})
}

// TestSplitOrgPlace: an organisation's mention run into its place is cut where "à" joins them or the
// document names the organisation alone; a name whole elsewhere, a team's and an organisation after
// "de" stay whole.
func TestSplitOrgPlace(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Il était aux Nations unies à New York 🗽.", []string{"ORG:Nations unies à New York"},
			"ORG:Nations unies, LOC:New York"},
		{"L’UNESCO de Jérusalem a voté. L’UNESCO proteste.", []string{"ORG:UNESCO de Jérusalem", "ORG:UNESCO"},
			"ORG:UNESCO, LOC:Jérusalem, ORG:UNESCO"},
		{"Le Sénat de Virginie-Occidentale vote\u00a0; le Sénat décide.",
			[]string{"ORG:Sénat de Virginie-Occidentale", "ORG:Sénat"}, "ORG:Sénat, LOC:Virginie-Occidentale, ORG:Sénat"},
		// whole: named only with the place, a team, an organisation after de, no place after it
		{"L’Université de Syracuse a publié l’étude.", []string{"ORG:Université de Syracuse"},
			"ORG:Université de Syracuse"},
		{"Les Girondins de Bordeaux ont gagné\u00a0: les Girondins sont deuxièmes.",
			[]string{"ORG:Girondins de Bordeaux", "ORG:Girondins"}, "ORG:Girondins de Bordeaux, ORG:Girondins"},
		{"L’Assemblée générale de l’ONU vote. L’Assemblée générale siège.",
			[]string{"ORG:Assemblée générale de l’ONU", "ORG:Assemblée générale"},
			"ORG:Assemblée générale de l’ONU, ORG:Assemblée générale"},
		{"La Fondation Vexal de Marcel Pruneau donne. La Fondation Vexal aide.",
			[]string{"ORG:Fondation Vexal de Marcel Pruneau", "ORG:Fondation Vexal"},
			"ORG:Fondation Vexal de Marcel Pruneau, ORG:Fondation Vexal"},
	}, splitOrgPlace)
}

// TestAcronymCompounds: a name opening with an acronym joined to a word by a hyphen is an
// organisation's, not a person's; a hyphenated given name, or capitals without the word, stay.
func TestAcronymCompounds(t *testing.T) {
	checkRule(t, []ruleCase{
		{"Selon UFC-Que Choisir, les prix montent 📈.", []string{"PER:UFC-Que Choisir"}, "ORG:UFC-Que Choisir"},
		{"Le syndicat SUD-Rail appelle à la grève.", []string{"PER:SUD-Rail"}, "ORG:SUD-Rail"},
		{"Jean-Claude Martin et Lou JC-decaux parlent.", []string{"PER:Jean-Claude Martin", "PER:JC-decaux"},
			"PER:Jean-Claude Martin, PER:JC-decaux"},
		{"Selon A-Ha Berg, rien.", []string{"PER:A-Ha Berg"}, "PER:A-Ha Berg"},
		{"Dimanche, J.-P. Roux a démenti.", []string{"PER:J.-P. Roux"}, "PER:J.-P. Roux"},
	}, func(d *docInfo, ms []Mention) []Mention { personToOrg(d, ms); return ms })
}
