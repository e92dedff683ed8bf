package segment

import (
	"unicode"
	"unicode/utf8"
)

// Last bytes of the UTF-8 encodings of the quotation marks «, », “ and ”.
const (
	guilOpen   = 0xAB // « is C2 AB
	guilClose  = 0xBB // » is C2 BB
	curlyOpen  = 0x9C // “ is E2 80 9C
	curlyClose = 0x9D // ” is E2 80 9D
	straight   = '"'  // ASCII quotes pair up in order of appearance
)

// findQuiet fills s.quiet with the quotations of the current paragraph whose closing mark is followed by
// a continuation of the sentence (", a-t-il dit", "» a-t-il dit", "») ", "» : "): no cut is made inside
// them. Nested ranges are absorbed by the enclosing one, so the result is disjoint and ordered.
func (s *splitter) findQuiet() {
	s.quiet, s.stack, s.open = s.quiet[:0], s.stack[:0], [3]int{}
	t, pe := s.text, s.pe
	for i := s.ps; i+1 < pe; i++ {
		switch c := t[i]; {
		case c == '"':
			s.straightQuote(i)
		case c == 0xC2 && t[i+1] == guilOpen:
			s.push(i, guilOpen)
		case c == 0xC2 && t[i+1] == guilClose:
			s.closeQuote(i, guilOpen, 2)
		case c == 0xE2 && i+2 < pe && t[i+1] == 0x80:
			s.curlyQuote(i, t[i+2])
		}
	}
}

// curlyQuote handles “ and ” (E2 80 last) at i.
func (s *splitter) curlyQuote(i int, last byte) {
	switch last {
	case curlyOpen:
		s.push(i, curlyOpen)
	case curlyClose:
		s.closeQuote(i, curlyOpen, 3)
	}
}

// straightQuote closes the open ASCII quote if the innermost open mark is one, else opens one.
func (s *splitter) straightQuote(i int) {
	if n := len(s.stack); n > 0 && s.stack[n-1].mark == straight {
		s.closeQuote(i, straight, 1)
		return
	}
	s.push(i, straight)
}

// closeQuote matches the closing mark at i (size bytes) with the innermost open mark of the same family.
// Unmatched inner marks are dropped, so each open mark is passed over at most once.
func (s *splitter) closeQuote(i int, mark byte, size int) {
	if s.open[markIndex(mark)] == 0 {
		return
	}
	for k := len(s.stack) - 1; k >= 0; k-- {
		if s.stack[k].mark != mark {
			continue
		}
		open := s.stack[k].pos
		s.popTo(k)
		if continuesAfter(s.text, i+size, s.pe) {
			for len(s.quiet) > 0 && s.quiet[len(s.quiet)-1][0] >= open {
				s.quiet = s.quiet[:len(s.quiet)-1]
			}
			s.quiet = append(s.quiet, [2]int{open, i})
		}
		return
	}
}

// continuesAfter reports whether the text after a closing quotation mark at j continues the sentence.
func continuesAfter(t string, j, pe int) bool {
	for j < pe {
		n := spaceAt(t, j)
		if n == 0 {
			break
		}
		j += n
	}
	if j >= pe {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[j:])
	switch r {
	case ',', ';', ':', ')':
		return true
	}
	return unicode.IsLower(r)
}

// markIndex maps a quotation family to its slot in s.open.
func markIndex(mark byte) int {
	switch mark {
	case guilOpen:
		return 0
	case curlyOpen:
		return 1
	}
	return 2
}

// push opens a quotation of the family mark at i.
func (s *splitter) push(i int, mark byte) {
	s.stack = append(s.stack, quoteOpen{pos: i, mark: mark})
	s.open[markIndex(mark)]++
}

// popTo removes the stack entries from k up.
func (s *splitter) popTo(k int) {
	for _, q := range s.stack[k:] {
		s.open[markIndex(q.mark)]--
	}
	s.stack = s.stack[:k]
}
