package app

import (
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// TestRedoLeavesNoSelection (QA20): words selected in the English (to tag them), then the typing
// undone and redone: the field showed its whole English selected after the redo, and the next key
// typed replaced the whole translation. The redo now leaves the cursor after the text, nothing
// selected, and typing goes on from there.
func TestRedoLeavesNoSelection(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.entry)
	text := "its owner Evgeny Lebedev announced"
	test.Type(r.entry, text)
	r.entry.selectRange(utf8.RuneCountInString("its owner "), utf8.RuneCountInString("its owner Evgeny Lebedev"))
	if r.entry.SelectedText() != "Evgeny Lebedev" {
		t.Fatalf("selected %q", r.entry.SelectedText())
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if r = ui.rowFor(1); r.entry.Text != "" {
		t.Fatalf("undo: %q", r.entry.Text)
	}
	// Ctrl+Shift+Z: the field, focused, sees Shift go down before the shortcut and up after it
	shiftKey := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	r.entry.KeyDown(shiftKey)
	ui.handleShortcut(custom(fyne.KeyZ, ctrl|shift))
	r = ui.rowFor(1)
	r.entry.KeyUp(shiftKey)
	if r.entry.Text != text || r.entry.SelectedText() != "" || r.entry.caret() != utf8.RuneCountInString(text) {
		t.Errorf("redo: %q, %q selected, cursor at %d; want the text, nothing selected, the cursor at its end",
			r.entry.Text, r.entry.SelectedText(), r.entry.caret())
	}
	test.Type(r.entry, ".")
	if got := ui.doc.Segments[1].Target; got != text+"." {
		t.Errorf("typing after the redo gave %q, want %q", got, text+".")
	}
}
