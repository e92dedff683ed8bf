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
		{"a cleft pointing back across a line break or after a stop inside the marks",
			"“Ce budget est sincère 😀. Le pays se désendette”.\nC’est du moins ce qu’a déclaré le ministre des Finances, Ame\u0301lie Roux.\n«\u00a0Nous tiendrons le cap.\u00a0» C’est ce qu’a assuré le pre\u0301fet.",
			[]want{{"“Ce budget est sincère 😀. Le pays se désendette”", "déclaré", "le ministre des Finances"}, {"«\u00a0Nous tiendrons le cap.\u00a0»", "assuré", "le pre\u0301fet"}}},
		{"but a word after marks with no stop inside goes on with the sentence",
			"Il parle d’un «\u00a0budget sincère\u00a0» c’est ce qu’a déclaré le maire 😀.",
			[]want{{"«\u00a0budget sincère\u00a0»", "parle", "Il"}}},
		{"a participle after a quotation's comma goes on with that quotation's speaker",
			"Après avoir salué son ministre, Paul Roux, Ame\u0301lie Dubois a souligné que les pays sont «\u00a0deux pays indépendants 😀\u00a0», ajoutant que «\u202fle reste ne nous concerne pas.\u202f»",
			[]want{{"«\u00a0deux pays indépendants 😀\u00a0»", "souligné", "Ame\u0301lie Dubois"}, {"«\u202fle reste ne nous concerne pas.\u202f»", "ajoutant", "Ame\u0301lie Dubois"}}},
		{"de l'avis de names a source after a quotation, as selon does",
			"Les deux pays coopèrent, «\u00a0où la situation demeure préoccupante 😀\u00a0», de l’avis du ministre Ame\u0301lie Roux. «\u202fLe Sahel est une priorité\u202f», de l’avis de la pre\u0301fète.",
			[]want{{"«\u00a0où la situation demeure préoccupante 😀\u00a0»", "de l’avis", "ministre Ame\u0301lie Roux"}, {"«\u202fLe Sahel est une priorité\u202f»", "de l’avis de", "la pre\u0301fète"}}},
		{"single curly quotation marks in a text with no guillemets",
			"Le gouverneur a déclaré que ‘l’inflation baissera d’ici la fin de l’anne\u0301e 😀’. ‘Ce sera encore trop’ a indiqué Ame\u0301lie Roux.",
			[]want{{"‘l’inflation baissera d’ici la fin de l’anne\u0301e 😀’", "déclaré", "Le gouverneur"}, {"‘Ce sera encore trop’", "indiqué", "Ame\u0301lie Roux"}}},
		{"but a ‘ inside a word is an apostrophe",
			"Il vote dans son bureau d‘origine, c‘est la règle 😀, a dit l’adjoint.",
			nil},
		{"but t- before a word that is no pronoun stays two words",
			"Le plan a t-shirt et casquette 😀 pour slogan.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
