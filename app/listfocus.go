package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
)

// The segment list is virtual: segList keeps a row widget only for the segments on screen and
// reuses the rows that scroll out of view for those that come in. The keyboard focus, though, belongs
// to a widget, not to a segment: left alone, a focused field whose row is reused for another segment
// would take the user's typing into that segment. So a field whose row stops showing its segment is
// parked (it loses the focus, and its segment and cursor are remembered), and gets the focus back as
// soon as a row shows its segment again: when the user scrolls back, or types (the list then scrolls
// back to it, as text editors scroll back to the cursor).

// parkedField is the field the user was in when the list took its row for another segment.
type parkedField struct {
	doc        *annotate.Document // the document it belongs to, nil when nothing is parked
	seg        string             // the segment's ID
	side       annotate.Side
	start, end int // target: the cursor's code-point offset (start == end); source: the selection
}

// keptRows is how many rows beyond the view (rows shown, under a filter) keep their segment when rows are dropped from ui.rows, in
// case the heights the list lays out differ a little from the cached ones.
const keptRows = 2

// claimRow makes r the row of segment i before it shows it. A segment is shown by one row at a time,
// but a row the list put aside keeps its last segment until it is reused: a row that still claims i
// gives it up, and a focused field in a row that changes segment is parked.
func (ui *UI) claimRow(r *row, i int) {
	if r.seg >= 0 {
		ui.park(r)
	} else {
		ui.rows = append(ui.rows, r)
	}
	first, last := ui.shownRange()
	if first <= last {
		for range keptRows { // rows shown: under a filter, segments apart
			first, last = max(ui.list.prevShown(first), 0), min(ui.list.nextShown(last), len(ui.doc.Segments)-1)
		}
	} else {
		first, last = first-keptRows, last+keptRows
	}
	focused := ui.win.Canvas().Focused()
	ui.rows = slices.DeleteFunc(ui.rows, func(o *row) bool {
		if o == r {
			return false
		}
		if o.seg == i {
			ui.park(o)
		} else if (o.seg >= first && o.seg <= last) || focused == o.entry || focused == o.src {
			return false // on screen or near, or put aside with the focus (revealTyping brings it back)
		}
		// Out of view: the list may have dropped the row (it does at every Refresh), and will show
		// its segment in another row if it comes back.
		o.seg = -1
		return true
	})
}

// park takes the keyboard focus from r's fields, remembering where it was, if one of them has it.
func (ui *UI) park(r *row) {
	if r.seg < 0 || r.seg >= len(ui.doc.Segments) {
		return
	}
	c := ui.win.Canvas()
	p := parkedField{doc: ui.doc, seg: ui.doc.Segments[r.seg].ID}
	switch c.Focused() {
	case r.entry:
		p.side = annotate.Target
		p.start = r.entry.caret()
		p.end = p.start
	case r.src:
		p.side = annotate.Source
		p.start, p.end = r.src.Selection()
	case r.strip: // nothing to type there: the focus just goes
		c.Unfocus()
		return
	default:
		return
	}
	ui.parked = p
	c.Unfocus()
}

// unpark gives the parked field its focus back once r shows its segment, unless the user has focused
// something else meanwhile.
func (ui *UI) unpark(r *row) {
	p := ui.parked
	if p.doc == nil || r.seg < 0 || r.seg >= len(ui.doc.Segments) || p.doc != ui.doc || ui.doc.Segments[r.seg].ID != p.seg {
		return
	}
	ui.parked = parkedField{}
	c := ui.win.Canvas()
	if c.Focused() != nil {
		return
	}
	if p.side == annotate.Source {
		c.Focus(r.src)
		r.src.SetSelection(p.start, p.end)
		return
	}
	c.Focus(r.entry)
	r.entry.setCaret(p.start)
}

