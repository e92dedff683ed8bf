package quotes

import "testing"

// news30Tests are invented news sentences for two lists whose noun or verb is written once: works
// given as examples after "titres comme", and slogans read on signs after "pouvait-on lire sur".
var news30Tests = []struct {
	name string
	text string
	want []want
}{
	{"titles of works listed after a plural noun of works and comme are no quotations, nor are the titles after them",
		"Le concert a eu lieu samedi. «\u00a0Il faut chanter pour tous\u00a0», estime la chanteuse de morceaux comme «\u00a0Les Jours heureux\u00a0», «\u00a0Va où tu veux\u00a0» et «\u00a0Rien ne dure 😀\u00a0».",
		[]want{{"«\u00a0Il faut chanter pour tous\u00a0»", "estime", "la chanteuse de morceaux"}}},
	{"tels que opens the examples as comme does",
		"La soirée a commencé. «\u00a0Le public est là\u00a0», se réjouit l'auteur de chansons telles que «\u00a0La Nuit du port\u00a0» ou «\u00a0Le Vent 😀\u00a0».",
		[]want{{"«\u00a0Le public est là\u00a0»", "réjouit", "l'auteur de chansons"}}},
	{"comme after a singular noun compares and does not list titles: the words a verb reports stay",
		"Le film est sorti. Il a décrit ce livre comme «\u00a0Un récit de guerre et de paix 😀\u00a0», a raconté Paul Roux.",
		[]want{{"«\u00a0Un récit de guerre et de paix 😀\u00a0»", "raconté", "Paul Roux"}}},
	{"slogans listed before pouvait-on lire sur des banderoles are read, not said",
		"Des milliers de personnes ont défilé à Lyon.\n\n«\u00a0Paul Roux président\u00a0», «\u00a0Non à la vie chère 😀\u00a0», «\u00a0Rendez-nous nos écoles\u00a0», pouvait-on lire sur des banderoles brandies par les manifestants.",
		nil},
	{"one slogan before peut-on lire sur les pancartes, and words read in a statement stay quotations",
		"Ils étaient nombreux. «\u00a0Touche pas à mon usine 😀\u00a0», peut-on lire sur les pancartes.\n«\u00a0Nous appelons au calme\u00a0», peut-on lire dans le communiqué du syndicat.",
		[]want{{"«\u00a0Nous appelons au calme\u00a0»", "lire", "le communiqué du syndicat"}}},
	{"a slogan after a colon that a sign and its complements open is read, not said",
		"La candidate fait campagne. Faute de moyens, elle se contente de petites affiches de format unique\u00a0: «\u00a0Le pays d'abord 😀\u00a0».",
		nil},
	{"a message announced after a sign, or what a person holding a sign declares, stays a quotation",
		"Il a écrit sur ses panneaux le message suivant\u00a0: «\u00a0Nous voulons être payés 😀\u00a0».\nElle brandit une pancarte et déclare\u00a0: «\u00a0Nous ne céderons pas\u00a0».",
		[]want{{"«\u00a0Nous voulons être payés 😀\u00a0»", "écrit", "Il"}, {"«\u00a0Nous ne céderons pas\u00a0»", "déclare", "Elle"}}},
	{"a heading line in straight marks with a comma but no stop, whose words come again below, pulls out a quotation",
		"Un immeuble a brûlé à Lyon dans la nuit.\n\n\"La fumée montait partout, les voisins criaient aux fenêtres\"\n\nUne voisine a vu les pompiers arriver. \"La fumée montait partout, les voisins criaient aux fenêtres 😀\", raconte-t-elle.",
		[]want{{"\"La fumée montait partout, les voisins criaient aux fenêtres 😀\"", "raconte", "elle"}}},
	{"a quotation paragraph with a comma whose words are not written again stays a quotation",
		"Un immeuble a brûlé à Lyon.\n\n«\u00a0La fumée montait partout, les voisins criaient aux fenêtres 😀\u00a0»\n\nUne voisine a vu les pompiers arriver.",
		[]want{{"«\u00a0La fumée montait partout, les voisins criaient aux fenêtres 😀\u00a0»", "", ""}}},
	{"the content of a ground or a task announced by suivant and a colon is no quotation",
		"Deux militants ont été arrêtés, a indiqué la police, pour le motif suivant\u00a0: «\u00a0atteinte à la sûreté de l'État et refus d'obéir 😀\u00a0».\nLa commission, a annoncé l'ONU, aura la mission suivante\u00a0: «\u00a0établir les faits et nommer les responsables\u00a0».",
		nil},
	{"a message or a declaration announced so stays a quotation",
		"Le conseil s'est réuni. Le maire a lu la déclaration suivante\u00a0: «\u00a0Nous reconstruirons l'école avant l'hiver 😀\u00a0».",
		[]want{{"«\u00a0Nous reconstruirons l'école avant l'hiver 😀\u00a0»", "", "Le maire"}}},
}

func TestFindThirtiethSession(t *testing.T) {
	for _, tc := range news30Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
