// Package typo converts French typography to English conventions in translations: guillemets
// to curly quotes, no spaces before ; : ! ? or inside quotes, decimal commas to points and
// thousands separators to commas ("3,5 %" → "3.5%", "1 000" → "1,000"). It is applied to
// suggestions and on request; text already in English style is left as it is.
package typo

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// English returns s with French typographic conventions turned into English ones.
func English(s string) string {
	s = quotes(s)
	s = punctuationSpaces(s)
	return numbers(s)
}

// isFrenchSpace reports the spaces French typography puts around punctuation.
func isFrenchSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

var quoteMap = map[rune]rune{'«': '“', '»': '”', '‹': '‘', '›': '’'}

// quotes replaces guillemets and drops the spaces just inside them. It writes to a byte slice, whose
// spaces before a closing quote are dropped by shortening it: a strings.Builder would have to copy all
// the text written so far at each closing quote, the square of their number for a long text.
func quotes(s string) string {
	if !strings.ContainsAny(s, "«»‹›") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '«', '‹':
			b = utf8.AppendRune(b, quoteMap[r])
			for i < len(s) {
				r2, n := utf8.DecodeRuneInString(s[i:])
				if !isFrenchSpace(r2) {
					break
				}
				i += n
			}
		case '»', '›':
			b = bytes.TrimRightFunc(b, isFrenchSpace)
			b = utf8.AppendRune(b, quoteMap[r])
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// punctuationSpaces drops spaces before ; : ! ? (and before %), unless the mark starts the text
// or follows a line break.
func punctuationSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isFrenchSpace(r) {
			j := i
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isFrenchSpace(r2) {
					break
				}
				j += n
			}
			if j < len(s) && strings.IndexByte(";:!?%", s[j]) >= 0 && b.Len() > 0 && !endsWithNewline(b.String()) {
				i = j // the spaces go
				continue
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		b.WriteRune(r)
		i += size
	}
	return b.String()
}

func endsWithNewline(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '\n'
}

// numbers rewrites each number (digits with single separators between them) in English style.
func numbers(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigit(r) || (i > 0 && precededByWordChar(s[:i])) {
			b.WriteRune(r)
			i += size
			continue
		}
		end := scanNumber(s, i)
		b.WriteString(englishNumber(s[i:end]))
		i = end
	}
	return b.String()
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// precededByWordChar keeps "A4,5" or "x1 000" alone: not a number standing on its own.
func precededByWordChar(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || r == '_' || r == '.' || r == ','
}

// scanNumber reads digits joined by single separators that a digit follows.
func scanNumber(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isDigit(r) {
			i += size
			continue
		}
		if r != ',' && r != '.' && !isFrenchSpace(r) {
			break
		}
		if next, _ := utf8.DecodeRuneInString(s[i+size:]); i+size >= len(s) || !isDigit(next) {
			break
		}
		if isFrenchSpace(r) && digitsAt(s[i+size:]) != 3 {
			break // a space joins only groups of three: "en 2019 2 000"
		}
		i += size
	}
	return i
}

func digitsAt(s string) int {
	n := 0
	for n < len(s) && isDigit(rune(s[n])) {
		n++
	}
	return n
}
