package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// noteWords is a note with what a note must keep as typed: « », an emoji, a decomposed accent.
const noteWords = "Vérifier « Hidalgo » 😀, cafe\u0301"

// typeNote types text into the note form on screen and presses Return, which saves it.
func typeNote(t *testing.T, ui *UI, text string) {
	t.Helper()
	f := ui.notesShown
	if f == nil || f.entry == nil || ui.topModal() == nil {
		t.Fatal("no note form on screen")
	}
	if ui.win.Canvas().Focused() != f.entry {
		t.Error("the note form's field does not have the focus")
	}
	f.entry.SetText("")
	test.Type(f.entry, text)
	f.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// TestNotesAddEditDelete: a translator leaves a note on a segment from the keyboard (Alt+N), edits it
// and deletes it from the notes dialog, and adds one to the whole document; the row's mark and the
// dialog show each change at once, each is one undo step named in French, and the file's notes have
// no Edit or Delete.
func TestNotesAddEditDelete(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, nil, false)
	ui.Open(filepath.Join("testdata", "notes.xlf"))
	layOut(ui)
	ui.setCurrent(1) // no notes
	if !ui.handleShortcut(custom(fyne.KeyN, fyne.KeyModifierAlt)) {
		t.Fatal("Alt+N is no shortcut")
	}
	if !ui.notesShown.save.Disabled() {
		t.Error("Save is enabled for an empty note")
	}
	typeNote(t, ui, noteWords)
	seg := ui.doc.Segments[1]
	if len(seg.Notes) != 1 || seg.Notes[0].Text != noteWords || !seg.Notes[0].Glose {
		t.Fatalf("segment 2's notes after Alt+N: %+v", seg.Notes)
	}
	if ui.topModal() != nil {
		t.Error("the form stayed open after Return")
	}
	if !visibleRow(t, ui, 1).notes.Visible() || !ui.dirty || !strings.HasPrefix(ui.status.Text, "Note ajoutée") {
		t.Errorf("after adding: mark %v, changed %v, status %q", visibleRow(t, ui, 1).notes.Visible(), ui.dirty, ui.status.Text)
	}

	ui.handleShortcut(custom(fyne.KeyN, fyne.KeyModifierControl|fyne.KeyModifierShift))
	if got := ui.notesShown.texts; len(got) != 3 || got[2] != noteWords || len(ui.notesShown.edit) != 1 {
		t.Fatalf("notes dialog: %+q with %d Edit buttons; want the document's two and the new one, editable", got, len(ui.notesShown.edit))
	}
	test.Tap(ui.notesShown.edit[0])
	if got := ui.notesShown.entry.Text; got != noteWords {
		t.Errorf("the edit form shows %q, want the note", got)
	}
	ui.notesShown.entry.SetText("Vérifié : « Hidalgo » 😀")
	test.Tap(ui.notesShown.save)
	if got := seg.Notes[0].Text; got != "Vérifié : « Hidalgo » 😀" {
		t.Errorf("after Edit…: %q", got)
	}
	if got := ui.notesShown.texts; len(got) != 3 || got[2] != seg.Notes[0].Text {
		t.Errorf("the dialog shown again after the edit lists %+q", got)
	}
	test.Tap(ui.notesShown.del[0])
	if len(seg.Notes) != 0 || visibleRow(t, ui, 1).notes.Visible() {
		t.Errorf("after Delete: %+v, mark shown %v", seg.Notes, visibleRow(t, ui, 1).notes.Visible())
	}

	test.Tap(ui.notesShown.addDoc)
	typeNote(t, ui, "Pour l’équipe : « Élysée » 😀")
	if n := ui.doc.Notes; len(n) != 3 || n[2].Text != "Pour l’équipe : « Élysée » 😀" || !n[2].Glose || n[0].Glose {
		t.Errorf("document notes after Note on the document…: %+v", n)
	}
	ui.topModal().escape()

	for _, want := range []string{"Annulé\u00a0: la nouvelle note", "Annulé\u00a0: la suppression d’une note", "Annulé\u00a0: la modification d’une note"} {
		ui.undoStep()
		if !strings.HasPrefix(ui.status.Text, want) {
			t.Errorf("status after Undo: %q, want %q", ui.status.Text, want)
		}
	}
	if len(ui.doc.Notes) != 2 || len(seg.Notes) != 1 || seg.Notes[0].Text != noteWords || !visibleRow(t, ui, 1).notes.Visible() {
		t.Errorf("after three undos: document %d notes, segment %+v", len(ui.doc.Notes), seg.Notes)
	}
	ui.redoStep()
	if seg.Notes[0].Text != "Vérifié : « Hidalgo » 😀" || !strings.HasPrefix(ui.status.Text, "Rétabli") {
		t.Errorf("after redo: %+v, status %q", seg.Notes, ui.status.Text)
	}
}

