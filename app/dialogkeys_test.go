package app

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// pressShortcut delivers sc as Fyne 2.7.1's desktop driver does (glfw window.triggersShortcut): an
// item of the window's main menu with that shortcut runs first, whatever covers the window; else the
// focused widget takes it; else the canvas. The test driver has no menu: calling the focused widget
// or the canvas alone would miss the way most shortcuts go in the real app.
func pressShortcut(ui *UI, sc fyne.Shortcut) {
	var inMenu func(items []*fyne.MenuItem) bool
	inMenu = func(items []*fyne.MenuItem) bool {
		for _, it := range items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return true
			}
			if it.ChildMenu != nil && inMenu(it.ChildMenu.Items) {
				return true
			}
		}
		return false
	}
	if m := ui.win.MainMenu(); m != nil {
		for _, menu := range m.Items {
			if inMenu(menu.Items) {
				return
			}
		}
	}
	c := ui.win.Canvas()
	if f, ok := c.Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(sc)
		return
	}
	c.(fyne.Shortcutable).TypedShortcut(sc)
}

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

// closeAll hides whatever a failed check left over the window.
func closeAll(ui *UI) {
	for top := ui.win.Canvas().Overlays().Top(); top != nil; top = ui.win.Canvas().Overlays().Top() {
		top.Hide()
	}
	ui.modals = nil
}

// TestQuitOverEveryDialog: Ctrl+Q over each kind of dialog (the export's warnings, where it did
// nothing, among them) does what the window's close button does: with unsaved changes, it asks over
// the dialog, once however often it is pressed; Cancel (Escape) leaves the dialog as it was, and Don't
// save closes the window; with none, it closes the window at once. The other shortcuts still wait.
func TestQuitOverEveryDialog(t *testing.T) {
	quit := custom(fyne.KeyQ, ctrl)
	for _, c := range dialogsToTry() {
		t.Run(c.name, func(t *testing.T) {
			ui, _ := newTestUI(t, testDoc(t), false)
			ui.opts.Confirm, ui.opts.Choose = nil, nil // the app's own dialogs
			ui.path = filepath.Join(t.TempDir(), "doc.json")
			ui.focusSegment(0, annotate.Target)
			c.open(ui)
			dlg := ui.win.Canvas().Overlays().Top()
			if dlg == nil {
				t.Fatal("no dialog shown")
			}
			_, err := ui.ed.SetTarget(ui.doc.Segments[0].ID, "Sergei Lavrov said so.")
			must(t, err)
			if !ui.dirty {
				t.Fatal("an edit left the document unchanged")
			}
			pressShortcut(ui, quit)
			pressShortcut(ui, quit) // a second time: the same question
			l := ui.win.Canvas().Overlays().List()
			if len(l) != 2 || l[0] != dlg || shownButton(l[1], "Don’t save") == nil {
				t.Fatalf("Ctrl+Q twice over the dialog: %d overlays, want the dialog and the question over it", len(l))
			}
			pressKey(ui, fyne.KeyEscape)
			if l := ui.win.Canvas().Overlays().List(); len(l) != 1 || l[0] != dlg || ui.closed {
				t.Fatalf("Cancel: %d overlays, closed %v; want the dialog as it was", len(l), ui.closed)
			}
			pressShortcut(ui, quit)
			b := shownButton(ui.win.Canvas().Overlays().Top(), "Don’t save")
			if b == nil {
				t.Fatal("no Don’t save in the question")
			}
			test.Tap(b)
			if !ui.closed {
				t.Error("Don’t save: the window stays open")
			}
		})
	}
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.showWarningList("Exported, but the file does not hold everything:", []string{"doccano keeps no entities"})
	pressShortcut(ui, quit)
	if !ui.closed {
		t.Error("Ctrl+Q over the warnings, nothing unsaved: the window stays open")
	}
}

