package app

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
)

// markerWidth is the width of the status bar at the left edge of a row.
const markerWidth = 6

// The segment's number stands small and grey in a gutter between the status bar and the French, as
// CAT tools number their rows, so that "segment 212" on the status line, in the QA tab or from a
// reviewer can be found on screen. The gutter holds five digits at numberTextSize.
const (
	numberTextSize = 10
	numberWidth    = 30
)

// newSegmentList returns the virtualised list of segment rows (see segList). Row heights are set per
// row (SetItemHeight) from the cached heights, so only rows on screen are ever laid out.
func (ui *UI) newSegmentList() *segList {
	l := newSegList(
		func() int { return len(ui.doc.Segments) },
		func() fyne.CanvasObject { return newRow(ui).box }, // listed in ui.rows once bound
		func(i int, o fyne.CanvasObject) {
			if r := rowOf(o); r != nil {
				r.bind(i)
			}
		},
	)
	l.OnSelected = func(i int) { ui.focusSegment(i, annotate.Target) } // a click beside the text
	l.Exact = ui.exactHeight
	l.Kept = func() int { return ui.cur }
	return l
}

// rowOf returns the row whose container is o. The list also creates a row it only measures, so rows
// are found through their layout rather than kept in a list of every row made.
func rowOf(o fyne.CanvasObject) *row {
	if c, ok := o.(*fyne.Container); ok {
		if l, ok := c.Layout.(*rowLayout); ok {
			return l.r
		}
	}
	return nil
}

// rowFor returns the row showing segment i, or nil when there is none. The row may be off screen, kept
// by the list for reuse, until the list shows another segment in it (see claimRow).
func (ui *UI) rowFor(i int) *row {
	for _, r := range ui.rows {
		if r.seg == i {
			return r
		}
	}
	return nil
}

// columns returns the widths of the source and target columns for a row width.
func columns(width float32) (src, tgt float32) {
	pad := theme.Padding()
	w := width - markerWidth - numberWidth - 3*pad
	if w < 20 {
		w = 20
	}
	return w / 2, w / 2
}

// rowHeight computes segment i's height at the given row width.
func (ui *UI) rowHeight(i int, width float32) float32 {
	return ui.rowHeightBy(i, width, ui.measurer.Height)
}

// rowHeightBy computes segment i's height at the given row width with measure, the Measurer's Height
// or its Estimate.
func (ui *UI) rowHeightBy(i int, width float32, measure func(string, float32) float32) float32 {
	seg := ui.doc.Segments[i]
	srcW, tgtW := columns(width)
	h := measure(ui.doc.SourceText(seg), srcW)
	t := entryHeight(seg.Target, tgtW, measure)
	if ui.hasTargetSpans(i) {
		t += theme.Padding() + measure(seg.Target, tgtW)
	}
	t += ui.changesHeight(i, tgtW, measure)
	return max(h, t)
}

func (ui *UI) hasTargetSpans(i int) bool {
	return ui.showsTagLine(i) && len(ui.targetHighlights(i)) > 0
}

// entryHeight estimates the height of a word-wrapping Entry showing text at the given width: its
// one-line height plus one text line per extra wrapped line, the lines counted with measure (the shared
// Measurer's Height or Estimate, a little narrower than the Entry's text area, so the count errs on the
// tall side).
func entryHeight(text string, width float32, measure func(string, float32) float32) float32 {
	size := theme.TextSize()
	inner := theme.InnerPadding()
	lineH := fyne.MeasureText("M", size, fyne.TextStyle{}).Height
	one := lineH + 2*inner
	if text == "" {
		return one
	}
	w := width - inner - 8
	h1 := measure("M", w)
	step := measure("M\nM", w) - h1
	if step <= 0 {
		return one
	}
	n := 1 + int((measure(text, w)-h1)/step+0.5)
	return one + float32(n-1)*lineH
}

// bulkRows is how many rows may change height before the list is given all heights at once rather
// than told about each: each SetItemHeight refreshes the rows on screen.
const bulkRows = 16

// updateHeights recomputes the heights of the rows whose target text or strip changed (all rows when
// all is true) and tells the list about those that differ, all at once when many do.
func (ui *UI) updateHeights(all bool) {
	if ui.width <= 0 {
		return
	}
	c := &ui.cache
	var changed []int
	for i, seg := range ui.doc.Segments {
		if !all && c.heights[i] > 0 && c.measured[i] == heightKey(seg) && c.strip[i] == ui.hasTargetSpans(i) {
			continue
		}
		if ui.measureRow(i) {
			changed = append(changed, i)
		}
	}
	if len(changed) > bulkRows {
		ui.setAllHeights()
		return
	}
	whole := len(changed) > 0 && changed[0] < ui.cur && ui.list.wholeInView(ui.cur)
	for _, i := range changed {
		ui.list.SetItemHeight(i, c.heights[i])
	}
	switch {
	case slices.Contains(changed, ui.cur):
		ui.keepInView(ui.cur)
	case whole && !ui.list.wholeInView(ui.cur):
		ui.keepWhole(ui.cur)
	}
}

