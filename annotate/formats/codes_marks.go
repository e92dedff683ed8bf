package formats

import (
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// Placing a segment's codes in its English at once (a memory unit's codes brought with its
// translation, codes the French and the English share, by the app and by glose-cli pretranslate
// alike) is all or nothing: a code left out while others are placed would be flagged (codes-hand),
// and the export's estimate does better with none placed.

// CodeMarks returns the markers (annotate.CodePlace) of every code of codes in english where place
// puts code k: its opening at a and, for a code that wraps words, its closing at b. It returns false
// when place cannot put one, when a place is outside english or splits a character, or when two
// codes would cross (the export could not write them as nested elements).
func CodeMarks(codes []Code, english string, place func(k int, c Code) (a, b int, ok bool)) ([]annotate.CodePlace, bool) {
	var marks []annotate.CodePlace
	var spans [][2]int
	for k, c := range codes {
		a, b, ok := place(k, c)
		if !ok || !charBoundary(english, a) {
			return nil, false
		}
		marks = append(marks, annotate.CodePlace{Code: k, Tag: c.Tag, At: a})
		if c.Wraps {
			if b < a || !charBoundary(english, b) {
				return nil, false
			}
			marks = append(marks, annotate.CodePlace{Code: k, Tag: c.Tag, Close: true, At: b})
			spans = append(spans, [2]int{a, b})
		}
	}
	if crossing(spans) {
		return nil, false
	}
	return marks, len(marks) > 0
}

// charBoundary reports whether byte p of s is a place a marker may stand: inside s, between two
// characters.
func charBoundary(s string, p int) bool {
	return 0 <= p && p <= len(s) && (p == len(s) || utf8.RuneStart(s[p]))
}

// crossing reports whether two of spans (codes' words) overlap without one holding the other.
func crossing(spans [][2]int) bool {
	for i, x := range spans {
		for _, y := range spans[i+1:] {
			if x[0] < y[0] && y[0] < x[1] && x[1] < y[1] || y[0] < x[0] && x[0] < y[1] && y[1] < x[1] {
				return true
			}
		}
	}
	return false
}

// SegmentCodes returns the codes of segment seg of d among all (SourceCodes of d's client's file):
// none when its French reads otherwise now (a segment split or joined since import has other codes).
func SegmentCodes(all map[string]FrenchCodes, d *annotate.Document, seg *annotate.Segment) []Code {
	fc, ok := all[seg.ID]
	fr := d.SourceText(seg)
	if a, b := trimLayout(fr, 0, len(fr)); a == 0 {
		fr = fr[:b] // a segment imported before its end's layout space was the gap's
	}
	if !ok || fc.French != fr {
		return nil
	}
	return fc.Codes
}
