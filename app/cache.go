package app

import (
	"image/color"
	"strconv"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
)

// rowCache keeps, per segment, what its row shows, so that binding a row on scroll costs nothing that
// grows with the document: source spans grouped by segment once per structural change, highlight lists
// built on first display, heights recomputed only for rows whose text changed.
type rowCache struct {
	bySeg    [][]*annotate.Span     // source spans overlapping each segment, by segment index
	src      [][]textview.Highlight // source highlights (segment-relative offsets)
	srcOK    []bool
	tgt      [][]textview.Highlight // target highlights
	tgtOK    []bool
	heights  []float32 // row heights at UI.width
	measured []string  // what each height was computed for (heightKey: the target text)
	strip    []bool    // whether the row showed its target strip when measured
	exact    []bool    // whether the height was measured, not estimated (see lazyheights.go)
	left     int       // how many heights are estimates still
	next     int       // where measuring the estimated heights in the background goes on
	// gen changes at every reset and invalidate, that is after every change to the document's spans
	// or links (typing changes only the English and its spans, whose row updates itself): what is
	// worked out from the whole document, such as the Quotes tab's count, is kept against it.
	gen uint64
	// typed counts the changes typed in a segment's English (see afterEdit), which change no gen: what
	// shows the English of spans, such as the Entities tab's English mentions, is kept against it too.
	typed uint64
	// grouped is where the source spans were when bySeg was made, segs the segments (see regroup).
	grouped []spanPlace
	segs    []*annotate.Segment
}

// reset sizes the cache for a new document.
func (c *rowCache) reset(ui *UI) {
	n := len(ui.doc.Segments)
	*c = rowCache{
		src: make([][]textview.Highlight, n), srcOK: make([]bool, n),
		tgt: make([][]textview.Highlight, n), tgtOK: make([]bool, n),
		heights: make([]float32, n), measured: make([]string, n), strip: make([]bool, n), exact: make([]bool, n),
		gen: c.gen + 1, typed: c.typed,
	}
	c.regroup(ui.doc)
}

// invalidate drops every highlight list after a change of unknown extent.
func (c *rowCache) invalidate(ui *UI) {
	c.regroup(ui.doc) // a span running over several segments is in each
	c.gen++
	clear(c.srcOK)
	clear(c.tgtOK)
}

// sourceHighlights returns the highlights of segment i's source, offsets relative to the segment; a
// span that runs over the segment's bounds (a quotation over two sentences) is clipped to them.
func (ui *UI) sourceHighlights(i int) []textview.Highlight {
	c := &ui.cache
	if !c.srcOK[i] {
		seg := ui.doc.Segments[i]
		hs := c.src[i][:0]
		for _, sp := range c.bySeg[i] {
			hs = append(hs, clip(ui.highlight(sp, seg.Start), seg.End-seg.Start))
		}
		c.src[i], c.srcOK[i] = hs, true
	}
	return c.src[i]
}

// targetHighlights returns the highlights of segment i's target text.
func (ui *UI) targetHighlights(i int) []textview.Highlight {
	c := &ui.cache
	if !c.tgtOK[i] {
		hs := c.tgt[i][:0]
		for _, sp := range ui.doc.TargetSpans(ui.doc.Segments[i].ID) {
			hs = append(hs, ui.highlight(sp, 0))
		}
		c.tgt[i], c.tgtOK[i] = hs, true
	}
	return c.tgt[i]
}

// invalidateTarget forgets segment i's target highlights (after typing moved its spans).
func (ui *UI) invalidateTarget(i int) { ui.cache.tgtOK[i] = false }

// clip limits a highlight to [0, n).
func clip(h textview.Highlight, n int) textview.Highlight {
	h.Start, h.End = max(h.Start, 0), min(h.End, n)
	return h
}

