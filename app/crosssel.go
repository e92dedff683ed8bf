package app

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// Selecting the French over several segments. Each row's French is a TextView of its own, whose
// selection cannot leave it; a quotation, though, often runs over two sentences or more, and
// pre-annotation makes such spans. So the rows share one more selection, kept by the UI in source
// offsets: Shift+click in another segment's French, or Shift+arrows (Shift+Ctrl+arrows) going on past
// the end or the start of a segment, extend the selection from where it began, its anchor, to there.
// Each row it covers shows its part as an ordinary selection (bind shows it again on a row the list
// binds anew), the caret stays in the row of the end that moves, which has the focus, and the label
// keys tag the whole range as one span. A click without Shift, a new selection inside one row, or
// going to another segment or to the English lets it go. Inside one segment nothing changes: the
// row's TextView does it all.

// crossSelection is a French selection that runs over more than one segment.
type crossSelection struct {
	doc           *annotate.Document // the document it is in; nil when there is none
	anchor, caret int                // source byte offsets: where it began, where the moving end is
	aSeg, cSeg    int                // the segments (indices) whose rows hold the anchor and the caret
}

// bounds returns the selection's range, start <= end.
func (c *crossSelection) bounds() (start, end int) {
	return min(c.anchor, c.caret), max(c.anchor, c.caret)
}

// covers reports whether the selection shows in segment i's row.
func (c *crossSelection) covers(i int) bool {
	return i >= min(c.aSeg, c.cSeg) && i <= max(c.aSeg, c.cSeg)
}

// crossActive reports whether a selection over several segments is in force.
func (ui *UI) crossActive() bool { return ui.xsel.doc != nil && ui.xsel.doc == ui.doc }

// selectionAnchor returns where a selection extended into another segment begins: the anchor of the
// selection over several segments, or else that of the current segment's French selection (its caret
// when nothing is selected there). ok is false when the French is not the side in use.
func (ui *UI) selectionAnchor() (seg, off int, ok bool) {
	if ui.crossActive() {
		return ui.xsel.aSeg, ui.xsel.anchor, true
	}
	if ui.side != annotate.Source || ui.cur < 0 || ui.cur >= len(ui.doc.Segments) {
		return 0, 0, false
	}
	r := ui.rowFor(ui.cur)
	if r == nil {
		return 0, 0, false
	}
	a, _ := r.src.Ends()
	return ui.cur, ui.doc.Segments[ui.cur].Start + a, true
}

// extendSelection moves the moving end of the French selection to byte off of segment i's French,
// keeping its anchor: in another segment than the anchor's, the selection runs over several segments;
// back in the anchor's, it is that row's selection again. It reports false, doing nothing, when the
// row's own handling is the right one: no anchor in the French, or no selection over several
// segments and i the anchor's segment.
func (ui *UI) extendSelection(i, off int) bool {
	if i < 0 || i >= len(ui.doc.Segments) {
		return false
	}
	aSeg, anchor, ok := ui.selectionAnchor()
	if !ok || aSeg == i && !ui.crossActive() {
		return false
	}
	ui.selectFrom(aSeg, anchor, i, off)
	return true
}

// selectFrom selects the French from source offset anchor, in segment aSeg, to byte off of segment i,
// where the caret goes with the focus.
func (ui *UI) selectFrom(aSeg, anchor, i, off int) {
	seg := ui.doc.Segments[i]
	off = min(max(off, 0), seg.End-seg.Start)
	shift := ui.shiftHeld()
	if aSeg == i { // back inside one segment
		ui.dropCrossSelection()
		r := ui.caretTo(i, shift)
		if r != nil {
			r.src.SetEnds(anchor-seg.Start, off)
		}
		ui.showState()
		return
	}
	old := ui.xsel
	ui.xsel = crossSelection{doc: ui.doc, anchor: anchor, caret: seg.Start + off, aSeg: aSeg, cSeg: i}
	ui.caretTo(i, shift)
	ui.paintCross(&old)
	ui.crossStatus()
}

// shiftHeld reports whether Shift is down in the French row that has the focus: moving the focus to
// another row must carry it, since the key's release goes to the focused widget.
func (ui *UI) shiftHeld() bool {
	for _, r := range ui.rows {
		if ui.win.Canvas().Focused() == r.src {
			return r.src.Extending()
		}
	}
	return false
}

// caretTo gives the focus to segment i's French, scrolling its row into view, with Shift still down
// there when it was in the row that had the focus. It returns the row, nil if the list shows none.
func (ui *UI) caretTo(i int, shift bool) *row {
	ui.focusSegment(i, annotate.Source)
	r := ui.rowFor(i)
	if r != nil && shift && !r.src.Extending() {
		r.src.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	}
	return r
}

