package qa

import (
	"unicode"
	"unicode/utf8"
)

// quotation is a quotation of a translation, byte offsets [start, end) with its marks: one opened
// and closed in the text, left open at its end, or closed without having been opened in it (it
// began in an earlier segment).
type quotation struct{ start, end int }

// closers maps each opening quotation mark of a translation to its closing mark: English “ ” and ‘ ’,
// straight quotes, and the French and German marks a translator may have kept.
var closers = map[rune]rune{'“': '”', '‘': '’', '"': '"', '«': '»', '„': '“'}

// quotations finds the top-level quotations of a translation. ’ closes a quotation opened with ‘ only
// where it is not an apostrophe (between letters: "don’t"), and is otherwise ignored: a ’ without a ‘
// before it is an apostrophe ("the students’ union").
func quotations(s string) []quotation {
	var out []quotation
	var stack []rune // expected closers
	start := 0
	for i, r := range s {
		end := i + utf8.RuneLen(r)
		if n := len(stack); n > 0 && stack[n-1] == r && (r != '’' || !apostrophe(s, i, end)) {
			if stack = stack[:n-1]; len(stack) == 0 {
				out = append(out, quotation{start, end})
			}
			continue
		}
		if c, ok := closers[r]; ok {
			if len(stack) == 0 {
				start = i
			}
			stack = append(stack, c)
			continue
		}
		if len(stack) == 0 && len(out) == 0 && (r == '”' || r == '»') { // not ’: "the students’ union"
			out = append(out, quotation{0, end}) // the end of a quotation begun before this text
		}
	}
	if len(stack) > 0 {
		out = append(out, quotation{start, len(s)})
	}
	return out
}

// apostrophe reports whether the ’ at s[i:end] stands between two letters.
func apostrophe(s string, i, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[end:])
	return unicode.IsLetter(before) && unicode.IsLetter(after)
}
