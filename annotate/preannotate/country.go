package preannotate

import (
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// englishOnlyCountries holds, folded, the English names of the countries whose French name differs
// ("chad" for Tchad, "jordan" for Jordanie).
var englishOnlyCountries = sync.OnceValue(func() map[string]bool {
	fr, en := display.French.Regions(), display.English.Regions()
	out := map[string]bool{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			if f, e := fr.Name(r), en.Name(r); f != "" && e != "" && Fold(f) != Fold(e) {
				out[Fold(e)] = true
			}
		}
	}
	return out
})

// personNamedLikeACountry reports whether a speaker's bare name, which the recogniser read as a place,
// is a person's: a French text calls a country by its French name, with an article ("le Tchad a
// déclaré"), so a bare English country name that speaks ("raconte Chad", "Jordan a expliqué") is a
// given name.
func personNamedLikeACountry(name string) bool {
	return englishOnlyCountries()[Fold(name)]
}
