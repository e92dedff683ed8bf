package numerals

import "testing"

func TestNonTranslatable(t *testing.T) {
	for _, c := range []struct{ fr, en string }{
		{"23,5", "23.5"},
		{"1 234", "1,234"},
		{"1\u00a0234", "1,234"},
		{"1\u202f234,50", "1,234.50"},
		{"1.234.567", "1,234,567"},
		{"2024", "2024"},
		{"12 %", "12%"},
		{"12\u202f%", "12%"},
		{"-3,2\u00a0%", "-3.2%"},
		{"3,1 🇫🇷", "3.1 🇫🇷"},
		{"12/03/2024", "12/03/2024"},
		{"2-1", "2-1"},
		{"14 h 30", "14:30"},
		{"07h45", "07:45"},
		{"18 h", "18:00"},
		{"0 h", "0:00"},
		{"07 h", "07:00"},
		{"23h", "23:00"},
		{"2 h 30 min", "2 h 30 min"},           // a length of time: "min" says it, as in a race's results
		{"2 h 01 min 09 s", "2 h 01 min 09 s"}, // not "2:01 min 09 s"
		{"13h05", "13:05"},
		{"48 h", "48 h"}, // no time of day: a duration, in the symbol English writes too
		{"19:00", "19:00"},
		{"23,5 €", "€23.5"},
		{"1 500\u00a0€", "€1,500"},
		{"42 km", "42 km"},
		{"130 km/h", "130 km/h"},
		{"« 12 »", "“12”"},
		{"2-1\u00a0!", "2-1!"},
		{"RN7", "RN7"},
		{"COVID-19", "COVID-19"},
		{"https://www.interieur.gouv.fr/elections", "https://www.interieur.gouv.fr/elections"},
		{"émilie.durand@exemple.fr", "émilie.durand@exemple.fr"},
		{"#JO2024", "#JO2024"},
		{"1\u20e3 ✅", "1\u20e3 ✅"},
		{"👍🏽", "👍🏽"},
		{"—", "—"},
		{"  0,5  ", "0.5"},
	} {
		en, ok := NonTranslatable(c.fr)
		if !ok || en != c.en {
			t.Errorf("NonTranslatable(%q) = %q, %v; want %q, true", c.fr, en, ok, c.en)
		}
	}
}

func TestNonTranslatableWords(t *testing.T) {
	for _, fr := range []string{
		"", " \u00a0", "mardi", "1er", "3e", "12 heures", "6 h du matin", "Mo", "12 Mo", "Émilie",
		"e\u0301", "12 é", "Divers", "Source : 12", "« Oui »", "23,5 voix", "UE", "12 a", "3,1 🇫🇷 Paris", "\xff12",
		"2 h", "12 h", "1h", // a duration as often as a time: "2 hours" or "2:00"
		"2 h 30", "12 h 30", "1h45", // "2 hours 30 minutes" or "2:30 a.m."
	} {
		if en, ok := NonTranslatable(fr); ok {
			t.Errorf("NonTranslatable(%q) = %q, true; want false (a word to translate)", fr, en)
		}
	}
}
