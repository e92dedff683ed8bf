package formats

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/internal/grapheme"
)

// token is a range of bytes of a text.
type token struct{ Start, End int }

// tokenize splits text the way spaCy's tokenizer for the text's language (a BCP 47 tag) does in the
// cases news text needs: on whitespace, each punctuation mark or symbol a token of its own; letters,
// digits and combining marks make words, and a hyphen or an apostrophe inside a word keeps it whole
// ("Saint-Denis", "aujourd'hui", "O'Brien"). The apostrophe then goes by the language, with ' or ’:
// in French an elided article or pronoun is a token before its word ("l'", "d'", "qu'"); in English a
// clitic is a token after it (the possessive "'s", "n't", "'re", "'ll", "'ve", "'m", "'d": "Trump's"
// is "Trump" and "'s", "don't" is "do" and "n't"), as spaCy's English tokenizer has them. Other
// languages keep the French rules. It works on grapheme clusters (Unicode UAX #29), never inside one:
// an emoji sequence (🇪🇺, 👨‍👩‍👧, 👍🏽, 1️⃣) is one token, a word keeps its marks, and a mark or joiner
// sitting on a space goes with the space.
func tokenize(text, lang string) []token {
	english := isEnglish(lang)
	var out []token
	for i := 0; i < len(text); {
		r, _ := utf8.DecodeRuneInString(text[i:])
		c := grapheme.Next(text, i)
		switch {
		case unicode.IsSpace(r):
			i = c
		case isWordCluster(text[i:c]):
			end, clitic := wordEnd(text, i, c, english)
			out = append(out, token{i, clitic})
			if clitic < end {
				out = append(out, token{clitic, end})
			}
			i = end
		default:
			out = append(out, token{i, c})
			i = c
		}
	}
	return out
}

// isEnglish reports whether a language tag is English ("en", "en-GB").
func isEnglish(lang string) bool {
	base, _, _ := strings.Cut(strings.ReplaceAll(lang, "_", "-"), "-")
	return strings.EqualFold(base, "en")
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

// wordEnd returns where the word whose first cluster is text[i:c] ends and, in English, where the
// clitic that ends it starts ("'s" of "Trump's", "n't" of "don't"); clitic is end when there is none.
func wordEnd(text string, i, c int, english bool) (end, clitic int) {
	j := c
	for j < len(text) {
		k := grapheme.Next(text, j)
		if isWordCluster(text[j:k]) {
			j = k
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if (r == '-' || isApostrophe(r)) && k == j+size && k < len(text) && isWordCluster(text[k:grapheme.Next(text, k)]) {
			if isApostrophe(r) && !english && isElision(text[i:j]) {
				return k, k
			}
			if isApostrophe(r) && english {
				if e, ok := cliticAfter(text, j, k); ok {
					if strings.EqualFold(text[k:e], "t") { // n't: the n leaves the word before it
						if j-1 > i {
							return e, j - 1
						}
						return e, e
					}
					return e, j
				}
			}
			j = k
			continue
		}
		break
	}
	return j, j
}

// cliticAfter reports whether the apostrophe at text[a:k] starts an English clitic that ends the word
// ('s, 'm, 're, 'll, 've, 'd; or the t of n't, when the letter before the apostrophe is an n), and where
// the clitic ends.
func cliticAfter(text string, a, k int) (int, bool) {
	e := k
	for e < len(text) {
		n := grapheme.Next(text, e)
		if !isWordCluster(text[e:n]) {
			break
		}
		e = n
	}
	if r, size := utf8.DecodeRuneInString(text[e:]); e < len(text) && (r == '-' || isApostrophe(r)) &&
		e+size < len(text) && isWordCluster(text[e+size:grapheme.Next(text, e+size)]) {
		return 0, false // the word goes on ("rock'n'roll")
	}
	switch strings.ToLower(text[k:e]) {
	case "s", "m", "re", "ll", "ve", "d":
		return e, true
	case "t":
		return e, a > 0 && (text[a-1] == 'n' || text[a-1] == 'N')
	}
	return 0, false
}

// isElision reports whether w is a French word that elides before a vowel.
func isElision(w string) bool {
	switch strings.ToLower(w) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu":
		return true
	}
	return false
}

// boundaries returns the token starts and ends of text, in language lang.
func boundaries(text, lang string) (starts, ends map[int]bool) {
	toks := tokenize(text, lang)
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
