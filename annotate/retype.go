package annotate

import "unicode"

// Typing over the end of a name. A reviewer who double-clicks the misspelt surname of "Peter Bonne"
// in the English and types "Bone" over it sends "B" over the word, which the span keeps ("Peter B",
// as Adjust keeps a replacement across a span's end), then "o", "n", "e" at the span's end, which
// Adjust leaves out, as it leaves out anything typed after a name (", who", "'s"): the name's
// English mention was cut to "Peter B" for good, as projection never touches a confirmed span. The
// editor remembers where such a replacement of a span's end left off, and the word typed on from
// there, key after key, goes into the span; anything else typed, anywhere, ends it.

// retyping is where the end of a span of a segment's target was replaced: the place just after the
// new text. Its zero value is no retyping.
type retyping struct {
	seg string
	at  int
}

// retypeGrowth returns how many bytes at the start of text the spans ending at a take in, for the
// edit replacing [a, b) of seg's target with text, and keeps or ends the retyping: a replacement
// across a span's end starts one; an insertion where it left off goes on with it, and takes in the
// letters, digits and combining marks text begins with; any other edit ends it.
func (e *Editor) retypeGrowth(seg *Segment, a, b int, text string) int {
	goesOn := e.retyping.seg == seg.ID && e.retyping.at == a && a == b
	e.retyping = retyping{}
	if goesOn {
		n := wordPrefix(text)
		if n == len(text) {
			e.retyping = retyping{seg: seg.ID, at: a + n}
		}
		return n
	}
	if a < b && e.Doc.endsSpanAt(seg.ID, a, b) {
		e.retyping = retyping{seg: seg.ID, at: a + len(text)}
	}
	return 0
}

// endsSpanAt reports whether a target span of segment segID ends at b and begins before a: replacing
// [a, b) replaces its end.
func (d *Document) endsSpanAt(segID string, a, b int) bool {
	for _, sp := range d.ix().targetOf[segID] {
		if sp.End == b && sp.Start < a {
			return true
		}
	}
	return false
}

// wordPrefix returns the length in bytes of the letters, digits and combining marks text begins with.
func wordPrefix(text string) int {
	for i, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			return i
		}
	}
	return len(text)
}
