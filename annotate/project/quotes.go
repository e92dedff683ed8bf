package project

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// region is a quotation of a target text, byte offsets [start, end) including its marks. A quotation
// left open at the end of the text has closed false; one closed without having been opened in the
// text (it began in an earlier segment) has opened false.
type region struct {
	start, end     int
	opened, closed bool
}

// openers maps each opening mark to its closing mark; the straight quote closes itself.
var openers = map[rune]rune{'“': '”', '«': '»', '"': '"', '„': '“'}

func isQuoteMark(r rune) bool {
	switch r {
	case '“', '”', '«', '»', '"', '„':
		return true
	}
	return false
}

// quoteRegions finds the top-level quotations of an English (or any) text: “ ” and « » nest, straight
// quotes alternate but where a mark's place says it opens or closes (see markRole), and single quotes
// (‘ ’ or ' ') count where they cannot be apostrophes (see singleQuote). inside says the text begins
// inside a quotation opened in an earlier segment: its first closing mark not closing a quotation
// opened in the text ends it, a straight quote included.
func quoteRegions(s string, inside bool) []region {
	var out []region
	var stack []rune // expected closers
	start, from := -1, 0
	if inside {
		if end, ok := continuedEnd(s); ok {
			out = append(out, region{start: 0, end: end, closed: true})
			from = end
		} else {
			out = append(out, region{start: 0, end: len(s)})
			from = len(s)
		}
	}
	base := from
	for k, r := range s[base:] {
		i := base + k
		if i < from {
			continue
		}
		if len(stack) == 0 && (r == '‘' || r == '\'') {
			if end, ok := singleQuote(s, i); ok && end < 0 {
				out = append(out, region{start: i, end: len(s), opened: true})
				break
			} else if ok {
				out = append(out, region{start: i, end: end, opened: true, closed: true})
				from = end
				continue
			}
		}
		if !isQuoteMark(r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		role := markRole(s, i)
		if n := len(stack); n > 0 && stack[n-1] == r && !(r == '"' && role == opens) {
			stack = stack[:n-1]
			if n == 1 {
				end = closingRun(s, end)
				out = append(out, region{start: start, end: end, opened: start >= 0, closed: true})
				from = end
			}
			continue
		}
		if closer, ok := openers[r]; ok && !(r == '"' && role == closes && len(stack) == 0) {
			if len(stack) == 0 {
				start = i
			}
			stack = append(stack, closer)
			continue
		}
		if len(stack) == 0 && len(out) == 0 { // a closer that ends a quotation begun before this text
			end = closingRun(s, end)
			out = append(out, region{start: 0, end: end, closed: true})
			from = end
		}
	}
	if len(stack) > 0 {
		out = append(out, region{start: start, end: len(s), opened: true})
	}
	for i := range out {
		if !out[i].opened {
			out[i].start = skipSpace(s, out[i].start)
		}
		if !out[i].closed {
			out[i].end = trimSpaceEnd(s, out[i].start, out[i].end)
		}
	}
	return out
}

// continuedEnd returns the end of a quotation the text begins inside of: after its first double
// closing mark (” » or ") that closes no quotation opened in the text itself, else after its first
// single closing mark, if any. A straight quote opens a quotation inside it where it can only open
// one (see markRole): "Somebody called it "Snow White."" ends at its last mark.
func continuedEnd(s string) (int, bool) {
	depth := 0
	for i, r := range s {
		switch {
		case r == '“' || r == '«' || r == '„' || r == '"' && markRole(s, i) == opens:
			depth++
		case r == '”' || r == '»' || r == '"':
			if depth == 0 {
				return closingRun(s, i+utf8.RuneLen(r)), true
			}
			depth--
		}
	}
	for i, r := range s {
		if (r == '’' || r == '\'') && singleCloser(s, i) {
			return i + utf8.RuneLen(r), true
		}
	}
	return 0, false
}

// A mark's role, told from its neighbours: it opens a quotation after a space, an opening bracket or
// a dash (or at the start) and before a word; it closes one after a word or punctuation and before a
// space, punctuation or the end. A straight quote between two words, or between two spaces, may do
// either.
const (
	either = iota
	opens
	closes
)

// markRole returns the role of the quotation mark at byte i of s (see opens and closes).
func markRole(s string, i int) int {
	_, n := utf8.DecodeRuneInString(s[i:])
	prev, next := ' ', ' '
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if i+n < len(s) {
		next, _ = utf8.DecodeRuneInString(s[i+n:])
	}
	before := unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/“«„", prev) || prev == '"' && i == 1
	after := unicode.IsSpace(next) || unicode.IsPunct(next) && !strings.ContainsRune("([{“«„", next)
	switch {
	case before && !after:
		return opens
	case after && !before:
		return closes
	}
	return either
}

// closingRun returns the end of the closing marks that follow end with nothing between them ("…?""):
// marks that close together end the quotation together.
func closingRun(s string, end int) int {
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if (r != '"' && r != '”' && r != '»') || markRole(s, end) == opens {
			break
		}
		end += n
	}
	return end
}

// singleQuote reports whether the ‘ or ' at byte i opens a quotation, and where it ends: after its
// closing ’ or ', or -1 when the text ends first. It opens one where it cannot be an apostrophe: after
// a space, a dash or an opening bracket (or at the start), before a letter or digit. A straight one
// left open counts only after a colon or at the start ("he said: 'We …"), as elisions ('90s) begin
// words too.
func singleQuote(s string, i int) (int, bool) {
	if i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(prev) && !strings.ContainsRune("([—–-\"“", prev) {
			return 0, false
		}
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	next, _ := utf8.DecodeRuneInString(s[i+n:])
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return 0, false
	}
	for j, c := range s[i+n:] {
		j += i + n
		if (c == '’' || c == '\'') && (r == '‘' || c == '\'') && singleCloser(s, j) {
			return j + utf8.RuneLen(c), true
		}
	}
	if r == '‘' || strings.HasSuffix(strings.TrimRightFunc(s[:i], unicode.IsSpace), ":") || i == 0 {
		return -1, true
	}
	return 0, false
}

// singleCloser reports whether the ’ or ' at byte i may close a quotation: after a letter, digit or
// punctuation, not before a letter (as the apostrophe of "don't" is).
func singleCloser(s string, i int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	_, n := utf8.DecodeRuneInString(s[i:])
	next, _ := utf8.DecodeRuneInString(s[i+n:])
	return !unicode.IsSpace(prev) && !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func trimSpaceEnd(s string, start, end int) int {
	return start + len(strings.TrimRightFunc(s[start:end], unicode.IsSpace))
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func quoteProposal(p part, r region, conf float64, method string) proposal {
	return proposal{src: p.sp, start: r.start, end: r.end, conf: conf, method: method, quote: true, marks: true}
}

// startsWithMark reports whether s begins with a quotation mark or a dialogue dash.
func startsWithMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isQuoteMark(r) || r == '—' || r == '–'
}

// trimMarks shrinks a quotation region to the words inside its marks, for source quotations tagged
// without their marks.
func trimMarks(s string, a, b int) (int, int) {
	t := strings.TrimFunc(s[a:b], func(r rune) bool { return isQuoteMark(r) || unicode.IsSpace(r) })
	if t == "" {
		return a, b
	}
	i := strings.Index(s[a:b], t)
	return a + i, a + i + len(t)
}

// endsSentence reports whether s ends a sentence: with . ! ? … : or ; before any closing marks and spaces.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || isQuoteMark(r) || r == ')' })
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}
