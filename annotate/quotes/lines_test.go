package quotes

import "testing"

// TestNestedQuotationOverLines: in text cut one sentence a line, a quotation nested in another may run
// over lines too; both stay whole when a later line closes the nested one, and a blank line still ends
// them. Guillemets only: straight marks cannot tell a nested quotation from the end of the
// outer one (TestOtherMarksReadAsGuillemets).
func TestNestedQuotationOverLines(t *testing.T) {
	nbsp, nnbsp := "\u00a0", "\u202f"
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a quotation nested over two lines inside one over three stays whole",
			"La créatrice a raconté" + nbsp + ": «" + nbsp + "Une amie m’a dit" + nbsp + ": «" + nbsp + "Tu pleures de colère.\nC’est une force 💪." + nbsp + "»\nJ’ai trouve\u0301 ça brillant." + nbsp + "»\nLe livre sort lundi.",
			[]want{{"«" + nbsp + "Une amie m’a dit" + nbsp + ": «" + nbsp + "Tu pleures de colère.\nC’est une force 💪." + nbsp + "»\nJ’ai trouve\u0301 ça brillant." + nbsp + "»", "raconté", "La créatrice"}}},
		{"both closed on the same later line, narrow no-break spaces",
			"Le ministre a déclaré : «" + nnbsp + "Mon père répétait : «" + nnbsp + "Rien n’est acquis.\nTout se gagne." + nnbsp + "»" + nnbsp + "»\nLa séance est levée.",
			[]want{{"«" + nnbsp + "Mon père répétait : «" + nnbsp + "Rien n’est acquis.\nTout se gagne." + nnbsp + "»" + nnbsp + "»", "déclaré", "Le ministre"}}},
		{"a blank line still ends them",
			"La créatrice a raconté : « Une amie m’a dit : « Tu pleures.\n\nC’est une force. »\nJ’ai trouvé ça brillant. »",
			[]want{{"« Une amie m’a dit : « Tu pleures.", "raconté", "La créatrice"}}},
		{"one » closing both on a later line ends them both, as on one line",
			"Le chanteur a raconté : « Des amis me disent : « Comment peux-tu l’aimer ?\nIl est de\u0301sagréable ! »\n« Eh bien, je l’aime. »",
			[]want{
				{"« Des amis me disent : « Comment peux-tu l’aimer ?\nIl est de\u0301sagréable ! »", "raconté", "Le chanteur"},
				{"« Eh bien, je l’aime. »", "raconté", "Le chanteur"}}},
		{"a nested quotation that no later line closes is not joined",
			"Elle a dit : « Il a crié : « Partez.\nNous restons.\nLe soir tombe.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}

// TestClosingStraightMarkOpensNothing: in text quoting in guillemets, a straight " after a word and
// before punctuation faces left; it closes a quotation opened on an earlier line and opens none, so
// the narration after it is no quotation.
func TestClosingStraightMarkOpensNothing(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the mark closing a quotation over paragraphs does not pair with the next one",
			"La ministre évoque une « crise ».\nElle répond : \"Non, ce mot n’a pas été prononcé.\n\nNous n’en sommes pas là\", objecte la ministre. \"Le pays gronde mais il n’est pas en révolution 😤\", ajoute-t-elle.",
			[]want{{"« crise »", "évoque", "La ministre"}, {"\"Le pays gronde mais il n’est pas en révolution 😤\"", "ajoute", "elle"}}},
		{"a mark after a word and before a space still closes its pair on the line",
			"Le maire parle d’une « fe\u0301te ». Il a lancé : \"Venez tous, la fête commence ce soir\", devant la foule.",
			[]want{{"« fe\u0301te »", "parle", "Le maire"}, {"\"Venez tous, la fête commence ce soir\"", "lancé", "Il"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}

// TestStraightQuotationOverLines: in text quoting in guillemets, a quotation in straight marks cut one
// sentence a line is one quotation when a later line closes it, as a « … » is; a blank line, a mark
// that opens another quotation, or a mark inside guillemets leaves it as it was.
func TestStraightQuotationOverLines(t *testing.T) {
	nbsp := "\u00a0"
	tests := []struct {
		name, text string
		want       []want
	}{
		{"over two lines, then a quotation on one line",
			"La ministre évoque une «" + nbsp + "crise" + nbsp + "».\nElle répond : \"Non, ce mot n’a pas été prononcé.\nNous n’en sommes pas là\", objecte la ministre. \"Le pays gronde mais il n’est pas en révolution 😤\", ajoute-t-elle.",
			[]want{{"«" + nbsp + "crise" + nbsp + "»", "évoque", "La ministre"},
				{"\"Non, ce mot n’a pas été prononcé.\nNous n’en sommes pas là\"", "objecte", "la ministre"},
				{"\"Le pays gronde mais il n’est pas en révolution 😤\"", "ajoute", "elle"}}},
		{"over three lines, a combining accent inside",
			"Le maire évoque un « projet ».\nIl a ajouté : \"Nous construirons l’e\u0301cole.\nLes travaux commencent en mai.\nTout sera prêt en septembre.\"\nLa séance est levée.",
			[]want{{"« projet »", "évoque", "Le maire"},
				{"\"Nous construirons l’e\u0301cole.\nLes travaux commencent en mai.\nTout sera prêt en septembre.\"", "ajouté", "Il"}}},
		{"a blank line ends it",
			"Le maire évoque un « projet ».\nIl a ajouté : \"Nous construirons l’école.\n\nLes travaux commencent en mai.\"",
			[]want{{"« projet »", "évoque", "Le maire"}}},
		{"the next mark opens another quotation: a slip, nothing joined",
			"Le maire évoque un « projet ».\nIl a ajouté : \"Nous construirons l’école.\nLe journal \"Ouest-France\" en parle.",
			[]want{{"« projet »", "évoque", "Le maire"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}

// TestPassiveAgentOnTheLineBefore: a quotation reported in the passive with no agent takes who reports
// in the sentence before; in text cut one sentence a line, that sentence is the line before, unless a
// blank line or a line that ends no sentence (a headline) stands between.
func TestPassiveAgentOnTheLineBefore(t *testing.T) {
	quote := "«\u202fne pas respecter l’égalité devant la loi\u202f»"
	tests := []struct {
		name, text string
		want       []want
	}{
		{"one sentence a line",
			"Cette pratique est dénoncée par des associations 📢.\nElle est accusée de " + quote + ".",
			[]want{{quote, "accusée", "des associations"}}},
		{"the same in one paragraph",
			"Cette pratique est dénoncée par des associations 📢. Elle est accusée de " + quote + ".",
			[]want{{quote, "accusée", "des associations"}}},
		{"a combining accent and a no-break space before the line break",
			"La re\u0301forme est critiquée par les syndicats.\u00a0\nElle est accusée de " + quote + ".",
			[]want{{quote, "accusée", "les syndicats"}}},
		{"a line ending with an ellipsis, a mark of more than one byte",
			"Cette pratique est dénoncée par des associations…\nElle est accusée de " + quote + ".",
			[]want{{quote, "accusée", "des associations"}}},
		{"a blank line between: another paragraph",
			"Cette pratique est dénoncée par des associations.\n\nElle est accusée de " + quote + ".",
			nil},
		{"a headline before: no sentence",
			"Une pratique dénoncée par des associations\nElle est accusée de " + quote + ".",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
