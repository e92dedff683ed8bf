package app

import (
	"image/color"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
)

// row is one segment of the list: status marker, French source, English entry and, when the English
// has spans, a strip showing them.
type row struct {
	ui     *UI
	seg    int // the segment shown, -1 before the first bind
	bg     *canvas.Rectangle
	marker *canvas.Rectangle
	src    *sourceView
	entry  *targetEntry
	strip  *stripView
	notes  *noteMark // shown when the segment has notes
	status *tipArea  // over the marker: its tip names the status its colour stands for
	box    *fyne.Container
}

func newRow(ui *UI) *row {
	r := &row{ui: ui, seg: -1}
	r.bg = canvas.NewRectangle(color.Transparent)
	r.marker = canvas.NewRectangle(color.Transparent)
	r.src = newSourceView(r)
	r.entry = newTargetEntry(r)
	r.strip = newStripView(r)
	r.notes = newNoteMark(r)
	r.status = newTipArea(ui.tips, func(fyne.Position) string {
		if r.seg < 0 || r.seg >= len(ui.doc.Segments) {
			return ""
		}
		return lang.L("Status: {{.Status}}", map[string]any{"Status": statusName(ui.doc.Segments[r.seg].Status)})
	})
	r.box = newBox(&rowLayout{r: r}, r.bg, r.marker, r.status, r.src, r.entry, r.strip, r.notes)
	return r
}

// newBox is a container with a custom layout.
func newBox(l fyne.Layout, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: l, Objects: objs}
}

// bind shows segment i in the row.
func (r *row) bind(i int) {
	ui := r.ui
	if i < 0 || i >= len(ui.doc.Segments) {
		return
	}
	same := r.seg == i
	if !same {
		ui.claimRow(r, i)
	}
	// A redraw of the same segment keeps the French caret and selection: giving the TextView its text
	// again puts its caret at the start, and the caret is where a keyboard user points at a span.
	anchor, caret := r.src.Ends()
	same = same && r.src.Text() == ui.doc.SourceText(ui.doc.Segments[i])
	r.seg = i
	seg := ui.doc.Segments[i]
	r.src.Set(ui.doc.SourceText(seg), ui.withGlossary(i, ui.withSelection(ui.sourceHighlights(i), annotate.Source, seg, seg.Start)))
	if same && (anchor != 0 || caret != 0) {
		r.src.SetEnds(anchor, caret)
	}
	if r.entry.Text != seg.Target {
		r.entry.binding = true
		r.entry.SetText(seg.Target)
		r.entry.binding = false
	}
	if ths := ui.targetHighlights(i); len(ths) > 0 {
		r.strip.Set(seg.Target, ui.withSelection(ths, annotate.Target, seg, 0))
		r.strip.Show()
	} else {
		r.strip.Hide()
	}
	r.marker.FillColor = statusColor(seg.Status)
	r.marker.Refresh()
	r.notes.show(seg)
	r.paintCurrent()
	r.box.Refresh()
	ui.unpark(r)
	ui.showCross(r) // a selection over several segments shows on every row it covers, bound anew or not
}

// paintCurrent shades the row of the current segment.
func (r *row) paintCurrent() {
	c := color.Color(color.Transparent)
	if r.seg == r.ui.cur {
		c = theme.Color(theme.ColorNameHover)
	}
	if r.bg.FillColor != c {
		r.bg.FillColor = c
		r.bg.Refresh()
	}
}

// statusColor is the colour of a segment status's marker.
func statusColor(s annotate.Status) color.Color {
	switch s {
	case annotate.StatusDraft:
		return color.NRGBA{R: 0xf2, G: 0x8e, B: 0x2b, A: 0xff}
	case annotate.StatusTranslated:
		return color.NRGBA{R: 0x59, G: 0xa1, B: 0x4f, A: 0xff}
	case annotate.StatusReviewed:
		return color.NRGBA{R: 0x4e, G: 0x79, B: 0xa7, A: 0xff}
	}
	return color.NRGBA{R: 0x9e, G: 0x9e, B: 0x9e, A: 0x80}
}

// statusName is a status for people.
func statusName(s annotate.Status) string {
	switch s {
	case annotate.StatusDraft:
		return lang.L("draft")
	case annotate.StatusTranslated:
		return lang.L("translated")
	case annotate.StatusReviewed:
		return lang.L("reviewed")
	}
	return lang.L("new")
}

