package quotes

import "testing"

// news31Tests are invented news sentences for headlines that name their topic before a colon and then
// give a clause of their own (the subject after the colon speaks, not the topic), and for capitalised
// words opening a sentence that are no names (a numeral, "Pas").
var news31Tests = []struct {
	name string
	text string
	want []want
}{
	{"a headline topic before a colon is not the subject of the verb after it",
		"Montréal\u00a0: le gouvernement recommande «\u00a0la plus grande prudence 😀\u00a0» pour les fêtes\n\nLes hôpitaux sont pleins depuis lundi.",
		[]want{{"«\u00a0la plus grande prudence 😀\u00a0»", "recommande", "le gouvernement"}}},
	{"an indefinite subject with a complement after the topic's colon speaks too",
		"Crise au port\u00a0: un chef de bande menace la ville de «\u00a0chaos total 😀\u00a0» avant les élections\n\nLes dockers sont en grève.",
		[]want{{"«\u00a0chaos total 😀\u00a0»", "menace", "un chef de bande"}}},
	{"a topic of several words with a name in it gives way to the subject after the colon",
		"Retour de la grippe à Lille\u00a0: le Gouvernement recommande «\u00a0le port du masque 😀\u00a0» dans les transports\n\nLes cas se multiplient.",
		[]want{{"«\u00a0le port du masque 😀\u00a0»", "recommande", "le Gouvernement"}}},
	{"a colon after a clause with its verb is no topic: its subject keeps the words after it",
		"Le maire a présenté ses vœux à Lyon\u00a0: «\u00a0quelles que soient leurs opinions\u00a0», les habitants «\u00a0ont montré un grand courage 😀\u00a0».",
		[]want{{"«\u00a0quelles que soient leurs opinions\u00a0»", "", "Le maire"}, {"«\u00a0ont montré un grand courage 😀\u00a0»", "", "Le maire"}}},
	{"a numeral opening a sentence is no speaker for a gloss in brackets, which stays no quotation",
		"Le parti a réduit ses dépenses de 40 % en dix ans.\nTreize jours après l'annonce de la création de ce parti, le congrès de la Liga Nova Civica (LNC, «\u00a0Ligue pour le renouveau civique 😀\u00a0», s'est réuni dimanche à Lyon.",
		nil},
	{"Pas opening a sentence is no name to credit with the words after its colon",
		"La pression peut être difficile à gérer pour les joueurs. Pas une excuse pour la lyonnaise : \"Je dois mieux servir. C'est mon travail de gérer la pression 😀.\"",
		[]want{{"\"Je dois mieux servir. C'est mon travail de gérer la pression 😀.\"", "", ""}}},
}

func TestFindThirtyFirstSession(t *testing.T) {
	for _, tc := range news31Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
