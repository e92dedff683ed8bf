package formats

import (
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate"
)

// Where the text export writes a subtitle tag the translator did not place: where the segment's
// translation links place it, as merge-back into a client's XLIFF file reads them (newLinkLocator),
// or where the French has it surely; else at the place of the English most like the French's. QA's
// codes-placed names the tags placed the last way, so that linking the words a tag wraps (or the word
// beside it) to their English places it.

// tagPlacer places the tags of one segment in english, its Target from byte from on, trimmed.
type tagPlacer struct {
	links   *srcLocator // the segment's translation links; its src is the segment's French
	english string
	from    int
}

// newTagPlacer is the placer of segment seg's tags, spans the source spans overlapping it.
func newTagPlacer(d *annotate.Document, seg *annotate.Segment, spans []*annotate.Span, english string, from int) tagPlacer {
	l, _ := newLinkLocator(d, seg, spans)
	return tagPlacer{links: l, english: english, from: from}
}

// handPlace is where the translator placed code k (c) in the segment's English, as places of its
// part [from, from+n) that the export writes: -1 when they did not, or placed it otherwise than as
// one code (its closing missing, before its opening, or of another tag).
func handPlace(seg *annotate.Segment, k int, c Code, from, n int) (a, b int) {
	o, ok := seg.PlacedCode(k, false)
	if !ok || o.Tag != c.Tag {
		return -1, -1
	}
	a, b = clampTo(o.At-from, n), clampTo(o.At-from, n)
	if c.Wraps {
		e, ok := seg.PlacedCode(k, true)
		if !ok || e.At < o.At {
			return -1, -1
		}
		b = clampTo(e.At-from, n)
	}
	return a, b
}

func clampTo(p, n int) int { return max(0, min(p, n)) }

// estimate is where code c goes in the English when the translator did not place it: where it is sure
// (sure), else at the place most like the French's, as far into the English as it is into the French.
func (p tagPlacer) estimate(c Code) (a, b int) {
	if a, b, ok := p.sure(c); ok {
		return a, b
	}
	fr, english := p.links.src, p.english
	scale := func(x int) int { return x * len(english) / max(1, len(fr)) }
	a = snapLike(fr, c.At, english, scale(c.At), 0, len(english))
	if !c.Wraps {
		return a, a
	}
	return a, snapLike(fr, c.End, english, scale(c.End), a, len(english))
}

// sure places c when surely right: around the English of the words it wraps where a translation link
// gives it; around the whole English for a code around the whole French, at an end for a code at one;
// beside the English of a word linked to it for a code beside that word; around the same words
// written once.
func (p tagPlacer) sure(c Code) (a, b int, ok bool) {
	fr, english := p.links.src, p.english
	if t, ok := p.links.linked(c.At, c.End); c.Wraps && ok {
		return p.in(t[0]), p.in(t[1]), true
	}
	lead := len(fr) - len(strings.TrimLeftFunc(fr, unicode.IsSpace))
	trail := len(strings.TrimRightFunc(fr, unicode.IsSpace))
	switch {
	case c.Wraps && c.At <= lead && c.End >= trail:
		return 0, len(english), true
	case !c.Wraps && c.At <= lead:
		return 0, 0, true
	case !c.Wraps && c.At >= trail:
		return len(english), len(english), true
	case !c.Wraps:
		if t, ok := p.links.atAnchor(c.At); ok {
			return p.in(t), p.in(t), true
		}
		return 0, 0, false
	case c.Words == "":
		return 0, 0, false
	}
	i := strings.Index(english, c.Words)
	if i < 0 || strings.Count(english, c.Words) != 1 || !annotate.WholeWord(english, i, i+len(c.Words)) {
		return 0, 0, false
	}
	return i, i + len(c.Words), true
}

// in is the place of the English the export writes for the place t of the segment's Target.
func (p tagPlacer) in(t int) int { return clampTo(t-p.from, len(p.english)) }