// TestNoteFormCancels: Escape in the form, or Cancel, adds nothing; a note of blanks is not saved;
// Shift+Return starts a new line instead of saving.
func TestNoteFormCancels(t *testing.T) {
	ui, _ := newTestUI(t, pairDoc("Un « mot ».", "Deux."), false)
	ui.addNoteHere()
	e := ui.notesShown.entry
	test.Type(e, "abandonnée")
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	test.Type(e, "2")
	if e.Text != "abandonnée\n2" || ui.topModal() == nil {
		t.Errorf("after Shift+Return: %q, form open %v", e.Text, ui.topModal() != nil)
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	ui.addNoteHere()
	test.Type(ui.notesShown.entry, "   ")
	ui.notesShown.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ui.topModal() == nil {
		t.Error("Return closed the form of a blank note")
	}
	test.Tap(ui.notesShown.cancel)
	if n := ui.doc.Segments[0].Notes; len(n) != 0 || ui.ed.CanUndo() || ui.topModal() != nil {
		t.Errorf("after Escape and Cancel: notes %+v, undo %v, dialog %v", n, ui.ed.CanUndo(), ui.topModal() != nil)
	}
}

// TestNotesSavedReopenedMergedBack: the notes added in the app are saved in Glose JSON, marked as
// Glose's, read back editable (the file's still not), and an XLIFF export of the client's file
// writes the segment's note into its unit and the document's into the file's notes, as Glose's, the
// client's notes as they were.
func TestNotesSavedReopenedMergedBack(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	ui.Open(filepath.Join("testdata", "notes.xlf"))
	layOut(ui)
	ui.setCurrent(1)
	ui.addNoteHere()
	typeNote(t, ui, noteWords)
	ui.showNotes()
	test.Tap(ui.notesShown.addDoc)
	typeNote(t, ui, "Pour l’équipe")
	saved := filepath.Join(t.TempDir(), "notes.json")
	must(t, ui.saveTo(saved))

	ui2, _ := newTestUI(t, nil, false)
	ui2.Open(saved)
	layOut(ui2)
	if n := ui2.doc.Segments[1].Notes; len(n) != 1 || n[0].Text != noteWords || !n[0].Glose {
		t.Fatalf("segment 2's notes after reopening: %+v", n)
	}
	if !visibleRow(t, ui2, 1).notes.Visible() {
		t.Error("no note mark on segment 2 after reopening")
	}
	ui2.setCurrent(0)
	ui2.showNotes()
	if len(ui2.notesShown.texts) != 4 || len(ui2.notesShown.edit) != 1 || ui2.notesShown.texts[2] != "Pour l’équipe" {
		t.Errorf("segment 1 after reopening: %+q, %d editable; want the 3 of the file's and the document's note added, it alone editable",
			ui2.notesShown.texts, len(ui2.notesShown.edit))
	}
	if err := ui2.ed.EditNote(ui2.doc.Segments[0].ID, 0, "x"); err == nil {
		t.Error("the client's note could be edited after reopening")
	}

	data, err := annotate.Marshal(ui2.doc)
	must(t, err)
	out := filepath.Join(t.TempDir(), "notes-en.xlf")
	_, err = writeExport("xliff", data, formats.WriteOptions{}, out, false, nil)
	must(t, err)
	xlf, err := os.ReadFile(out)
	must(t, err)
	text := string(xlf)
	u2 := strings.Index(text, `<unit id="u2">`)
	segNote, docNote := ui2.doc.Segments[1].Notes[0].ID, ui2.doc.Notes[len(ui2.doc.Notes)-1].ID
	note := strings.Index(text, `<note id="`+segNote+`" category="glose">Vérifier « Hidalgo » 😀, cafe`+"\u0301</note>")
	if u2 < 0 || note < u2 || note > strings.Index(text, `<unit id="u3">`) {
		t.Errorf("the note is not in unit u2 of the merged file:\n%s", text)
	}
	if want := "Public : lecteurs britanniques.</note>\n   <note id=\"" + docNote + "\" category=\"glose\">Pour l’équipe</note>\n  </notes>"; !strings.Contains(text, want) {
		t.Errorf("the document's note is not after the client's in the file's <notes>:\n%s", text)
	}
	orig, err := os.ReadFile(filepath.Join("testdata", "notes.xlf"))
	must(t, err)
	for _, line := range strings.Split(string(orig), "\n") {
		if strings.Contains(line, "<note") && !strings.Contains(text, strings.TrimSpace(line)) {
			t.Errorf("the client's note is no longer as it was: %s", line)
		}
	}
}
