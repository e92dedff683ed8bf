package ner

import "testing"

// TestJoinGivenNames gives the rule the mentions a tagger might have made and checks what it joins.
func TestJoinGivenNames(t *testing.T) {
	tests := []ruleCase{
		// given names, then the rest of the name from the next given name on, with its particle
		{"La réunion a eu lieu avec Jean-Baptiste Marie Alexandre de La Rochefoucauld-Montmorency à Paris.",
			[]string{"PER:Jean-Baptiste Marie", "PER:Alexandre de La Rochefoucauld-Montmorency", "LOC:Paris"},
			"PER:Jean-Baptiste Marie Alexandre de La Rochefoucauld-Montmorency, LOC:Paris"},
		{"Le physicien Louis Victor de Broglie est né à Dieppe.", []string{"PER:Louis", "PER:Victor de Broglie"},
			"PER:Louis Victor de Broglie"},
		{"Le général Pedro María d'Almeida a parlé.", []string{"PER:Pedro", "PER:María d'Almeida"},
			"PER:Pedro María d'Almeida"},
		// two people written side by side, no particle: left alone
		{"Les anciens ministres de François Hollande Arnaud Montebourg et Vincent Peillon sont éliminés.",
			[]string{"PER:François Hollande", "PER:Arnaud Montebourg", "PER:Vincent Peillon"},
			"PER:François Hollande, PER:Arnaud Montebourg, PER:Vincent Peillon"},
		// the particle in the first name: it is a whole name already
		{"Il a reçu Dominique de Villepin Jean Dupont de Lille.", []string{"PER:Dominique de Villepin", "PER:Jean Dupont de Lille"},
			"PER:Dominique de Villepin, PER:Jean Dupont de Lille"},
		// punctuation, a line break or another label between them: two names
		{"Avec Jean-Baptiste Marie, Alexandre de La Rochefoucauld est venu.",
			[]string{"PER:Jean-Baptiste Marie", "PER:Alexandre de La Rochefoucauld"},
			"PER:Jean-Baptiste Marie, PER:Alexandre de La Rochefoucauld"},
		{"Ont signé :\nJean Marie\nAlexandre de La Rochefoucauld", []string{"PER:Jean Marie", "PER:Alexandre de La Rochefoucauld"},
			"PER:Jean Marie, PER:Alexandre de La Rochefoucauld"},
		{"Le club Lyon Jean de La Fontaine joue.", []string{"ORG:Lyon", "PER:Jean de La Fontaine"},
			"ORG:Lyon, PER:Jean de La Fontaine"},
	}
	checkRule(t, tests, joinGivenNames)
}

// TestLongNamesRecognized runs the shipped recogniser on invented sentences holding long names with
// several given names and a French particle: each is one person.
func TestLongNamesRecognized(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"La réunion a eu lieu avec Jean-Baptiste Marie Alexandre de La Rochefoucauld-Montmorency à Paris.",
			"PER:Jean-Baptiste Marie Alexandre de La Rochefoucauld-Montmorency"},
		{"« C'est la phrase numéro 1, et elle est importante », a déclaré Jean-Baptiste Marie Alexandre de La Rochefoucauld-Montmorency.",
			"PER:Jean-Baptiste Marie Alexandre de La Rochefoucauld-Montmorency"},
		{"Le physicien Louis Victor Pierre Raymond de Broglie est né à Dieppe.", "PER:Louis Victor Pierre Raymond de Broglie"},
		{"Marie-Antoinette Josèphe Jeanne de Habsbourg-Lorraine est née à Vienne.",
			"PER:Marie-Antoinette Josèphe Jeanne de Habsbourg-Lorraine"},
	} {
		m, err := Default()
		if err != nil {
			t.Fatal(err)
		}
		got := m.Recognize(tt.text)
		found := false
		for _, g := range got {
			found = found || g.Label+":"+tt.text[g.Start:g.End] == tt.want
		}
		if !found {
			t.Errorf("%q: %s not found in %s", tt.text, tt.want, mentionStrings(tt.text, got))
		}
	}
}
