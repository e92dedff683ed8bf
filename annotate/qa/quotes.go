package qa

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// balance counts the open quotations of one kind of mark through a paragraph.
type balance struct {
	open, close rune
	depth       int
	openedIn    string // segment of the oldest quotation still open
}

// unbalanced checks the quotation marks of each paragraph's translation: every “, « and ‘ closed, no
// closing ” or » without an opening one, an even number of straight quotes (but for primes). A quotation left open at the
// end of a paragraph is fine when the next paragraph reopens with a quotation mark (the English way of
// quoting over several paragraphs).
func (r *run) unbalanced() {
	segs := r.d.Segments
	for i := 0; i < len(segs); {
		j := i
		for j < len(segs) && segs[j].Paragraph == segs[i].Paragraph {
			j++
		}
		r.paragraph(segs[i:j], j < len(segs) && startsWithOpening(segs[j].Target))
		i = j
	}
}

func startsWithOpening(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "«") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "‘")
}

func (r *run) paragraph(segs []*annotate.Segment, continued bool) {
	kinds := []*balance{{open: '“', close: '”'}, {open: '«', close: '»'}}
	single := &balance{open: '‘', close: '’'}
	straight, primes, lastStraight := 0, 0, ""
	for _, s := range segs {
		for i, c := range s.Target {
			if c == '"' {
				straight++
				lastStraight = s.ID
				if before, _ := utf8.DecodeLastRuneInString(s.Target[:i]); unicode.IsDigit(before) {
					primes++
				}
			}
			single.singleMark(s, i, c)
			for _, b := range kinds {
				switch c {
				case b.open:
					if b.depth == 0 {
						b.openedIn = s.ID
					}
					b.depth++
				case b.close:
					if b.depth == 0 {
						r.quoteIssue(s.ID, "closing", b.close)
						continue
					}
					b.depth--
				}
			}
		}
	}
	for _, b := range append(kinds, single) {
		if b.depth > 0 && !continued {
			r.quoteIssue(b.openedIn, "opening", b.open)
		}
	}
	// A straight mark after a digit may be a prime (5'10", a 12" screen), as the quotation-mark style
	// reads it: an odd count is a fault only when no such mark could be the odd one out.
	if straight%2 == 1 && primes == 0 {
		r.quoteIssue(lastStraight, "straight", '"')
	}
}

// singleMark counts the single quotation mark c at byte i of s's English, if it is one: ‘ opens, ’
// closes an open quotation where it is no apostrophe between letters (don’t). A ’ with no ‘ open is
// an apostrophe (the students’ union), never a fault.
func (b *balance) singleMark(s *annotate.Segment, i int, c rune) {
	switch {
	case c == '‘':
		if b.depth == 0 {
			b.openedIn = s.ID
		}
		b.depth++
	case c == '’' && b.depth > 0 && !apostrophe(s.Target, i, i+len("’")):
		b.depth--
	}
}

func (r *run) quoteIssue(seg, kind string, mark rune) {
	var msg string
	switch kind {
	case "closing":
		msg = fmt.Sprintf("The translation of %s closes a quotation with %c that was never opened.", seg, mark)
	case "opening":
		msg = fmt.Sprintf("The translation of %s opens a quotation with %c that is never closed.", seg, mark)
	default:
		msg = fmt.Sprintf("The paragraph of %s has an odd number of straight quotes (%c).", seg, mark)
	}
	r.add(UnbalancedQuotes, "qa.unbalanced-quotes."+kind, seg, "", msg, map[string]string{"mark": string(mark)})
}