// rowLayout places the marker, the source column and the target column (entry above strip).
type rowLayout struct{ r *row }

// Layout is part of fyne.Layout.
func (l *rowLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	r, pad := l.r, theme.Padding()
	r.bg.Move(fyne.NewPos(0, 0))
	r.bg.Resize(size)
	r.marker.Move(fyne.NewPos(0, 0))
	r.marker.Resize(fyne.NewSize(markerWidth, size.Height))
	r.status.Move(fyne.NewPos(0, 0))
	r.status.Resize(fyne.NewSize(markerWidth, size.Height))
	srcW, tgtW := columns(size.Width)
	r.src.Move(fyne.NewPos(markerWidth+pad, 0))
	r.src.Resize(fyne.NewSize(srcW, size.Height))
	x := markerWidth + 2*pad + srcW
	text := ""
	if r.seg >= 0 && r.seg < len(r.ui.doc.Segments) {
		text = r.ui.doc.Segments[r.seg].Target
	}
	eh := r.ui.entryHeight(text, tgtW)
	if !r.strip.Visible() {
		eh = max(eh, size.Height)
	}
	r.entry.Move(fyne.NewPos(x, 0))
	r.entry.Resize(fyne.NewSize(tgtW, eh))
	r.strip.Move(fyne.NewPos(x, eh+pad))
	r.strip.Resize(fyne.NewSize(tgtW, max(size.Height-eh-pad, 0)))
	r.notes.Move(fyne.NewPos(x-pad-noteMarkSize/2, pad)) // over the gap between the columns, by the first line
	r.notes.Resize(fyne.NewSize(noteMarkSize, noteMarkSize))
}

// MinSize is part of fyne.Layout: rows get their heights from the list.
func (l *rowLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(200, l.r.ui.entryHeight("", 200))
}

// sourceView is the source column: a TextView that also takes label keys and the app's shortcuts, and
// extends its selection into other segments' rows (see crosssel.go).
type sourceView struct {
	textview.TextView
	row *row
	// crossed is set when the last press of the mouse extended the selection into this row from
	// another segment: the tap that follows must not undo it.
	crossed bool
	drag    sourceDrag // a drag that began here
}

func newSourceView(r *row) *sourceView {
	s := &sourceView{row: r}
	s.Wrap = true
	s.ExtendBaseWidget(s)
	s.SetMeasurer(r.ui.measurer)
	s.OnTapSpan = func(id string) { r.ui.tapSpan(r, id) }
	s.OnFocus = func() { r.ui.sourceFocused(r) }
	s.OnSelect = func(int, int) { r.ui.sourceSelected(r) }
	return s
}

// focus gives this widget (not the embedded TextView, which is not in the canvas) the keyboard focus.
func (s *sourceView) focus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil && c.Focused() != s {
		c.Focus(s)
	}
}

// MouseDown is part of desktop.Mouseable: a press with Shift in another segment than the selection's
// anchor extends the selection over several segments; one without Shift lets go of such a selection.
func (s *sourceView) MouseDown(ev *desktop.MouseEvent) {
	s.crossed = false
	if ev.Button == desktop.MouseButtonPrimary {
		shift := ev.Modifier&fyne.KeyModifierShift != 0 || s.row.ui.shiftHeld()
		if s.row.ui.crossClick(s.row, ev.Position, shift) {
			s.crossed = true
			return
		}
	}
	s.TextView.MouseDown(ev)
}

// Tapped is part of fyne.Tappable.
func (s *sourceView) Tapped(ev *fyne.PointEvent) {
	if s.crossed { // the press extended the selection here, and gave this row the focus
		s.crossed = false
		return
	}
	if s.TextView.StaleTap() { // the focus went elsewhere since the press (Ctrl+F right after a click)
		s.TextView.Tapped(ev) // which does nothing but forget the press
		return
	}
	s.focus()
	s.TextView.Tapped(ev)
}

// DoubleTapped is part of fyne.DoubleTappable.
func (s *sourceView) DoubleTapped(ev *fyne.PointEvent) {
	s.row.ui.dropCrossSelection()
	s.focus()
	s.TextView.DoubleTapped(ev)
}

