package app

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// markerWidth is the width of the status bar at the left edge of a row.
const markerWidth = 6

// segmentList is the list of segment rows. Its rows' fields take the keyboard focus, never the list
// itself: a focused List shows only a faint shade on a whole row, so Tab stopped on it with nothing to
// see (QA16 #3), and its arrows would move that shade rather than the caret. It says it is disabled,
// which the focus manager skips in the Tab chain and refuses to focus (a click beside a row's text,
// which focuses the list first, then goes to the row's English through OnSelected); Fyne's List
// draws and scrolls the same whether or not it is disabled.
type segmentList struct {
	widget.List
}

var _ fyne.Disableable = (*segmentList)(nil)

// Disabled is part of fyne.Disableable: the list itself never takes the focus.
func (l *segmentList) Disabled() bool { return true }

// Enable is part of fyne.Disableable; it does nothing.
func (l *segmentList) Enable() {}

// Disable is part of fyne.Disableable; it does nothing.
func (l *segmentList) Disable() {}

// newSegmentList returns the virtualised list of segment rows. Row heights are set per row
// (List.SetItemHeight) from the cached heights, so only rows on screen are ever laid out.
func (ui *UI) newSegmentList() *segmentList {
	l := &segmentList{}
	l.Length = func() int { return len(ui.doc.Segments) }
	l.CreateItem = func() fyne.CanvasObject { return newRow(ui).box } // listed in ui.rows once bound
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		if r := rowOf(o); r != nil {
			r.bind(id)
		}
	}
	l.ExtendBaseWidget(l)
	l.OnSelected = func(id widget.ListItemID) { // a click beside the text: go to the English
		l.Unselect(id)
		ui.focusSegment(id, annotate.Target)
	}
	return l
}

// rowOf returns the row whose container is o. The list also creates rows it only measures (at every
// Refresh), so rows are found through their layout rather than kept in a list of every row made.
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
	w := width - markerWidth - 3*pad
	if w < 20 {
		w = 20
	}
	return w / 2, w / 2
}

// rowHeight computes segment i's height at the given row width.
func (ui *UI) rowHeight(i int, width float32) float32 {
	seg := ui.doc.Segments[i]
	srcW, tgtW := columns(width)
	h := ui.measurer.Height(ui.doc.SourceText(seg), srcW)
	t := ui.entryHeight(seg.Target, tgtW)
	if ui.hasTargetSpans(i) {
		t += theme.Padding() + ui.measurer.Height(seg.Target, tgtW)
	}
	return max(h, t)
}

func (ui *UI) hasTargetSpans(i int) bool { return len(ui.targetHighlights(i)) > 0 }

// entryHeight estimates the height of a word-wrapping Entry showing text at the given width: its
// one-line height plus one text line per extra wrapped line, the lines counted with the shared
// Measurer (a little narrower than the Entry's text area, so the estimate errs on the tall side).
func (ui *UI) entryHeight(text string, width float32) float32 {
	size := theme.TextSize()
	inner := theme.InnerPadding()
	lineH := fyne.MeasureText("M", size, fyne.TextStyle{}).Height
	one := lineH + 2*inner
	if text == "" {
		return one
	}
	w := width - inner - 8
	h1 := ui.measurer.Height("M", w)
	step := ui.measurer.Height("M\nM", w) - h1
	if step <= 0 {
		return one
	}
	n := 1 + int((ui.measurer.Height(text, w)-h1)/step+0.5)
	return one + float32(n-1)*lineH
}

// bulkRows is how many rows may change height before the list is rebuilt rather than told about each:
// List.SetItemHeight lays the whole list out again (Fyne 2.7), so that thousands of calls take minutes
// on a long article, while a fresh list receives all its heights before it is first drawn.
const bulkRows = 16

// updateHeights recomputes the heights of the rows whose target text or strip changed (all rows when
// all is true) and tells the list about those that differ, or rebuilds it when many do.
func (ui *UI) updateHeights(all bool) {
	if ui.width <= 0 {
		return
	}
	c := &ui.cache
	var changed []int
	for i, seg := range ui.doc.Segments {
		strip := ui.hasTargetSpans(i)
		if !all && c.heights[i] > 0 && c.measured[i] == seg.Target && c.strip[i] == strip {
			continue
		}
		h := ui.rowHeight(i, ui.width)
		c.measured[i], c.strip[i] = seg.Target, strip
		if h != c.heights[i] {
			c.heights[i] = h
			changed = append(changed, i)
		}
	}
	if len(changed) > bulkRows {
		ui.rebuildList()
		return
	}
	for _, i := range changed {
		ui.list.SetItemHeight(i, c.heights[i])
	}
	if slices.Contains(changed, ui.cur) {
		ui.keepInView(ui.cur)
	}
}

