package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// afterDateline returns where the text after a dateline opening a line at i starts: a place in
// capitals and a dash, as agencies and Canadian papers open an article ("QUÉBEC — Le chef de police
// a dit"), whose place is no subject. It returns i when no dateline opens there or when the line
// ends, or end comes, before the dash.
func (f *finder) afterDateline(i, end int) int {
	if i > 0 && f.text[i-1] != '\n' {
		return i
	}
	upper := 0
	for j := i; j < end && j < i+60; {
		r, n := utf8.DecodeRuneInString(f.text[j:])
		switch {
		case unicode.IsUpper(r):
			upper++
		case r == '—' || r == '–' || r == '-' && j > i && isSpace(rune(f.text[j-1])):
			if upper >= 2 && j+n < end && strings.TrimLeft(f.text[j+n:j+n+1], " \u00a0") == "" {
				return min(j+n+1, end)
			}
			return i
		case unicode.IsLower(r) || r == '\n' || sentenceFinal(r) || r == ',' || r == ':':
			return i
		}
		j += n
	}
	return i
}