// paintCross shows the selection over several segments in the rows it covers, and takes it off those
// that old covered and it no longer does.
func (ui *UI) paintCross(old *crossSelection) {
	for _, r := range ui.rows {
		if r.seg < 0 || r.seg >= len(ui.doc.Segments) {
			continue
		}
		if !ui.showCross(r) && old.doc == ui.doc && old.covers(r.seg) {
			_, k := r.src.Ends()
			r.src.SetEnds(k, k)
		}
	}
}

// showCross sets row r's selection to its part of the selection over several segments, which it
// reports it covers: the whole French of a segment inside, up to the anchor and the caret in theirs,
// anchor and caret in the order of the selection's, so that Shift+arrows in the caret's row move the
// end that moves.
func (ui *UI) showCross(r *row) bool {
	c := &ui.xsel
	if !ui.crossActive() || r.seg < 0 || r.seg >= len(ui.doc.Segments) || !c.covers(r.seg) {
		return false
	}
	seg := ui.doc.Segments[r.seg]
	a, b := c.bounds()
	lo, hi := max(a, seg.Start)-seg.Start, min(b, seg.End)-seg.Start
	lo, hi = max(lo, 0), max(hi, 0)
	if c.caret < c.anchor {
		lo, hi = hi, lo
	}
	if a0, k0 := r.src.Ends(); a0 != lo || k0 != hi {
		r.src.SetEnds(lo, hi)
	}
	return true
}

// dropCrossSelection lets go of the selection over several segments: the rows it covered keep only
// their caret.
func (ui *UI) dropCrossSelection() {
	if ui.xsel.doc == nil {
		return
	}
	old := ui.xsel
	ui.xsel = crossSelection{}
	if old.doc != ui.doc {
		return
	}
	for _, r := range ui.rows {
		if r.seg >= 0 && old.covers(r.seg) {
			_, k := r.src.Ends()
			r.src.SetEnds(k, k)
		}
	}
}

// crossStatus names the selection over several segments on the status line.
func (ui *UI) crossStatus() {
	a, b := ui.xsel.bounds()
	a, b = trimRange(ui.doc.Text, a, b)
	if a >= b {
		ui.showState()
		return
	}
	from, to := ui.segmentsOver(a, b)
	ui.setStatus(lang.L("Selected {{.Text}}, segments {{.From}}–{{.To}}: press a label's key",
		map[string]any{"Text": quoted(ui.doc.Text[a:b], shortLen), "From": from + 1, "To": to + 1}))
}

// crossKey takes an arrow key pressed in row r's French before the row does: with Shift down at the
// end (start) of the segment, Right and Down (Left and Up) go on into the next (previous) segment;
// without Shift, any movement lets go of a selection over several segments. It reports whether it
// handled the key.
func (ui *UI) crossKey(r *row, key fyne.KeyName) bool {
	var forward bool
	switch key {
	case fyne.KeyRight, fyne.KeyDown:
		forward = true
	case fyne.KeyLeft, fyne.KeyUp:
	case fyne.KeyHome, fyne.KeyEnd, fyne.KeyEscape:
		if !r.src.Extending() || key == fyne.KeyEscape {
			ui.dropCrossSelection()
		}
		return false
	default:
		return false
	}
	if !r.src.Extending() {
		ui.dropCrossSelection()
		return false
	}
	return ui.crossEdge(r, forward)
}

// crossEdge extends the selection out of row r's segment when its caret is at the segment's end
// (forward) or start: to the start of the next segment, or the end of the previous one.
func (ui *UI) crossEdge(r *row, forward bool) bool {
	if r.seg < 0 || r.seg >= len(ui.doc.Segments) {
		return false
	}
	_, k := r.src.Ends()
	n := len(r.src.Text())
	switch {
	case forward && k == n && r.seg+1 < len(ui.doc.Segments):
		return ui.extendSelection(r.seg+1, 0)
	case !forward && k == 0 && r.seg > 0:
		prev := ui.doc.Segments[r.seg-1]
		return ui.extendSelection(r.seg-1, prev.End-prev.Start)
	}
	return false
}

// crossShortcut takes Shift+Ctrl+Left and Right (the word-wise moves) in row r's French before the
// row does: at the segment's start or end they go on to the previous segment's last word or the next
// one's first. Word-wise moves without Shift let go of a selection over several segments. It reports
// whether it handled the shortcut.
func (ui *UI) crossShortcut(r *row, sc *desktop.CustomShortcut) bool {
	if sc.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierAlt|fyne.KeyModifierSuper) == 0 {
		return false
	}
	switch sc.KeyName {
	case fyne.KeyLeft, fyne.KeyRight, fyne.KeyHome, fyne.KeyEnd:
	default:
		return false
	}
	if sc.Modifier&fyne.KeyModifierShift == 0 {
		ui.dropCrossSelection()
		return false
	}
	if sc.KeyName != fyne.KeyLeft && sc.KeyName != fyne.KeyRight || !ui.crossEdge(r, sc.KeyName == fyne.KeyRight) {
		return false
	}
	// The caret is now at the near edge of the neighbouring segment: the word move goes on from there.
	if next := ui.rowFor(ui.cur); next != nil {
		next.src.TextView.TypedShortcut(sc)
		ui.caretMoved(next)
	}
	return true
}