// dialogsToTry are ways to open each kind of dialog over the window.
func dialogsToTry() []struct {
	name string
	open func(ui *UI)
} {
	brat, _ := formats.Lookup("brat")
	return []struct {
		name string
		open func(ui *UI)
	}{
		{"export warnings", func(ui *UI) {
			ui.showWarningList("Exported, but the file does not hold everything:", []string{"doccano keeps no entities"})
		}},
		{"Export (Ctrl+E)", func(ui *UI) { pressShortcut(ui, custom(fyne.KeyE, ctrl)) }},
		{"Save As (Ctrl+Shift+S)", func(ui *UI) { pressShortcut(ui, custom(fyne.KeyS, ctrl|shift)) }},
		{"Open (Ctrl+O)", func(ui *UI) { pressShortcut(ui, custom(fyne.KeyO, ctrl)) }},
		{"brat folder", func(ui *UI) { ui.exportTo(brat, formats.WriteOptions{}) }},
		{"error", func(ui *UI) { ui.showError(errors.New("disk full")) }},
		{"confirmation", func(ui *UI) { ui.confirm("Title", "Sure?", func(bool) {}) }},
		{"help (F1)", func(ui *UI) { pressKey(ui, fyne.KeyF1) }},
		{"document properties", func(ui *UI) { ui.propertiesDialog() }},
	}
}

