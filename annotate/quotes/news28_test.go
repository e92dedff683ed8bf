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
	{"a headline's topic before a colon does not attribute the quotation after it, which the body quotes",
		"Incendie à Lyon\u00a0: «\u00a0J'ai vu les flammes monter jusqu'au toit 😀\u00a0»\n\nUn immeuble a brûlé. «\u00a0J'ai vu les flammes monter jusqu'au toit\u00a0», raconte Paul Roux.",
		[]want{{"«\u00a0J'ai vu les flammes monter jusqu'au toit\u00a0»", "raconte", "Paul Roux"}}},
	{"nor does the topic after a colon that follows a headline's opening quotation, in straight marks too",
		"\"La terre est à nous 😀\" : les paysans, en colère, bloquent les routes\n\nLes paysans bloquent les routes depuis lundi.",
		nil},
	{"a name alone before a headline's colon attributes the quotation",
		"Municipales à Lyon. Ame\u0301lie Roux\u00a0: «\u00a0J'aime être maire 😀\u00a0»\n\nLa maire a parlé devant le conseil.",
		[]want{{"«\u00a0J'aime être maire 😀\u00a0»", "", "Ame\u0301lie Roux"}}},
	{"a quantifier opens a subject of persons as a determiner does, before the verb or further left",
		"Le village est touché. Plusieurs médecins ont indiqué qu'«\u00a0ils ont signalé l'épidémie 😀\u00a0».\nQuelques habitants du quartier ont raconté que «\u00a0la rue a été inondée\u00a0».\nPlusieurs médecins et infirmiers de l'hôpital ont indiqué aux médias que «\u00a0des échantillons ont été prélevés\u00a0».",
		[]want{{"«\u00a0ils ont signalé l'épidémie 😀\u00a0»", "indiqué", "Plusieurs médecins"}, {"«\u00a0la rue a été inondée\u00a0»", "raconté", "Quelques habitants du quartier"},
			{"«\u00a0des échantillons ont été prélevés\u00a0»", "indiqué", "Plusieurs médecins"}}},
	{"divers in lower case after a comma counts observers too",
		"Le scrutin est serré, mais divers observateurs notaient que les partis avaient fait «\u00a0jeu égal 😀\u00a0».",
		[]want{{"«\u00a0jeu égal 😀\u00a0»", "notaient", "divers observateurs"}}},
	{"the object of permettre à X de, pousser X à speaks by the infinitive after it, not the subject",
		"Le chômage a baissé. Ce chiffre a permis à la ministre Ame\u0301lie Roux de déclarer que «\u00a0la courbe est inversée 😀\u00a0».\nLa grève a duré. Cet échec a poussé le syndicat à affirmer que «\u00a0rien n’est fini\u00a0».",
		[]want{{"«\u00a0la courbe est inversée 😀\u00a0»", "déclarer", "la ministre Ame\u0301lie Roux"}, {"«\u00a0rien n’est fini\u00a0»", "affirmer", "le syndicat"}}},
	{"an object clitic before the controlling verb is the infinitive's subject",
		"La militante est venue. C’est ce qui la pousse à affirmer que le maire est détenu «\u00a0arbitrairement 😀\u00a0».",
		[]want{{"«\u00a0arbitrairement 😀\u00a0»", "affirmer", "la"}}},
	{"the object of a perception verb speaks by the bare reporting infinitive after it, over an aside",
		"Le débat a repris. On peut ensuite entendre Ame\u0301lie Roux qualifier de «\u00a0minables 😀\u00a0» les propos du ministre.\nOn constate, dans cette vidéo, le député Paul Roux répéter la phrase «\u00a0Ce n’est pas votre faute\u00a0!\u00a0», face à l’opposition.",
		[]want{{"«\u00a0minables 😀\u00a0»", "qualifier", "Ame\u0301lie Roux"}, {"«\u00a0Ce n’est pas votre faute\u00a0!\u00a0»", "répéter", "le député Paul Roux"}}},
	{"an indefinite pronoun after que, dont or où is the subject of the reporting verb after it, and no quotation after goes on with it",
		"Le public a réagi, dont beaucoup disent que la vidéo montre les «\u00a0horreurs de l’élevage\u00a0».\nLe maire a parlé. Il a fait un commentaire que certains jugent «\u00a0indigne d’un élu 😀\u00a0», et il a ri.\n«\u00a0Je n’ai rien à me reprocher\u00a0».\nIl a ajouté un mot.",
		[]want{{"«\u00a0horreurs de l’élevage\u00a0»", "disent", "beaucoup"}, {"«\u00a0indigne d’un élu 😀\u00a0»", "jugent", "certains"}, {"«\u00a0Je n’ai rien à me reprocher\u00a0»", "", "Il"}}},
}

func TestFindTwentyEighthSession(t *testing.T) {
	for _, tc := range news28Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
