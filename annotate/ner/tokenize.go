package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/internal/grapheme"
)

// token is one word or punctuation mark: byte offsets into the text, half-open.
type token struct {
	start, end int
	// newlineBefore is set when the whitespace before the token holds a line break.
	newlineBefore bool
}

// elisions are the French words that drop their vowel before another word (l'État, qu'il, jusqu'à):
// the apostrophe ends the token, so "l'OMS" gives "l'" and "OMS".
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true,
}

// abbreviations keep their final period ("M. Lavrov", "St. Louis").
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "dr": true, "pr": true,
	"me": true, "st": true, "ste": true, "mgr": true, "gal": true, "gén": true, "col": true,
	"cf": true, "etc": true, "jr": true, "sr": true, "mr": true, "mrs": true, "ms": true,
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isHyphen reports whether r is a hyphen that joins the parts of a word: '-', U+2010 HYPHEN and
// U+2011 NON-BREAKING HYPHEN, which word processors and typeset sources put in compound names
// ("Lyon‐Part‐Dieu", "Jean‑Marc"); the dashes (– —) and the minus sign separate.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// isWordRune reports whether r is a letter, a digit or a mark; ASCII, most of a French text, is
// answered without the Unicode tables.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// tokenize splits text into tokens. It handles French elision (l', d', qu'), keeps hyphenated and
// apostrophe-internal words whole (Maison-Blanche, aujourd'hui, O'Brien), keeps periods inside
// acronyms and after initials or abbreviations (U.S.A., J., M.), and makes every other punctuation mark
// or symbol (« » , . emoji) a token of its own. No token edge falls inside a grapheme cluster (UAX #29):
// an emoji sequence (🇪🇺, 👨‍👩‍👧, 👍🏽, 1️⃣) is one token, and a word keeps the marks and joiners that
// follow its last letter.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	nl := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		var end int
		switch {
		case isSpace(r):
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				nl = true
			}
			if end = grapheme.End(text, i, i+size); end == i+size || strings.TrimFunc(text[i:end], isSpace) == "" {
				i = end // "\r\n" is one cluster
				continue
			}
			// A space carrying a combining mark is how a lone accent is written: a symbol.
		case isWordRune(r):
			end = grapheme.End(text, i, scanWord(text, i))
		default:
			end = grapheme.End(text, i, i+size)
		}
		toks = append(toks, token{start: i, end: end, newlineBefore: nl})
		nl = false
		i = end
	}
	return toks
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// scanWord returns the end of the word that starts at i.
func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if !mayJoinWord(r) { // most words end at a space
			return i
		}
		pos, goesOn := wordGoesOnAt(text, start, i, r, size)
		if !goesOn {
			return pos
		}
		i = pos
	}
	return i
}

// mayJoinWord reports whether r may be inside a word, between two of its word runes: an apostrophe,
// a hyphen (isHyphen), an ampersand, a period or a comma.
func mayJoinWord(r rune) bool {
	return isApostrophe(r) || isHyphen(r) || r == '&' || r == '.' || r == ','
}

// wordGoesOnAt decides, at r, a rune of size bytes at i that is not a word rune, in the word that
// starts at start: whether the word goes on past r (an inner apostrophe, hyphen or period, a decimal
// comma), and from where; or else where the word ends, before r or with it (an elision's apostrophe).
func wordGoesOnAt(text string, start, i int, r rune, size int) (pos int, goesOn bool) {
	next, nsize := utf8.DecodeRuneInString(text[i+size:])
	nextWord := i+size < len(text) && isWordRune(next)
	joins := false
	switch {
	case isApostrophe(r) && elisions[strings.ToLower(text[start:i])]:
		return i + size, false
	case isApostrophe(r), isHyphen(r) || r == '&':
		joins = nextWord
	case r == '.' && hyphenatedInitial(text[start:i], text[i+size:]):
		return i + size + 1, true // "J.-L. Mélenchon": the hyphen joins the initials
	case r == '.':
		return wordGoesOnAtPeriod(text[start:i], i, size, nextWord, next, nsize)
	case r == ',':
		// Decimal comma: 3,5.
		joins = nextWord && unicode.IsDigit(next) && isDigitBefore(text, i)
	default:
		return i, false
	}
	if !joins {
		return i, false
	}
	return i + size, true
}

// wordGoesOnAtPeriod is wordGoesOnAt for a period of size bytes at i after word, followed by next
// (of nsize bytes, a word rune when nextWord is set): a period inside the word takes the next rune
// with it.
func wordGoesOnAtPeriod(word string, i, size int, nextWord bool, next rune, nsize int) (pos int, goesOn bool) {
	switch periodAction(word, nextWord, next) {
	case periodEnds:
		return i, false
	case periodEndsAfter:
		return i + size, false
	}
	return i + size + nsize, true
}

// What a period after a word does.
const (
	periodEnds      = iota // the period is a token of its own (end of sentence)
	periodEndsAfter        // the period ends the word (M., J., U.S.A.)
	periodInside           // the period and the next rune are inside the word (Identi.ca, U.S, 3.5)
)

// periodAction decides for a period that follows word; next is the rune after it, a word rune when
// nextWord is set.
func periodAction(word string, nextWord bool, next rune) int {
	switch {
	case nextWord && (!unicode.IsUpper(next) || isInitials(word)):
		return periodInside
	case isInitials(word) || abbreviations[strings.ToLower(word)]:
		return periodEndsAfter
	}
	return periodEnds
}

// hyphenatedInitial reports whether the initials word, before a period, go on after it with a hyphen
// and another initial, as French abbreviates a compound given name: "J.-L.", "J.-P.", "M.-A.".
func hyphenatedInitial(word, after string) bool {
	rest, ok := strings.CutPrefix(after, "-")
	if !ok || !isInitials(word) {
		return false
	}
	r, size := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && strings.HasPrefix(rest[size:], ".")
}

// isInitials reports whether w is an initial or a dotted acronym so far: "J", "U.S", "U.S.A", or
// hyphenated initials, "J.-L".
func isInitials(w string) bool {
	n := 0
	for part := range strings.SplitSeq(w, ".") {
		if n > 0 {
			part = strings.TrimPrefix(part, "-")
		}
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 0
}

func isDigitBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsDigit(r)
}

// sentences groups token indices into sentences: a break falls at a line break and after ".", "!",
// "?" or "…" tokens. It returns the start index of each sentence plus len(toks).
func sentences(text string, toks []token) []int {
	bounds := []int{0}
	for i := 1; i < len(toks); i++ {
		prev := text[toks[i-1].start:toks[i-1].end]
		if toks[i].newlineBefore || prev == "." || prev == "!" || prev == "?" || prev == "…" {
			if i-bounds[len(bounds)-1] > 0 {
				bounds = append(bounds, i)
			}
		}
	}
	if len(toks) > 0 {
		bounds = append(bounds, len(toks))
	}
	return bounds
}
