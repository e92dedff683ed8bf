package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// lockedDoc is testDoc with its first two segments translated and the second locked, as a unit the
// client's file marks translate="no" imports.
func lockedDoc(t *testing.T) *annotate.Document {
	d := testDoc(t)
	d.Segments[0].Target = "Sergei Lavrov said so."
	d.Segments[1].Target, d.Segments[1].Status = "Donald Trump a salué", annotate.StatusReviewed
	d.Segments[1].Locked, d.Segments[1].LockReason = true, annotate.LockTranslateNo
	return d
}

// TestLockedFieldRefusesTyping: the English of a locked segment refuses characters, deletion,
// pasting and cutting, says why on the status line, and shows the lock mark and the grey veil; its
// words can still be selected (the field takes the focus). Its status and the insertion of the French
// are refused too, said the same way.
func TestLockedFieldRefusesTyping(t *testing.T) {
	ui, _ := newTestUI(t, lockedDoc(t), false)
	r := visibleRow(t, ui, 1)
	if !r.lock.Visible() || !r.veil.Visible() {
		t.Fatalf("the locked row shows lock mark %v, veil %v; want both", r.lock.Visible(), r.veil.Visible())
	}
	if other := visibleRow(t, ui, 0); other.lock.Visible() || other.veil.Visible() {
		t.Error("an unlocked row shows the lock")
	}
	ui.win.Canvas().Focus(r.entry)
	if ui.win.Canvas().Focused() != r.entry {
		t.Fatal("the locked field does not take the focus: its words cannot be selected and copied")
	}
	test.Type(r.entry, "x")
	r.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	enterIn(ui, true) // Shift+Enter, the line break (Enter alone goes on to the next segment)
	ui.app.Clipboard().SetContent("pasted")
	r.entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: ui.app.Clipboard()})
	r.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	r.entry.TypedShortcut(&fyne.ShortcutCut{Clipboard: ui.app.Clipboard()})
	seg := ui.doc.Segments[1]
	if seg.Target != "Donald Trump a salué" || r.entry.Text != seg.Target || ui.ed.CanUndo() {
		t.Errorf("the locked segment reads %q, its field %q (undo %v); want it unchanged", seg.Target, r.entry.Text, ui.ed.CanUndo())
	}
	if !strings.Contains(ui.status.Text, "Segment 2 is locked") {
		t.Errorf("the status line says %q, want why the typing is refused", ui.status.Text)
	}
	r.entry.SetText("set by a drop") // what gets past the keys is put back
	if seg.Target != "Donald Trump a salué" || r.entry.Text != seg.Target {
		t.Errorf("after a change past the keys: %q, field %q", seg.Target, r.entry.Text)
	}
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.Key3, Modifier: fyne.KeyModifierAlt})
	if seg.Status != annotate.StatusReviewed {
		t.Errorf("Alt+3 changed a locked segment's status to %s", seg.Status)
	}
	ui.setStatus("")
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if seg.Target != "Donald Trump a salué" || !strings.Contains(ui.status.Text, "Segment 2 is locked") {
		t.Errorf("Ctrl+Shift+I (copy the French) on the locked segment: %q, status line %q", seg.Target, ui.status.Text)
	}
}

// TestNavigationPassesLockedBy: Ctrl+Enter on the segment before a locked one confirms it and goes
// past the locked one; Ctrl+U does not stop at a locked segment without English; Ctrl+Enter on a
// locked segment confirms nothing and moves on.
func TestNavigationPassesLockedBy(t *testing.T) {
	d := lockedDoc(t)
	d.Segments[1].Target, d.Segments[1].Status = "", annotate.StatusNew // locked, and nothing in it
	ui, _ := newTestUI(t, d, false)
	ui.focusSegment(0, annotate.Target)
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	if ui.cur != 2 || d.Segments[0].Status != annotate.StatusTranslated {
		t.Errorf("Ctrl+Enter: current %d, first segment %s; want 2, translated", ui.cur, d.Segments[0].Status)
	}
	ui.focusSegment(0, annotate.Target)
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyU, Modifier: fyne.KeyModifierShortcutDefault})
	if ui.cur != 2 {
		t.Errorf("Ctrl+U went to %d, want 2 (past the locked segment)", ui.cur)
	}
	ui.focusSegment(1, annotate.Target)
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	if ui.cur != 2 || d.Segments[1].Status != annotate.StatusNew {
		t.Errorf("Ctrl+Enter on the locked segment: current %d, status %s; want 2, new", ui.cur, d.Segments[1].Status)
	}
}

