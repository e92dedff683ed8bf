package annotate

import (
	"strings"
	"unicode/utf8"
)

// closingMarks pairs each opening quotation mark a snippet of text may start with to its closing
// mark.
var closingMarks = map[rune]rune{'«': '»', '“': '”', '„': '“', '‹': '›', '"': '"'}

// QuotedSnippet reports whether s is wholly a quotation in its own marks, "« … »" or "“…”", or one cut
// before its closing mark ("« Ceux qui pensent…"), and returns it closed. A snippet whose quotation
// closes before its end ("« … », a-t-il dit") is not. A message quoting a snippet that is should
// not put its own marks around it: « « Ceux qui pensent… » reads as two quotations.
func QuotedSnippet(s string) (string, bool) {
	open, size := utf8.DecodeRuneInString(s)
	closing, ok := closingMarks[open]
	if !ok || len(s) <= size {
		return "", false
	}
	rest := s[size:]
	if end := closedAt(rest, open, closing); end >= 0 {
		if end != len(rest) {
			return "", false
		}
		return s, true
	}
	if !strings.HasSuffix(rest, "…") {
		return "", false
	}
	space := ""
	if r, _ := utf8.DecodeRuneInString(rest); r == '\u00a0' || r == '\u202f' || r == ' ' {
		space = "\u00a0"
	}
	return s + space + string(closing), true
}

// closedAt is the byte offset in rest just past the mark that closes a quotation opened just before
// rest, counting quotations nested in it with the same marks, or -1 when it does not close.
func closedAt(rest string, open, closing rune) int {
	depth := 1
	for i, r := range rest {
		switch {
		case r == closing:
			depth--
		case r == open:
			depth++
		}
		if depth == 0 {
			return i + utf8.RuneLen(r)
		}
	}
	return -1
}
