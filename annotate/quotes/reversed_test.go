package quotes

import (
	"strings"
	"testing"
)

// swap writes a text quoting in « » as one quoting in »…«, the way German typography does.
var swap = strings.NewReplacer("«", "»", "»", "«")

// TestReversedGuillemets: a text that quotes in »…« gives the quotations, cues and speakers it gives
// quoting in « », at the same offsets; a text quoting in « », with continuation paragraphs opening
// with » or a German »…« in it, is read as it is.
func TestReversedGuillemets(t *testing.T) {
	for _, tc := range []struct{ name, french string }{
		{"one line", "«Nous ne céderons pas 🇫🇷», a déclaré Zoé Périé\u0301 à Strasbourg. «Jamais», a-t-elle ajouté."},
		{"over paragraphs", "Le maire a répondu :\n\n«Nous avons tout essayé.\n\n«Il faut maintenant que l’État agisse», a conclu Jean Hœrdt."},
		{"incise", "«La fusion est faite, a dit le président du club, et elle tiendra 👍🏽.»"},
		{"words in brackets, quotations side by side",
			"Cet or était «volé peut-être» , «à la Banque de France» , selon elle. Il ajoute que «[notre] combat continuera»."},
	} {
		german := swap.Replace(tc.french)
		if !reversedGuillemets(german) {
			t.Errorf("%s: %q not read as quoting in »…«", tc.name, german)
		}
		if reversedGuillemets(tc.french) {
			t.Errorf("%s: %q read as quoting in »…«", tc.name, tc.french)
		}
		if len(Find(tc.french)) == 0 {
			t.Fatalf("%s: no quote in %q", tc.name, tc.french)
		}
		sameQuotes(t, tc.name, german, tc.french)
	}
	for _, text := range []string{
		// French continuation paragraphs reopen with »
		"«\u00a0Nous avons tout essayé.\n\n»\u00a0Il faut que l’État agisse\u00a0», a conclu Jean Hœrdt.",
		"«\u00a0Premier point.\n»\u00a0Deuxième point 🚀.\n»\u00a0Dernier point\u00a0», a-t-il dit.",
		// a German quotation in a French text quoting in « »
		"Le slogan »Wir schaffen das« a marqué. «\u00a0Nous verrons\u00a0», a répondu Paul Girard.",
		// a closing » and an opening « after an incise, on one line
		"«\u00a0Nous partons\u00a0», a-t-il dit, «\u00a0demain\u00a0».",
		"Il a dit\u00a0: » fin «",
		"Un » seul",
	} {
		if reversedGuillemets(text) {
			t.Errorf("%q read as quoting in »…«", text)
		}
	}
}
