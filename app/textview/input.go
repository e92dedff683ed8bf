package textview

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// wordModifiers move the caret word by word with Left and Right (Control on
// Linux and Windows, Alt on macOS, as in Fyne's Entry).
const wordModifiers = fyne.KeyModifierControl | fyne.KeyModifierAlt | fyne.KeyModifierSuper

// offsetAt returns the cluster boundary nearest to pos.
func (t *TextView) offsetAt(pos fyne.Position) int {
	l, mu := t.layoutFor(t.Size().Width)
	defer mu.Unlock()
	return l.offsetAt(pos)
}

// clusterAt returns the offset of the cluster under pos, or the nearest
// boundary when pos is beside the text.
func (t *TextView) clusterAt(pos fyne.Position) int {
	l, mu := t.layoutFor(t.Size().Width)
	off := l.clusterAt(pos)
	if off < 0 {
		off = l.offsetAt(pos)
	}
	mu.Unlock()
	return off
}

// selectRange sets the selection and calls OnSelect if the user's action
// changed it since before.
func (t *TextView) selectRange(anchor, caret int, before [2]int) {
	t.anchor, t.caret = anchor, caret
	t.Refresh()
	t.notify(before)
}

func (t *TextView) notify(before [2]int) {
	s, e := t.Selection()
	if t.OnSelect == nil || [2]int{s, e} == before || s == e && before[0] == before[1] {
		return // unchanged, or the caret moved without selecting
	}
	t.OnSelect(s, e)
}

func (t *TextView) selection() [2]int {
	s, e := t.Selection()
	return [2]int{s, e}
}

func (t *TextView) requestFocus() {
	w, ok := t.outer().(fyne.Focusable)
	if !ok {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(t.outer()); c != nil && c.Focused() != w {
		c.Focus(w)
	}
}

// StaleTap reports whether the tap about to be delivered comes from a press after
// which the focus went elsewhere (see Tapped): a widget embedding TextView checks it
// before doing anything of its own on the tap.
func (t *TextView) StaleTap() bool { return t.pointer.pressed && t.focusLeft() }

// focusLeft reports whether the widget takes the focus and another object has it.
func (t *TextView) focusLeft() bool {
	w, ok := t.outer().(fyne.Focusable)
	if !ok {
		return false
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(t.outer())
	return c != nil && c.Focused() != w
}

// MouseDown is part of desktop.Mouseable: it places the caret, or extends
// the selection when Shift is held.
func (t *TextView) MouseDown(ev *desktop.MouseEvent) {
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	t.requestFocus()
	off := t.offsetAt(ev.Position)
	before := t.selection()
	t.pointer = pointerState{down: true, pressed: true, before: before,
		shiftDown: ev.Modifier&fyne.KeyModifierShift != 0 || t.shiftDown}
	if t.pointer.shiftDown {
		t.selectRange(t.anchor, off, before)
		t.pointer.before = t.selection()
		return
	}
	t.anchor, t.caret = off, off
	t.Refresh()
}

// MouseUp is part of desktop.Mouseable.
func (t *TextView) MouseUp(*desktop.MouseEvent) {
	if t.pointer.down && !t.pointer.dragging {
		t.pointer.down = false
		t.notify(t.pointer.before)
	}
}

// Tapped is part of fyne.Tappable: it clears the selection (unless the click
// extended it) and reports the innermost span under the pointer.
//
// Fyne's desktop driver delivers the tap of a widget that also takes double taps
// only once the double-click delay is over (300 ms), long after MouseDown placed
// the caret and took the focus. When the focus has gone elsewhere meanwhile (Ctrl+F
// pressed right after the click, a click in another field), the tap is stale: it
// does nothing, rather than take the focus back and send the keys typed next to
// this text.
func (t *TextView) Tapped(ev *fyne.PointEvent) {
	if t.StaleTap() {
		t.pointer = pointerState{}
		return
	}
	t.requestFocus()
	if !t.pointer.shiftDown {
		off := t.offsetAt(ev.Position)
		t.selectRange(off, off, t.selection())
	}
	t.pointer = pointerState{}
	if t.OnTapSpan == nil {
		return
	}
	if id, ok := t.spanAt(ev.Position); ok {
		t.OnTapSpan(id)
	}
}

// spanAt returns the ID of the innermost highlight drawn under pos.
func (t *TextView) spanAt(pos fyne.Position) (string, bool) {
	l, mu := t.layoutFor(t.Size().Width)
	off := l.clusterAt(pos)
	mu.Unlock()
	if off < 0 {
		return "", false
	}
	spans := normalizeSpans(nil, t.text, t.highlights, color.Transparent)
	best := -1
	for i, sp := range spans {
		if sp.start > off || off >= sp.end {
			continue
		}
		if best < 0 || sp.depth > spans[best].depth ||
			sp.depth == spans[best].depth && sp.end-sp.start < spans[best].end-spans[best].start {
			best = i
		}
	}
	if best < 0 {
		return "", false
	}
	return spans[best].id, true
}

// DoubleTapped is part of fyne.DoubleTappable: it selects the word under the
// pointer.
func (t *TextView) DoubleTapped(ev *fyne.PointEvent) {
	t.requestFocus()
	before := t.selection()
	if t.pointer.down {
		before = t.pointer.before
	}
	t.pointer = pointerState{}
	s, e := wordBounds(t.text, t.clusterAt(ev.Position))
	t.selectRange(s, e, before)
}

// Dragged is part of fyne.Draggable: it extends the selection from where the
// drag began to the pointer.
func (t *TextView) Dragged(ev *fyne.DragEvent) {
	if !t.pointer.dragging {
		if !t.pointer.down { // no MouseDown before: touch screens and tests
			t.pointer.before = t.selection()
			t.anchor = t.offsetAt(ev.Position.Subtract(ev.Dragged))
		}
		t.pointer.dragging, t.pointer.down = true, true
	}
	t.caret = t.offsetAt(ev.Position)
	t.Refresh()
}

// DragEnd is part of fyne.Draggable: it reports the selection.
func (t *TextView) DragEnd() {
	before := t.pointer.before
	t.pointer = pointerState{}
	t.notify(before)
}

// Cursor is part of desktop.Cursorable.
func (t *TextView) Cursor() desktop.Cursor { return desktop.TextCursor }

// FocusGained is part of fyne.Focusable.
func (t *TextView) FocusGained() {
	t.focused = true
	t.Refresh()
	if t.OnFocus != nil {
		t.OnFocus()
	}
}

// FocusLost is part of fyne.Focusable.
func (t *TextView) FocusLost() {
	t.focused, t.shiftDown = false, false
	t.Refresh()
}

// TypedRune is part of fyne.Focusable; the text is read-only.
func (t *TextView) TypedRune(rune) {}

// KeyDown is part of desktop.Keyable: it tracks Shift for selecting with
// the arrow keys.
func (t *TextView) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shiftDown = true
	}
}

