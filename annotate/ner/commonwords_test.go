package ner

import "testing"

// TestTrimCapitalised gives the rule the mentions a tagger might have made of words capitalised by
// their place, and checks what is left of them.
func TestTrimCapitalised(t *testing.T) {
	tests := []ruleCase{
		// a function word opening a heading or a sentence
		{"Pourquoi Dupuis gagnera encore", []string{"PER:Pourquoi Dupuis"}, "PER:Dupuis"},
		{"Il pleuvait. Comment Lambert a-t-il fait ?", []string{"PER:Comment Lambert"}, "PER:Lambert"},
		{"« Quand Berthier est parti, tout a changé. »", []string{"PER:Quand Berthier"}, "PER:Berthier"},
		{"Toutefois, le projet avance.", []string{"PER:Toutefois"}, ""},
		// mid-sentence, a capitalised word is the name's own: "Il Giornale", "Selon Moi" stay
		{"Le quotidien Il Corriere a publié la lettre.", []string{"ORG:Il Corriere"}, "ORG:Il Corriere"},
		// a verb and its pronoun
		{"Il lui a demandé « As-tu signé ? »", []string{"ORG:As-tu"}, ""},
		{"Faut-il partir ?", []string{"LOC:Faut-il"}, ""},
		// the acronym of a common noun; a name's stays
		{"Une ONG a mesuré le PIB du pays avec l'OMS.", []string{"ORG:ONG", "ORG:PIB", "ORG:OMS"}, "ORG:OMS"},
		// a role in a descriptor, in French or in English
		{"Le sigle MCA (Member of the Cantonal Assembly) déplaît.", []string{"ORG:MCA", "LOC:Member", "ORG:Cantonal Assembly"},
			"ORG:MCA, ORG:Cantonal Assembly"},
		{"Membre du Conseil cantonal, elle a voté contre.", []string{"ORG:Membre du Conseil cantonal"}, "ORG:Conseil cantonal"},
		{"Ils préfèrent Membres de l'Assemblée cantonale.", []string{"ORG:Membres de l'Assemblée cantonale"},
			"ORG:Assemblée cantonale"},
		{"Secretary of the Navy, il a démissionné.", []string{"ORG:Secretary of the Navy"}, "ORG:Navy"},
		// a title before a person's name is no part of it; the name's own titles are
		{"Le Dr Lenoir a témoigné.", []string{"PER:Dr Lenoir"}, "PER:Lenoir"},
		{"Elle a reçu le Président Ferrand.", []string{"PER:Président Ferrand"}, "PER:Ferrand"},
		{"Elle a rencontré Lady Brimley et Abbé Morel.", []string{"PER:Lady Brimley", "PER:Abbé Morel"},
			"PER:Lady Brimley, PER:Abbé Morel"},
		{"Le chanteur Prince a joué.", []string{"PER:Prince"}, "PER:Prince"},
		// an English "General" is no French title, and an institution keeps its head noun
		{"La firme General Turbines recrute.", []string{"ORG:General Turbines"}, "ORG:General Turbines"},
		{"La Commission de l'Assemblée siège.", []string{"ORG:Commission de l'Assemblée"}, "ORG:Commission de l'Assemblée"},
		// a heading in capitals is left as it is
		{"POURQUOI DUPUIS GAGNERA", []string{"MISC:POURQUOI DUPUIS GAGNERA"}, "MISC:POURQUOI DUPUIS GAGNERA"},
	}
	checkRule(t, tests, trimCapitalised)
}

// TestForeignPlaceHeads relabels the persons whose name ends as a street's or a place's does, and the
// organisations the tagger took for persons.
func TestForeignPlaceHeads(t *testing.T) {
	tests := []ruleCase{
		{"Le camion a roulé sur la Harbor View Highway.", []string{"PER:Harbor View Highway"}, "LOC:Harbor View Highway"},
		{"Il habite Peter Street, à Leeds.", []string{"PER:Peter Street", "LOC:Leeds"}, "LOC:Peter Street, LOC:Leeds"},
		{"La Coastal Wrestling Authority a suspendu Peter Street.", []string{"PER:Coastal Wrestling Authority", "PER:Peter Street"},
			"ORG:Coastal Wrestling Authority, LOC:Peter Street"},
		{"Peter Lane a parlé.", []string{"PER:Peter Lane"}, "PER:Peter Lane"}, // Lane is a surname too
		{"Anna Highwayman a parlé.", []string{"PER:Anna Highwayman"}, "PER:Anna Highwayman"},
	}
	checkRule(t, tests, func(d *docInfo, ms []Mention) []Mention { personToOrg(d, ms); return ms })
}

// TestRolesNotNames runs the shipped recogniser on invented sentences where a role opens a heading or
// a descriptor: no mention reads as the role, or opens with it.
func TestRolesNotNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Des élus refusent le sigle MWA (Member of the Welsh Assembly, Membre de l'Assemblée galloise).",
		"La commission penche en faveur de Membres du Parlement gallois.",
		"Pourquoi Dupuis remportera un troisième mandat",
	} {
		for _, g := range m.Recognize(text) {
			switch w := text[g.Start:g.End]; {
			case isRole(analyse(w, m.gaz), 0), leadWords[analyse(w, m.gaz).lower[0]]:
				t.Errorf("%q: %s:%q opens with a role or a function word", text, g.Label, w)
			}
		}
	}
}

// TestExtendEnglishNames gives English names of organisations and places their first words, which a
// tagger leaves out or tags apart, and stops at what opens no name.
func TestExtendEnglishNames(t *testing.T) {
	tests := []ruleCase{
		{"Elle dirige la Northern Glassworks Authority depuis mars.", []string{"ORG:Glassworks Authority"},
			"ORG:Northern Glassworks Authority"},
		{"Le défilé était mené par le Harlow Royal Youth Band.", []string{"ORG:Harlow Royal", "ORG:Youth Band"},
			"ORG:Harlow Royal Youth Band"},
		{"Ils ont visité le Pinewood Canyon.", []string{"LOC:Canyon"}, "LOC:Pinewood Canyon"},
		// a determiner, a title, a lower-case word or another line stop it
		{"Selon le Daily Courier News, rien.", []string{"ORG:Courier News"}, "ORG:Daily Courier News"},
		{"Il a vu Le Courier News hier.", []string{"ORG:Courier News"}, "ORG:Courier News"},
		{"Le président Lefort et la Courier News.", []string{"PER:Lefort", "ORG:Courier News"}, "PER:Lefort, ORG:Courier News"},
		{"Merci Harlow\nCourier News", []string{"ORG:Courier News"}, "ORG:Courier News"},
		// a French name before an English head is left alone when its words are not all capitalised
		{"Le Centre de recherche Arnold Stadium ouvre.", []string{"ORG:Centre de recherche", "LOC:Arnold Stadium"},
			"ORG:Centre de recherche, LOC:Arnold Stadium"},
	}
	checkRule(t, tests, extendEnglishNames)
}
