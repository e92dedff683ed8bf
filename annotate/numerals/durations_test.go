package numerals

import (
	"slices"
	"testing"
)

// TestFrenchDurationsByContext: a French phrase of hours is a length of time after a duration cue,
// with "min" or "de …" after it, or when the hour may be either; a time of day after "à", "vers", "dès",
// with "du matin", or when the hour can only be one.
func TestFrenchDurationsByContext(t *testing.T) {
	for _, c := range []struct {
		fr   string
		want []string
	}{
		{"Le match a duré 2\u00a0h\u00a030, prolongations comprises.", []string{"d150"}},
		{"Elle a parlé pendant 1 h 45 devant « ses » électeurs 🎤.", []string{"d105"}},
		{"Le Tour de l’Élysée bouclé en 3 h 10.", []string{"d190"}},
		{"Kipchoge a couru en 2 h 01 min 09 s.", []string{"d121"}},
		{"Lyon est à 2 h 30 de route, après 1 h de retard.", []string{"d150", "d60"}},
		{"Il y a 3 h, près de 2 h 30 de débat ; depuis 2 h.", []string{"d180", "d150", "d120"}},
		{"Une réunion de plus de 14 h, durée de 1,5 h.", []string{"d840", "d90"}},
		{"Rendez-vous à 14 h 30, vers 2 h 30, dès 6 h, jusqu’à 9 h.", nil},
		{"Le vote ferme à 2 h 30 du matin ; 14 h 30 ; 07h45 ; 18 h.", nil},
		{"Le train de 9 h 30.", []string{"d570"}}, // either: the check accepts both
	} {
		if got := Values(Durations(c.fr, French)); !slices.Equal(got, c.want) {
			t.Errorf("%q: durations %q, want %q", c.fr, got, c.want)
		}
	}
}

// TestEnglishDurations: the ways English news writes a length of time in hours, as minutes.
func TestEnglishDurations(t *testing.T) {
	for _, c := range []struct {
		en   string
		want []string
	}{
		{"The match lasted 2 hours 30 minutes.", []string{"d150"}},
		{"It lasted 2 hours and 30 minutes, then 2 hours, 30 minutes.", []string{"d150", "d150"}},
		{"A 2h30 race; 2h 30min; 2 hr 30 min; 2 hours 30.", []string{"d150", "d150", "d150", "d150"}},
		{"After 2.5 hours, then 2½ hours 🎉.", []string{"d150", "d150"}},
		{"After two and a half hours, two-and-a-half-hour talks, two hours and a half.", []string{"d150", "d150", "d150"}},
		{"An hour and 45 minutes; one hour 45 minutes; half an hour; 150 minutes.", []string{"d105", "d105", "d30", "d150"}},
		{"Two horses, a hat, 2 hats, at 2:30 pm, 30 people.", nil},
	} {
		if got := Values(Durations(c.en, English)); !slices.Equal(got, c.want) {
			t.Errorf("%q: durations %q, want %q", c.en, got, c.want)
		}
	}
}
