package ner

import "testing"

// TestArticleAtStart: a party whose name holds its article keeps it opening a sentence, as the gold
// tags "[Les Républicains] s'y opposent": a party the training text never names ("Les Écologistes"),
// and a name the article writes with its capitalised article elsewhere. Other names leave their
// article out at a sentence's start ("Les [Gilets jaunes]"), as does a lower-case article.
func TestArticleAtStart(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Les Écologistes ont présenté leur programme mardi.", "ORG:Les Écologistes"},
		{"Le parti a rejoint les Écologistes en mai.", "ORG:Écologistes"},
	} {
		if got := mentionStrings(c.text, m.Recognize(c.text)); got != c.want {
			t.Errorf("Recognize(%q):\n got %s\nwant %s", c.text, got, c.want)
		}
	}
	rule := func(d *docInfo, ms []Mention) []Mention { articleAtStart(d, ms); return ms }
	checkRule(t, []ruleCase{
		{"Les Gilets jaunes ont manifesté samedi.", []string{"ORG:Gilets jaunes"}, "ORG:Gilets jaunes"},
		{"La Commission européenne a tranché.", []string{"ORG:Commission européenne"}, "ORG:Commission européenne"},
		{"Les Écologistes ont voté.", []string{"ORG:Écologistes"}, "ORG:Les Écologistes"},
		{"Il a quitté Le Monde. Le Monde a publié une enquête.", []string{"ORG:Le Monde", "ORG:Monde"},
			"ORG:Le Monde, ORG:Le Monde"},
		{"Il a rejoint les Bâtisseurs. Les Bâtisseurs ont voté.", []string{"ORG:Bâtisseurs", "ORG:Bâtisseurs"},
			"ORG:Bâtisseurs, ORG:Bâtisseurs"},
	}, rule)
}
