package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/internal/grapheme"
)

// splitter holds the state of one Split call. The slices are reused from paragraph to paragraph.
type splitter struct {
	text  string
	units []Unit
	para  int
	quiet [][2]int    // quotations of the current paragraph not to cut inside: disjoint, in order
	stack []quoteOpen // open quotation marks while finding quiet ranges
	open  [3]int      // number of open marks on stack per family (see markIndex)

	// State of the current paragraph [ps, pe).
	ps, pe    int
	start     int // start of the pending unit (untrimmed)
	lineStart int // start of the current line
	qi        int // first quiet range that may still contain the scan position
	wrapStart int // start of the pending unit when it opened a line and all its lines were wrapped, else -1 (wrapped.go)

	width    int // the width the text is hard-wrapped at, 0 for none, once known (wrapWidth)
	measured bool
}

type quoteOpen struct {
	pos  int
	mark byte // family: guilOpen («), curlyOpen (“) or straight (")
}

// paragraph splits the paragraph [ps, pe) into units.
func (s *splitter) paragraph(ps, pe int) {
	s.ps, s.pe, s.start, s.lineStart, s.qi, s.wrapStart = ps, pe, ps, ps, 0, -1
	s.findQuiet()
	s.start = s.dateline(ps)
	t := s.text
	for i := s.start; i < pe; {
		switch t[i] {
		case '\n':
			i = s.lineBreak(i)
		case '.', '!', '?':
			i = s.terminator(i)
		case 0xE2:
			if isEllipsis(t, i) {
				i = s.terminator(i)
			} else {
				i++
			}
		default:
			i++
		}
	}
	us := s.trimmedStart()
	if us < pe {
		kind := Sentence
		if (us == s.lineStart || us == s.wrapStart) && s.isHeadingLine(us, pe) {
			kind = Heading
		}
		s.add(us, pe, kind)
	}
}

// add appends the unit [start, end) after trimming it; empty ranges are dropped.
func (s *splitter) add(start, end int, kind Kind) {
	start, end = trim(s.text, start, end)
	if start < end {
		s.units = append(s.units, Unit{Start: start, End: end, Paragraph: s.para, Kind: kind})
	}
}

// trimmedStart returns the start of the pending unit past leading whitespace (at most s.pe).
func (s *splitter) trimmedStart() int {
	return skipSpaces(s.text, s.start, s.pe)
}

// quietAt reports whether position i lies strictly inside a quotation that must not be cut. Calls must
// come with non-decreasing i within a paragraph.
func (s *splitter) quietAt(i int) bool {
	for s.qi < len(s.quiet) && s.quiet[s.qi][1] <= i {
		s.qi++
	}
	return s.qi < len(s.quiet) && s.quiet[s.qi][0] < i
}

// lineBreak handles the '\n' at i inside a paragraph: a short unpunctuated line that is a unit of its own
// becomes a heading, and so do such lines hard-wrapped (fills) once their last is read; a dateline may
// open the next line. It returns where to resume scanning.
func (s *splitter) lineBreak(i int) int {
	us := s.trimmedStart()
	_, le := trim(s.text, s.lineStart, i)
	opens := us == s.lineStart && s.fills(us, le, i)
	if opens && s.afterLineEnd(us) {
		s.wrapStart = us
	}
	if s.quietAt(i) || opens {
		s.lineStart = i + 1
		return i + 1
	}
	heading := false
	switch {
	case us == s.lineStart:
		heading = !s.wrapped(us, le, i)
	case us == s.wrapStart && !s.fills(s.lineStart, le, i):
		heading, s.wrapStart = true, -1 // the wrapped lines end here, a heading or no longer one
	}
	if heading && s.isHeadingLine(us, le) && !startsLower(s.text, i+1, s.pe) {
		s.add(us, le, Heading)
		s.start = i + 1
	}
	s.lineStart = i + 1
	if s.trimmedStart() == s.lineStart {
		s.start = s.dateline(s.lineStart)
	}
	return max(i+1, s.start)
}

// Kinds of terminator runs.
const (
	runDot      = iota // a single "."
	runEllipsis        // "…", "..." or other runs of dots
	runMark            // a run holding "?" or "!"
)

// terminator examines the run of sentence-final punctuation starting at i, cuts the pending unit after it
// (and after any closing quotes or brackets) when it ends a sentence, and returns where to resume.
func (s *splitter) terminator(i int) int {
	t := s.text
	j, kind := scanRun(t, i, s.pe)
	if s.quietAt(i) || (j < s.pe && glued(t, j)) {
		return j
	}
	if kind == runEllipsis && i > s.ps && (t[i-1] == '[' || t[i-1] == '(') {
		return j // elision "[...]" inside a quotation
	}
	k := closers(t, j, s.pe)
	n := skipSpaces(t, k, s.pe)
	if n >= s.pe {
		return k // end of paragraph: the final unit ends here anyway
	}
	r, _ := utf8.DecodeRuneInString(t[n:])
	if continues(r) || (kind == runDot && !s.dotEnds(i, n, r)) {
		return k
	}
	s.add(s.start, k, s.cutKind(k))
	s.start = k
	return k
}

// cutKind is the kind of the pending unit cut at k: a heading if it is the whole first line of the text
// and qualifies as a title ("Qui gagnera ?"), else a sentence.
func (s *splitter) cutKind(k int) Kind {
	if s.para == 0 && s.trimmedStart() == s.ps && s.lineEndsAt(k) && s.isHeadingLine(s.ps, k) {
		return Heading
	}
	return Sentence
}

