package numerals

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// Decades are the decades of s written in digits, each token the decade's digits with their value:
// in French after "années" ("les années 30", "années 1930"), in English before an "s" ("the 1930s",
// "the ’30s", "the 60s"). French often leaves the century out where English writes it, and the other
// way round: SameDecade compares them.
func Decades(s string, st Style) []Token {
	var out []Token
	for _, t := range Digits(s, st) {
		if n := t.End - t.Start; (n != 2 && n != 4) || s[t.End-1] != '0' {
			continue
		}
		if st.french && annotate.Fold(lastWord(s[:t.Start])) == "annees" ||
			!st.french && strings.HasPrefix(s[t.End:], "s") && !letterAt(s, t.End+1) {
			out = append(out, t)
		}
	}
	return out
}

// SameDecade reports whether decades a and b, values of Decades, are one: the same digits, or the
// same last two where one of them has no century ("30" and "1930").
func SameDecade(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) == 2 && len(b) == 4 && b[2:] == a
}

// lastWord returns the word s ends with, after the spaces (no-break ones too) that end it.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) })
	return s[i+1:]
}

// letterAt reports whether s holds a letter at byte i.
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}
