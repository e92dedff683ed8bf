package ner

import (
	"slices"
	"testing"
)

// TestTitledNicknames: a civility written out before a common word is a nickname, title and all
// ("Monsieur Cinéma", never the common noun "Cinéma" alone for a person); before a surname the title
// stays out of the person's mention, written out or short.
func TestTitledNicknames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want, not string }{
		{"Surnommé « Pierre Magic Tchernia » ou Monsieur Cinéma , Pierre Tchernia était l'un des pionniers de la télévision.",
			"PER:Monsieur Cinéma", "PER:Cinéma"},
		{"« C’est la réponse de Monsieur Puigdemont qui dictera la suite », a-t-il dit.", "PER:Puigdemont", "PER:Monsieur Puigdemont"},
		{"Le Premier ministre a reçu M. Fillon mardi à Matignon.", "PER:Fillon", "PER:M. Fillon"},
	} {
		var got []string
		for _, mn := range m.Recognize(c.text) {
			got = append(got, mn.Label+":"+c.text[mn.Start:mn.End])
		}
		if !slices.Contains(got, c.want) || slices.Contains(got, c.not) {
			t.Errorf("%q: got %v, want %s and not %s", c.text, got, c.want, c.not)
		}
	}
}