// TestShortcutsWaitBehindEveryDialog opens each kind of dialog over a focused English field, as the
// QA tester did, and presses every shortcut of the app the way the desktop driver delivers it (the
// main menu first): the document, the current segment and the dialogs shown stay as they were, then
// Escape closes the dialog. Alt+3, Ctrl+Enter and Ctrl+Down used to act behind the Export dialog, and
// Ctrl+E to stack it over Save As.
func TestShortcutsWaitBehindEveryDialog(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	// English to confirm: Alt+3 and Ctrl+Enter would act on it without a dialog (an empty segment
	// cannot be marked translated at all).
	_, err := ui.ed.SetTarget(ui.doc.Segments[0].ID, "Sergei Lavrov said so.")
	must(t, err)
	ui.refreshAll()
	ui.opts.Confirm = nil // the app's own confirmation dialog
	ui.path = filepath.Join(t.TempDir(), "doc.json")
	brat, _ := formats.Lookup("brat")
	for _, c := range []struct {
		name string
		open func()
	}{
		{"Export (Ctrl+E)", func() { pressShortcut(ui, custom(fyne.KeyE, ctrl)) }},
		{"Save As (Ctrl+Shift+S)", func() { pressShortcut(ui, custom(fyne.KeyS, ctrl|shift)) }},
		{"Open (Ctrl+O)", func() { pressShortcut(ui, custom(fyne.KeyO, ctrl)) }},
		{"brat folder", func() { ui.exportTo(brat, formats.WriteOptions{}) }},
		{"error", func() { ui.showError(errors.New("disk full")) }},
		{"confirmation", func() { ui.confirm("Title", "Sure?", func(bool) {}) }},
		{"help (F1)", func() { pressKey(ui, fyne.KeyF1) }},
		{"document properties", ui.propertiesDialog},
	} {
		ui.focusSegment(0, annotate.Target)
		before, err := annotate.Marshal(ui.doc)
		must(t, err)
		cur := ui.cur
		c.open()
		if n := len(ui.win.Canvas().Overlays().List()); n != 1 {
			t.Errorf("%s: %d overlays, want the dialog", c.name, n)
			closeAll(ui)
			continue
		}
		dlg := ui.win.Canvas().Overlays().Top()
		acted := func() string {
			after, err := annotate.Marshal(ui.doc)
			must(t, err)
			switch l := ui.win.Canvas().Overlays().List(); {
			case string(after) != string(before):
				return "changed the document"
			case ui.cur != cur:
				return "moved to another segment"
			case ui.closed:
				return "closed the window"
			case len(l) != 1 || l[0] != dlg:
				return "changed the dialogs shown"
			}
			return ""
		}
		// the tester's keys first, then every shortcut of every action but Quit, which works over
		// dialogs (TestQuitOverEveryDialog)
		keys := []fyne.Shortcut{custom(fyne.Key3, alt), custom(fyne.KeyReturn, ctrl), custom(fyne.KeyDown, ctrl)}
		for _, a := range ui.acts.all() {
			if !a.overDialogs {
				keys = append(keys, a.short...)
			}
		}
		for _, sc := range keys {
			pressShortcut(ui, sc)
			if what := acted(); what != "" {
				t.Errorf("%s: %s %s behind the dialog", c.name, sc.ShortcutName(), what)
				break
			}
		}
		if acted() == "changed the dialogs shown" {
			closeAll(ui)
			continue
		}
		pressKey(ui, fyne.KeyEscape)
		if n := len(ui.win.Canvas().Overlays().List()); n != 0 || len(ui.modals) != 0 {
			t.Errorf("%s: Escape left %d overlays (%d modals)", c.name, n, len(ui.modals))
			closeAll(ui)
		}
	}
	pressShortcut(ui, custom(fyne.Key3, alt)) // no dialog: the shortcuts act again
	if st := ui.doc.Segments[ui.cur].Status; st != annotate.StatusTranslated {
		t.Errorf("Alt+3 with no dialog: status %s", st)
	}
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

// TestMenuShortcutsGoToTheDialog: over a dialog, a key bound to a menu item goes where it would go
// with no menu, to the dialog's focused widget: Ctrl+Down does nothing in the Save As name box, Ctrl+Z
// undoes the typing there (not in the document), and Ctrl+Y redoes it.
func TestMenuShortcutsGoToTheDialog(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.path = filepath.Join(t.TempDir(), "doc.json")
	must(t, ui.ed.SetStatus(ui.doc.Segments[0].ID, annotate.StatusDraft))
	ui.focusSegment(0, annotate.Target)
	pressShortcut(ui, custom(fyne.KeyS, ctrl|shift))
	box, ok := ui.win.Canvas().Focused().(*nameEntry)
	if !ok {
		t.Fatalf("focus on %T, want the app's name box", ui.win.Canvas().Focused())
	}
	box.SetText("")
	test.Type(box, "copy")
	pressShortcut(ui, custom(fyne.KeyDown, ctrl))
	pressShortcut(ui, &fyne.ShortcutUndo{})
	if box.Text != "" || ui.doc.Segments[0].Status != annotate.StatusDraft || ui.cur != 0 {
		t.Errorf("Ctrl+Down then Ctrl+Z in the name box: box %q, status %s, segment %d; want \"\", draft, 0",
			box.Text, ui.doc.Segments[0].Status, ui.cur)
	}
	pressShortcut(ui, &fyne.ShortcutRedo{})
	if box.Text != "copy" {
		t.Errorf("Ctrl+Y in the name box: %q, want \"copy\"", box.Text)
	}
	pressKey(ui, fyne.KeyEscape)
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
	item := shownFileItem(pop, "other", "other.json") // the grid view drops the extension
	if item == nil {
		t.Fatal("other.json is not shown in the dialog")
	}
	item.Tapped(&fyne.PointEvent{})
	if box.Text != "other.json" {
		t.Errorf("after a click on other.json, the name box says %q", box.Text)
	}
	box.escape()
}

// TestFileDialogsSayWhatFor: each file dialog's title names what the file is for, the menu item's
// words, where Fyne's says "Open File" whatever the file ("Ouvrir Fichier" in French).
func TestFileDialogsSayWhatFor(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.path = filepath.Join(t.TempDir(), "doc.json")
	for _, c := range []struct {
		open func()
		want string
	}{
		{ui.openDialog, "Open"},
		{ui.saveAsDialog, "Save As"},
		{ui.importTMXDialog, "Import a translation memory (TMX)"},
		{ui.exportTMXDialog, "Export the translation memory (TMX)"},
		{ui.importGlossaryDialog, "Import a glossary (TBX, CSV)"},
		{func() { ui.exportTo(formats.All()[0], formats.WriteOptions{}) }, "Export to Glose JSON"},
	} {
		c.open()
		top := ui.win.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("no dialog for %q", c.want)
		}
		var titles []string
		for _, o := range test.LaidOutObjects(top) {
			if l, ok := o.(*widget.Label); ok && l.TextStyle.Bold {
				titles = append(titles, l.Text)
			}
		}
		if !slices.Contains(titles, c.want) {
			t.Errorf("dialog titled %q, want %q", titles, c.want)
		}
		closeAll(ui)
	}
}

