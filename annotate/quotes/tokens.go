package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/internal/grapheme"
	"golang.org/x/text/unicode/norm"
)

// tok is a word or a punctuation mark, byte offsets into the whole text.
type tok struct {
	start, end int
	text       string
	low        string // text in lower case, apostrophes straight (lower)
	word       bool
}

// tokenize cuts text[start:end] into words and punctuation. A word keeps its inner hyphens
// ("a-t-il", "Maison-Blanche") and ends after an elision apostrophe ("l'", "qu’"). No token edge falls
// inside a grapheme cluster (UAX #29): an emoji sequence (🇪🇺, 👨‍👩‍👧, 👍🏽) is one token, a word keeps
// the marks and joiners after its last letter, and a token may so end a little after end.
func tokenize(text string, start, end int) []tok {
	out := make([]tok, 0, (end-start)/5+1)
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) && grapheme.End(text, i, i+n) == i+n:
			i += n
		case isLetter(r):
			j := grapheme.End(text, i, spacedInversion(text, scanWord(text, i, end), end))
			out = append(out, tok{start: i, end: j, text: text[i:j], low: lower(text[i:j]), word: true})
			i = j
		default:
			j := i + n
			if r == '-' && j < end && text[j] == '-' { // "--" dialogue dash
				j++
			}
			j = grapheme.End(text, i, j)
			out = append(out, tok{start: i, end: j, text: text[i:j], low: text[i:j]})
			i = j
		}
	}
	return out
}

// isLetter reports whether r is a letter, a digit or a combining mark, which make words; ASCII, most
// of a French text, is answered without the Unicode tables.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanWord returns the end of the word starting at i.
func scanWord(text string, i, end int) int {
	start := i
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isLetter(r):
			i += n
		case isApostrophe(r):
			if !inWordApostrophe(text, start, i, n, end) {
				return i + n
			}
			i += n
		case r == '-' && i+n < end:
			r2, _ := utf8.DecodeRuneInString(text[i+n:])
			if !isLetter(r2) {
				return i
			}
			i += n
		default:
			return i
		}
	}
	return i
}

// inWordApostrophe reports whether the apostrophe at i (n bytes) lies inside a word rather than ending
// an elision: "aujourd'hui", "prud'homme" are one word.
func inWordApostrophe(text string, start, i, n, end int) bool {
	if i+n >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+n:])
	if !isLetter(r) {
		return false
	}
	w := strings.ToLower(text[start:i])
	return w == "aujourd" || w == "prud" || strings.HasSuffix(w, "-t") && pronounAt(text, i+n, end)
}

// pronounAt reports whether a subject pronoun, as a whole word, starts at i: "explique-t’il" is written
// with an apostrophe for the hyphen often enough to be read as "explique-t-il".
func pronounAt(text string, i, end int) bool {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isLetter(r) {
			break
		}
		j += n
	}
	return subjectPronouns[strings.ToLower(text[i:j])]
}

// lower returns the word in lower case with a typographic apostrophe made straight and its accents
// composed (e + U+0301 is é), as the word lists are written.
func lower(s string) string {
	if asciiLower(s) {
		return s // most words: nothing to lower, compose or straighten
	}
	s = strings.ToLower(s)
	if combining(s) {
		s = norm.NFC.String(s)
	}
	if strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// combining reports whether s holds a combining diacritical mark (U+0300 to U+036F, lead bytes 0xCC
// and 0xCD in UTF-8), cheaper to test on every word than normalising it.
// asciiLower reports whether s is all ASCII without a capital.
func asciiLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

func combining(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0xCC || c == 0xCD {
			return true
		}
	}
	return false
}

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Word classes used by the attribution rules.
var (
	subjectPronouns = set("il elle on je j' ils elles tu celui-ci celle-ci ceux-ci celles-ci")
	clitics         = set("me m' te t' se s' lui leur nous vous l' le la les y en ne n'")
	determiners     = set("chaque le la l' les un une mon ma mes ton ta tes son sa ses notre votre nos vos leur leurs ce cet cette ces du des certains certaines")
	adverbs         = set("alors aussi encore également déjà enfin ensuite toujours pourtant donc bien même ainsi notamment aussitôt doucement lentement tout bas haut tard puis soudain cependant vite")
	titles          = set("m. mm. mme mmes mlle mlles dr pr me mgr monsieur madame mademoiselle messieurs mesdames monseigneur maître docteur professeur sir lord lady saint sainte général colonel capitaine abbé père frère sœur oncle tante")
	particles       = set("de d' du von van der den al el ben bin da di del della")
	stopNP          = set("de d' du des à au aux en dans sur sous avec pour par sans vers chez entre lors qui que qu' dont où et ou mais car comme quand si lorsque puis après avant contre devant derrière pendant depuis parmi malgré selon")
	functionWords   = set("face grâce suite outre hormis sauf près loin quant afin tandis parmi malgré contre durant concernant quand dès lorsque si mais et puis alors ainsi cependant pourtant après avant depuis pendant par pour selon lors ce c' cela ça ici là dans sur sous avec sans chez vers en à au aux de d' du des enfin ensuite aujourd'hui hier demain comme or donc car tout toute tous toutes rien personne qu' que qui quoi dont où lorsqu' puisqu' quoiqu' néanmoins toutefois certes surtout")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// isAdverb reports whether a lower-case word is an adverb that may sit between a verb and its subject.
func isAdverb(w string) bool {
	return adverbs[w] || (strings.HasSuffix(w, "ment") && len(w) > 6)
}

// splitInversion splits "dit-il" into ("dit", "il"), "a-t-elle" into ("a", "elle"); ok is false when the
// word does not end in a hyphenated subject pronoun.
func splitInversion(w string) (verb, pron string, ok bool) {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		i = strings.LastIndexByte(w, ' ') // "a t il": spacedInversion
	}
	if i <= 0 {
		return "", "", false
	}
	pron = w[i+1:]
	if t := strings.ToLower(pron); strings.HasPrefix(t, "t'") || strings.HasPrefix(t, "t’") { // "explique-t’il"
		_, n := utf8.DecodeRuneInString(pron[1:])
		pron = pron[1+n:]
	}
	if !subjectPronouns[strings.ToLower(pron)] { // not "-nous", "-vous": "informez-vous" is an imperative
		return "", "", false
	}
	v := w[:i]
	v = strings.TrimSuffix(strings.TrimSuffix(v, "-t"), " t") // "a t-il": spacedInversion
	return v, pron, true
}
