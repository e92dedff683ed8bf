package analysis

import "testing"

// TestWords pins the counting of tricky French that README documents: what a translator is paid for.
func TestWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"« Bonjour », dit-il.", 2},                      // quotation marks are not words; dit-il is one
		{"«\u00a0Bonjour\u00a0!\u00a0»", 1},              // no-break spaces inside guillemets
		{"l’État et l'Europe", 5},                        // elided article: two words, either apostrophe
		{"L’ÉTAT", 2},                                    // in capitals too
		{"qu’il vienne jusqu’à Paris", 6},                // qu’ and jusqu’ are elided
		{"aujourd’hui, quelqu’un", 2},                    // not elisions: one word each
		{"le porte-parole du gouvernement", 4},           // a hyphen joins
		{"Louis-Philippe a-t-il dit", 3},                 // names and inversions
		{"une hausse de 3,5 % en 2024", 6},               // "%" is not a word, "3,5" is one
		{"20\u202f000 euros et 1 000 000 de dollars", 6}, // grouped digits are one number
		{"le 2e tour à 15h30", 5},                        // digits with letters are one word
		{"Bravo 👏🏽 !", 1},                                // an emoji is not a word
		{"cafe\u0301 cre\u0300me", 2},                    // combining accents stay in their word
		{"— – …", 0},                                     // dashes and ellipsis alone
		{"", 0},
	} {
		if got := Words(c.text); got != c.want {
			t.Errorf("Words(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// TestCharacters counts what a reader sees as one character once, with and without spaces.
func TestCharacters(t *testing.T) {
	for _, c := range []struct {
		text         string
		all, noSpace int
	}{
		{"café", 4, 4},
		{"cafe\u0301", 4, 4},        // e + combining acute is one character
		{"«\u00a0oui\u00a0»", 7, 5}, // no-break spaces are spaces
		{"3,5\u202f%", 5, 4},        // so is the narrow one
		{"👏🏽 ok", 4, 3},             // an emoji with its skin tone is one
		{"a\tb\nc", 5, 3},
	} {
		all, noSpace := Characters(c.text)
		if all != c.all || noSpace != c.noSpace {
			t.Errorf("Characters(%q) = %d, %d, want %d, %d", c.text, all, noSpace, c.all, c.noSpace)
		}
	}
}
