// Package token splits sentences into words, numbers and punctuation for the suggestion sources
// (translation memory, glossary, dictionary) and computes the keys they compare: case- and
// accent-folded forms and light stems. Offsets are byte offsets into the UTF-8 input, end exclusive.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// Kind tells what a token is.
type Kind int

// Token kinds.
const (
	Word   Kind = iota // letters (with marks and inner digits)
	Number             // digits, with inner decimal or grouping separators ("3,5", "1 000")
	Punct              // any other visible character, one per token
)

// Token is one word, number or punctuation mark of a text.
type Token struct {
	Start, End int // byte offsets into the text, end exclusive
	Text       string
	Kind       Kind
}

// Tokenize splits s into tokens. Apostrophes and hyphens separate words ("l’assemblée" is "l",
// "’", "assemblée"); a space, no-break space, narrow no-break space, point or comma between digits
// joins a number when a digit follows it ("1 000", "3,5"), but not "1, 2".
func Tokenize(s string) []Token {
	var toks []Token
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r) && !unicode.IsDigit(r):
			end := scanWord(s, i)
			toks = append(toks, Token{Start: i, End: end, Text: s[i:end], Kind: Word})
			i = end
		case unicode.IsDigit(r):
			end := scanNumber(s, i)
			kind := Number
			if end < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[end:]); isWordRune(r2) {
					end = scanWord(s, end) // "2e", "10km": one word
					kind = Word
				}
			}
			toks = append(toks, Token{Start: i, End: end, Text: s[i:end], Kind: kind})
			i = end
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == '\u200b' || unicode.Is(unicode.Mn, r):
			i += size
		default:
			toks = append(toks, Token{Start: i, End: i + size, Text: s[i : i+size], Kind: Punct})
			i += size
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// IsWordRune reports whether r is part of a word as Tokenize reads words: a letter, a digit or a
// combining mark (the accent of e + U+0301 belongs to its word).
func IsWordRune(r rune) bool { return isWordRune(r) }

func scanWord(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += size
	}
	return i
}

// scanNumber reads digits with single inner separators each followed by a digit.
func scanNumber(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsDigit(r) {
			i += size
			continue
		}
		if !isNumberSep(r) || i+size >= len(s) {
			break
		}
		if r2, _ := utf8.DecodeRuneInString(s[i+size:]); !unicode.IsDigit(r2) {
			break
		}
		if isSpaceSep(r) && !threeDigits(s[i+size:]) {
			break // "en 2019 2 000": a space joins only groups of three digits
		}
		i += size
	}
	return i
}

func isNumberSep(r rune) bool { return r == ',' || r == '.' || isSpaceSep(r) }

func isSpaceSep(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

func threeDigits(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsDigit(r) {
			break
		}
		n++
	}
	return n == 3
}

// Fold returns the comparison key of s: see annotate.Fold.
func Fold(s string) string { return annotate.Fold(s) }

// Lower returns s lower-cased in NFC, accents kept.
func Lower(s string) string { return norm.NFC.String(strings.ToLower(s)) }

// NumberKey returns a number token's digits and a point for its decimal separator, so that
// "3,5" and "3.5", "1 000" and "1,000" compare equal where the reading is unambiguous.
func NumberKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	digits := b.String()
	// A last separator followed by one, two or more than three digits is a decimal mark.
	last := strings.LastIndexFunc(s, func(r rune) bool { return isNumberSep(r) && !isSpaceSep(r) })
	if last < 0 {
		return digits
	}
	frac := 0
	for _, r := range s[last+1:] {
		if unicode.IsDigit(r) {
			frac++
		}
	}
	if frac == 3 {
		return digits
	}
	return digits[:len(digits)-frac] + "." + digits[len(digits)-frac:]
}
