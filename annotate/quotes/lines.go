package quotes

import (
	"strings"
	"unicode"
)

// How guillemets pair over lines: the « that no » closes, a quotation that goes on in the next line or
// paragraph, and text cut one sentence a line joined back inside its quotations.

// markLead is the first byte of « and » in UTF-8: scans skip every other byte.
const markLead = 0xC2

// strayOpenings returns the offsets of the « that no » closes: paired as a stack within their line
// (a » closes the nearest « still open), those left open at the line's end when the next line that is
// not blank does not go on with the quotation (continuesQuote), and no ” closes them there. Such a mark is a typing slip of the
// writer or the translator ("« Le chemin sera long … ." with no »), and taken as an opening it would
// swallow the rest of the paragraph and mismatch every pair after it.
func strayOpenings(text string, lines []Span) map[int]bool {
	var stray map[int]bool
	var open []int
	for li, ln := range lines {
		open = open[:0]
		inner, closed := -1, -1 // the last « closed while another was open, and its »
		for i := ln.Start; i < ln.End; i++ {
			if text[i] != markLead {
				continue
			}
			switch {
			case strings.HasPrefix(text[i:], "«") && facesLeft(text, i, ln):
				if stray == nil {
					stray = map[int]bool{}
				}
				stray[i] = true // "le mouvement » sifflet universitaire « .": a » typed for a «, and a « for a »
			case strings.HasPrefix(text[i:], "«"):
				open = append(open, i)
			case strings.HasPrefix(text[i:], "»") && len(open) > 0:
				if len(open) > 1 {
					inner, closed = open[len(open)-1], i
				}
				open = open[:len(open)-1]
			}
		}
		if len(open) == 0 || continuesQuote(text, lines[li+1:]) || len(open) == 1 && curlyClosing(text, open[0]+len("«"), ln.End) > 0 {
			continue // a « … ” closes on its line
		}
		if stray == nil {
			stray = map[int]bool{}
		}
		if len(open) == 1 && inner > open[0] && endsLine(text, closed+len("»"), ln.End) && colonBefore(text, open[0]) {
			stray[inner] = true // "a dit : « … toujours : « Une victoire … . »": one » closes both
			continue
		}
		for _, i := range open {
			stray[i] = true
		}
	}
	return stray
}

// facesLeft reports whether the « at i in line ln closes rather than opens: a word and a space before
// it, and after it a space and a comma, a stop or a semicolon. Pages that type the marks the wrong way
// round quote "» sifflet universitaire « ."; taken as an opening, such a « would swallow the
// quotations after it.
func facesLeft(text string, i int, ln Span) bool {
	before := strings.TrimRight(text[ln.Start:i], " \u00a0\u202f")
	if len(before) == len(text[ln.Start:i]) || before == "" {
		return false
	}
	if r, _ := decodeLast(before, len(before)); !unicode.IsLetter(r) {
		return false
	}
	j := i + len("«")
	rest := strings.TrimLeft(text[j:ln.End], " \u00a0\u202f")
	if len(rest) == len(text[j:ln.End]) && rest != "" {
		return false
	}
	return rest != "" && strings.ContainsRune(".,;", rune(rest[0]))
}

// colonBefore reports whether a colon announces the « at i, over spaces and line breaks: a quotation
// then, where a « opening a paragraph of a tale told in a novel only carries the tale on.
func colonBefore(text string, i int) bool {
	return strings.HasSuffix(strings.TrimRight(text[:i], " \t\r\n\u00a0\u202f"), ":")
}

// endsLine reports whether only spaces and closing punctuation follow i in its line, ending at end.
func endsLine(text string, i, end int) bool {
	return strings.TrimLeft(text[i:end], " \t\u00a0\u202f.,;!?…") == ""
}

// reopens reports whether the line text[pos:end], pos at its first character, goes on with a quotation
// left open on the line before: it starts with «, » or a dialogue dash, a hyphen and a space among them
// ("« On attend votre avocate, dit le président.\n- Et si elle est pas là ?"), as pages type it.
func reopens(text string, pos, end int) bool {
	r, _ := decode(text, pos)
	return r == '«' || r == '»' || dashLen(text, pos, end) > 0 || hyphenTurn(text, pos, end) > 0
}

// hyphenTurn returns the length of a hyphen and the spaces after it at pos, a turn of dialogue typed
// with a hyphen inside a quotation left open, or 0. Elsewhere "- " opens a list's item.
func hyphenTurn(text string, pos, end int) int {
	if pos+1 >= end || text[pos] != '-' || text[pos+1] != ' ' {
		return 0
	}
	return skipSpaces(text, pos+1, end) - pos
}

// continuesQuote reports whether the first line of lines that is not blank goes on with a quotation
// left open: it starts with «, » or a dialogue dash, or a » comes in it before any «.
func continuesQuote(text string, lines []Span) bool {
	for _, ln := range lines {
		pos := skipSpaces(text, ln.Start, ln.End)
		if pos >= ln.End {
			continue
		}
		if reopens(text, pos, ln.End) {
			return true
		}
		return closesUnopened(text[pos:ln.End])
	}
	return false
}