// Dragged is part of fyne.Draggable: inside the row, the TextView selects; over another segment's
// French, the selection runs on to there (see dragAcross).
func (s *sourceView) Dragged(ev *fyne.DragEvent) {
	ui := s.row.ui
	if s.row.seg < 0 || s.row.seg >= len(ui.doc.Segments) {
		return
	}
	switch {
	case s.drag.on:
	case s.crossed && ui.crossActive(): // Shift+click, then a drag: from the selection's anchor still
		s.drag = sourceDrag{on: true, seg: ui.xsel.aSeg, anchor: ui.xsel.anchor}
	default: // the TextView sets the anchor: where the button was pressed
		s.focus()
		s.TextView.Dragged(ev)
		a, _ := s.Ends()
		s.drag = sourceDrag{on: true, seg: s.row.seg, anchor: ui.doc.Segments[s.row.seg].Start + a}
	}
	if ui.dragAcross(s, &s.drag, ev.AbsolutePosition) {
		return
	}
	s.focus()
	s.TextView.Dragged(ev)
}

// DragEnd is part of fyne.Draggable.
func (s *sourceView) DragEnd() {
	s.drag = sourceDrag{}
	s.TextView.DragEnd()
}

// TypedRune is part of fyne.Focusable: label keys tag the selection, other letters act on the
// selected span.
func (s *sourceView) TypedRune(r rune) {
	if f := s.row.ui.revealTyping(s.row, s); f != s {
		if f != nil { // the list shows the segment in another row now
			f.TypedRune(r)
		}
		return
	}
	s.row.ui.spanRune(s.row, annotate.Source, r)
}

// TypedKey is part of fyne.Focusable: Delete removes the selected span, Escape leaves link mode.
func (s *sourceView) TypedKey(ev *fyne.KeyEvent) {
	ui := s.row.ui
	if f := ui.revealTyping(s.row, s); f != s {
		if f != nil {
			f.TypedKey(ev)
		}
		return
	}
	switch ev.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		ui.run(ui.removeSelectedSpan)
		return
	case fyne.KeyEscape:
		ui.cancelLink()
	case fyne.KeyF1:
		ui.showShortcuts()
		return
	case fyne.KeyReturn, fyne.KeyEnter:
		ui.focusSegment(s.row.seg, annotate.Target)
		return
	}
	if ui.crossKey(s.row, ev.Name) {
		return
	}
	s.TextView.TypedKey(ev)
	ui.caretMoved(s.row)
}

// TypedShortcut is part of fyne.Shortcutable: the app's shortcuts first, then the TextView's own, which
// Shift+Ctrl+arrows continue into the next or previous segment. Copy takes the whole of a selection
// over several segments.
func (s *sourceView) TypedShortcut(sc fyne.Shortcut) {
	ui := s.row.ui
	if ui.handleShortcut(sc) {
		return
	}
	switch sc := sc.(type) {
	case *desktop.CustomShortcut:
		if ui.crossShortcut(s.row, sc) {
			return
		}
	case *fyne.ShortcutCopy:
		if ui.crossActive() && sc.Clipboard != nil {
			a, b := ui.xsel.bounds()
			sc.Clipboard.SetContent(ui.doc.Text[a:b])
			return
		}
	case *fyne.ShortcutSelectAll:
		ui.dropCrossSelection()
	}
	s.TextView.TypedShortcut(sc)
	ui.caretMoved(s.row)
}

// stripView is the line under the English field that shows its spans: a TextView that, once a span
// is clicked there, takes the span keys (a accepts, r rejects, s links a speaker, a label key
// relabels, Delete removes) as the source column does, and the app's shortcuts.
type stripView struct {
	textview.TextView
	row *row
}

func newStripView(r *row) *stripView {
	s := &stripView{row: r}
	s.Wrap = true
	s.ExtendBaseWidget(s)
	s.SetMeasurer(r.ui.measurer)
	s.OnTapSpan = func(id string) { r.ui.tapSpan(r, id) }
	s.OnFocus = func() { r.ui.targetFocused(r) }
	return s
}

// TypedRune is part of fyne.Focusable.
func (s *stripView) TypedRune(k rune) {
	s.row.ui.tips.hide()
	s.row.ui.spanRune(s.row, annotate.Target, k)
}

// TypedKey is part of fyne.Focusable: Delete removes the selected span, Escape leaves link mode,
// Enter goes back to the English field.
func (s *stripView) TypedKey(ev *fyne.KeyEvent) {
	ui := s.row.ui
	ui.tips.hide()
	switch ev.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		ui.run(ui.removeSelectedSpan)
	case fyne.KeyEscape:
		ui.cancelLink()
	case fyne.KeyF1:
		ui.showShortcuts()
	case fyne.KeyReturn, fyne.KeyEnter:
		ui.focusSegment(s.row.seg, annotate.Target)
	default:
		s.TextView.TypedKey(ev)
		ui.selectionMoved()
	}
}

