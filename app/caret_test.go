package app

import (
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestRedoPutsTheCursorAfterTheRedoneText: after Ctrl+Shift+Z (or Ctrl+Y) the cursor is at the end
// of the text typed again, so that typing goes on from there, not where the undo left it; after
// Ctrl+Z it is where the undone text was.
func TestRedoPutsTheCursorAfterTheRedoneText(t *testing.T) {
	for _, redo := range []fyne.Shortcut{custom(fyne.KeyZ, ctrl|shift), &fyne.ShortcutRedo{}} {
		d := testDoc(t)
		d.Segments[1].Target, d.Segments[1].Status = "Currently our dilogue is free", annotate.StatusDraft
		ui, _ := newTestUI(t, d, false)
		r := visibleRow(t, ui, 1)
		ui.win.Canvas().Focus(r.entry)
		r.entry.setCaret(utf8.RuneCountInString("Currently our di"))
		test.Type(r.entry, "a")
		end := utf8.RuneCountInString("Currently our dia")
		if d.Segments[1].Target != "Currently our dialogue is free" || r.entry.caret() != end {
			t.Fatalf("typed: %q, cursor at %d", d.Segments[1].Target, r.entry.caret())
		}
		r.entry.TypedShortcut(&fyne.ShortcutUndo{})
		if r = ui.rowFor(1); r.entry.Text != "Currently our dilogue is free" || r.entry.caret() != end-1 {
			t.Errorf("undo: %q, cursor at %d, want %d", r.entry.Text, r.entry.caret(), end-1)
		}
		r.entry.CursorColumn = 3 // the cursor moved away in between
		r.entry.TypedShortcut(redo)
		if r = ui.rowFor(1); r.entry.Text != "Currently our dialogue is free" || r.entry.caret() != end {
			t.Errorf("%s: %q, cursor at %d, want %d", redo.ShortcutName(), r.entry.Text, r.entry.caret(), end)
		}
		test.Type(r.entry, "!")
		if got := d.Segments[1].Target; got != "Currently our dia!logue is free" {
			t.Errorf("typing after %s gave %q", redo.ShortcutName(), got)
		}
	}
}

// TestRedoOfAWholeRunOfTyping: the first typing in a segment, undone and redone, leaves the cursor at
// the end of the text.
func TestRedoOfAWholeRunOfTyping(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.entry)
	text := "Currently our dialogue is free"
	test.Type(r.entry, text)
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if r = ui.rowFor(1); r.entry.Text != "" || r.entry.caret() != 0 {
		t.Errorf("undo: %q, cursor at %d", r.entry.Text, r.entry.caret())
	}
	ui.handleShortcut(custom(fyne.KeyZ, ctrl|shift))
	if r = ui.rowFor(1); r.entry.Text != text || r.entry.caret() != utf8.RuneCountInString(text) {
		t.Errorf("redo: %q, cursor at %d, want %d", r.entry.Text, r.entry.caret(), utf8.RuneCountInString(text))
	}
}

// TestUndoOfAConfirmationGoesBackToItsSegment: Ctrl+Enter confirms the segment and moves on; Ctrl+Z
// takes the confirmation back and goes back to that segment's English, where the translator was,
// instead of leaving them on the next one with nothing seen undone. Ctrl+Shift+Z confirms it again
// there; undoing a status set on the current segment (Alt+3) stays on it.
func TestUndoOfAConfirmationGoesBackToItsSegment(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.focusSegment(0, annotate.Target)
	typeKeys(ui, "Sergei Lavrov said so.")
	before := ui.doc.Segments[0].Status
	pressShortcut(ui, custom(fyne.KeyReturn, ctrl))
	if ui.cur != 1 || ui.doc.Segments[0].Status != annotate.StatusTranslated {
		t.Fatalf("Ctrl+Enter: segment %d current, first segment %s", ui.cur+1, ui.doc.Segments[0].Status)
	}
	pressShortcut(ui, &fyne.ShortcutUndo{})
	if ui.doc.Segments[0].Status != before {
		t.Errorf("Ctrl+Z: first segment %s, want %s", ui.doc.Segments[0].Status, before)
	}
	if r := ui.rowFor(0); ui.cur != 0 || r == nil || ui.win.Canvas().Focused() != r.entry {
		t.Errorf("Ctrl+Z: segment %d current, focus on %T; want the first segment's English", ui.cur+1, ui.win.Canvas().Focused())
	}
	pressShortcut(ui, custom(fyne.KeyZ, ctrl|shift))
	if ui.cur != 0 || ui.doc.Segments[0].Status != annotate.StatusTranslated {
		t.Errorf("Ctrl+Shift+Z: segment %d current, first segment %s", ui.cur+1, ui.doc.Segments[0].Status)
	}
	ui.focusSegment(1, annotate.Target)
	typeKeys(ui, "Trump hailed it.")
	pressShortcut(ui, custom(fyne.Key3, alt))
	pressShortcut(ui, &fyne.ShortcutUndo{})
	if ui.cur != 1 {
		t.Errorf("Ctrl+Z of Alt+3 on the current segment moved to segment %d", ui.cur+1)
	}
}

// TestCtrlHomeAndEndInTheEnglish: in a wrapped English, Ctrl+Home and Ctrl+End go to the start and
// the end of the whole text, and with Shift select up to there, as in any text field and as they do
// in the French column; Fyne's Entry knows only Home and End, which stop at the wrapped row's ends,
// so that the start of a long translation was out of reach of the keyboard but for Up pressed row
// by row.
func TestCtrlHomeAndEndInTheEnglish(t *testing.T) {
	d := testDoc(t)
	text := "« Currently » our dialogue is free of the ideologisation that characterised the Obama " +
		"administration 👍, said José́ Martínez, and we are men of action who want to find a way to agree " +
		"on everything that matters to both countries, here and now, for the years to come."
	d.Segments[1].Target, d.Segments[1].Status = text, annotate.StatusDraft
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.entry)
	mid := utf8.RuneCountInString(text) / 2
	r.entry.setCaret(mid)
	if r.entry.CursorRow == 0 {
		t.Fatalf("the English does not wrap at this width: nothing to test")
	}
	pressShortcut(ui, custom(fyne.KeyHome, ctrl))
	if r = ui.rowFor(1); r.entry.caret() != 0 {
		t.Errorf("Ctrl+Home: cursor at %d, want 0", r.entry.caret())
	}
	pressShortcut(ui, custom(fyne.KeyEnd, ctrl))
	if r = ui.rowFor(1); r.entry.caret() != utf8.RuneCountInString(text) {
		t.Errorf("Ctrl+End: cursor at %d, want %d", r.entry.caret(), utf8.RuneCountInString(text))
	}
	test.Type(r.entry, "!")
	if got := d.Segments[1].Target; got != text+"!" {
		t.Errorf("typing after Ctrl+End gave %q", got)
	}
	r.entry.setCaret(mid)
	shiftKey := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	r.entry.KeyDown(shiftKey)
	pressShortcut(ui, custom(fyne.KeyHome, ctrl|shift))
	r.entry.KeyUp(shiftKey)
	if got, want := r.entry.SelectedText(), string([]rune(text)[:mid]); got != want {
		t.Errorf("Shift+Ctrl+Home selected %q, want %q", got, want)
	}
}