// updateRowHeight recomputes one row's height, after typing in it.
func (ui *UI) updateRowHeight(i int) {
	if ui.width <= 0 {
		return
	}
	c := &ui.cache
	seg := ui.doc.Segments[i]
	c.measured[i], c.strip[i] = seg.Target, ui.hasTargetSpans(i)
	if h := ui.rowHeight(i, ui.width); h != c.heights[i] {
		c.heights[i] = h
		ui.list.SetItemHeight(i, h)
		ui.keepInView(i)
	}
}

// keepInView scrolls the list, once the current segment's row has grown, as far as needed for the
// whole row to show again: a suggestion inserted in the bottom row, typing that wraps onto another
// line or the English line of its tags appearing would otherwise grow it below the window's edge,
// out of sight. A row taller than the view keeps its top in view. Only a row whose top is on screen
// is followed: one the translator scrolled away from stays out of sight (typing brings it back, see
// revealTyping). List.ScrollTo would not do: it counts a row as shown once a template row's height
// of it is.
func (ui *UI) keepInView(i int) {
	if i != ui.cur || i >= len(ui.cache.heights) || ui.width <= 0 {
		return
	}
	pad := theme.Padding() // the list's gap between rows
	var top float32
	for k := range i {
		top += ui.heightOf(k) + pad
	}
	off, view := ui.list.GetScrollOffset(), ui.list.Size().Height
	bottom := top + ui.heightOf(i)
	if top < off || top >= off+view || bottom <= off+view {
		return
	}
	ui.list.ScrollToOffset(min(top, bottom-view))
}

// resizeRows recomputes every row's height for a new row width, then rebuilds the list.
func (ui *UI) resizeRows(width float32) {
	if width <= 0 || width == ui.width {
		return
	}
	ui.width = width
	c := &ui.cache
	for i, seg := range ui.doc.Segments {
		c.strip[i] = ui.hasTargetSpans(i)
		c.heights[i], c.measured[i] = ui.rowHeight(i, width), seg.Target
	}
	ui.rebuildList()
	if ui.trace != nil {
		ui.trace(fmt.Sprintf("%d row heights computed", len(ui.doc.Segments)))
	}
}

// rebuildList replaces the list by a fresh one that receives every row's cached height before it is
// first drawn (telling a list on screen about thousands of heights costs a layout each), keeping the
// scroll position and the focused column.
func (ui *UI) rebuildList() {
	offset := ui.list.GetScrollOffset()
	focused := ui.focusedSide()
	ui.rows = ui.rows[:0]
	ui.list = ui.newSegmentList()
	for i, h := range ui.cache.heights {
		ui.list.SetItemHeight(i, h)
	}
	if ui.watch != nil {
		ui.watch.Objects = []fyne.CanvasObject{ui.list}
		ui.watch.Refresh()
	}
	ui.list.ScrollToOffset(offset)
	if focused != "" {
		ui.focusSegment(ui.cur, focused)
	}
}

// widthWatch is the layout of the list's container: it notices when the row width changes and
// recomputes the heights shortly after (once the user stops resizing).
type widthWatch struct{ ui *UI }

// Layout is part of fyne.Layout.
func (w *widthWatch) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if size.Width == w.ui.width || size.Width <= 0 || w.ui.opts.Sync {
		return
	}
	width := size.Width
	if w.ui.width <= 0 { // first layout: no delay
		w.ui.resizeLater(width, 0)
		return
	}
	w.ui.resizeLater(width, 150*time.Millisecond)
}

// MinSize is part of fyne.Layout.
func (w *widthWatch) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }

// resizeLater recomputes the heights after delay, from the UI goroutine.
func (ui *UI) resizeLater(width float32, delay time.Duration) {
	if ui.resizeTimer != nil {
		ui.resizeTimer.Stop()
	}
	ui.resizeTimer = time.AfterFunc(delay, func() { ui.do(func() { ui.resizeRows(width) }) })
}
