package quotes

import "testing"

// news13Tests are invented news sentences for the constructions that the thirteenth blind set of French
// national news (politics, justice, society) showed the detector misreading.
var news13Tests = []struct {
	name string
	text string
	want []want
}{
	{"an adverb between the inverted auxiliary and a participle in no lexicon is a filler",
		"«\u00a0Le score est une victoire 😀\u00a0», a d’ailleurs commencé Ame\u0301lie Roux dans son allocution. «\u00a0On l’a fait\u00a0», a aussi exulté le maire.\nCette phrase, «\u00a0rien ne bouge\u00a0», a d’ailleurs irrité le ministre.",
		[]want{{"«\u00a0Le score est une victoire 😀\u00a0»", "commencé", "Ame\u0301lie Roux"}, {"«\u00a0On l’a fait\u00a0»", "exulté", "le maire"}}},
	{"face à opens a circumstance between an incise's verb and its inverted subject",
		"La défense conteste. «\u00a0Le tir n’était pas justifié 😀\u00a0», assure face à notre caméra Me Ame\u0301lie Roux. «\u00a0Rien n’est joué\u00a0», a déclaré face aux journalistes le procureur.",
		[]want{{"«\u00a0Le tir n’était pas justifié 😀\u00a0»", "assure", "Me Ame\u0301lie Roux"}, {"«\u00a0Rien n’est joué\u00a0»", "déclaré", "le procureur"}}},
	{"a circumstance after an incise's verb may be followed by a second one between commas before the subject",
		"Les grévistes restent. Mais «\u00a0la lutte continue 😀\u00a0», a lancé au micro, devant une centaine de manifestants, Ame\u0301lie Roux, secrétaire de la section.",
		[]want{{"«\u00a0la lutte continue 😀\u00a0»", "lancé", "Ame\u0301lie Roux"}}},
	{"c'est par ces mots que, after a quotation opening its paragraph, names its speaker",
		"La réunion a commencé.\n\n«\u00a0Je demande pardon à toutes les victimes 😀.\u00a0» C’est par ces mots très forts que la présidente de l’association, Ame\u0301lie Roux, a ouvert la séance.\n\n«\u00a0Nous resterons unis.\u00a0» C’est en ces termes que le maire a conclu.",
		[]want{{"«\u00a0Je demande pardon à toutes les victimes 😀.\u00a0»", "", "la présidente de l’association, Ame\u0301lie Roux"}, {"«\u00a0Nous resterons unis.\u00a0»", "", "le maire"}}},
	{"a first-group verb in no lexicon, in the imperfect or the present, after a quotation and its comma reports when a person follows it up to punctuation",
		"Les militants savent. «\u00a0Le futur ministre mènera la même politique 😀\u00a0», anticipait Ame\u0301lie Roux, secrétaire du syndicat.\n«\u00a0La réforme est injuste\u00a0», concerne les salariés du site.",
		[]want{{"«\u00a0Le futur ministre mènera la même politique 😀\u00a0»", "anticipait", "Ame\u0301lie Roux"}}},
	{"the same in straight quotation marks, with a holidaymaker as the person",
		"Ils sont venus 😀. \"On est bien accueillis, c'est émouvant\", apprécie cette vacancière.",
		[]want{{"\"On est bien accueillis, c'est émouvant\"", "apprécie", "cette vacancière"}}},
	{"a time after a quotation, before the comma of an incise, completes the quoted words: the incise still names the speaker",
		"La CGT, seule à avoir lancé un appel à la grève, a peu mobilisé, mais le syndicat veut «\u00a0maintenir la pression 😀\u00a0» cet été, a assuré un de ses responsables.\nLe syndicat, qui a lancé un appel, veut «\u00a0tout bloquer\u00a0» lundi, a déclaré Ame\u0301lie Roux.",
		[]want{{"«\u00a0maintenir la pression 😀\u00a0»", "assuré", "un de ses responsables"}, {"«\u00a0tout bloquer\u00a0»", "déclaré", "Ame\u0301lie Roux"}}},
	{"selon qui after a person and a comma makes that person the source",
		"Insuffisant pour la présidente du parti Ame\u0301lie Roux, selon qui «\u00a0cette large censure 😀\u00a0» est un aveu.",
		[]want{{"«\u00a0cette large censure 😀\u00a0»", "selon", "Ame\u0301lie Roux"}}},
	{"a quotation after a verb and que whose subject is a quotation is the same speaker's",
		"Selon Ame\u0301lie Roux, «\u00a0cette large censure 😀\u00a0» confirme que «\u00a0seule une réforme permettra d’agir\u00a0».",
		[]want{{"«\u00a0cette large censure 😀\u00a0»", "Selon", "Ame\u0301lie Roux"}, {"«\u00a0seule une réforme permettra d’agir\u00a0»", "confirme", "Ame\u0301lie Roux"}}},
	{"one word in guillemets after la loi or le projet de loi is the law's usual name",
		"Le Conseil est chargé de corriger la loi «\u00a0immigration\u00a0» et le projet de loi «\u00a0climat\u00a0». Ame\u0301lie Roux dénonce une loi «\u00a0liberticide 😀\u00a0».",
		[]want{{"«\u00a0liberticide 😀\u00a0»", "dénonce", "Ame\u0301lie Roux"}}},
	{"a present participle after a comma goes on with the main clause's subject, whose noun phrase stops at a verb",
		"Le ministre est parti, regrettant une «\u00a0rupture de confiance 😀\u00a0» avec le président.\nDes agriculteurs manifestent dans Paris, dénonçant une «\u00a0trahison\u00a0».",
		[]want{{"«\u00a0rupture de confiance 😀\u00a0»", "regrettant", "Le ministre"}, {"«\u00a0trahison\u00a0»", "dénonçant", "Des agriculteurs"}}},
	{"dernier or nouvelle capitalised at a sentence's start opens a noun phrase, and names no one",
		"Dernier coup de pression avant le Salon\u00a0: vendredi, des agriculteurs manifestent dans Paris, regrettant une «\u00a0rupture de confiance 😀\u00a0» avec le ministre.",
		[]want{{"«\u00a0rupture de confiance 😀\u00a0»", "regrettant", "des agriculteurs"}}},
	{"a noun and its past participle opening a sentence before a comma are an absolute clause: the subject after the comma speaks after the colon",
		"Le conseil a eu lieu.\n\nLe décor planté, la conseillère Ame\u0301lie Roux dégaine\u00a0: «\u00a0Vous n’avez consulté personne 😀.\u00a0»",
		[]want{{"«\u00a0Vous n’avez consulté personne 😀.\u00a0»", "", "la conseillère Ame\u0301lie Roux"}}},
	{"une fois opening a sentence is no dateline: the « … » after its colon is no headline",
		"Le conseil a eu lieu.\n\nUne fois le contexte posé, Ame\u0301lie Roux dégaine aussitôt\u00a0: «\u00a0Vous n’avez consulté personne 😀.\u00a0»",
		[]want{{"«\u00a0Vous n’avez consulté personne 😀.\u00a0»", "", "Ame\u0301lie Roux"}}},
	{"a relative clause on a person that runs to a colon makes that person the speaker of the « … » after it",
		"Le jeune homme a été libéré.\n\nUne explication insuffisante aux yeux de Paul, qui compte demander conseil à un avocat\u00a0: «\u00a0Les agents ne m’ont rien dit 😀.\u00a0»",
		[]want{{"«\u00a0Les agents ne m’ont rien dit 😀.\u00a0»", "", "Paul"}}},
	{"a bare line in quotation marks without punctuation whose first or last five words come again below is a heading",
		"La grève continue.\n\n\"Les annonces du ministre nous énervent plus qu'autre chose\"\n\nLe ministre a parlé ce matin. \"Les annonces du gouvernement nous énervent plus qu'autre chose. Rien ne change 😀\", explique Ame\u0301lie Roux.\n\n«\u00a0Ils n’ont même pas eu le courage de venir\u00a0»\n\n«\u00a0Ils n’ont même pas eu le courage de venir nous le dire\u00a0», regrette Paul Roux.",
		[]want{{"\"Les annonces du gouvernement nous énervent plus qu'autre chose. Rien ne change 😀\"", "explique", "Ame\u0301lie Roux"}, {"«\u00a0Ils n’ont même pas eu le courage de venir nous le dire\u00a0»", "regrette", "Paul Roux"}}},
	{"words in guillemets on a sign or a printed garment are a slogan no one says, and no subject for the clause after them",
		"Les manifestants sont venus.\n\nSous sa pancarte «\u00a0Manu Tchao\u00a0!\u00a0», Paul Roux, agriculteur, explique\u00a0: «\u00a0Si ça ne bouge pas, il faut partir 😀.\u00a0»\n\n«\u00a0Houuuuu\u00a0», gronde la foule de T-shirts floqués «\u00a0On marche sur la tête\u00a0».\n\nCommentant un dessin d’un homme tenant une pancarte «\u00a0je suis partout\u00a0», Ame\u0301lie Roux a écrit\u00a0: «\u00a0Savent-ils à quoi ils font référence\u00a0?\u00a0»",
		[]want{{"«\u00a0Si ça ne bouge pas, il faut partir 😀.\u00a0»", "explique", "Paul Roux, agriculteur"}, {"«\u00a0Savent-ils à quoi ils font référence\u00a0?\u00a0»", "écrit", "Ame\u0301lie Roux"}}},
}

func TestFindThirteenthSet(t *testing.T) {
	for _, tc := range news13Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
