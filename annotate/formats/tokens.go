package formats

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a range of bytes of a text.
type token struct{ Start, End int }

// tokenize splits text the way spaCy's French tokenizer does in the cases news text needs: on
// whitespace, each punctuation mark or symbol a token of its own, and an elided article or pronoun
// ("l'", "d'", "qu'", with ' or ’) a token before its word. Letters, digits and combining marks make
// words; a hyphen or an apostrophe inside a word keeps it whole ("Saint-Denis", "aujourd'hui").
func tokenize(text string) []token {
	var out []token
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			end := wordEnd(text, i)
			out = append(out, token{i, end})
			i = end
		default:
			out = append(out, token{i, i + size})
			i += size
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// wordEnd returns where the word starting at i ends.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if (r == '-' || isApostrophe(r)) && j+size < len(text) {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if isWordRune(next) {
				if isApostrophe(r) && isElision(text[i:j]) {
					return j + size
				}
				j += size
				continue
			}
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

// splitAt cuts the tokens that contain one of the offsets cuts, so that every cut is a token boundary.
// It returns the tokens and whether a cut fell inside a token.
func splitAt(toks []token, cuts map[int]bool) ([]token, bool) {
	var out []token
	split := false
	for _, t := range toks {
		start := t.Start
		for k := t.Start + 1; k < t.End; k++ {
			if cuts[k] {
				out = append(out, token{start, k})
				start, split = k, true
			}
		}
		out = append(out, token{start, t.End})
	}
	return out, split
}