// inView reports whether r shows its segment wholly in the list's view (or fills the view, when it is
// taller). A row the list put aside has lost its segment to the row now showing it, or shows one out
// of view.
func (ui *UI) inView(r *row) bool {
	if r.seg < 0 || r.seg >= len(ui.cache.heights) {
		return false
	}
	top := ui.list.GetScrollOffset()
	bottom := top + ui.list.Size().Height
	y, h := ui.list.top(r.seg), ui.list.height(r.seg)
	if h > bottom-top {
		return y < bottom && y+h > top
	}
	return y >= top && y+h <= bottom
}

// shownRange returns the first and last segments in the list's view, wholly or partly (first > last
// when none is).
func (ui *UI) shownRange() (first, last int) {
	top := ui.list.GetScrollOffset()
	bottom := top + ui.list.Size().Height
	if len(ui.doc.Segments) == 0 || bottom <= top {
		return -1, -2
	}
	first, last = ui.list.at(top), ui.list.at(bottom)
	if first < 0 { // the filter leaves no row
		return -1, -2
	}
	if next := ui.list.nextShown(first); next < len(ui.doc.Segments) && ui.list.top(first)+ui.list.height(first) <= top {
		first = next // top is in the gap below first
	}
	if last > first && ui.list.top(last) >= bottom {
		last = ui.list.prevShown(last)
	}
	return first, last
}

// revealTyping brings field, of row r, into view before a key acts on it: the list may have put the row
// aside (the field keeps the focus) after the user scrolled away. It returns the field the key must go
// to: field itself, or the one that has the focus afterwards (the list may show the segment in another
// row). A key hides the hover tip, which would otherwise sit over the text being typed.
func (ui *UI) revealTyping(r *row, field fyne.Focusable) fyne.Focusable {
	ui.tips.hide()
	if ui.list == nil || r.seg < 0 || ui.inView(r) {
		return field
	}
	ui.list.ScrollTo(r.seg) // rebinds the rows on screen: the focus follows the segment (claimRow, unpark)
	return ui.win.Canvas().Focused()
}

// revealParked scrolls back to the parked field, which takes the focus back, and returns it; nil
// when nothing is parked.
func (ui *UI) revealParked() fyne.Focusable {
	p := ui.parked
	if p.doc == nil {
		return nil
	}
	i := ui.doc.SegmentIndex(p.seg)
	if p.doc != ui.doc || i < 0 {
		ui.parked = parkedField{}
		return nil
	}
	ui.list.ScrollTo(i) // binds i's row, which unparks the field
	return ui.win.Canvas().Focused()
}

// runeWithoutFocus takes a character typed while no widget has the focus: it goes to the parked
// field, if any, else to the current segment's English (see typingHome). A click on what takes no
// keys (a side tab, the status line, the space between rows) leaves the focus nowhere: the words
// typed next were lost.
func (ui *UI) runeWithoutFocus(ch rune) {
	if f := ui.typingHome(); f != nil {
		f.TypedRune(ch)
	}
}

// keyWithoutFocus takes a key pressed while no widget has the focus: it goes to the parked field, if
// any, else, when it moves the caret or deletes (caretKeys), to the current segment's English, where
// a character would go: End, Backspace or an arrow pressed after a dialog closed or a side tab was
// clicked were dropped, and the words typed next went in where the caret had been.
func (ui *UI) keyWithoutFocus(ev *fyne.KeyEvent) {
	if f := ui.revealParked(); f != nil {
		f.TypedKey(ev)
		return
	}
	if caretKeys[ev.Name] {
		if f := ui.typingHome(); f != nil {
			f.TypedKey(ev)
		}
	}
}

// caretKeys are the keys that move the caret or delete in a text field. Page Up and Page Down, which
// the English takes for its start and end (Ctrl+Home, Ctrl+End), are not among them: with no field
// focused, they are the list's.
var caretKeys = map[fyne.KeyName]bool{
	fyne.KeyLeft: true, fyne.KeyRight: true, fyne.KeyUp: true, fyne.KeyDown: true, fyne.KeyHome: true,
	fyne.KeyEnd: true, fyne.KeyBackspace: true, fyne.KeyDelete: true,
}

