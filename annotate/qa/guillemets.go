package qa

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// guillemetAt returns the French guillemet « » ‹ › at s[i] and its size, or 0: they are C2 AB, C2 BB,
// E2 80 B9 and E2 80 BA, looked at byte by byte as markEnd does.
func guillemetAt(s string, i int) (rune, int) {
	switch {
	case s[i] == 0xC2 && i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB),
		s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xB9 || s[i+2] == 0xBA):
		return utf8.DecodeRuneInString(s[i:])
	}
	return 0, 0
}

// hasGuillemet reports whether s holds a French guillemet « » ‹ ›.
func hasGuillemet(s string) bool { return strings.ContainsAny(s, "«»‹›") }

// quoteMark is one quotation mark or apostrophe of a text with guillemets, as guillemetFixes reads it.
type quoteMark struct {
	start, end int  // its bytes, with the spaces inside a guillemet (no-break, narrow or ordinary)
	open       bool // it opens a quotation
	double     bool // a guillemet, “ ” or ": a mark whose level says double or single
	guillemet  bool // « » ‹ ›
	single     rune // else (' ‘ ’): the mark the style wants, placed as QuoteFixes places it
}

// guillemetFixes are QuoteFixes of s, which holds guillemets: each guillemet becomes the English mark
// of its level (“ ” outside, ‘ ’ inside another quotation; " and ' in the straight style) and loses
// the spaces inside it, and a “ ” or " inside guillemets becomes the mark of its level too (« … “ … ”
// … » is “ … ‘ … ’ … ”). A text that closes quotations it did not open (opened in the segment before)
// starts inside them; apostrophes are placed as elsewhere.
func guillemetFixes(s string, st QuoteStyle) []Fix {
	marks := quoteMarks(s, st)
	depth := carried(marks)
	var out []Fix
	for _, m := range marks {
		want := string(m.single)
		if m.double {
			if !m.open {
				depth = max(depth-1, 0)
			}
			want = levelMark(depth, m.open, st)
			if m.open {
				depth++
			}
		}
		if want != s[m.start:m.end] {
			out = append(out, Fix{m.start, m.end, want})
		}
	}
	return out
}

// carried is the number of guillemets of marks that close a quotation marks did not open: one opened
// in a segment before. A “ ” or " closing what nothing opened is rather a slip, or a quotation in
// English marks carried over, and says nothing about the guillemets' levels.
func carried(marks []quoteMark) int {
	n, depth := 0, 0
	for _, m := range marks {
		switch {
		case !m.double:
		case m.open:
			depth++
		case depth > 0:
			depth--
		case m.guillemet:
			n++
		}
	}
	return n
}

// levelMark is the English mark that opens (or closes) a quotation at level depth, 0 the outermost.
func levelMark(depth int, open bool, st QuoteStyle) string {
	marks := [2][2]string{{"”", "“"}, {"’", "‘"}}
	if st == Straight {
		marks = [2][2]string{{`"`, `"`}, {"'", "'"}}
	}
	o := 0
	if open {
		o = 1
	}
	return marks[depth%2][o]
}

// quoteMarks reads the guillemets, quotation marks and apostrophes of s, in order (the apostrophes
// placed for style st): « and ‹ open, »
// and › close, a double mark opens or closes by its place (styledMark), and the spaces right inside
// a guillemet belong to it, as long as no other mark claims them.
func quoteMarks(s string, st QuoteStyle) []quoteMark {
	var out []quoteMark
	last := 0 // the end of the last mark: a closing guillemet takes no space of the mark before
	for i := 0; i < len(s); {
		if g, size := guillemetAt(s, i); g != 0 {
			m := quoteMark{start: i, end: i + size, open: g == '«' || g == '‹', double: true, guillemet: true}
			if m.open {
				m.end += len(s[m.end:]) - len(strings.TrimLeftFunc(s[m.end:], isInlineSpace))
			} else {
				m.start -= len(s[last:i]) - len(strings.TrimRightFunc(s[last:i], isInlineSpace))
			}
			out = append(out, m)
			i, last = m.end, m.end
			continue
		}
		end := markEnd(s, i)
		if end < 0 {
			i++
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:end])
		m := quoteMark{start: i, end: end, single: styledMark(s, i, end, r, st)}
		if dir := styledMark(s, i, end, r, Curly); dir == '“' || dir == '”' { // a prime stays a prime
			m.open, m.double = dir == '“', true
		}
		out = append(out, m)
		i, last = end, end
	}
	return out
}

// isInlineSpace reports whether r is a space within a line: ordinary, no-break, narrow no-break, thin.
func isInlineSpace(r rune) bool { return unicode.Is(unicode.Zs, r) }

// guillemetsAcross returns how many quotations the English s closes with a guillemet it did not open
// (opened in a segment before) and how many it opens with a guillemet and leaves open (closed in a
// segment after).
func guillemetsAcross(s string) (closed, open int) {
	marks := quoteMarks(s, Curly)
	var stack []bool // the quotations open, true for those a guillemet opened
	for _, m := range marks {
		switch {
		case !m.double:
		case m.open:
			stack = append(stack, m.guillemet)
		case len(stack) > 0:
			stack = stack[:len(stack)-1]
		}
	}
	for _, g := range stack {
		if g {
			open++
		}
	}
	return carried(marks), open
}

// GuillemetPartners returns the indexes of the segments of d whose English holds the other guillemet
// of a quotation that segment i's English opens or closes with a guillemet and does not close or
// open itself, in document order; locked segments end the search, as their English is not to change.
// Putting i's marks in style alone would leave “ in one segment and » in the next, which no longer
// pair: the fix of one segment fixes those too.
func GuillemetPartners(d *annotate.Document, i int) []int {
	if i < 0 || i >= len(d.Segments) || d.Segments[i].Locked || !hasGuillemet(d.Segments[i].Target) {
		return nil
	}
	var out []int
	closed, open := guillemetsAcross(d.Segments[i].Target)
	for j := i - 1; j >= 0 && closed > 0 && !d.Segments[j].Locked; j-- {
		if c, o := guillemetsAcross(d.Segments[j].Target); c+o > 0 {
			out = append(out, j)
			closed += c - o
		}
	}
	slices.Reverse(out)
	for j := i + 1; j < len(d.Segments) && open > 0 && !d.Segments[j].Locked; j++ {
		if c, o := guillemetsAcross(d.Segments[j].Target); c+o > 0 {
			out = append(out, j)
			open += o - c
		}
	}
	return out
}