// TestUnlockWithUndo: Segment › Unlock segment (greyed on an unlocked segment) makes the English
// editable; one Undo locks it again, and the field refuses typing again; Lock segment (Ctrl+Shift+L)
// locks an approved segment.
func TestUnlockWithUndo(t *testing.T) {
	ui, _ := newTestUI(t, lockedDoc(t), false)
	lock, unlock := actionNamed(t, ui, "Lock segment"), actionNamed(t, ui, "Unlock segment")
	ui.focusSegment(1, annotate.Target)
	if lock.applies() || !unlock.applies() {
		t.Errorf("on a locked segment: Lock applies %v, Unlock %v", lock.applies(), unlock.applies())
	}
	unlock.run()
	seg := ui.doc.Segments[1]
	r := visibleRow(t, ui, 1)
	if seg.Locked || r.lock.Visible() || r.veil.Visible() {
		t.Fatalf("after Unlock: locked %v, mark %v, veil %v", seg.Locked, r.lock.Visible(), r.veil.Visible())
	}
	ui.win.Canvas().Focus(r.entry)
	r.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(r.entry, "Trump hailed it.")
	if seg.Target != "Trump hailed it." {
		t.Fatalf("after Unlock, typing gives %q", seg.Target)
	}
	ui.undoStep() // the typing (with the review it took away)
	ui.undoStep() // the unlock
	r = visibleRow(t, ui, 1)
	if !seg.Locked || seg.Target != "Donald Trump a salué" || !r.lock.Visible() {
		t.Fatalf("after two Undos: locked %v, %q, mark %v; want locked, as before", seg.Locked, seg.Target, r.lock.Visible())
	}
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "x")
	if seg.Target != "Donald Trump a salué" {
		t.Errorf("locked again by Undo, the field took typing: %q", seg.Target)
	}
	ui.focusSegment(0, annotate.Target)
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if !ui.doc.Segments[0].Locked || ui.ed.UndoName() != "lock" {
		t.Errorf("Ctrl+Shift+L: locked %v, undo step %q", ui.doc.Segments[0].Locked, ui.ed.UndoName())
	}
}

// actionNamed returns the app's action of that (English) name.
func actionNamed(t *testing.T, ui *UI, name string) *action {
	t.Helper()
	for _, a := range ui.acts.all() {
		if a.name == name {
			return a
		}
	}
	t.Fatalf("no action %q", name)
	return nil
}

// TestLockMarkSaysWhy: the pointer resting on a locked row's lock mark shows, in the interface's
// language, who locked it (the client's file, and how; a translator; or, in a file of before, either)
// and how to unlock it.
func TestLockMarkSaysWhy(t *testing.T) {
	for _, c := range []struct {
		locale string
		why    annotate.LockReason
		want   []string
	}{
		{"fr_FR.UTF-8", annotate.LockTranslateNo, []string{"Verrouillé par le fichier du client (translate=\"no\")\u00a0:", "ne lui serait pas renvoyée", "Déverrouiller le segment"}},
		{"fr_FR.UTF-8", annotate.LockMemoQ, []string{"Verrouillé par le fichier du client (memoQ mq:locked)\u00a0:", "une modification lui sera renvoyée"}},
		{"fr_FR.UTF-8", annotate.LockTrados, []string{"(Trados sdl:seg locked=\"true\")"}},
		{"fr_FR.UTF-8", annotate.LockTranslator, []string{"Verrouillé par vous", "non par le fichier du client", "Déverrouiller le segment"}},
		{"fr_FR.UTF-8", annotate.LockUnknown, []string{"Verrouillé\u00a0: ni à traduire", "Déverrouiller le segment"}},
		{"en_GB.UTF-8", annotate.LockTranslateNo, []string{"Locked by the client’s file (translate=\"no\"):", "would not go back to them"}},
		{"en_GB.UTF-8", annotate.LockTranslator, []string{"Locked by you", "not by the client’s file"}},
	} {
		t.Run(c.locale+"/"+string(c.why), func(t *testing.T) { lockTipSays(t, c.locale, c.why, c.want) })
	}
}

// lockTipSays checks that the lock mark of a segment locked for reason why shows, in locale, a tip
// holding each of want, and that it goes when the pointer leaves.
func lockTipSays(t *testing.T, locale string, why annotate.LockReason, want []string) {
	useLocale(t, locale)
	d := lockedDoc(t)
	d.Segments[1].LockReason = why
	ui, _ := newTestUI(t, d, false)
	clock := holdTips(ui)
	r := visibleRow(t, ui, 1)
	cv := ui.win.Canvas()
	cv.Content().Refresh()
	test.MoveMouse(cv, centre(r.lock))
	clock.pass()
	got := ui.tips.showing()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("the lock mark's tip %q lacks %q", got, w)
		}
	}
	test.MoveMouse(cv, fyne.NewPos(1, 1))
	if got := ui.tips.showing(); got != "" {
		t.Errorf("tip %q left after the pointer left", got)
	}
}