// caretMoved follows a move of the caret that row r's own TextView made (an arrow, a click with
// Shift) while a selection over several segments is in force: the selection ends where r's caret is.
func (ui *UI) caretMoved(r *row) {
	ui.selectionMoved() // the caret designates spans for the Edit menu and the span buttons
	if !ui.crossActive() || r.seg != ui.xsel.cSeg {
		return
	}
	seg := ui.doc.Segments[r.seg]
	_, k := r.src.Ends()
	if ui.xsel.caret == seg.Start+k {
		return
	}
	ui.xsel.caret = seg.Start + k
	ui.crossStatus()
}

// crossClick takes a press of the mouse's main button in row r's French at pos before the row does:
// with Shift, in another segment than the selection's anchor, it extends the selection there (and
// reports true); a click without Shift lets go of a selection over several segments.
func (ui *UI) crossClick(r *row, pos fyne.Position, shift bool) bool {
	if !shift {
		ui.dropCrossSelection()
		return false
	}
	return ui.extendSelection(r.seg, r.src.OffsetAt(pos))
}

// sourceDrag is a drag of the mouse that began in a row's French: where it began, so that it can go on
// into other rows.
type sourceDrag struct {
	on          bool
	seg, anchor int // the segment (index) and the source offset the drag began at
}

// dragAcross follows a drag that began in s's French (drag holds its start) to the absolute point at:
// over another segment's French, the selection runs from where the drag began to there, over
// several segments; back over the row it began in, it is that row's again. It reports whether it
// took the point; false leaves it to s's own TextView, as long as the drag has not left s's segment
// (outside the French of every row, too: the TextView keeps the caret in its text).
func (ui *UI) dragAcross(s *sourceView, drag *sourceDrag, at fyne.Position) bool {
	r, pos, ok := ui.sourceRowAt(at)
	switch {
	case !ok:
		return ui.crossActive() // between rows, a selection over segments stays as it is
	case r == s.row && r.seg == drag.seg && !ui.crossActive():
		return false
	}
	ui.selectFrom(drag.seg, drag.anchor, r.seg, r.src.OffsetAt(pos))
	return true
}

// sourceRowAt returns the row whose French lies under the absolute point at, in the list's view, and
// the point in that French.
func (ui *UI) sourceRowAt(at fyne.Position) (*row, fyne.Position, bool) {
	drv := fyne.CurrentApp().Driver()
	lp, ls := drv.AbsolutePositionForObject(ui.list), ui.list.Size()
	if at.Y < lp.Y || at.Y >= lp.Y+ls.Height {
		return nil, fyne.Position{}, false
	}
	for _, r := range ui.rows {
		if r.seg < 0 || r.seg >= len(ui.doc.Segments) {
			continue
		}
		p, size := drv.AbsolutePositionForObject(r.src), r.src.Size()
		if at.X >= p.X && at.X < p.X+size.Width && at.Y >= p.Y && at.Y < p.Y+size.Height {
			return r, at.Subtract(p), true
		}
	}
	return nil, fyne.Position{}, false
}

// sourceFocused runs when row r's French gains the focus. The focus going to another segment's French
// than the caret's (moving to the next segment, a click) lets go of a selection over several segments.
func (ui *UI) sourceFocused(r *row) {
	if ui.crossActive() && r.seg != ui.xsel.cSeg {
		ui.dropCrossSelection()
	}
	ui.focusRow(r, annotate.Source)
}

// targetFocused runs when row r's English, or its line of English spans, gains the focus: a selection
// over several segments of the French is let go.
func (ui *UI) targetFocused(r *row) {
	ui.dropCrossSelection()
	ui.focusRow(r, annotate.Target)
}

// crossSpan returns the span a selection over several segments would make, its range trimmed of white
// space; ok is false when there is none.
func (ui *UI) crossSpan() (sp *annotate.Span, ok bool) {
	if !ui.crossActive() || ui.side != annotate.Source {
		return nil, false
	}
	a, b := ui.xsel.bounds()
	a, b = trimRange(ui.doc.Text, a, b)
	return &annotate.Span{Side: annotate.Source, Start: a, End: b}, a < b
}

// segmentsOver returns the first and the last segment (indices) that source range [a, b) overlaps.
// An empty range, or one between two segments, gives the segment after it as both.
func (ui *UI) segmentsOver(a, b int) (first, last int) {
	segs := ui.doc.Segments
	first = sort.Search(len(segs), func(i int) bool { return segs[i].End > a })
	last = sort.Search(len(segs), func(i int) bool { return segs[i].Start >= b }) - 1
	first = min(first, len(segs)-1)
	return first, max(last, first)
}
