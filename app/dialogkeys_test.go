package app

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/formats"
)

// pressKey delivers a key without modifier as the driver does: to the focused widget, else to the
// canvas's handler.
func pressKey(ui *UI, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := ui.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	ui.win.Canvas().OnTypedKey()(ev)
}

// TestFileDialogsCloseOnEscape: Open, the folder chooser of a multi-file export and Save As close
// on Escape, as the app's other dialogs do, and the export writes nothing.
func TestFileDialogsCloseOnEscape(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	dir := t.TempDir()
	ui.path = filepath.Join(dir, "doc.json")
	brat, _ := formats.Lookup("brat")
	for _, c := range []struct {
		name string
		open func()
	}{
		{"Open", ui.openDialog},
		{"brat folder", func() { ui.exportTo(brat, formats.WriteOptions{}) }},
		{"Save As", ui.saveAsDialog},
	} {
		c.open()
		if n := len(ui.win.Canvas().Overlays().List()); n != 1 {
			t.Fatalf("%s: %d overlays, want the dialog", c.name, n)
		}
		pressKey(ui, fyne.KeyEscape)
		if n := len(ui.win.Canvas().Overlays().List()); n != 0 || len(ui.modals) != 0 {
			t.Errorf("%s: Escape left %d overlays (%d modals)", c.name, n, len(ui.modals))
			for top := ui.win.Canvas().Overlays().Top(); top != nil; top = ui.win.Canvas().Overlays().Top() {
				top.Hide()
			}
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("Escape wrote %d files", len(ents))
	}
}

// TestSaveAsNameBoxTakesEscape: Save As opens with the focus in its name box, which Fyne's Entry
// keeps Escape from; the app's box cancels the dialog on Escape, and Enter saves under the name typed.
func TestSaveAsNameBoxTakesEscape(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	dir := t.TempDir()
	ui.path = filepath.Join(dir, "doc.json")

	ui.saveAsDialog()
	box, ok := ui.win.Canvas().Focused().(*nameEntry)
	if !ok {
		t.Fatalf("focus on %T, want the app's name box", ui.win.Canvas().Focused())
	}
	if box.Text != "doc.json" {
		t.Errorf("name box %q, want doc.json", box.Text)
	}
	pressKey(ui, fyne.KeyEscape)
	if n := len(ui.win.Canvas().Overlays().List()); n != 0 || len(ui.modals) != 0 {
		t.Fatalf("Escape in the name box left %d overlays (%d modals)", n, len(ui.modals))
	}
	if _, err := os.Stat(ui.path); err == nil {
		t.Error("Escape saved the document")
	}

	ui.saveAsDialog()
	box = ui.win.Canvas().Focused().(*nameEntry)
	box.SetText("")
	test.Type(box, "copy")
	pressKey(ui, fyne.KeyReturn)
	if _, err := os.Stat(filepath.Join(dir, "copy.json")); err != nil {
		t.Errorf("Enter in the name box did not save: %v", err)
	}
	if n := len(ui.win.Canvas().Overlays().List()); n != 0 || len(ui.modals) != 0 {
		t.Errorf("%d overlays (%d modals) after saving", n, len(ui.modals))
	}
}

// TestFileNameBoxesKeptInStep: Fyne's save dialog writes a chosen file's name in its own box and
// reads its own box when saving; the box the app shows instead follows both ways: an empty name
// disables Save as in Fyne's, and a click on a file writes its name in the box.
func TestFileNameBoxesKeptInStep(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	dir := t.TempDir()
	ui.path = filepath.Join(dir, "doc.json")
	must(t, os.WriteFile(filepath.Join(dir, "other.json"), []byte("{}"), 0o644))
	ui.saveAsDialog()
	pop := ui.win.Canvas().Overlays().Top().(*widget.PopUp)
	box := ui.win.Canvas().Focused().(*nameEntry)
	fyneBox := findShown(pop, func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Entry); return ok })
	if fyneBox != nil {
		t.Fatal("Fyne's name box is still shown")
	}
	var save *widget.Button
	findShown(pop, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == "Save" {
			save = b
		}
		return false
	})
	if save == nil {
		t.Fatal("no Save button")
	}
	box.SetText("")
	if !save.Disabled() {
		t.Error("Save enabled with no name")
	}
	test.Type(box, "b.json")
	if save.Disabled() {
		t.Error("Save disabled with a name")
	}
	var item fyne.Tappable // a file of the folder shown, as Fyne draws it
	findShown(pop, func(o fyne.CanvasObject) bool {
		if tp, ok := o.(fyne.Tappable); ok && fmt.Sprintf("%T", o) == "*dialog.fileDialogItem" && findShown(o, func(o fyne.CanvasObject) bool {
			l, ok := o.(*widget.Label)
			return ok && (l.Text == "other" || l.Text == "other.json") // the grid view drops the extension
		}) != nil {
			item = tp
		}
		return false
	})
	if item == nil {
		t.Fatal("other.json is not shown in the dialog")
	}
	item.Tapped(&fyne.PointEvent{})
	if box.Text != "other.json" {
		t.Errorf("after a click on other.json, the name box says %q", box.Text)
	}
	box.escape()
}