// keepWhole scrolls the list as little as shows row i whole again (its top, when taller than the
// view), after a row above it grew: the segment confirmed with Ctrl+Enter gets the line of its English
// tags once the translator is on the next one, whose row, whole at the bottom of the window, went
// half out of sight with the French to translate.
func (ui *UI) keepWhole(i int) {
	top, h := ui.list.top(i), ui.list.height(i)
	off, view := ui.list.GetScrollOffset(), ui.list.Size().Height
	if top < off || h > view {
		ui.list.ScrollToOffset(top)
		return
	}
	ui.list.ScrollToOffset(top + h - view)
}

// updateRowHeight recomputes one row's height, after typing in it.
func (ui *UI) updateRowHeight(i int) {
	if ui.width <= 0 {
		return
	}
	if ui.measureRow(i) {
		ui.list.SetItemHeight(i, ui.cache.heights[i])
		ui.keepInView(i)
	}
}

// keepInView scrolls the list, once the current segment's row has grown, as far as needed for the
// whole row to show again: a suggestion inserted in the bottom row, typing that wraps onto another
// line or the English line of its tags appearing would otherwise grow it below the window's edge,
// out of sight. A row taller than the view keeps its top in view, and the caret's line when the caret
// is in the row (see keepCaretInView). Only a row whose top is on screen is followed: one the
// translator scrolled away from stays out of sight (typing brings it back, see revealTyping and
// keepCaretInView). segList.ScrollTo would scroll the same way, but it shows every row on screen anew
// and also brings back a row scrolled away from.
func (ui *UI) keepInView(i int) {
	if i != ui.cur || i >= len(ui.cache.heights) || ui.width <= 0 {
		return
	}
	top := ui.list.top(i)
	off, view := ui.list.GetScrollOffset(), ui.list.Size().Height
	bottom := top + ui.list.height(i)
	if top < off || top >= off+view || bottom <= off+view {
		return
	}
	ui.list.ScrollToOffset(min(top, bottom-view))
	if r := ui.rowFor(i); r != nil {
		ui.keepCaretInView(r) // the top of a row taller than the view may leave the caret below it
	}
}

// resizeRows gives every row its height for a new row width, then gives them to the list: an estimate
// at first, measured exactly as the rows come into view and, a chunk at a time, in the background
// (see lazyheights.go).
func (ui *UI) resizeRows(width float32) {
	if width <= 0 || width == ui.width {
		return
	}
	ui.width = width
	ui.estimateRows()
	ui.setAllHeights()
	if ui.trace != nil {
		ui.trace(fmt.Sprintf("%d row heights estimated", len(ui.doc.Segments)))
	}
	ui.measureLater()
}

// setAllHeights gives the list every row's cached height at once, keeping the scroll position, and
// shows the rows on screen anew; the focused column stays on the current segment, whose row may have
// moved.
func (ui *UI) setAllHeights() {
	focused := ui.focusedSide()
	ui.list.SetItemHeights(ui.cache.heights)
	ui.list.Refresh()
	if focused != "" {
		ui.focusSegment(ui.cur, focused)
	}
}

// widthWatch is the layout of the list's container: it notices when the row width changes and
// recomputes the heights shortly after (once the user stops resizing), for the width the list has
// then. The window may be laid out at several widths before its first frame (Fyne lays it out at the
// size it was created with, then at the size it was fitted to the screen, and again at the first one
// as it maps the window): the heights must follow the last of them, not the first one scheduled.
type widthWatch struct{ ui *UI }

// Layout is part of fyne.Layout.
func (w *widthWatch) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if size.Width <= 0 {
		return
	}
	if w.ui.width <= 0 { // first layout: no delay
		w.ui.resizeLater(size.Width, 0)
		return
	}
	w.ui.resizeLater(size.Width, 150*time.Millisecond)
}

// MinSize is part of fyne.Layout.
func (w *widthWatch) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

// resizeLater recomputes the heights after delay, from the UI goroutine, for the row width the list
// has by then; a width the heights are already computed for calls off a recomputation scheduled for
// another one (the window went back to its width). In synchronous mode (tests) the recomputation
// waits for resizeDue.
func (ui *UI) resizeLater(width float32, delay time.Duration) {
	if ui.resize.timer != nil {
		ui.resize.timer.Stop()
		ui.resize.timer = nil
	}
	ui.resize.due = nil
	if width == ui.width {
		return
	}
	fn := func() { ui.resizeRows(ui.rowWidth()) }
	if ui.opts.Sync {
		ui.resize.due = fn
		return
	}
	ui.resize.timer = time.AfterFunc(delay, func() { ui.do(fn) })
}

// rowWidth returns the width the list lays its rows out at.
func (ui *UI) rowWidth() float32 { return ui.watch.Size().Width }

// resizeDue runs the recomputation of the heights resizeLater scheduled, if any: what its timer does
// outside synchronous mode.
func (ui *UI) resizeDue() {
	if fn := ui.resize.due; fn != nil {
		ui.resize.due = nil
		fn()
	}
}
