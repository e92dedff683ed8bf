package qa

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/glose-app/glose/annotate"
)

// A country, its capital or the seat of its government speaks for the government ("La Corée du Sud
// parle d'un « montage »", "Moscou a démenti", "l'Élysée affirme"): such a speaker is kept linked and
// LOC, as the gold and WiNER label it (docs/quality.md, A place as speaker), and is no fault of the
// tags. Any other place or name as a speaker is: a city or a department in the complement of the real
// speaker, a news agency tagged a place.

// seats are capitals and seats of government that French news writes for the government.
var seats = strings.Split("Élysée|Matignon|Kremlin|Maison-Blanche|Maison Blanche|Pentagone|Quai d'Orsay|Quai d’Orsay|"+
	"Downing Street|Vatican|Saint-Siège|Bercy|Beauvau|Moscou|Pékin|Washington|Berlin|Ankara|Londres|Paris|"+
	"Tokyo|Séoul|Pyongyang|Téhéran|Kiev|Kyiv|Bruxelles|Rome|Madrid|Damas|Jérusalem|Ottawa|New Delhi|"+
	"Islamabad|Kaboul|Bagdad|Riyad|Le Caire|Alger|Rabat|Tunis|Tripoli|Beyrouth|Athènes|Varsovie|Budapest|"+
	"Bucarest|Minsk|Taipei|Hanoï|Bangkok|Manille|Jakarta|Caracas|La Havane|Brasilia|Buenos Aires|Mexico|"+
	"Bogota|Lima|Santiago|Canberra|Pretoria|Abuja|Nairobi|Addis-Abeba|Kinshasa|Dakar|Bamako|Niamey|Ouagadougou|"+
	"Abidjan|Yaoundé|Libreville|Québec|Berne|Vienne|Lisbonne|Dublin|Amsterdam|La Haye|Copenhague|"+
	"Stockholm|Oslo|Helsinki|Prague|Sofia|Belgrade|Zagreb|Erevan|Bakou|Tbilissi|Doha|Abou Dhabi|Mascate|Sanaa|"+
	"Amman|Tel-Aviv|Tel Aviv|Ramallah|Gaza|Khartoum|Le Vatican", "|")

var governmentPlaces = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, s := range seats {
		m[annotate.Fold(s)] = true
	}
	fr := display.French.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if r, err := language.ParseRegion(string([]rune{a, b})); err == nil && r.IsCountry() {
				if name := fr.Name(r); name != "" {
					m[annotate.Fold(name)] = true
				}
			}
		}
	}
	return m
})

// speaksForGovernment reports whether a place named as a speaker is a country, a capital or a seat
// of government, with or without its article ("la Russie", "l'Élysée").
func speaksForGovernment(name string) bool {
	name = strings.TrimSpace(name)
	for _, art := range []string{"l'", "l’", "la ", "le ", "les ", "La ", "Le ", "Les ", "L'", "L’"} {
		name = strings.TrimSpace(strings.TrimPrefix(name, art))
	}
	return governmentPlaces()[annotate.Fold(name)]
}