// caretShortcutsWithoutFocus are the shortcuts that move the caret by words or to a text's ends
// (Ctrl+arrows, Ctrl+Home, Ctrl+End, with Shift to select): with no widget focused, they go where a
// character would, as caretKeys do.
func caretShortcutsWithoutFocus() []fyne.Shortcut {
	var out []fyne.Shortcut
	for _, k := range []fyne.KeyName{fyne.KeyLeft, fyne.KeyRight, fyne.KeyHome, fyne.KeyEnd} {
		out = append(out, custom(k, fyne.KeyModifierControl), custom(k, fyne.KeyModifierControl|fyne.KeyModifierShift))
	}
	return out
}

// shortcutWithoutFocus takes a paste, or a shortcut moving the caret, while no widget has the focus:
// it goes where a character would.
func (ui *UI) shortcutWithoutFocus(sc fyne.Shortcut) {
	if s, ok := ui.typingHome().(fyne.Shortcutable); ok {
		s.TypedShortcut(sc)
	}
}

// typingHome returns the field that text typed while no widget has the focus goes to, focused: the
// parked field, else the current segment's English field, its caret where it was, as in a CAT tool,
// where typing goes to the target. Never the French, whose letters are commands (p tags a person): a
// key meant for it is typed into the English, where it shows and Ctrl+Z takes it back. Nil while no
// document's segments show. Only the canvas calls it: a focused widget (the French, a filter, a list,
// the Find bar, a dialog's field) takes its keys itself, and a dialog stops them before.
func (ui *UI) typingHome() fyne.Focusable {
	if f := ui.revealParked(); f != nil {
		return f
	}
	if ui.list == nil || ui.doc == nil || ui.doc == ui.blank || ui.cur < 0 || ui.cur >= len(ui.doc.Segments) {
		return nil
	}
	ui.focusSegment(ui.cur, annotate.Target)
	return ui.win.Canvas().Focused()
}

// Tapped is part of fyne.Tappable: a click between two rows, or below the last one, goes to the
// English of the row above it, as one beside a row's fields does (segItem.Tapped). It took the focus
// away, and the keys typed next went nowhere.
func (l *segList) Tapped(ev *fyne.PointEvent) {
	if i := l.at(ev.Position.Y + l.GetScrollOffset()); i >= 0 && l.OnSelected != nil {
		l.OnSelected(i)
	}
}

// caretLine returns where the line of the caret in r's English field lies in the list's content, or
// false when that field does not have the focus.
func (ui *UI) caretLine(r *row) (top, bottom float32, ok bool) {
	if ui.list == nil || ui.win == nil || ui.doc == nil || r.seg < 0 || r.seg >= len(ui.doc.Segments) ||
		ui.win.Canvas().Focused() != fyne.Focusable(r.entry) {
		return 0, 0, false
	}
	th := r.entry.Theme()
	line := fyne.MeasureText("M", th.Size(theme.SizeNameText), r.entry.TextStyle).Height
	top = ui.list.top(r.seg) + r.entry.Position().Y + r.entry.CursorPosition().Y
	return top, top + line, true
}

// keepCaretInView scrolls the list as little as needed for the caret's line in r's English field to
// show, once a key has acted there. In a row taller than the view, typing after scrolling with the
// wheel inside the row left the caret and the new text out of sight: the row counted as in view
// (revealTyping) because part of it showed.
func (ui *UI) keepCaretInView(r *row) {
	top, bottom, ok := ui.caretLine(r)
	if !ok {
		return
	}
	off, view := ui.list.GetScrollOffset(), ui.list.Size().Height
	margin := r.entry.Theme().Size(theme.SizeNameInnerPadding)
	switch {
	case view <= 0:
	case top < off:
		ui.list.ScrollToOffset(top - margin)
	case bottom > off+view:
		ui.list.ScrollToOffset(bottom + margin - view)
	}
}
