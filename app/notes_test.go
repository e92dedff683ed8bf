package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestXLIFFNotesShown: an XLIFF file's notes (the client's instructions on the file, a comment on a
// unit) were kept in the document but never shown. Now the status line says the document has notes
// once it is open; rows whose segment has notes show a mark, others none; the current segment's
// first note is on the status line; the mark and Ctrl+Shift+N list the document's notes and the
// segment's, with their category (in French when it is a usual one), priority and side, emoji, « » and accents intact.
func TestXLIFFNotesShown(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, nil, false)
	ui.Open(filepath.Join("testdata", "notes.xlf"))
	if ui.doc == nil || len(ui.doc.Segments) != 3 {
		t.Fatal("the XLIFF did not open")
	}
	if !strings.Contains(ui.status.Text, "4 notes dans le fichier, dont 2 sur le document (Fichier › Notes…)") {
		t.Errorf("status once open: %q, want it to say the file has 4 notes, 2 on the document", ui.status.Text)
	}
	layOut(ui)
	for i, want := range []bool{true, false, true} {
		r := visibleRow(t, ui, i)
		if r.notes.Visible() != want {
			t.Errorf("row %d: note mark shown %v, want %v", i+1, r.notes.Visible(), want)
		}
	}
	ui.setCurrent(2)
	if want := "Segment 3 sur 3"; !strings.HasPrefix(ui.status.Text, want) || !strings.Contains(ui.status.Text, "note\u00a0: «\u00a0Nom propre : garder « Élysée ».\u00a0» (Ctrl+Maj+N") {
		t.Errorf("status of segment 3: %q", ui.status.Text)
	}

	test.Tap(visibleRow(t, ui, 0).notes)
	if ui.cur != 0 {
		t.Errorf("tapping the mark of row 1 left segment %d current", ui.cur+1)
	}
	want := []string{
		"(du fichier, consigne, priorité 1) Garder les guillemets « » et les emoji 👍🏽 tels quels ; ne pas traduire « Élysée ».",
		"(du fichier, client) Public : lecteurs britanniques.",
		"(du fichier, commentaire, priorité 2, sur l’anglais) Vérifier le titre 🇫🇷 : c'est un jeu de mots sur « Noe\u0308l ».",
	}
	if got := ui.notesShown.texts; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes dialog:\n%+q\nwant\n%+q", got, want)
	}
	if len(ui.notesShown.edit) != 0 {
		t.Errorf("the file's notes have %d Edit buttons, want none", len(ui.notesShown.edit))
	}
	ui.topModal().escape()

	ui.setCurrent(1)
	if !ui.handleShortcut(custom(fyne.KeyN, fyne.KeyModifierControl|fyne.KeyModifierShift)) {
		t.Fatal("Ctrl+Shift+N is no shortcut")
	}
	if notes := ui.notesShown.texts; len(notes) != 2 {
		t.Errorf("segment 2, which has no notes: the dialog lists %q, want the document's two", notes)
	}
}

// TestNoteMarkMovesFocus: tapping a row's note mark made its segment current (status line,
// Suggestions, Ctrl+1) but left the keyboard focus in the English of the segment that was current
// before, so what the user typed next went into another segment than Ctrl+1. Now the mark does
// what a click on the row does: its segment becomes current with the focus in its English.
func TestNoteMarkMovesFocus(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	ui.Open(filepath.Join("testdata", "notes.xlf"))
	layOut(ui)
	first := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(first.entry)
	test.Tap(visibleRow(t, ui, 2).notes)
	if m := ui.topModal(); m == nil {
		t.Fatal("the mark showed no notes")
	} else {
		m.escape()
	}
	if ui.cur != 2 {
		t.Fatalf("segment %d current after tapping row 3's mark", ui.cur+1)
	}
	third := visibleRow(t, ui, 2)
	if f := ui.win.Canvas().Focused(); f != third.entry {
		t.Fatalf("focus after the mark's dialog: %T %p, want row 3's English", f, f)
	}
	test.Type(ui.win.Canvas().Focused(), "Zz")
	if got := ui.doc.Segments[2].Target; got != "Zz" {
		t.Errorf("segment 3's English: %q, want the typing", got)
	}
	if got := ui.doc.Segments[0].Target; got != "" {
		t.Errorf("segment 1's English: %q, typing went into a segment that is not current", got)
	}
}

// TestNoteCountSaysAllTheFileHas: a file with a note on the document and three on its units was
// said to have « 1 note sur le document », read as all it had. The count now says the file's notes
// in all when its segments have some, and stays as it was when only the document has notes.
func TestNoteCountSaysAllTheFileHas(t *testing.T) {
	useLanguage(t, "fr")
	d := pairDoc("Un « mot » 👍🏽.", "Deux 🇫🇷.", "Noe\u0308l.")
	d.Notes = []annotate.Note{{Text: "Consigne « générale »."}}
	if got, want := documentNotesState(d), "1 note sur le document (Fichier › Notes…)"; got != want {
		t.Errorf("document note only: %q, want %q", got, want)
	}
	d.Segments[0].Notes = []annotate.Note{{Text: "a"}, {Text: "b"}}
	d.Segments[2].Notes = []annotate.Note{{Text: "c"}}
	if got, want := documentNotesState(d), "4 notes dans le fichier, dont 1 sur le document (Fichier › Notes…)"; got != want {
		t.Errorf("1 + 3 notes: %q, want %q", got, want)
	}
}