func (ui *UI) highlight(sp *annotate.Span, base int) textview.Highlight {
	st := textview.Solid
	if sp.Origin == annotate.Auto {
		st = textview.Pending
	}
	return textview.Highlight{Start: sp.Start - base, End: sp.End - base, Color: ui.colors[sp.Label], Style: st, ID: sp.ID,
		Bracket: notAName(sp)}
}

// notAName reports whether sp is an entity mention that is no name (a description, a pronoun), which
// the panes bracket and the status line names.
func notAName(sp *annotate.Span) bool { return !sp.IsName() && annotate.IsEntityLabel(sp.Label) }

// withSelection adds marks for the selected span and, when it is a quote, for its speaker.
func (ui *UI) withSelection(hs []textview.Highlight, side annotate.Side, seg *annotate.Segment, base int) []textview.Highlight {
	mark := func(id string, c color.Color) {
		if h, ok := ui.selectionMark(id, c, side, seg, base); ok {
			hs = append(hs, h)
		}
	}
	if ui.selSpan == "" && ui.linkFrom == "" {
		return hs
	}
	hs = append([]textview.Highlight(nil), hs...)
	if ui.selSpan != "" {
		mark(ui.selSpan, selectionColor())
		if l := ui.doc.LinkFrom(ui.selSpan, annotate.LinkSpeaker); l != nil {
			mark(l.To, speakerColor())
		}
	}
	if ui.linkFrom != "" && ui.linkFrom != ui.selSpan {
		mark(ui.linkFrom, speakerColor())
	}
	return hs
}

// selectionMark returns the underline in colour c of span id, clipped to the row's text (the
// segment's source or its target, from base), unless the span is not shown on that side of the
// segment.
func (ui *UI) selectionMark(id string, c color.Color, side annotate.Side, seg *annotate.Segment, base int) (textview.Highlight, bool) {
	sp := ui.doc.Span(id)
	if sp == nil || !selectionShownOn(sp, side, seg) {
		return textview.Highlight{}, false
	}
	n := len(seg.Target)
	if side == annotate.Source {
		n = seg.End - seg.Start
	}
	return clip(textview.Highlight{Start: sp.Start - base, End: sp.End - base, Color: c, Style: textview.Underline, ID: sp.ID}, n), true
}

// selectionShownOn reports whether sp shows on the given side of seg: a source span overlapping the
// segment, or a span of the segment's target.
func selectionShownOn(sp *annotate.Span, side annotate.Side, seg *annotate.Segment) bool {
	switch {
	case sp.Side != side:
		return false
	case side == annotate.Source:
		return sp.End > seg.Start && sp.Start < seg.End
	case side == annotate.Target:
		return sp.Segment == seg.ID
	}
	return true
}

// Colours of the selection and speaker marks, visible on light and dark backgrounds.
func selectionColor() color.Color { return color.NRGBA{R: 0x21, G: 0x96, B: 0xf3, A: 0xff} }

func speakerColor() color.Color { return color.NRGBA{R: 0xe1, G: 0x57, B: 0x59, A: 0xff} }

// labelColors parses the schema's colours once per document.
func labelColors(d *annotate.Document) map[string]color.Color {
	labels := d.Labels
	if len(labels) == 0 {
		labels = annotate.DefaultLabels()
	}
	out := make(map[string]color.Color, len(labels))
	for _, l := range labels {
		out[l.Name] = parseColor(l.Color)
	}
	return out
}

// parseColor reads "#rrggbb"; anything else gives a neutral grey.
func parseColor(s string) color.Color {
	grey := color.NRGBA{R: 0x88, G: 0x88, B: 0x88, A: 0xff}
	if len(s) != 7 || s[0] != '#' {
		return grey
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return grey
	}
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// schemaLabels returns the document's labels (the default schema when it names none).
func (ui *UI) schemaLabels() []annotate.Label {
	if len(ui.doc.Labels) == 0 {
		return annotate.DefaultLabels()
	}
	return ui.doc.Labels
}
