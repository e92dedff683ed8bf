package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestDroppedFrom: what the English drops of the French, in the French's order, once each: emoji
// (with skin tones, ZWJ sequences, flags, written with or without a variation selector), symbols
// unless an English word says them ("half" for "50 %"), addresses, hashtags and handles; digits are
// the number check's.
func TestDroppedFrom(t *testing.T) {
	for _, c := range []struct {
		src, en string
		want    []string
	}{
		{"« Merci 🙏🏽 », a dit Zoe\u0301 à 20\u00a0%.", "“Thank you,” said Zoe\u0301 at 20%.", []string{"🙏🏽"}},
		{"Bravo 👩‍💻 🇫🇷 ❤️ !", "Well done 👩‍💻 🇫🇷 ❤!", nil},
		{"Bravo 👩‍💻 🇫🇷 !", "Well done 👩 🇫!", []string{"👩‍💻", "🇫🇷"}},
		{"Il coûte 5\u00a0€, 3\u00a0% de plus, à 40\u00a0°C.", "It costs 5 euros, 3 per cent more, at 40 degrees.", nil},
		{"Il coûte 5\u00a0€, 3\u00a0% de plus, à 40\u00a0°C.", "It costs 5, 3 more, at 40C.", []string{"€", "%", "°"}},
		{"Deux hausses : 3\u00a0% et 4\u00a0%.", "Two rises: 3% and 4.", []string{"%"}},
		{"Près de 50\u00a0% des électeurs 😀.", "Nearly half of the voters 😀.", nil},
		{"Près de 30\u00a0% des électeurs, la moitié.", "Nearly 30 of the voters, half.", []string{"%"}},
		{"Le n° 5 et le № 6, ©\u00a0AFP, Glose™.", "No. 5 and number 6, © AFP, Glose.", []string{"™"}},
		{"Le n° 5.", "Number five.", nil},
		{"Le billet coûte 5\u00a0€ 😀, selon contact@afp.fr et #Glose.", "The ticket costs 5.", []string{"€", "😀", "contact@afp.fr", "#Glose"}},
		{"Voir https://www.lemonde.fr/a?x=1, écrire à contact@afp.fr (#JeSuisCharlie, @AFPfr).",
			"See the website, write to CONTACT@afp.fr (@AFPfr).", []string{"https://www.lemonde.fr/a?x=1", "#JeSuisCharlie"}},
		{"Le site www.elysee.fr.", "The site www.elysee.fr.", nil},
		{"La pièce n°5, le #1 et 50 $.", "Piece 5, 1 and 50 dollars.", []string{"n°"}},
		{"Sans rien : « élan », l’été, 2 000 euros.", "Nothing.", nil},
	} {
		if got := droppedFrom(c.src, c.en); !slices.Equal(got, c.want) {
			t.Errorf("%q → %q: got %q, want %q", c.src, c.en, got, c.want)
		}
	}
}

// TestSymbolMissingIssue: the issue names what is dropped, for the app to translate.
func TestSymbolMissingIssue(t *testing.T) {
	d := doc(t, "Prix : 5\u00a0€ 😀.\n\nMerci.", []string{"Price: 5.", "Thanks."})
	var got []string
	for _, is := range Run(d, Config{}) {
		if is.Check == SymbolMissing {
			got = append(got, strings.Join([]string{is.Segment, is.Key, is.Args["items"], is.Message}, "|"))
		}
	}
	want := []string{"s1|qa.symbol-missing|€, 😀|The translation of s1 drops €, 😀 of the source."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