// lineEndsAt reports whether only horizontal spaces separate k from the end of its line.
func (s *splitter) lineEndsAt(k int) bool {
	n := skipSpaces(s.text, k, s.pe)
	return n >= s.pe || indexNewline(s.text[:n], k) < n
}

// skipSpaces returns the first position at or after i (at most pe) that is not whitespace.
func skipSpaces(t string, i, pe int) int {
	for i < pe {
		n := spaceAt(t, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// scanRun returns the end of the run of . ! ? … starting at i and its kind.
func scanRun(t string, i, pe int) (int, int) {
	j, dots, marks, ell := i, 0, 0, 0
	for j < pe {
		switch {
		case t[j] == '.':
			dots++
			j++
		case t[j] == '!' || t[j] == '?':
			marks++
			j++
		case isEllipsis(t, j):
			ell++
			j += 3
		default:
			return j, runKind(dots, marks, ell)
		}
	}
	return j, runKind(dots, marks, ell)
}

func runKind(dots, marks, ell int) int {
	switch {
	case marks > 0:
		return runMark
	case dots == 1 && ell == 0:
		return runDot
	}
	return runEllipsis
}

// isEllipsis reports whether t[i:] starts with "…" (U+2026).
func isEllipsis(t string, i int) bool {
	return i+2 < len(t) && t[i] == 0xE2 && t[i+1] == 0x80 && t[i+2] == 0xA6
}

// glued reports whether the rune at j continues a word with no space: "3.5", "N.409", "Identi.ca",
// "J.-C.", "index.php?id=3".
func glued(t string, j int) bool {
	c := t[j]
	if c < utf8.RuneSelf {
		return isASCIIAlnum(c) || c == '-' || c == '/' || c == '_' || c == '@' || c == '=' || c == '&'
	}
	r, _ := utf8.DecodeRuneInString(t[j:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// closers returns the end of the closing quotes and brackets following a terminator run ending at j.
// "»" and "”" may follow a space (French typography); other closers must be adjacent. An emoji on the
// same line, with its modifiers, belongs to the sentence it follows ("Bravo ! 👏🏽"), and a quotation
// mark after it still closes it ("« Non ! 🇫🇷 »"): cut before the emoji, the quotation lost its end.
func closers(t string, j, pe int) int {
	k := j
	for k < pe {
		m := k
		for m < pe && t[m] != '\n' {
			n := spaceAt(t, m)
			if n == 0 {
				break
			}
			m += n
		}
		if m >= pe {
			break
		}
		r, size := utf8.DecodeRuneInString(t[m:])
		switch {
		case r == '»' || r == '”':
			k = m + size
		case grapheme.IsEmoji(r) || grapheme.IsRegional(r):
			k = grapheme.Next(t, m)
		case m == k && (r == ')' || r == ']' || r == '"' || r == '\'' || r == '’'):
			k = m + size
		case m == k && noteCall(t[m:pe]) > 0:
			k = m + noteCall(t[m:pe])
		default:
			return k
		}
	}
	return k
}

// noteCall returns the length of the note call that s starts with, "[1]" or "[iv]" (a Word or
// LibreOffice document's footnote, a citation copied from Wikipedia) or superscript digits ("¹²"), or 0:
// glued to the end of a sentence, it belongs to that sentence ("… à Paris.[1]").
func noteCall(s string) int {
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 2 || end > 5 || strings.Trim(s[1:end], "0123456789") != "" && strings.Trim(s[1:end], "ivxlc") != "" {
			return 0
		}
		return end + 1
	}
	n := 0
	for _, r := range s {
		if !strings.ContainsRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r) {
			break
		}
		n += utf8.RuneLen(r)
	}
	return n
}

// trailingNoteCall returns the length of the note call that s ends with ("… page 3.[1]", "…¹"), or 0:
// the punctuation before it ends the line.
func trailingNoteCall(s string) int {
	if i := strings.LastIndexByte(s, '['); i > 0 && noteCall(s[i:]) == len(s)-i {
		return len(s) - i
	}
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeLastRuneInString(s[:len(s)-n])
		if !strings.ContainsRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r) {
			break
		}
		n += size
	}
	if n == len(s) {
		return 0
	}
	return n
}

// continues reports whether a token starting with r continues the current sentence: a lowercase word or
// non-opening punctuation (, ; : and the like).
func continues(r rune) bool {
	if r >= utf8.RuneSelf {
		return unicode.IsLower(r) || (unicode.IsPunct(r) && !isOpening(r))
	}
	if r >= 'a' && r <= 'z' {
		return true
	}
	switch r {
	case ',', ';', ':', ')', ']', '}', '.', '?', '!', '%':
		return true
	}
	return false
}

// isOpening reports the marks that can open a sentence: quotes, brackets and dialogue dashes.
func isOpening(r rune) bool {
	switch r {
	case '«', '“', '‘', '„', '"', '\'', '(', '[', '¿', '¡', '—', '–', '-', '‹':
		return true
	}
	return false
}

// startsLower reports whether the first non-space rune at or after i (before pe) is a lowercase letter.
func startsLower(t string, i, pe int) bool {
	for i < pe {
		n := spaceAt(t, i)
		if n == 0 {
			r, _ := utf8.DecodeRuneInString(t[i:])
			return unicode.IsLower(r)
		}
		i += n
	}
	return false
}
