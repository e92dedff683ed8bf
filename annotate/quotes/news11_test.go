package quotes

import "testing"

// news11Tests are invented news sentences for the constructions that the eleventh blind set of web news
// (translated and wire world news) showed the detector misreading.
var news11Tests = []struct {
	name string
	text string
	want []want
}{
	{"an inverted auxiliary and a participle in no lexicon after a quotation report, with a person after them",
		"«\u00a0Quelle soirée 😀\u00a0», a exulté Ame\u0301lie Roux sur France 2. «\u00a0On l’a fait\u00a0», avait jubilé l’entraîneur des Bleus.\nCette petite phrase, «\u00a0rien ne bouge\u00a0», a irrité le ministre. Le slogan «\u00a0zéro déchet\u00a0», a changé la donne.",
		[]want{{"«\u00a0Quelle soirée 😀\u00a0»", "exulté", "Ame\u0301lie Roux"}, {"«\u00a0On l’a fait\u00a0»", "jubilé", "l’entraîneur des Bleus"}}},
}

func TestFindEleventhSet(t *testing.T) {
	for _, tc := range news11Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
