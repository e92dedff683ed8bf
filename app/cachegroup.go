package app

import (
	"slices"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// Most edits after which the rows are refreshed move no span: accepting or rejecting a suggestion,
// linking a speaker, relabelling, renaming an entity. Grouping the source spans by segment again
// (project.Overlapping) cost some 9 ms of the UI goroutine after each of them on a 4 MB article
// (53,000 spans), a third of an accept; comparing where the spans are with where they were when
// they were grouped costs a walk over them without a lookup.

// spanPlace is a source span and its bounds when the spans were grouped.
type spanPlace struct {
	sp         *annotate.Span
	start, end int
}

// regroup makes bySeg the source spans of each segment of d, grouping them again only when a source
// span came, went, moved or changed sides, or the spans' order changed: the groups hold the spans
// themselves, so that a span's other fields (label, origin, kind) are read through them as they are.
// The segments never change in a document (reset comes with a new one); they are checked the same.
func (c *rowCache) regroup(d *annotate.Document) {
	if c.bySeg != nil && slices.Equal(c.segs, d.Segments) && c.sameGroups(d) {
		return
	}
	c.bySeg = project.Overlapping(d)
	c.segs = slices.Clone(d.Segments)
	c.grouped = c.grouped[:0]
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source {
			c.grouped = append(c.grouped, spanPlace{sp, sp.Start, sp.End})
		}
	}
}

// sameGroups reports whether d's source spans are, in order, the ones grouped, where they were.
func (c *rowCache) sameGroups(d *annotate.Document) bool {
	i := 0
	for _, sp := range d.Spans {
		if sp.Side != annotate.Source {
			continue
		}
		if i == len(c.grouped) {
			return false
		}
		if g := c.grouped[i]; g.sp != sp || g.start != sp.Start || g.end != sp.End {
			return false
		}
		i++
	}
	return i == len(c.grouped)
}