// TypedShortcut is part of fyne.Shortcutable: the app's shortcuts first, then the TextView's own.
func (s *stripView) TypedShortcut(sc fyne.Shortcut) {
	if s.row.ui.handleShortcut(sc) {
		return
	}
	s.TextView.TypedShortcut(sc)
	s.row.ui.selectionMoved()
}

// targetEntry is the English field of a row: a word-wrapping Entry whose undo goes through the
// document's editor and which passes the app's shortcuts on.
type targetEntry struct {
	widget.Entry
	row       *row
	binding   bool      // SetText from bind: not the user's typing
	memo      caretMemo // where the cursor is while the Entry cannot show it
	shiftDown bool      // Shift is held in the field (see withoutShift)
}

func newTargetEntry(r *row) *targetEntry {
	e := &targetEntry{row: r}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(1)
	e.SetPlaceHolder(lang.L("English translation…"))
	e.OnChanged = func(text string) {
		if e.binding {
			return
		}
		if clean := annotate.CleanTarget(text); clean != text { // pasted CRLF or control characters
			e.SetText(clean) // comes back here clean
			return
		}
		r.ui.typed(r, text)
	}
	return e
}

// AcceptsTab is part of fyne.Tabbable: Tab moves to the next field instead of typing a tab.
func (e *targetEntry) AcceptsTab() bool { return false }

// FocusGained is part of fyne.Focusable.
func (e *targetEntry) FocusGained() {
	e.Entry.FocusGained()
	e.row.ui.targetFocused(e.row)
}

// TypedRune is part of fyne.Focusable: the Entry inserts the character, and the cursor stays after
// it even where Fyne cannot show it there (see caretMemo).
func (e *targetEntry) TypedRune(ch rune) {
	if f := e.row.ui.revealTyping(e.row, e); f != e {
		if f != nil { // the list shows the segment in another row now
			f.TypedRune(ch)
		}
		return
	}
	e.restoreCaret()
	off := e.CursorTextOffset()
	if a, _, ok := entrySelection(&e.Entry); ok { // the character replaces the selection
		off = utf8.RuneCountInString(e.Text[:a])
	}
	e.Entry.TypedRune(ch)
	e.remember(off + 1)
	e.row.ui.keepCaretInView(e.row)
}

// TypedKey is part of fyne.Focusable: F1 shows the shortcuts, Escape leaves link mode.
func (e *targetEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyF1:
		e.row.ui.showShortcuts()
		return
	case fyne.KeyEscape:
		e.row.ui.cancelLink()
	}
	if f := e.row.ui.revealTyping(e.row, e); f != e {
		if f != nil {
			f.TypedKey(ev)
		}
		return
	}
	e.restoreCaret()
	e.Entry.TypedKey(ev)
	e.row.ui.selectionMoved()
	e.row.ui.keepCaretInView(e.row)
}

// TypedShortcut is part of fyne.Shortcutable: undo and redo go to the editor (the Entry's own
// history would not know about spans), the app's shortcuts run, the rest is the Entry's.
func (e *targetEntry) TypedShortcut(sc fyne.Shortcut) {
	if e.row.ui.handleShortcut(sc) {
		return
	}
	if f, ok := e.row.ui.revealTyping(e.row, e).(fyne.Shortcutable); ok && f != fyne.Shortcutable(e) {
		f.TypedShortcut(sc)
		return
	}
	e.restoreCaret()
	e.Entry.TypedShortcut(sc)
	e.row.ui.selectionMoved()
	e.row.ui.keepCaretInView(e.row)
}

// DragEnd is part of fyne.Draggable: a selection made with the mouse designates spans as one made
// with the keys does.
func (e *targetEntry) DragEnd() {
	e.Entry.DragEnd()
	e.row.ui.selectionMoved()
}

// DoubleTapped is part of fyne.DoubleTappable: it selects a word.
func (e *targetEntry) DoubleTapped(ev *fyne.PointEvent) {
	e.Entry.DoubleTapped(ev)
	e.row.ui.selectionMoved()
}

