package annotate

import (
	"fmt"
	"unicode/utf8"
)

// ReplaceText puts text in place of bytes [a, b) of a segment's target, a match of a search, as one
// undo step (or part of the caller's batch), through ReplaceTarget. Spans follow what a translator
// expects of a replacement rather than of a deletion and an insertion: a span that covers the
// replaced words exactly, or more, covers the new words ("deal" tagged MISC, replaced by "agreement",
// is "agreement" tagged MISC, with its links; ReplaceTarget would have removed it), and a span on
// part of the replaced words keeps what is common to the old and the new ("Brexit" in "Brexit deal"
// replaced by "Brexit agreement" stays on "Brexit"), else goes with them. Spans before and after
// shift. A span on a single character replaced by other characters is removed (no edit of the
// editor's can keep it). It returns the spans removed.
func (e *Editor) ReplaceText(segID string, a, b int, text string) ([]*Span, error) {
	seg := e.Doc.Segment(segID)
	if seg == nil {
		return nil, fmt.Errorf("no segment %q", segID)
	}
	if err := checkTargetRange(seg, a, b, text); err != nil {
		return nil, err
	}
	old := seg.Target[a:b]
	if old == text {
		return nil, nil
	}
	p, q, c := Diff(old, text)
	x, y, with := a+p, a+q, text[p:c] // the bytes that change
	if x == y && a < b {              // an insertion at an edge of the match: make it a replacement
		if x == a {
			_, size := utf8.DecodeRuneInString(old)
			y, with = a+size, with+old[:size]
		} else if x == b {
			_, size := utf8.DecodeLastRuneInString(old)
			x, with = b-size, old[len(old)-size:]+with
		}
	}
	var removed []*Span
	err := e.Batch("replace", func() error {
		_, first := utf8.DecodeRuneInString(seg.Target[x:y])
		if with == "" || y-x <= first {
			gone, err := e.ReplaceTarget(segID, x, y, with)
			removed = append(removed, gone...)
			return err
		}
		// The new text goes in after the first character replaced, which spans covering the
		// whole change grow over; then the first character goes.
		gone, err := e.ReplaceTarget(segID, x+first, y, with)
		removed = append(removed, gone...)
		if err != nil {
			return err
		}
		gone, err = e.ReplaceTarget(segID, x, x+first, "")
		removed = append(removed, gone...)
		return err
	})
	return removed, err
}
