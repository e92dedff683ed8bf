package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// enterIn presses Return in the focused field, Shift held or not, as the desktop driver sends it:
// Shift's KeyDown first, then the key, then Shift's KeyUp.
func enterIn(ui *UI, shift bool) {
	f := ui.win.Canvas().Focused()
	k, _ := f.(desktop.Keyable)
	sh := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	if shift && k != nil {
		k.KeyDown(sh)
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if shift {
		if k, ok := ui.win.Canvas().Focused().(desktop.Keyable); ok {
			k.KeyUp(sh)
		}
	}
}

// TestEnterInTheEnglishGoesToTheNextSegment: Enter in the English goes to the next segment's
// English, as in OmegaT, memoQ and Trados, without confirming the one left or breaking its line (a
// segment is a sentence, and a line break typed by habit went unseen into the XLIFF); Shift+Enter
// breaks the line at the caret; a locked segment is passed by as any other; on the last segment
// Enter stays and says so.
func TestEnterInTheEnglishGoesToTheNextSegment(t *testing.T) {
	d := pairDoc("« Déjà vu », dit-il.", "L’été 👍🏽 à José́.", "Troisième phrase.")
	d.Segments[1].Target, d.Segments[1].Status = "Summer at José́'s.", annotate.StatusReviewed
	d.Segments[1].Locked, d.Segments[1].LockReason = true, annotate.LockTranslateNo
	ui, _ := newTestUI(t, d, false)
	c := ui.win.Canvas()
	ui.focusSegment(0, annotate.Target)
	test.Type(c.Focused(), "“Déjà vu” 👍🏽,")
	enterIn(ui, true)
	test.Type(c.Focused(), "he said.")
	if want := "“Déjà vu” 👍🏽,\nhe said."; d.Segments[0].Target != want {
		t.Errorf("Shift+Enter: the English reads %q, want %q", d.Segments[0].Target, want)
	}
	enterIn(ui, false)
	if ui.cur != 1 || c.Focused() != fyne.Focusable(ui.rowFor(1).entry) {
		t.Fatalf("Enter: segment %d, focus on %T; want segment 2's English", ui.cur+1, c.Focused())
	}
	if seg := d.Segments[0]; seg.Status != annotate.StatusDraft || strings.Count(seg.Target, "\n") != 1 {
		t.Errorf("Enter left segment 1 %s, %q; want a draft with its one line break", seg.Status, seg.Target)
	}
	enterIn(ui, false) // the locked segment
	if ui.cur != 2 || d.Segments[1].Target != "Summer at José́'s." {
		t.Errorf("Enter in the locked segment: segment %d, English %q", ui.cur+1, d.Segments[1].Target)
	}
	enterIn(ui, false)
	if ui.cur != 2 || d.Segments[2].Target != "" || !strings.Contains(ui.status.Text, "last segment") {
		t.Errorf("Enter on the last segment: segment %d, English %q, status %q", ui.cur+1, d.Segments[2].Target, ui.status.Text)
	}
	if d.Segments[0].Status.Done() || d.Segments[2].Status.Done() {
		t.Errorf("Enter confirmed a segment: statuses %s, %s", d.Segments[0].Status, d.Segments[2].Status)
	}
	rows := ui.shortcutRows() // the help sheet says so
	for _, want := range [][2]string{{"Go to the next segment’s English, without confirming it", "Enter"}, {"Break the line (a segment is one sentence: rarely wanted)", "Shift+Enter"}} {
		if !slices.Contains(rows, want) {
			t.Errorf("the help sheet lacks %q", want)
		}
	}
}

// TestEnterInTheFrenchStillGoesToItsEnglish: Enter in the French column keeps its role, the way
// into the same segment's English; a second Enter then goes on to the next segment.
func TestEnterInTheFrenchStillGoesToItsEnglish(t *testing.T) {
	ui, _ := newTestUI(t, pairDoc("Une phrase.", "Une autre."), false)
	c := ui.win.Canvas()
	ui.focusSegment(0, annotate.Source)
	enterIn(ui, false)
	if ui.cur != 0 || c.Focused() != fyne.Focusable(ui.rowFor(0).entry) {
		t.Fatalf("Enter in the French: segment %d, focus %T; want segment 1's English", ui.cur+1, c.Focused())
	}
	enterIn(ui, false)
	if ui.cur != 1 {
		t.Errorf("Enter in the English then: segment %d, want 2", ui.cur+1)
	}
}
