package quotes

import "testing"

// news32Tests are invented news sentences for a quotation in the first person that stands as a
// sentence of its own: the person who opens the sentence before it speaks, after a circumstance too,
// and rather than the source of an earlier quotation of the line.
var news32Tests = []struct {
	name string
	text string
	want []want
}{
	{"a circumstance may open the sentence whose person speaks the first-person quotation after it",
		"À la fin du tournoi, la capitaine\u00a0norvégienne cachait mal sa joie. «\u00a0Nous avons tenu jusqu'au bout 😀, je suis fière.\u00a0»",
		[]want{{"«\u00a0Nous avons tenu jusqu'au bout 😀, je suis fière.\u00a0»", "", "la capitaine\u00a0norvégienne"}}},
	{"a person opening the sentence before speaks rather than the source of an earlier quotation",
		"Selon un témoin, le bateau allait « beaucoup trop vite ». Marc Lefe\u0301vre, un pêcheur présent sur le quai, avait crié pour l'arrêter. «\u00a0On lui a fait signe 🚤, mais il n'a rien vu.\u00a0»",
		[]want{{"« beaucoup trop vite »", "Selon", "un témoin"}, {"«\u00a0On lui a fait signe 🚤, mais il n'a rien vu.\u00a0»", "", "Marc Lefe\u0301vre"}}},
	{"a sentence that quotes nothing else keeps the earlier source when it opens with no person",
		"Selon un témoin, le bateau allait « beaucoup trop vite ». Le quai était désert ce soir-là. «\u00a0On lui a fait signe 🚤, mais il n'a rien vu.\u00a0»",
		[]want{{"« beaucoup trop vite »", "Selon", "un témoin"}, {"«\u00a0On lui a fait signe 🚤, mais il n'a rien vu.\u00a0»", "", "un témoin"}}},
}

func TestFindThirtySecondSession(t *testing.T) {
	for _, tc := range news32Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
