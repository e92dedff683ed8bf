package annotate

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Élysée": "elysee", "e\u0301lyse\u0301e": "elysee", "ELYSEE": "elysee", "l’État": "l'etat",
		"Sergueï": "serguei", "Œuvre": "oeuvre", "😀 Ça": "😀 ca", "": "",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestFoldByRune checks Fold's rune-by-rune reading against decomposing the whole string, on every
// rune of its table and on random strings of those runes, typographic apostrophes and marks.
func TestFoldByRune(t *testing.T) {
	for r := range rune(len(latinFolds)) {
		if got, want := Fold(string(r)+"x"), foldNFD(string(r)+"x"); got != want {
			t.Errorf("Fold(%q) = %q; decomposed %q", string(r)+"x", got, want)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	pool := []rune("aeEÉéèêëÀœŒæçÇïÎ'’‘ʼ-. \u00a0\u0301\u0300\u0308\u0327\u0344\u0340ǅǄǈĲŉſ")
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			if rng.IntN(4) == 0 {
				b.WriteRune(rune(rng.IntN(len(latinFolds))))
			} else {
				b.WriteRune(pool[rng.IntN(len(pool))])
			}
		}
		if s := b.String(); Fold(s) != foldNFD(s) {
			t.Fatalf("Fold(%q) = %q; decomposed %q", s, Fold(s), foldNFD(s))
		}
	}
}

func TestEditDistance(t *testing.T) {
	if d := EditDistance([]rune("Sergueï"), []rune("Sergei")); d != 2 {
		t.Errorf("Sergueï → Sergei: %d, want 2", d)
	}
	if d := EditDistance([]string{"le", "chat", "dort"}, []string{"le", "chien", "dort", "bien"}); d != 2 {
		t.Errorf("word distance %d, want 2", d)
	}
	if d := EditDistance([]rune(""), []rune("abc")); d != 3 {
		t.Errorf("from empty: %d, want 3", d)
	}
}

// TestCaseShape: two spellings of one Fold have one shape when each letter has the same case, accents
// and marks aside (a combining accent, unaccented capitals), a ligature counting as its two letters.
func TestCaseShape(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"PAN", "PAN", true}, {"PAN", "pan", false}, {"PAN", "Pan", false},
		{"ÉTATS", "ETATS", true}, {"E\u0301lysée", "Élysee", true}, {"Élysée", "ÉLYSÉE", false},
		{"Œuvre", "OEuvre", true}, {"œuvre", "OEuvre", false}, {"G7", "g7", false}, {"« 👍🏽 »", "", true},
	} {
		if got := CaseShape(tt.a) == CaseShape(tt.b); got != tt.same {
			t.Errorf("CaseShape(%q) = %q, CaseShape(%q) = %q; same: %v, want %v", tt.a, CaseShape(tt.a), tt.b, CaseShape(tt.b), got, tt.same)
		}
	}
}