// caretMemo is the cursor's place while Fyne's Entry (2.7) shows it elsewhere. Word wrapping swallows
// the space where a line breaks, and when nothing follows that space on its line (it was just typed
// at the end of the text or of a paragraph) no wrapped row holds the offset after it: the Entry's next
// refresh moves the cursor back before the space, so that the next word was typed there ("how to
// workto solve … issues. "). The memo keeps the real offset for as long as the Entry's cursor and text
// stay as they were.
type caretMemo struct {
	off      int    // the cursor's code-point offset
	row, col int    // where the Entry shows the cursor instead
	text     string // the text the memo is for, "" for none
}

// caret returns the cursor's code-point offset in the text.
func (e *targetEntry) caret() int {
	m := e.memo
	if m.text != "" && m.text == e.Text && m.row == e.CursorRow && m.col == e.CursorColumn && e.SelectedText() == "" {
		return m.off
	}
	return e.CursorTextOffset()
}

// setCaret puts the cursor at code-point offset off, with nothing selected.
func (e *targetEntry) setCaret(off int) {
	off = min(max(off, 0), utf8.RuneCountInString(e.Text))
	defer e.withoutShift()()
	e.dropSelection()
	e.CursorRow, e.CursorColumn = cursorAt(&e.Entry, off)
	e.Refresh()
	e.remember(off)
}

// dropSelection lets go of the Entry's selection, which Fyne's Entry (2.7) keeps when its cursor is
// moved by setting CursorRow and CursorColumn: a later Shift+arrow, or selectRange, would then extend
// the old selection from its old anchor instead of starting a new one. Right without Shift is the
// Entry's own way to end a selection (the cursor goes to its end, the caller puts it where it wants).
func (e *targetEntry) dropSelection() {
	e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
}

// selectRange selects code points [a, b) of the text, the cursor ending at b. Fyne's Entry (2.7) has
// no call to set a selection, so this does what a person does: put the cursor at a and press
// Shift+Right until it reaches b. The keys go to the embedded Entry, as keystrokes that change no
// text, so nothing reaches the document; counting by the Entry's own offset, not by presses, keeps
// the end right where moving from one wrapped row to the next takes a press that moves no offset.
func (e *targetEntry) selectRange(a, b int) {
	n := utf8.RuneCountInString(e.Text)
	a, b = min(max(a, 0), n), min(max(b, 0), n)
	e.setCaret(a)
	e.memo = caretMemo{} // a selection shows the cursor where it is
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	e.Entry.KeyDown(shift)
	if !e.shiftDown { // else the person still holds it
		defer e.Entry.KeyUp(shift)
	}
	right := &fyne.KeyEvent{Name: fyne.KeyRight}
	for range 2 * (b - a + 1) { // one press a code point, one more at each wrapped row's end
		if e.CursorTextOffset() >= b {
			return
		}
		e.Entry.TypedKey(right)
	}
}

// remember notes that the cursor belongs at off, in case the Entry shows it elsewhere.
func (e *targetEntry) remember(off int) {
	e.memo = caretMemo{}
	if off <= utf8.RuneCountInString(e.Text) && e.CursorTextOffset() != off {
		e.memo = caretMemo{off: off, row: e.CursorRow, col: e.CursorColumn, text: e.Text}
	}
}

// restoreCaret puts the cursor back where it belongs before a key acts on it. The column may then
// run one past its row's end: the Entry's offset arithmetic (row start + column) still holds there.
func (e *targetEntry) restoreCaret() {
	if off, cur := e.caret(), e.CursorTextOffset(); off != cur {
		e.CursorColumn += off - cur
	}
	e.memo = caretMemo{}
}

// cursorAt returns the wrapped row and the column of code-point offset off in e's text: Fyne's Entry
// counts its cursor in wrapped rows, not in lines.
func cursorAt(e *widget.Entry, off int) (row, col int) {
	start := 0
	for n := 1; ; n++ {
		s := rowStart(e, n)
		if s < 0 || s > off {
			break
		}
		row, start = n, s
	}
	return row, off - start
}

// rowStart returns the code-point offset at which wrapped row n of e's text starts, -1 when there is
// no row n. The Entry says where a row starts only through CursorTextOffset, which does not check the
// row (past the last one it returns the column).
func rowStart(e *widget.Entry, n int) int {
	row, col := e.CursorRow, e.CursorColumn
	e.CursorRow, e.CursorColumn = n, 0
	off := e.CursorTextOffset()
	e.CursorRow, e.CursorColumn = row, col
	if n > 0 && off == 0 {
		return -1
	}
	return off
}
