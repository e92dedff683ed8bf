package quotes

import "testing"

// news10Tests are invented news sentences for the constructions that the tenth blind set of web news
// (international and wire news) showed the detector misreading.
var news10Tests = []struct {
	name string
	text string
	want []want
}{
	{"an inverted auxiliary before mettre en garde, faire savoir or laisser entendre reports",
		"La crise «\u00a0peut embraser toute la région 😀\u00a0», a-t-il mis en garde. «\u00a0Nous ne céderons pas\u00a0», a-t-elle fait savoir à Ame\u0301lie Roux.\n«\u00a0Rien n’est décidé\u00a0», avait-il laissé entendre.",
		[]want{{"«\u00a0peut embraser toute la région 😀\u00a0»", "mis en garde", "il"}, {"«\u00a0Nous ne céderons pas\u00a0»", "fait savoir", "elle"}, {"«\u00a0Rien n’est décidé\u00a0»", "laissé entendre", "il"}}},
	{"a phrase of manner between an incise's verb and its inverted subject",
		"« On est un peu perdus 😀 », déclare d’un air dépité une habitante du Teil. « C’est fini », a répondu du tac au tac la porte-parole, Amélie Roux.\n« Tout est détruit », lâche d’une voix tremblante un père de famille. « Nous avons failli », reconnaît sans détour le ministre.",
		[]want{{"« On est un peu perdus 😀 »", "déclare", "une habitante du Teil"}, {"« C’est fini »", "répondu", "la porte-parole"}, {"« Tout est détruit »", "lâche", "un père de famille"}, {"« Nous avons failli »", "reconnaît", "le ministre"}}},
	{"an institution's name goes on with its lower-case adjective",
		"Le président de l’Assemblée nationale a dénoncé une « provocation 😀 ». « C’est grave », a dit le président de la Banque centrale européenne Amélie Roux.\n« Le virus circule », a prévenu le directeur de la Santé publique.",
		[]want{{"« provocation 😀 »", "dénoncé", "Le président de l’Assemblée nationale"}, {"« C’est grave »", "dit", "le président de la Banque centrale européenne Amélie Roux"}, {"« Le virus circule »", "prévenu", "le directeur de la Santé publique"}}},
	{"a description and a name in apposition after mais or et speak, not the subject of the clause before",
		"L’origine n’est pas connue mais le directeur de la Sûreté générale, Amélie Roux, a évoqué des « explosifs confisqués 😀 ».\nLe bilan est lourd et le porte-parole du gouvernement, Paul Roux, a dénoncé une « tragédie ».",
		[]want{{"« explosifs confisqués 😀 »", "évoqué", "le directeur de la Sûreté générale, Amélie Roux"}, {"« tragédie »", "dénoncé", "le porte-parole du gouvernement, Paul Roux"}}},
	{"a thing before a name between commas is no description of it",
		"Dans la salle, Paul Roux, a dénoncé une « tragédie 😀 ».",
		[]want{{"« tragédie 😀 »", "dénoncé", "Paul Roux"}}},
	{"a gerund after en and an object pronoun reports, with the subject of the main clause",
		"La présidente Amélie Roux a salué son homologue Paul Dupont, qui la recevait dimanche à Sotchi, sur les bords de la mer Noire, en le qualifiant de « leader fort 😀 ».\nLe ministre a salué les pompiers en les décrivant comme des « héros ».",
		[]want{{"« leader fort 😀 »", "qualifiant", "La présidente Amélie Roux"}, {"« héros »", "décrivant", "Le ministre"}}},
}

func TestFindTenthSet(t *testing.T) {
	for _, tc := range news10Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
