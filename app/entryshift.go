package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Fyne's Entry (2.7) extends its selection on every cursor move while it has seen Shift go down and
// not up. The app moves the field's cursor itself during shortcuts that hold Shift (Ctrl+Shift+Z puts
// it after the text a redo typed again): with Shift still down, that move selected the whole English,
// and the next key typed replaced it. The field keeps track of Shift so that the app's own moves
// leave it up meanwhile.

// KeyDown is part of desktop.Keyable.
func (e *targetEntry) KeyDown(ev *fyne.KeyEvent) {
	if isShiftKey(ev.Name) {
		e.shiftDown = true
	}
	e.Entry.KeyDown(ev)
}

// KeyUp is part of desktop.Keyable.
func (e *targetEntry) KeyUp(ev *fyne.KeyEvent) {
	if isShiftKey(ev.Name) {
		e.shiftDown = false
	}
	e.Entry.KeyUp(ev)
}

// withoutShift tells the Entry Shift is up, when the person holds it, and returns what tells it
// Shift is down again: from the cursor where the app has put it, where a Shift+arrow then starts.
func (e *targetEntry) withoutShift() (again func()) {
	if !e.shiftDown {
		return func() {}
	}
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	e.Entry.KeyUp(shift)
	return func() { e.Entry.KeyDown(shift) }
}

func isShiftKey(k fyne.KeyName) bool { return k == desktop.KeyShiftLeft || k == desktop.KeyShiftRight }