// TestFileDialogsUseTheRoom: a file dialog takes the room the window has, up to its own size, instead
// of Fyne's least (three files a row, their names broken in two), and never more than the window
// (less the content's padding).
func TestFileDialogsUseTheRoom(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	for _, c := range []struct{ window, want fyne.Size }{
		{fyne.NewSize(1200, 800), fyne.NewSize(fileDialogWidth, fileDialogHeight)},
		{fyne.NewSize(700, 500), fyne.NewSize(700-warningsMarginX, 500-warningsMarginX)},
	} {
		ui.win.Resize(c.window)
		ui.openDialog()
		pop, ok := ui.win.Canvas().Overlays().Top().(*widget.PopUp)
		if !ok {
			t.Fatal("the Open dialog is not on top")
		}
		if got := pop.Content.Size(); got.Width < c.want.Width-20 || got.Height < c.want.Height-20 || got.Width > c.window.Width || got.Height > c.window.Height {
			t.Errorf("in a window of %v the Open dialog is %v, want about %v", c.window, got, c.want)
		}
		closeAll(ui)
	}
}

// TestFileDialogsListWholeNames: a file dialog opens as a list, one whole name a row, where Fyne's
// grid breaks names longer than eight letters in two; a user who picks the grid keeps it (Fyne keeps
// the view in the preferences).
func TestFileDialogsListWholeNames(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "guardian.221754.json"), []byte("{}"), 0o644))
	ui.path = filepath.Join(dir, "doc.json")
	ui.openDialog()
	top := ui.win.Canvas().Overlays().Top()
	if findShown(top, func(o fyne.CanvasObject) bool { _, ok := o.(*widget.GridWrap); return ok }) != nil {
		t.Error("the Open dialog shows its files as a grid")
	}
	closeAll(ui)
	fyne.CurrentApp().Preferences().SetInt("fyne:fileDialogViewLayout", int(dialog.GridView))
	ui.openDialog()
	if findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool { _, ok := o.(*widget.GridWrap); return ok }) == nil {
		t.Error("the grid the user chose is not kept")
	}
	closeAll(ui)
}

// TestFileDialogsNamePlacesInFrench: in French the places on the left of a file dialog read
// « Dossier personnel » and « Ordinateur », as the system's file manager names them, not Fyne's
// English "Home" and "Computer", and the list is wide enough for the widest name.
func TestFileDialogsNamePlacesInFrench(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.openDialog()
	defer closeAll(ui)
	places, _ := findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		s, ok := o.(*container.Split)
		if !ok {
			return false
		}
		_, list := s.Leading.(*widget.List)
		return list
	}).(*container.Split)
	if places == nil {
		t.Fatal("no list of places in the Open dialog")
	}
	list := places.Leading.(*widget.List)
	var names []string
	for _, r := range shownPlaces(list) {
		names = append(names, r.name)
	}
	got := strings.Join(names, ", ")
	if !strings.Contains(got, "Dossier personnel") || !strings.Contains(got, "Ordinateur") || strings.Contains(got, "Home") {
		t.Errorf("places %q", got)
	}
	room := fyne.MeasureText("Dossier personnel", theme.TextSize(), fyne.TextStyle{}).Width
	if w := list.MinSize().Width; w < room {
		t.Errorf("list of places %v wide, « Dossier personnel » needs %v", w, room)
	}
}
