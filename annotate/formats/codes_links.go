package formats

import "github.com/glose-app/glose/annotate"

// What the document's translation links say of where a segment's codes go: the source ranges the
// translator (or projection) linked to English ranges place the codes around them, and their ends the
// codes beside them. Merge-back into a client's XLIFF file reads them first (newSrcLocator), and so
// does the text export of subtitles' tags (tagPlacer).

// newLinkLocator is a locator of segment seg that knows its translation links only (those of spans,
// the source spans overlapping it), their ends as anchors; newSrcLocator then projects what they leave.
// It also returns the ranges and labels of those spans.
func newLinkLocator(d *annotate.Document, seg *annotate.Segment, spans []*annotate.Span) (*srcLocator, []labeledRange) {
	l := &srcLocator{src: d.SourceText(seg), tgt: seg.Target, known: map[[2]int][2]int{}, found: map[[2]int][2]int{}}
	labeled, known := segmentSpans(d, seg, spans)
	for _, k := range known {
		l.known[l.trim(k.src)] = k.tgt
	}
	l.setAnchors()
	return l, labeled
}

// linked is where the translation links place the source text [a, b) (trimmed) in the target.
func (l *srcLocator) linked(a, b int) ([2]int, bool) {
	t, ok := l.known[l.trim([2]int{a, b})]
	return t, ok
}

// labeledRange is a source span's range in its segment, and its label.
type labeledRange struct {
	r     [2]int
	label string
}

// knownLink is a translation link of a segment: a source range to the target range it links to.
type knownLink struct{ src, tgt [2]int }

// segmentSpans are what placing codes in segment seg reads of its source spans (those of spans within
// it), in their order: their ranges and labels, and the target ranges their translation links give.
func segmentSpans(d *annotate.Document, seg *annotate.Segment, spans []*annotate.Span) ([]labeledRange, []knownLink) {
	var labeled []labeledRange
	var known []knownLink
	for _, sp := range spans {
		if sp.Start < seg.Start || sp.End > seg.End {
			continue
		}
		r := [2]int{sp.Start - seg.Start, sp.End - seg.Start}
		labeled = append(labeled, labeledRange{r, sp.Label})
		for _, lk := range d.LinksOf(sp.ID) {
			if t := d.Span(lk.To); lk.Type == annotate.LinkTranslation && lk.From == sp.ID && t != nil && t.Side == annotate.Target && t.Segment == seg.ID && t.End <= len(seg.Target) {
				known = append(known, knownLink{r, [2]int{t.Start, t.End}})
			}
		}
	}
	return labeled, known
}
