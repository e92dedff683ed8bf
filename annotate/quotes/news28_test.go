package quotes

import "testing"

// news28Tests are invented news sentences for constructions that errors of several development sets
// share (the pool, fresh11 to quotes14): general rules, not one article's.
var news28Tests = []struct {
	name string
	text string
	want []want
}{
	{"a quotation opening its sentence with the full stop after its closing mark, then a quotation and its incise: both are the incise's speaker",
		"Le club a gagné samedi. Pour les joueurs, c'est une belle victoire. «\u00a0Nous sommes prêts pour la suite 😀\u00a0». «\u00a0La saison sera longue\u00a0», a déclaré l'entraîneur Paul Roux.",
		[]want{{"«\u00a0Nous sommes prêts pour la suite 😀\u00a0»", "déclaré", "l'entraîneur Paul Roux"}, {"«\u00a0La saison sera longue\u00a0»", "déclaré", "l'entraîneur Paul Roux"}}},
	{"the same in straight marks, with spaces before the stop and the comma",
		"Le club a gagné.\n\n\"On est fiers du groupe 😀\" . \"Ils ont tout donné\" , ont confié des supporters.",
		[]want{{"\"On est fiers du groupe 😀\"", "confié", "des supporters"}, {"\"Ils ont tout donné\"", "confié", "des supporters"}}},
	{"a question before the stop is not joined: « … ? » then « … », dit X asks and answers",
		"Le club a gagné.\n\n«\u00a0Êtes-vous prêts pour la suite 😀\u00a0?\u00a0». «\u00a0La saison sera longue\u00a0», a répondu l'entraîneur Paul Roux.",
		[]want{{"«\u00a0Êtes-vous prêts pour la suite 😀\u00a0?\u00a0»", "", ""}, {"«\u00a0La saison sera longue\u00a0»", "répondu", "l'entraîneur Paul Roux"}}},
}

func TestFindTwentyEighthSession(t *testing.T) {
	for _, tc := range news28Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