// joinQuotedLines returns text with the line breaks inside a « … » that runs over lines replaced by
// spaces (the same length, so offsets hold): text cut one sentence a line ("« Je suis venu.\nJe
// reste. »") keeps its quotation whole. A line break stays when the next line reopens the quotation
// with «, » or a dash (a quotation continued over paragraphs), when a blank line or a « left open
// comes before the », when a ” closes the « on its line (« … ”, two keyboards), and after sixteen
// lines. A « … » closed on its own line inside the quotation
// (« Il m'a dit « non ». ») is nested in it and does not end it. One that a line break cuts as well
// (« Elle m'a dit : « Je pleure.\nJe suis en colère. »\nJ'ai trouvé ça brillant. ») is joined as the
// outer one is, when a later line closes it; the outer one then goes on or ends as on one line
// (French often closes both with one »: « … : « Comment ?\nIl est raciste ! »). A straight " … " that
// a text quoting in guillemets opens outside them is joined over lines the same way when a later line
// closes it (straightClosesLater): the line pairing of such marks (finder.pair) would otherwise lose it.
func joinQuotedLines(text string) string {
	var b []byte      // a copy, made at the first change
	depth := 0        // guillemets open at i
	outer := 0        // where the outermost « open at i ends
	straight := false // a straight " open at i, outside guillemets
	for i := 0; i < len(text); i++ {
		if c := text[i]; c != '\n' && c != markLead && c != '"' {
			continue
		}
		join := false
		switch {
		case strings.HasPrefix(text[i:], "«"):
			if depth == 0 {
				outer = i + len("«")
			}
			depth++
		case strings.HasPrefix(text[i:], "»"):
			depth = max(depth-1, 0)
		case text[i] == '"':
			straight = depth == 0 && !straight && markShape(text, i) != closing
		case text[i] == '\n' && depth > 0:
			if join = closesOnLaterLine(text, i+1) && curlyClosing(text, outer, i) == 0; !join { // not « … ”
				depth = 0
			}
		case text[i] == '\n' && straight:
			join = straightClosesLater(text, i+1, false)
			straight = join
		}
		if join {
			if b == nil {
				b = []byte(text)
			}
			b[i] = ' '
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// closesOnLaterLine reports whether, from i (the start of a line), a » comes before any blank line,
// line opening with a mark or a dash, or « left open on its line, within sixteen lines.
func closesOnLaterLine(text string, i int) bool {
	for lines := 0; i < len(text) && lines < 16; lines++ {
		rest := strings.TrimLeft(text[i:], " \t\r\u00a0\u202f")
		if strings.HasPrefix(rest, "»") && closingAtLineStart(rest) {
			return true // the quotation's », cut from its last sentence
		}
		if rest == "" || rest[0] == '\n' || reopens(rest, 0, len(rest)) {
			return false // a blank line, a reopened quotation, a dialogue turn
		}
		line, _, more := strings.Cut(text[i:], "\n")
		switch loneClosing(line) {
		case closes:
			return true
		case leftOpen:
			return false
		}
		if !more {
			return false
		}
		i += len(line) + 1
	}
	return false
}

// What a line does to a quotation open before it (loneClosing).
const (
	goesOn   = iota // no » closes it on the line
	closes          // a » closes it
	leftOpen        // a « opens on the line and stays open
)

// loneClosing reads line, inside a quotation opened before it: whether a » closes that quotation,
// « … » pairs closed on the line aside, or a « opens and is left open first.
func loneClosing(line string) int {
	for i := 0; i < len(line); i++ {
		switch {
		case strings.HasPrefix(line[i:], "«"):
			end := closedOnLine(line, i+len("«"))
			if end < 0 {
				return leftOpen
			}
			i = end - 1
		case strings.HasPrefix(line[i:], "»"):
			return closes
		}
	}
	return goesOn
}

// closingAtLineStart reports whether the » that starts line (text from that », up to the end) closes
// the quotation of the line before rather than reopening it over a new paragraph: a sentence splitter
// that cuts after "?" or "." leaves the » on the next line ("« Le capitalisme est-il devenu fou ?\n»,
// ou encore …"). It closes when nothing follows it on the line, when punctuation or a word in lower case
// does (narration going on), and when the text after it never closes a quotation while the next line
// does not go on with one: read as an opening, it would leave the quotation open for good.
func closingAtLineStart(line string) bool {
	after, next, more := strings.Cut(line[len("»"):], "\n")
	rest := strings.TrimLeft(after, " \t\r\u00a0\u202f")
	if rest == "" {
		return true
	}
	if r, _ := decode(rest, 0); unicode.IsLower(r) || unicode.IsPunct(r) && r != '«' && r != '"' {
		return true
	}
	if loneClosing(rest) != goesOn {
		return false // the quotation goes on in this line and closes there, or opens another
	}
	nl := strings.TrimLeft(next, " \t\r\u00a0\u202f")
	return !more || nl == "" || nl[0] == '\n' || !reopens(nl, 0, len(nl))
}

// closedOnLine returns the offset after the » that closes, on its line, a « opened just before i; -1
// when the line ends or another « opens first.
func closedOnLine(text string, i int) int {
	for ; i < len(text) && text[i] != '\n'; i++ {
		switch {
		case strings.HasPrefix(text[i:], "«"):
			return -1
		case strings.HasPrefix(text[i:], "»"):
			return i + len("»")
		}
	}
	return -1
}
