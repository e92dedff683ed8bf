package formats

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/internal/grapheme"
)

// token is a range of bytes of a text.
type token struct{ Start, End int }

// tokenize splits text the way spaCy's French tokenizer does in the cases news text needs: on
// whitespace, each punctuation mark or symbol a token of its own, and an elided article or pronoun
// ("l'", "d'", "qu'", with ' or ’) a token before its word. Letters, digits and combining marks make
// words; a hyphen or an apostrophe inside a word keeps it whole ("Saint-Denis", "aujourd'hui"). It
// works on grapheme clusters (Unicode UAX #29), never inside one: an emoji sequence (🇪🇺, 👨‍👩‍👧, 👍🏽,
// 1️⃣) is one token, a word keeps its marks, and a mark or joiner sitting on a space goes with the space.
func tokenize(text string) []token {
	var out []token
	for i := 0; i < len(text); {
		r, _ := utf8.DecodeRuneInString(text[i:])
		c := grapheme.Next(text, i)
		switch {
		case unicode.IsSpace(r):
			i = c
		case isWordCluster(text[i:c]):
			end := wordEnd(text, i, c)
			out = append(out, token{i, end})
			i = end
		default:
			out = append(out, token{i, c})
			i = c
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isWordCluster reports whether a grapheme cluster belongs to a word: it starts with a letter, a
// digit or a mark and is not an emoji (a keycap 1️⃣, a digit or letter with an emoji presentation
// selector).
func isWordCluster(c string) bool {
	r, _ := utf8.DecodeRuneInString(c)
	return isWordRune(r) && !strings.ContainsAny(c, "\ufe0f\u20e3")
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// wordEnd returns where the word whose first cluster is text[i:c] ends.
func wordEnd(text string, i, c int) int {
	j := c
	for j < len(text) {
		k := grapheme.Next(text, j)
		if isWordCluster(text[j:k]) {
			j = k
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if (r == '-' || isApostrophe(r)) && k == j+size && k < len(text) && isWordCluster(text[k:grapheme.Next(text, k)]) {
			if isApostrophe(r) && isElision(text[i:j]) {
				return k
			}
			j = k
			continue
		}
		break
	}
	return j
}

// isElision reports whether w is a French word that elides before a vowel.
func isElision(w string) bool {
	switch strings.ToLower(w) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu":
		return true
	}
	return false
}

// boundaries returns the token starts and ends of text.
func boundaries(text string) (starts, ends map[int]bool) {
	toks := tokenize(text)
	starts, ends = make(map[int]bool, len(toks)), make(map[int]bool, len(toks))
	for _, t := range toks {
		starts[t.Start], ends[t.End] = true, true
	}
	return starts, ends
}

// splitAt cuts the tokens that contain one of the offsets cuts, so that every cut is a token boundary,
// except inside a grapheme cluster of text, which stays one token. It returns the tokens, and the cuts
// that fell inside a token (split) and inside a cluster (kept whole).
func splitAt(text string, toks []token, cuts map[int]bool) (out []token, split, whole map[int]bool) {
	split, whole = map[int]bool{}, map[int]bool{}
	for _, t := range toks {
		start := t.Start
		for c := t.Start; c < t.End; {
			next := grapheme.Next(text, c)
			for k := c + 1; k < next && k < t.End; k++ {
				if cuts[k] {
					whole[k] = true
				}
			}
			if c = next; c < t.End && cuts[c] {
				out = append(out, token{start, c})
				start, split[c] = c, true
			}
		}
		out = append(out, token{start, t.End})
	}
	return out, split, whole
}
