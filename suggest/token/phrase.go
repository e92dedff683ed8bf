package token

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Phrase is what a concordance search looks for: words in a row, compared case- and
// accent-insensitively, whatever separates them (spaces, apostrophes, hyphens, punctuation), the
// last one a prefix when Prefix. Words here are what SQLite's unicode61 tokenizer calls tokens,
// runs of letters, digits and marks, so that a phrase finds in a text what the memory's full-text
// index finds: "aujourd'hui" is two words, "3,5" too, and a ligature is a letter of its own
// ("cœur" is not "coeur").
type Phrase struct {
	Words  []string // folded with PhraseKey
	Prefix bool     // the last word may begin a longer one ("parl*")
}

// ParsePhrase reads what a user typed: its words, and a star right after the last one for a prefix.
func ParsePhrase(s string) Phrase {
	s = strings.TrimSpace(s)
	var p Phrase
	for _, w := range phraseWords(s) {
		p.Words = append(p.Words, PhraseKey(s[w[0]:w[1]]))
	}
	if n := len(p.Words); n > 0 {
		last := phraseWords(s)[n-1]
		p.Prefix = strings.HasPrefix(s[last[1]:], "*")
	}
	return p
}

// PhraseKey is a word's key for phrases: lower case without combining marks, as SQLite's
// unicode61 tokenizer with remove_diacritics 2 folds it.
func PhraseKey(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// isPhraseRune tells the characters of words.
func isPhraseRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nl, unicode.No, unicode.Co)
}

// phraseWords returns the byte ranges of the words of s.
func phraseWords(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		switch in := isPhraseRune(r); {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// Find returns the byte ranges of text where the phrase is, in order, without overlaps: from the
// first letter of its first word to the last of its last (the whole word the prefix begins).
func (p Phrase) Find(text string) [][2]int {
	if len(p.Words) == 0 {
		return nil
	}
	words := phraseWords(text)
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = PhraseKey(text[w[0]:w[1]])
	}
	var out [][2]int
	n := len(p.Words)
	for i := 0; i+n <= len(keys); i++ {
		if p.matchAt(keys[i : i+n]) {
			out = append(out, [2]int{words[i][0], words[i+n-1][1]})
			i += n - 1
		}
	}
	return out
}

func (p Phrase) matchAt(keys []string) bool {
	last := len(p.Words) - 1
	for j, w := range p.Words {
		if keys[j] != w && !(j == last && p.Prefix && strings.HasPrefix(keys[j], w)) {
			return false
		}
	}
	return true
}

// String is the phrase as FTS5 reads it: one quoted phrase, a star after it for a prefix.
func (p Phrase) String() string {
	s := `"` + strings.ReplaceAll(strings.Join(p.Words, " "), `"`, `""`) + `"`
	if p.Prefix {
		s += " *"
	}
	return s
}
