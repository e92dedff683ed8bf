package qa

import "testing"

// TestNumberSaidInWords: a translator writes « 10 ans plus tard » as "a decade later", « 2 fois » as
// "twice", « 50 % » as "half": the number is there, which the numbers check flagged as missing. The
// word counts only with the unit that makes it that number, so a number really left out is still
// flagged.
func TestNumberSaidInWords(t *testing.T) {
	checkNumbers(t, []numberCase{
		{"decade", "« 10\u00a0ans plus tard », l’école a fermé 😀.", "“A decade later”, the school closed 😀.", false},
		{"last decade", "Au cours des 10 dernières années.", "Over the last decade.", false},
		{"century", "Une tradition vieille de 100 ans.", "A century-old tradition.", false},
		{"dozen", "Elle a reçu 12 lettres.", "She received a dozen letters.", false},
		{"half", "Près de 50 % des électeurs.", "Nearly half of the voters.", false},
		{"twice", "Il a gagné 2 fois.", "He won twice.", false},
		{"fortnight", "Il y a 15 jours.", "A fortnight ago.", false},
		{"decade for people", "Il y avait 10 personnes une décennie plus tôt.", "There were people a decade earlier.", true},
		{"half for 50 people", "Près de 50 électeurs.", "Nearly half of the voters.", true},
		{"one decade for two numbers", "10 ans puis 10 ans.", "A decade, then another.", true},
		{"twice for 2 ans", "Il a 2 ans.", "He is twice.", true},
	})
}
