package qa

import "testing"

// TestDurationsAreOneNumber: French writes a length of time as a time of day ("le match a duré 2 h
// 30"), English otherwise ("2 hours 30 minutes", "2h30", "2.5 hours", "two and a half hours"): one
// length, whose numbers the check compared one by one ("30 of the source is missing"). A phrase that
// is surely a time of day ("à 2 h 30", "vers 2 h 30") is not read as a length, and another length is
// still flagged.
func TestDurationsAreOneNumber(t *testing.T) {
	checkNumbers(t, []numberCase{
		{"duré, two and a half hours", "Le match a duré 2\u00a0h\u00a030, prolongations comprises 😮.", "The match lasted two and a half hours, including extra time 😮.", false},
		{"duré, 2 hours 30 minutes", "Le match a duré 2 h 30.", "The match lasted 2 hours 30 minutes.", false},
		{"pendant, 2 hours 30", "« Il a parlé pendant 2 h 30 », raconte Zoé.", "“He spoke for 2 hours 30,” says Zoé.", false},
		{"en, 2h30", "Bouclé en 2 h 30 à Besançon.", "Completed in 2h30 in Besançon.", false},
		{"en, 2.5 hours", "Le vol Paris-Montréal s’est fait en 2 h 30 de moins.", "The Paris-Montréal flight took 2.5 hours less.", false},
		{"pendant, an hour and 45 minutes", "Les secours ont cherché pendant 1 h 45.", "Rescuers searched for an hour and 45 minutes.", false},
		{"près de, 150 minutes", "Près de 2 h 30 de débat à l’Assemblée.", "Nearly 150 minutes of debate in the Assembly.", false},
		{"a bare phrase, either", "Trajet : 2 h 30, deux escales.", "Journey: 2.5 hours, two stopovers.", false},
		{"a time for a time", "Le vote a commencé vers 2 h 30.", "Voting began around 2:30 a.m.", false},
		{"another length", "Le match a duré 2 h 30.", "The match lasted 3.5 hours.", true},
		{"minutes wrong", "Il a parlé pendant 1 h 45.", "He spoke for 1 hour 15 minutes.", true},
		{"à is a time", "Rendez-vous à 2 h 30.", "Meet in 2.5 hours.", true},
		{"vers is a time", "Le vote a commencé vers 2 h 30.", "Voting began after 2.5 hours.", true},
	})
}
