package spell

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word of a text: bytes [Start, End) of it.
type Token struct {
	Start, End int
	Text       string
}

// Words returns the words of text that a spelling check looks at, in order: runs of letters (with
// their combining marks), joined by an apostrophe (' ’) or a hyphen between two letters ("don't",
// "Lavrov’s", "well-known"). A trailing apostrophe (students’) is no part of the word. What is left
// out: numbers and words holding a digit (G7, 1990s, 3rd; a hyphenated word is kept whole, as
// "3-year-old", for the checker to look at its parts), initialisms and abbreviations with dots
// (U.S., e.g.), web addresses (https://…, www.…, lemonde.fr), e-mail addresses, #hashtags and
// @handles, which no dictionary holds.
func Words(text string) []Token {
	var out []Token
	for start := 0; start < len(text); {
		r, n := utf8.DecodeRuneInString(text[start:])
		if unicode.IsSpace(r) {
			start += n
			continue
		}
		end := start + n
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if unicode.IsSpace(r) {
				break
			}
			end += n
		}
		if !address(text[start:end]) {
			out = chunkWords(text, start, end, out)
		}
		start = end
	}
	return out
}

// address reports whether a chunk of text between spaces is a web or e-mail address, a hashtag or a
// handle.
func address(chunk string) bool {
	if !strings.ContainsFunc(chunk, func(r rune) bool { return r == ':' || r == '@' || r == '#' || r == '.' }) {
		return false
	}
	chunk = strings.TrimLeft(chunk, "([{<\"'“‘«")
	lower := strings.ToLower(chunk)
	switch {
	case strings.Contains(chunk, "://"), strings.HasPrefix(lower, "www."), strings.HasPrefix(lower, "mailto:"):
		return true
	case strings.HasPrefix(chunk, "#") || strings.HasPrefix(chunk, "@"):
		return len(chunk) > 1
	}
	at := strings.IndexByte(chunk, '@')
	return at > 0 && strings.Contains(chunk[at:], ".")
}

// chunkWords appends the words of text[start:end], a chunk without spaces, to out.
func chunkWords(text string, start, end int, out []Token) []Token {
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isWordRune(r) || unicode.IsMark(r) {
			i += n
			continue
		}
		j, dotted := wordEnd(text, i, end)
		w := text[i:j]
		if !dotted && (!strings.ContainsFunc(w, unicode.IsDigit) || strings.ContainsFunc(w, isHyphen)) {
			out = append(out, Token{i, j, w})
		}
		i = j
	}
	return out
}

// wordEnd returns where the word starting at i ends (before end), and whether it holds a dot between
// letters, or ends with one after a single letter (U.S., e.g., lemonde.fr).
func wordEnd(text string, i, end int) (int, bool) {
	j, dotted := i, false
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) {
			j += n
			continue
		}
		next, m := utf8.DecodeRuneInString(text[j+n : end])
		if m == 0 || !isWordRune(next) || unicode.IsMark(next) {
			if r == '.' && dotted {
				j += n // the last dot of U.S.
			}
			break
		}
		switch {
		case r == '\'' || r == '’' || r == 'ʼ' || isHyphen(r):
			j += n
		case r == '.':
			j, dotted = j+n, true
		default:
			return j, dotted
		}
	}
	return j, dotted
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }
