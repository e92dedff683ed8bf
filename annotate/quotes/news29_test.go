package quotes

import "testing"

// news29Tests are invented news sentences for the twenty-ninth session's speaker rules: general
// French grammar, not one article's.
var news29Tests = []struct {
	name string
	text string
	want []want
}{
	{"selon lui in a relative clause on a thing: the pronoun speaks, not the thing the relative is about",
		"La ministre Amélie Roux a « pris acte » de cette décision, qui a selon elle « sauvé l'essentiel 😀 » du texte.",
		[]want{{"« pris acte »", "selon", "elle"}, {"« sauvé l'essentiel 😀 »", "selon", "elle"}}},
	{"avoir in the subjunctive is an auxiliary: après que X ait qualifié Y de « … » is X's word, not the main clause's speaker",
		"Le ministre Jean Roux était à Genève. Il a déclaré que la guerre était inévitable après que le président Paul Durand ait qualifié son pays d'« État voyou 😀 ».",
		[]want{{"« État voyou 😀 »", "qualifié", "Paul Durand"}}},
	{"a verb the description reader took for an adjective ends the speaker before its object: the subject of a clause before a colon speaks",
		"Le club a perdu.\nLe président du club enfonce le clou : « Nous ne vendrons pas 😀. »\nLa station de ski gèrera la manutention du tracé : « une occasion de plus 😀 ».\nLe journal satirique Le Canard a réagi : « Quelle affaire 😀 ! »",
		[]want{{"« Nous ne vendrons pas 😀. »", "", "Le président du club"}, {"« une occasion de plus 😀 »", "", "La station de ski"}, {"« Quelle affaire 😀 ! »", "réagi", "Le Canard"}}},
}

func TestFindTwentyNinthSession(t *testing.T) {
	for _, tc := range news29Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
