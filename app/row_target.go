package app

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// targetEntry is the English field of a row: a word-wrapping Entry whose undo goes through the
// document's editor and which passes the app's shortcuts on.
type targetEntry struct {
	widget.Entry
	row       *row
	binding   bool      // SetText from bind: not the user's typing
	memo      caretMemo // where the cursor is while the Entry cannot show it
	shiftDown bool      // Shift is held in the field (see withoutShift)
	smart     smartMark // the curly mark typed last (smartquotes.go)
	lost      typedLost // the tags the typing run going on removed (navigate.go)
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

// MouseDown is part of desktop.Mouseable: a press hides the hover tip of a code tag over the field,
// whose zone lets the press through (codetagtip.go), or cancels the tip due, as a click on any
// control does.
func (e *targetEntry) MouseDown(ev *desktop.MouseEvent) {
	e.row.ui.tips.hide()
	e.Entry.MouseDown(ev)
}

// TypedRune is part of fyne.Focusable: the Entry inserts the character, and the cursor stays after
// it even where Fyne cannot show it there (see caretMemo). A locked segment's field refuses it.
func (e *targetEntry) TypedRune(ch rune) {
	if f := e.row.ui.revealTyping(e.row, e); f != e {
		if f != nil { // the list shows the segment in another row now
			f.TypedRune(ch)
		}
		return
	}
	if e.refuseLocked() {
		return
	}
	e.restoreCaret()
	off := e.CursorTextOffset()
	if a, _, ok := entrySelection(&e.Entry); ok { // the character replaces the selection
		off = utf8.RuneCountInString(e.Text[:a])
	}
	e.typeRune(ch) // smart quotes (smartquotes.go)
	e.remember(off + 1)
	e.row.ui.keepCaretInView(e.row)
}

// TypedKey is part of fyne.Focusable: F1 shows the shortcuts, Escape leaves link mode, Enter goes to
// the next segment's English and Shift+Enter breaks the line (see enterInEnglish).
func (e *targetEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyF1:
		e.row.ui.showShortcuts()
		return
	case fyne.KeyF9: // memoQ's key: the next inline code of the client's file
		e.row.ui.run(e.row.ui.placeNextCode)
		return
	case fyne.KeyEscape:
		e.row.ui.cancelLink()
	case fyne.KeyReturn, fyne.KeyEnter:
		if !e.shiftDown {
			e.row.ui.enterInEnglish()
			return
		}
	}
	if f := e.row.ui.revealTyping(e.row, e); f != e {
		if t, ok := f.(*targetEntry); ok { // Shift is still held, now over that field
			t.shiftDown, e.shiftDown = e.shiftDown, false
		}
		if f != nil {
			f.TypedKey(ev)
		}
		return
	}
	if e.spellingKey(ev) {
		e.offerSpellingAtCaret()
		return
	}
	if editingKey(ev.Name) && e.refuseLocked() {
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
	if k, ok := textEndKey(sc); ok {
		e.TypedKey(&fyne.KeyEvent{Name: k})
		return
	}
	if f, ok := e.row.ui.revealTyping(e.row, e).(fyne.Shortcutable); ok && f != fyne.Shortcutable(e) {
		f.TypedShortcut(sc)
		return
	}
	if editingShortcut(sc) && e.refuseLocked() {
		return
	}
	e.restoreCaret()
	if !e.wordMove(sc) {
		e.Entry.TypedShortcut(sc)
	}
	e.row.ui.selectionMoved()
	e.row.ui.keepCaretInView(e.row)
}

// textEndKey returns the key Fyne's Entry (2.7) takes for Ctrl+Home or Ctrl+End (Shift held or
// not): Page Up and Page Down, which it moves to the start and the end of the whole text with, a
// selection following while Shift is down. Ctrl+Home and Ctrl+End themselves did nothing in the
// English, though every text field, and the French column, takes them so, and Home and End stop at
// a wrapped row's ends: the start of a long translation was out of reach but for Up row by row.
func textEndKey(sc fyne.Shortcut) (fyne.KeyName, bool) {
	cs, ok := sc.(*desktop.CustomShortcut)
	if !ok || cs.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) == 0 ||
		cs.Modifier&fyne.KeyModifierAlt != 0 {
		return "", false
	}
	switch cs.KeyName {
	case fyne.KeyHome:
		return fyne.KeyPageUp, true
	case fyne.KeyEnd:
		return fyne.KeyPageDown, true
	}
	return "", false
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
