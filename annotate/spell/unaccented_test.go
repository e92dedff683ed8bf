package spell

import "testing"

// TestSuggestAccentedLoanwordFirst: a loanword typed without its accents gets the accented form the
// dictionary holds first, in the word's case, whether the accents are one edit away or more.
func TestSuggestAccentedLoanwordFirst(t *testing.T) {
	c := englishChecker(t)
	for _, tc := range []struct{ word, want string }{
		{"cafe", "café"}, {"Cafe", "Café"}, {"CAFE", "CAFÉ"}, {"cafes", "cafés"}, {"cliche", "cliché"},
		{"fiance", "fiancé"}, {"souffle", "soufflé"}, {"protegee", "protégée"},
		{"tete-a-tete", "tête-à-tête"}, // three accents: beyond two edits
		{"cafè", "café"},               // the wrong accent
	} {
		got := c.Suggest(tc.word, 5)
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("Suggest(%q) = %q, want %q first", tc.word, got, tc.want)
		}
	}
	// a word with no accented counterpart keeps its suggestions as they were
	if got := c.Suggest("recieve", 3); len(got) == 0 || got[0] != "receive" {
		t.Errorf("Suggest(recieve) = %q", got)
	}
}

// TestSuggestAccentedUserWord: the user's own accented words are offered the same way.
func TestSuggestAccentedUserWord(t *testing.T) {
	c := NewChecker(NewDictionary([]string{"house"}), NewDictionary([]string{"Zoé", "cafe\u0301s"}))
	if got := c.Suggest("Zoe", 3); len(got) == 0 || got[0] != "Zoé" {
		t.Errorf("Suggest(Zoe) = %q, want Zoé first", got)
	}
	if got := c.Suggest("cafes", 3); len(got) == 0 || got[0] != "cafés" {
		t.Errorf("Suggest(cafes) = %q, want cafés (normalised) first", got)
	}
}

func TestUnaccented(t *testing.T) {
	for in, want := range map[string]string{"café": "cafe", "cafe\u0301": "cafe", "naïve": "naive", "señor": "senor",
		"tête-à-tête": "tete-a-tete", "plain": "plain", "œuvre": "œuvre"} {
		if got := unaccented(in); got != want {
			t.Errorf("unaccented(%q) = %q, want %q", in, got, want)
		}
	}
}
