package annotate

import (
	"fmt"
	"unicode/utf8"
)

// Adjust maps a span [start, end) through the replacement of [a, b) by n bytes of new text, following
// what a translator expects: an insertion before a span or at its start shifts it, one strictly inside
// it grows it, one at its end leaves it alone; a deletion clips the span, and one that swallows it
// removes it (keep is false).
func Adjust(start, end, a, b, n int) (ns, ne int, keep bool) {
	if a == b && start == a { // insertion at the start: shift
		return start + n, end + n, true
	}
	if a < b && start >= a && end <= b { // swallowed
		return 0, 0, false
	}
	delta := n - (b - a)
	switch { // a start inside the replaced text moves to where it began
	case start >= b:
		ns = start + delta
	case start > a:
		ns = a
	default:
		ns = start
	}
	switch { // an end inside the replaced text stays after the new text
	case end > b, end == b && a < b:
		ne = end + delta
	case end > a:
		ne = a + n
	default:
		ne = end
	}
	return ns, ne, ns < ne
}

// EditError says why an edit of a target text was refused.
type EditError struct {
	Segment string
	Msg     string
}

func (e *EditError) Error() string { return fmt.Sprintf("segment %s: %s", e.Segment, e.Msg) }

// replaceTarget is the raw edit: it changes the segment's target and its spans, returning the spans that
// the edit swallowed (already detached from the target-span index, not yet from links or entities).
// The spans ending where an insertion is made take in its first grow bytes (see retypeGrowth).
func (d *Document) replaceTarget(seg *Segment, a, b int, text string, grow int) []*Span {
	seg.Target = seg.Target[:a] + text + seg.Target[b:]
	d.adjustRejections(seg.ID, a, b, len(text))
	seg.Codes = adjustCodes(seg.Codes, a, b, len(text))
	ix := d.ix()
	spans := ix.targetOf[seg.ID]
	kept := spans[:0]
	var removed []*Span
	for _, sp := range spans {
		ns, ne, ok := Adjust(sp.Start, sp.End, a, b, len(text))
		if grow > 0 && a == b && sp.End == a && sp.Start < a {
			ne = a + grow
		}
		if !ok {
			removed = append(removed, sp)
			continue
		}
		sp.Start, sp.End = ns, ne
		kept = append(kept, sp)
	}
	ix.targetOf[seg.ID] = kept
	return removed
}

// checkTargetRange reports whether [a, b) is a valid byte range of seg.Target on character boundaries.
func checkTargetRange(seg *Segment, a, b int, text string) error {
	t := seg.Target
	switch {
	case a < 0 || b < a || b > len(t):
		return &EditError{seg.ID, fmt.Sprintf("range [%d, %d) is outside the target text (%s)", a, b, Plural(len(t), "byte", "bytes"))}
	case a < len(t) && !utf8.RuneStart(t[a]), b < len(t) && !utf8.RuneStart(t[b]):
		return &EditError{seg.ID, fmt.Sprintf("range [%d, %d) splits a character", a, b)}
	case !utf8.ValidString(text):
		return &EditError{seg.ID, "the new text is not valid UTF-8"}
	}
	return nil
}

// Diff returns the smallest replacement turning old into new: bytes [a, b) of old become new[a:c].
// It works on whole characters, so the result never splits one.
func Diff(old, new string) (a, b, c int) {
	n := min(len(old), len(new))
	for a < n && old[a] == new[a] {
		a++
	}
	for a > 0 && a < len(old) && !utf8.RuneStart(old[a]) {
		a--
	}
	for a > 0 && a < len(new) && !utf8.RuneStart(new[a]) {
		a--
	}
	i, j := len(old), len(new)
	for i > a && j > a && old[i-1] == new[j-1] {
		i--
		j--
	}
	for i < len(old) && !utf8.RuneStart(old[i]) {
		i++
		j++
	}
	return a, i, j
}
