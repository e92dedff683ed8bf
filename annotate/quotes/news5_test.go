package quotes

import "testing"

// TestFifthSet runs invented news sentences for the constructions read from the fifth blind set of web
// news (docs/quality.md, "fifth set").
func TestFifthSet(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want []want
	}{
		{"a space typed for the first hyphen of a-t-il",
			"«\u00a0Nous ramènerons l’inflation vers 2\u202f% 😀\u00a0», a t-il affirmé. «\u202fC’est un engagement\u202f», explique t-elle à Ame\u0301lie.",
			[]want{{"«\u00a0Nous ramènerons l’inflation vers 2\u202f% 😀\u00a0»", "affirmé", "il"}, {"«\u202fC’est un engagement\u202f»", "explique", "elle"}}},
		{"but t- before a word that is no pronoun stays two words",
			"Le plan a t-shirt et casquette 😀 pour slogan.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
