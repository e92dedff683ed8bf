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
// ("Saint-Denis", "aujourd'hui", "O'Brien"), a non-breaking hyphen (U+2011, which word processors
// put inside compound names) too, as spaCy, whose hyphens it is not among, and the recogniser read it. The apostrophe then goes by the language, with ' or ’:
// in French an elided article or pronoun is a token before its word ("l'", "d'", "qu'"); in English a
// clitic is a token after it (the possessive "'s", "n't", "'re", "'ll", "'ve", "'m", "'d": "Trump's"
// is "Trump" and "'s", "don't" is "do" and "n't"), as spaCy's English tokenizer has them. In French a
// subject pronoun or clitic after a verb, joined to it by a hyphen (the inversion), is a token of its
// own that takes the hyphen, as spaCy's French tokenizer cuts it: "a-t-il" is "a", "-t" and "-il",
// "dit-elle" is "dit" and "-elle", "peut-on" is "peut" and "-on", "est-ce" is "est" and "-ce"; a word
// that merely holds one ("Villard-le-Bois", "Aix-la-Chapelle") stays whole (see inversion). Other
// languages keep the French rules. It works on grapheme clusters (Unicode UAX #29), never inside one:
// an emoji sequence (🇪🇺, 👨‍👩‍👧, 👍🏽, 1️⃣) is one token, a word keeps its marks, and a mark or joiner
// sitting on a space goes with the space. An invisible format character (a soft hyphen, as web pages
// put inside long words, a zero-width space, a word joiner) is no token: inside a word it keeps the
// word whole, as spaCy, which splits on spaces, does ("gouverne\u00adment"), and elsewhere it goes
// as a space does; a token of its own gave CoNLL lines that show nothing, tagged I-PER inside a name.
func tokenize(text, lang string) []token {
	english := isEnglish(lang)
	var out []token
	for i := 0; i < len(text); {
		r, _ := utf8.DecodeRuneInString(text[i:])
		c := grapheme.Next(text, i)
		switch {
		case unicode.IsSpace(r) || isFormatCluster(text[i:c]):
			i = c
		case !english && r == '-' && len(out) > 0 && out[len(out)-1].End == i:
			if e, ok := inversion(text, i); ok {
				out = append(out, token{i, e})
				i = e
				continue
			}
			out = append(out, token{i, c})
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

// isFormatCluster reports whether a grapheme cluster is an invisible format character (Unicode
// category Cf: U+00AD soft hyphen, U+200B zero-width space, U+2060 word joiner, U+FEFF), which UAX #29
// makes a cluster of its own. The joiners U+200C and U+200D are not: they join the cluster before them.
func isFormatCluster(c string) bool {
	r, _ := utf8.DecodeRuneInString(c)
	return unicode.Is(unicode.Cf, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// wordEnd returns where the word whose first cluster is text[i:c] ends and, in English, where the
// clitic that ends it starts ("'s" of "Trump's", "n't" of "don't"); clitic is end when there is none.
func wordEnd(text string, i, c int, english bool) (end, clitic int) {
	j := c
	for j < len(text) {
		k := grapheme.Next(text, j)
		if isWordCluster(text[j:k]) || isFormatCluster(text[j:k]) && k < len(text) && isWordCluster(text[k:grapheme.Next(text, k)]) {
			j = k
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if isApostrophe(r) && !english && isElision(text[i:j]) {
			// "l'" keeps its apostrophe also before a space, as Wikinews's tokenised French writes
			// "l' UE" (788 times in the gold data): it gave the tokens l and ', where "l'occasion" gave l'
			return k, k
		}
		if (r == '-' || r == '\u2011' || isApostrophe(r)) && k == j+size && k < len(text) && isWordCluster(text[k:grapheme.Next(text, k)]) {
			if _, ok := inversion(text, j); ok && r == '-' && !english {
				return j, j // the hyphen goes with the pronoun after it
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

// inversionWords are the words spaCy's French tokenizer cuts off a word before them with their hyphen
// (its punctuation.py, _suffix_inversion): subject pronouns, the clitics of an imperative, "ce",
// "ici", "là", and the euphonic t.
var inversionWords = map[string]bool{
	"je": true, "tu": true, "on": true, "il": true, "elle": true, "iel": true, "nous": true, "vous": true, "elles": true,
	"ils": true, "iels": true, "moi": true, "toi": true, "lui": true, "leur": true, "eux": true, "elleux": true,
	"ce": true, "ici": true, "là": true, "la": true, "le": true, "les": true, "en": true, "y": true, "t": true, "m": true,
}

// inversion reports whether the hyphen at text[h] starts an inverted pronoun or clitic ("-il" of
// "a-t-il", "-t" of it, "-elle" of "dit-elle"), and where that token ends. As in spaCy, the hyphen
// follows a letter; the word after it is one of inversionWords, whole, in lower case, capitalised or
// in capitals; "la", "le", "les" and "en" followed by another hyphen are part of a name
// ("Aix-la-Chapelle", "Saint-Germain-en-Laye"); "t" and "m" take an apostrophe that a word follows
// ("a-t'il").
func inversion(text string, h int) (int, bool) {
	if h == 0 || h+1 >= len(text) || text[h] != '-' {
		return 0, false
	}
	if prev, _ := utf8.DecodeLastRuneInString(text[:h]); !unicode.IsLetter(prev) {
		return 0, false
	}
	e := h + 1
	for e < len(text) {
		n := grapheme.Next(text, e)
		if !isWordCluster(text[e:n]) {
			break
		}
		e = n
	}
	w := text[h+1 : e]
	lw := strings.ToLower(w)
	if !inversionWords[lw] || (w != lw && w != strings.ToUpper(w) && w != strings.ToUpper(lw[:1])+lw[1:]) {
		return 0, false
	}
	next, size := utf8.DecodeRuneInString(text[e:])
	switch {
	case e == len(text):
	case next == '_':
		return 0, false
	case next == '-' && (lw == "la" || lw == "le" || lw == "les" || lw == "en"):
		return 0, false
	case isApostrophe(next) && (lw == "t" || lw == "m") && e+size < len(text) && isWordCluster(text[e+size:grapheme.Next(text, e+size)]):
		return e + size, true
	}
	return e, true
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

// alignInversions widens, in place, the spans of v that start right after the hyphen of an inverted
// pronoun ("il" of "a-t-il", "elle" of "dit-elle") to that hyphen, so that they fall on the token
// ("-il") that tokenize and spaCy's French tokenizer make: a pronoun mention then tags its token
// instead of cutting it. English keeps its spans.
func alignInversions(v *view, spans []vspan) {
	if isEnglish(v.Lang) {
		return
	}
	for i, s := range spans {
		if h := s.Start - 1; h > 0 && v.Text[h] == '-' {
			if e, ok := inversion(v.Text, h); ok && s.End >= e {
				spans[i].Start = h
			}
		}
	}
}
