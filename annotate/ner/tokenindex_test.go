package ner

import (
	"sort"
	"strings"
	"testing"
	"unicode"
)

// The token index gives, for every offset, the token a binary search over all tokens gives: the rules
// after the tagger cut and label mentions by it.
func TestTokenFromMatchesSearch(t *testing.T) {
	text := "Le président Emmanuel Macron a reçu Ursula von der Leyen à l’Élysée.\n\n" +
		strings.Repeat(" ", 300) + "«\u00a0Nous avançons\u00a0», a-t-elle dit. 🇪🇺 " +
		strings.Repeat("Jean-Baptiste Marie Alexandre de La Rochefoucauld-Montmorency ", 5)
	for _, s := range []string{"", " ", "a", text} {
		d := analyse(s, sharedGazetteer())
		for b := 0; b <= len(s)+1; b++ {
			want := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].start >= b })
			if got := d.tokenFrom(b); got != want {
				t.Fatalf("%q: token from byte %d = %d, want %d", s, b, got, want)
			}
		}
	}
}

// nameKey writes one name's mentions the same whatever their apostrophes and spaces.
func TestNameKeyMatchesRewrite(t *testing.T) {
	rewrite := func(s string) string {
		s = strings.NewReplacer("’", "'", "ʼ", "'").Replace(s)
		return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
	}
	for _, s := range []string{"", " ", "Paris", "Ursula von der Leyen", "Ursula  von der Leyen",
		"Côte d’Ivoire", "Côte dʼIvoire", "Jean\u00a0Dupont", "Jean\nDupont", " Jean", "Jean ",
		"Jean \u00a0Dupont", "O'Neill", "\xff\xfe A"} {
		if got, want := nameKey(s), rewrite(s); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", s, got, want)
		}
	}
}
