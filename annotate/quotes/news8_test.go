package quotes

import "testing"

// news8Tests are invented news sentences for the constructions and the typography of real web pages
// that the eighth blind set of web news (courts, local assemblies, sport after the match, agency copy)
// showed the detector missing.
var news8Tests = []struct {
	name string
	text string
	want []want
}{
	{"a coach's words after the score are no headline after a dateline",
		"Les réactions\n\nJean DUPONT (entraîneur de Lens, défaite 0-1 à Metz)\u00a0: «\u00a0La défaite est logique. Nous avons trop subi 😀.\u00a0»\n\nAme\u0301lie Roux (Brest, victoire 2-0)\u00a0: «\u00a0C’était important de bien démarrer. On a retenu la leçon.\u00a0»",
		[]want{{"«\u00a0La défaite est logique. Nous avons trop subi 😀.\u00a0»", "", "Jean DUPONT"}, {"«\u00a0C’était important de bien démarrer. On a retenu la leçon.\u00a0»", "", "Ame\u0301lie Roux"}}},
	{"an article quoting in straight single marks, with elisions inside them",
		"Le procès s'est ouvert à Lyon 😀.\n\n'Il n'est pas coupable', a plaidé l'avocat d'Ame\u0301lie Roux. 'Elle a fait l'effort de comprendre' pendant sa détention, a-t-il ajouté.",
		[]want{{"'Il n'est pas coupable'", "plaidé", "l'avocat d'Ame\u0301lie Roux"}, {"'Elle a fait l'effort de comprendre'", "ajouté", "il"}}},
	{"straight single marks with a ' left over are no quotation marks",
		"'Il n'est pas coupable', a plaidé l'avocat. 'Elle a fait l'effort', a-t-il ajouté. Les parents' de l'accusée 😀 étaient là.",
		nil},
	{"one pair of straight single marks is too little to read them as quotation marks",
		"'Il n'est pas coupable', a plaidé l'avocat d'Ame\u0301lie Roux 😀.",
		nil},
	{"straight single marks with no reporting verb near them are no quotation marks",
		"Une 'mesure ultime' pour Ame\u0301lie Roux 😀. Le tribunal a prononcé une 'peine juste'.",
		nil},
	{"a ” that faces a word with no “ open opens a quotation",
		"Le maire a parlé d’un “moment difficile” 😀.”Nous ne céderons pas”, a déclaré Ame\u0301lie Roux. Selon elle, l'”avenir du village” est en jeu.",
		[]want{{"“moment difficile”", "parlé", "Le maire"}, {"”Nous ne céderons pas”", "déclaré", "Ame\u0301lie Roux"}, {"”avenir du village”", "Selon", "elle"}}},
	{"a “ closed by » in a text quoting in guillemets is one quotation",
		"“Nous avons réparé les grilles 😀 de la commune\u00a0», précise Ame\u0301lie Roux.\n«\u00a0Le village est plus beau\u00a0», dit le maire.",
		[]want{{"“Nous avons réparé les grilles 😀 de la commune\u00a0»", "précise", "Ame\u0301lie Roux"}, {"«\u00a0Le village est plus beau\u00a0»", "dit", "le maire"}}},
	{"a quotation in guillemets going on over a paragraph that no mark reopens",
		"Ame\u0301lie Roux a répondu aux questions des journalistes.\n\n«\u00a0C’est une grosse satisfaction 😀. Je suis très fière d’elles.\n\nTout le monde a contribué. Personne ne compte ses stats.\u00a0»\n\nLe prochain match aura lieu mardi.",
		[]want{{"«\u00a0C’est une grosse satisfaction 😀. Je suis très fière d’elles.", "", "Ame\u0301lie Roux"}, {"Tout le monde a contribué. Personne ne compte ses stats.\u00a0»", "", "Ame\u0301lie Roux"}}},
	{"a quotation in straight marks going on over a paragraph that no mark reopens",
		"Ame\u0301lie Roux a répondu aux questions des journalistes.\n\n\"C’est une grosse satisfaction 😀. Je suis très fière d’elles.\n\nTout le monde a contribué. Personne ne compte ses stats.\"\n\nLe prochain match aura lieu mardi.",
		[]want{{"\"C’est une grosse satisfaction 😀. Je suis très fière d’elles.", "", "Ame\u0301lie Roux"}, {"Tout le monde a contribué. Personne ne compte ses stats.\"", "", "Ame\u0301lie Roux"}}},
	{"a straight mark left open is no quotation over the paragraph after it when that one holds other marks",
		"Le maire a parlé d’un \"moment difficile 😀.\n\nLe conseil a voté \"pour\" à l'unanimité.",
		[]want{}},
	{"an elided conjunction opening the sentence after a lead quotation is no speaker",
		"«\u00a0Nous sommes une opposition utile 😀. Nous serons là à chaque conseil.\u00a0» Qu’on se le dise\u00a0: le groupe a beau être petit, il compte.",
		[]want{{"«\u00a0Nous sommes une opposition utile 😀. Nous serons là à chaque conseil.\u00a0»", "", ""}}},
	{"the letter marking an interview's question is no speaker: the vous after it is",
		"Q - Vous avez dit «\u00a0convergence de vue 😀\u00a0». Que vous a-t-il répondu\u00a0?\nR - La même chose.",
		[]want{{"«\u00a0convergence de vue 😀\u00a0»", "dit", "Vous"}}},
	{"nous or vous before a verb that agrees is the subject, before one that does not the object",
		"Nous avons déclaré «\u00a0tout va bien 😀\u00a0». Le maire vous a dit «\u00a0non, jamais de la vie\u00a0».",
		[]want{{"«\u00a0tout va bien 😀\u00a0»", "déclaré", "Nous"}, {"«\u00a0non, jamais de la vie\u00a0»", "dit", "Le maire"}}},
	{"a sentence adverb before the subject is no speaker",
		"Néanmoins, je ne crois pas que le pre\u0301sident en vienne à reprocher un «\u00a0côté minable 😀\u00a0» à mes arguments.",
		[]want{{"«\u00a0côté minable 😀\u00a0»", "reprocher", "je"}}},
	{"a relative pronoun opening a sentence is no speaker",
		"L’avocat demande des explications au tribunal.\nQui finit par concéder\u00a0:\n«\u00a0Rien n’est décidé 😀, Maître.\u00a0»",
		[]want{{"«\u00a0Rien n’est décidé 😀, Maître.\u00a0»", "concéder", ""}}},
	{"after a subject and its apposition between commas the noun phrase after the verb is its object",
		"Pour la mettre en confiance, la pre\u0301sidente, d’un certain âge, enchaîne les questions\u00a0: «\u00a0Tu as quel âge 😀 ? Tu aimes les maths ?\u00a0»",
		[]want{{"«\u00a0Tu as quel âge 😀 ? Tu aimes les maths ?\u00a0»", "enchaîne", "la pre\u0301sidente"}}},
	{"two reporting verbs joined by et before the inverted subject",
		"«\u00a0Ce sera un atout pour la commune 😀\u00a0», ajoute et conclut Ame\u0301lie Roux.",
		[]want{{"«\u00a0Ce sera un atout pour la commune 😀\u00a0»", "ajoute", "Ame\u0301lie Roux"}}},
	{"an infinitive after an inverted subject takes it",
		"«\u00a0Vous avez revu vos ambitions à la baisse\u00a0», a ironisé Ame\u0301lie Roux avant de dénoncer le «\u00a0pessimisme que vous entretenez 😀. Ce n’est pas ce qu’il faut.\u00a0»",
		[]want{{"«\u00a0Vous avez revu vos ambitions à la baisse\u00a0»", "ironisé", "Ame\u0301lie Roux"}, {"«\u00a0pessimisme que vous entretenez 😀. Ce n’est pas ce qu’il faut.\u00a0»", "dénoncer", "Ame\u0301lie Roux"}}},
	{"pour and a person after a quotation name its source",
		"«\u00a0Preuves irrecevables 😀\u00a0!\u00a0», pour ce salarié\u00a0: les témoignages ne suffisent pas.",
		[]want{{"«\u00a0Preuves irrecevables 😀\u00a0!\u00a0»", "pour", "ce salarié"}}},
	{"pour and no person after a quotation name no source",
		"«\u00a0Nous verrons bien ce qui se passera 😀\u00a0», pour le moment.",
		[]want{{"«\u00a0Nous verrons bien ce qui se passera 😀\u00a0»", "", ""}}},
	{"pour and a person after a quotation with no comma is whom the words concern",
		"Le syndicat dénonce une «\u00a0injustice réglementaire et financière 😀\u00a0» pour les chauffeurs de taxi.",
		[]want{{"«\u00a0injustice réglementaire et financière 😀\u00a0»", "dénonce", "Le syndicat"}}},
	{"the subject of a clause joined by car before the colon is the speaker",
		"Ces attestations sont difficiles à obtenir car les salariés ont peur des représailles\u00a0: «\u00a0si je témoigne 😀, je risque d’être licencié\u00a0»",
		[]want{{"«\u00a0si je témoigne 😀, je risque d’être licencié\u00a0»", "", "les salariés"}}},
	{"turns opened by a hyphen go on with a « left open, each its own voice",
		"«\u00a0On attend votre avocate 😀, dit la pre\u0301sidente.\n\n- Et si elle n’est pas là\u00a0? s’exclame le prévenu.\n\n- Ce sera pour demain.\u00a0»\n\nL’avocate arrive.",
		[]want{{"«\u00a0On attend votre avocate 😀", "dit", "la pre\u0301sidente"}, {"Et si elle n’est pas là\u00a0?", "exclame", "le prévenu"}, {"Ce sera pour demain.\u00a0»", "", ""}}},
	{"items of a list typed with a hyphen are no turns",
		"Le conseil a voté 😀 trois mesures\u00a0:\n\n- la cantine gratuite\u00a0;\n\n- un parc pour la pre\u0301fecture.",
		[]want{}},
	{"celui qui after the verb of an incise is its subject",
		"Le procès reprend. «\u00a0La prison a été une libération 😀\u00a0», a répété celle qui purge déjà une peine à Rennes.",
		[]want{{"«\u00a0La prison a été une libération 😀\u00a0»", "répété", "celle"}}},
	{"asséner reports",
		"«\u00a0On l’est, on le reste 😀\u00a0», lui a asséné Me Ame\u0301lie Roux lors de sa plaidoirie.",
		[]want{{"«\u00a0On l’est, on le reste 😀\u00a0»", "asséné", "Me Ame\u0301lie Roux"}}},
}

func TestFindEighthSet(t *testing.T) {
	for _, tc := range news8Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