// KeyUp is part of desktop.Keyable.
func (t *TextView) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		t.shiftDown = false
	}
}

// TypedKey is part of fyne.Focusable: arrows move the caret by cluster or
// line, Home and End to the ends of the line, extending the selection while
// Shift is held; Escape clears the selection.
func (t *TextView) TypedKey(ev *fyne.KeyEvent) {
	s, e := t.Selection()
	switch ev.Name {
	case fyne.KeyLeft:
		if s < e && !t.shiftDown {
			t.moveTo(s, false)
			return
		}
		t.moveTo(prevCluster(t.text, t.caret), t.shiftDown)
	case fyne.KeyRight:
		if s < e && !t.shiftDown {
			t.moveTo(e, false)
			return
		}
		t.moveTo(nextCluster(t.text, t.caret), t.shiftDown)
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyHome, fyne.KeyEnd:
		t.moveTo(t.lineTarget(ev.Name), t.shiftDown)
	case fyne.KeyEscape:
		t.moveTo(t.caret, false)
	}
}

// TypedShortcut is part of fyne.Shortcutable: copy, select all, and
// word-wise or whole-text movement with Control (Alt on macOS).
func (t *TextView) TypedShortcut(sc fyne.Shortcut) {
	switch sc := sc.(type) {
	case *fyne.ShortcutCopy:
		if s, e := t.Selection(); s < e && sc.Clipboard != nil {
			sc.Clipboard.SetContent(t.text[s:e])
		}
	case *fyne.ShortcutSelectAll:
		t.selectRange(0, len(t.text), t.selection())
	case *desktop.CustomShortcut:
		if sc.Modifier&wordModifiers == 0 {
			return
		}
		extend := sc.Modifier&fyne.KeyModifierShift != 0
		switch sc.KeyName {
		case fyne.KeyLeft:
			t.moveTo(prevWordStart(t.text, t.caret), extend)
		case fyne.KeyRight:
			t.moveTo(nextWordEnd(t.text, t.caret), extend)
		case fyne.KeyHome:
			t.moveTo(0, extend)
		case fyne.KeyEnd:
			t.moveTo(len(t.text), extend)
		}
	}
}

// moveTo moves the caret to off, keeping the anchor when extending.
func (t *TextView) moveTo(off int, extend bool) {
	anchor := off
	if extend {
		anchor = t.anchor
	}
	t.selectRange(anchor, off, t.selection())
}

// lineTarget returns where Up, Down, Home or End move the caret.
func (t *TextView) lineTarget(key fyne.KeyName) int {
	l, mu := t.layoutFor(t.Size().Width)
	defer mu.Unlock()
	li := l.lineOf(t.caret)
	ln := l.lines[li]
	switch key {
	case fyne.KeyHome:
		return ln.start
	case fyne.KeyEnd:
		if li+1 < len(l.lines) && l.lines[li+1].start == ln.end { // wrapped
			if trimmed := strings.TrimRightFunc(t.text[ln.start:ln.end], isBreakSpace); len(trimmed) > 0 {
				return ln.start + len(trimmed)
			}
		}
		return ln.end
	case fyne.KeyUp:
		if li == 0 {
			return 0
		}
		li--
	default:
		if li == len(l.lines)-1 {
			return len(t.text)
		}
		li++
	}
	x := l.xAt(l.lineOf(t.caret), t.caret)
	return l.offsetAt(fyne.NewPos(x, l.lineTop(li)+l.wc.lineH/2))
}
