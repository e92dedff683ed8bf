package quotes

import "testing"

// residualTests are invented news sentences for constructions the errors left on the development sets
// (session 22) showed the detector misreading.
var residualTests = []struct {
	name string
	text string
	want []want
}{
	{"a name after de completes the object, it is no recipient of an inverted subject",
		"Le pre\u0301sident 😀 a salué le vote du Sénat, qualifiant la décision d'«\u00a0historique\u00a0».",
		[]want{{"«\u00a0historique\u00a0»", "qualifiant", "Le pre\u0301sident"}}},
	{"an inverted subject before its recipient still speaks",
		"«\u202fNous irons jusqu’au bout 😀\u202f», avait confié Ame\u0301lie Roux aux Échos, tout en ajoutant «\u00a0qu’il faudra du temps\u00a0».",
		[]want{{"«\u202fNous irons jusqu’au bout 😀\u202f»", "confié", "Ame\u0301lie Roux"}, {"«\u00a0qu’il faudra du temps\u00a0»", "ajoutant", "Ame\u0301lie Roux"}}},
	{"a phrase set off right after que leaves the que clause going on",
		"Le juge d’instruction 😀 a affirmé que, contrairement à la thèse re\u0301pandue, il y aurait eu un «\u00a0troisième homme\u00a0» mêlé à l’attentat.",
		[]want{{"«\u00a0troisième homme\u00a0»", "affirmé", "Le juge d’instruction"}}},
	{"a noun far behind its reporting verb, past a comma, is still a term",
		"Il s’engagera aussi auprès de jeunes en réinsertion 😀, ses «\u00a0loulous\u00a0».",
		nil},
	{"a quotation in the first person after a sentence opened by a person's description is that person's",
		"Les puits sont à sec 😀.\n\nL’e\u0301leveur prend ainsi du retard sur ses autres tâches. «\u00a0Normalement je devais rentrer ma paille, mais ça attendra demain.\u00a0»",
		[]want{{"«\u00a0Normalement je devais rentrer ma paille, mais ça attendra demain.\u00a0»", "", "L’e\u0301leveur"}}},
	{"a description of a thing opening the sentence before says nothing in the first person",
		"Ses messages 😀 sont restés sans réponse. «\u00a0Je crois qu’ils n’ont jamais reçu mes messages.\u00a0»",
		[]want{{"«\u00a0Je crois qu’ils n’ont jamais reçu mes messages.\u00a0»", "", ""}}},
	{"a present participle right after a noun phrase reports that noun phrase's words",
		"Des indépendantistes 😀 ont fait face à des partisans unionistes criant «\u00a0longue vie à l’Espagne\u00a0». Les avis sont partagés, certains se demandant s’il s’agit d’un «\u202fpoisson d’avril\u202f».",
		[]want{{"«\u00a0longue vie à l’Espagne\u00a0»", "criant", "des partisans unionistes"}, {"«\u202fpoisson d’avril\u202f»", "demandant", "certains"}}},
	{"a participle after et is coordinated with the one before it and keeps its subject",
		"Ame\u0301lie Roux 😀 publie un rapport rappelant la répression accentuée par l’autorité locale et invitant la population à appeler «\u00a0les autorités à mener des enquêtes\u00a0».",
		[]want{{"«\u00a0les autorités à mener des enquêtes\u00a0»", "invitant", "Ame\u0301lie Roux"}}},
	{"a gerund after en has the clause's subject",
		"Le ministre 😀 a quitté la salle en criant «\u00a0trahison\u00a0».",
		[]want{{"«\u00a0trahison\u00a0»", "criant", "Le ministre"}}},
	{"an incise's apposition with its circumstances, over commas, runs to the stop and the quotation goes on",
		"«\u00a0Les Montréalais ont souffert 😀, a reconnu Andre\u0301 Poulin, directeur général de Destination centre-ville, au moment d’officialiser son engagement, lundi. Juste en voyant qui s’est déplacé, ça valait la peine.\u00a0»",
		[]want{{"«\u00a0Les Montréalais ont souffert 😀", "reconnu", "Andre\u0301 Poulin"}, {"Juste en voyant qui s’est déplacé, ça valait la peine.\u00a0»", "reconnu", "Andre\u0301 Poulin"}}},
	{"an apposition with de over a comma ends the incise at its stop",
		"«\u202fLes gens sont égoïstes 😀, ajoute amèrement Annick Roux, de l’association de femmes, La lune. On veut consommer mais plus aider\u00a0!\u202f»",
		[]want{{"«\u202fLes gens sont égoïstes 😀", "ajoute", "Annick Roux"}, {"On veut consommer mais plus aider\u00a0!\u202f»", "ajoute", "Annick Roux"}}},
	{"words with a verb after the incise's comma are the quotation's",
		"«\u00a0Nous viendrons 😀, a dit le maire, de Brest, nous l’avons promis. Tout est prêt.\u00a0»",
		[]want{{"«\u00a0Nous viendrons 😀", "dit", "le maire"}, {"de Brest, nous l’avons promis. Tout est prêt.\u00a0»", "dit", "le maire"}}},
	{"one » closing a quotation and the one nested in it: the outer quotation, announced by a colon, holds both",
		"Elle a parlé en conférence de presse 😀 :\n«\u00a0Je suis frustrée. Je pense à ce que Venus me dit toujours\u00a0: «\u202fUne victoire est une victoire. Mon niveau est meilleur.\u00a0»",
		[]want{{"«\u00a0Je suis frustrée. Je pense à ce que Venus me dit toujours\u00a0: «\u202fUne victoire est une victoire. Mon niveau est meilleur.\u00a0»", "", "Elle"}}},
	{"a « opening a paragraph of a tale after narration only carries the tale on: the nested quotation stands alone",
		"Elle pleurait 😀 ; puis, calme\u00a0: «\u00a0Allons vite\u00a0!\u00a0» dit-elle.\n« J’étais prêt, mais je m’écriai\u00a0: «\u00a0Sacre-bleu, je n’ai pas dit d’atteler mon coupé.\u00a0»\nElle répondit.",
		[]want{{"«\u00a0Allons vite\u00a0!\u00a0»", "dit", "elle"}, {"«\u00a0Sacre-bleu, je n’ai pas dit d’atteler mon coupé.\u00a0»", "écriai", "je"}}},
	{"a quotation standing as a sentence of its own is the person's who opens the next sentence",
		"L’audience commence 😀. «\u00a0Acceptez-vous d’être jugé aujourd’hui\u00a0?\u00a0» La pre\u0301sidente pose sa question à chaque prévenu.",
		[]want{{"«\u00a0Acceptez-vous d’être jugé aujourd’hui\u00a0?\u00a0»", "", "La pre\u0301sidente"}}},
	{"a thing opening the next sentence speaks no quotation",
		"L’audience commence 😀. «\u00a0Je ne suis pas un assassin.\u00a0» Le procès s’est terminé hier.",
		[]want{{"«\u00a0Je ne suis pas un assassin.\u00a0»", "", ""}}},
	{"a quotation in the first person plural after a sentence opened by a name is that person's",
		"Le feu a pris dans la nuit 😀.\n\nLaure Tondon, maire de Montbazin, s’est rendue sur place le soir même. «\u00a0Après c’est rapide, on peut toujours faire des leçons.\u00a0»",
		[]want{{"«\u00a0Après c’est rapide, on peut toujours faire des leçons.\u00a0»", "", "Laure Tondon"}}},
	{"A la demande, its capital without accent, is a noun after the preposition, no reporting verb",
		"A la demande des agents 😀, les manifestants en tenue «\u00a0civile\u00a0» doivent revêtir leur gilet. À la demande du pre\u0301fet, «\u00a0tout le monde\u00a0» est parti.",
		nil},
	{"a causal clause opened by car is not governed by the reporting verb before it",
		"Le pre\u0301sident a annoncé un plan de formation 😀, ce qui a été critiqué car vu comme un moyen de faire baisser «\u00a0artificiellement\u00a0» le chômage.",
		nil},
	{"a reporting verb made reflexive that means ending or going on reports nothing",
		"L’opération 😀 se termina par l’arraisonnement du bateau, qui aurait blessé l’un des «\u00a0combattants\u00a0». L’enquête se poursuit sur les «\u202fcasseurs\u202f».",
		nil},
	{"the same verb not reflexive still reports",
		"«\u00a0C’est fini\u00a0», termina-t-il 😀.",
		[]want{{"«\u00a0C’est fini\u00a0»", "termina", "il"}}},
	{"a relative clause with its own subject has its own verb, not the reporting verb before it",
		"Ame\u0301lie Roux 😀 a annoncé sa candidature dans une vidéo où elle donne des nouvelles de la construction du «\u00a0collectif national\u00a0».",
		nil},
	{"pointer du doigt reports, in a relative clause too",
		"Les parents 😀 ont adressé une lettre au maire où ils pointent du doigt son «\u00a0immobilisme\u00a0».",
		[]want{{"«\u00a0immobilisme\u00a0»", "pointent du doigt", "ils"}}},
	{"a capitalised adjective or noun opening the sentence before, followed by de or an adverb, is no name",
		"Les dons arrivent 😀. Impossible aussi de se rendre dans tous les supermarchés. «\u00a0On n’est pas assez nombreux.\u00a0»\nVétéran de huit Coupes Ryder, l’Espagnol Sergio Garcı\u0301a a gagné. «\u00a0Je ne pleure pas d’habitude.\u00a0»",
		[]want{{"«\u00a0On n’est pas assez nombreux.\u00a0»", "", ""}, {"«\u00a0Je ne pleure pas d’habitude.\u00a0»", "", ""}}},
	{"rendre hommage reports what it pays tribute for",
		"Jeudi 😀, le chef de l’État a rendu hommage à la jeunesse pour la «\u00a0veille citoyenne\u00a0» et la «\u202fconsolidation des acquis\u202f».",
		[]want{{"«\u00a0veille citoyenne\u00a0»", "rendu hommage", "le chef de l’État"}, {"«\u202fconsolidation des acquis\u202f»", "rendu hommage", "le chef de l’État"}}},
}

func TestFindResidual(t *testing.T) {
	for _, tc := range residualTests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
