package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// appReviewerNote is a reviewer's note added in Glose: quotes, an emoji with its skin tone and an
// accent as a combining character, which come back byte for byte.
const appReviewerNote = "Relu : « Rene\u0301e » 👍🏽"

// reviewedClientFile makes the round of a client's XLIFF (format xliff or xliff12, from file): the
// translator adds a note on each of the first two segments and exports; the reviewer opens the export
// in Glose and adds a note on the second segment; meanwhile the translator edits the first note and
// deletes the second. It returns the UI of the translator's document and the reviewer's file.
func reviewedClientFile(t *testing.T, file, format string) (*UI, string) {
	t.Helper()
	path := filepath.Join("..", "annotate", "formats", "testdata", "merge", file)
	data, err := os.ReadFile(path)
	must(t, err)
	docs, _, err := formats.Read(path, data, formats.ReadOptions{})
	must(t, err)
	d := docs[0]
	e := annotate.NewEditor(d)
	for _, s := range d.Segments[:2] {
		must(t, e.AddNote(s.ID, annotate.Note{Text: "Traductrice : " + s.ID}))
	}
	first, _, err := formats.Write(format, docs, formats.WriteOptions{})
	must(t, err)
	back, _, err := formats.Read("export.xlf", first[0].Data, formats.ReadOptions{})
	must(t, err)
	r := back[0]
	must(t, annotate.NewEditor(r).AddNote(r.Segments[1].ID, annotate.Note{Text: appReviewerNote}))
	returned, _, err := formats.Write(format, back, formats.WriteOptions{})
	must(t, err)
	out := filepath.Join(t.TempDir(), "relu.xlf")
	must(t, os.WriteFile(out, returned[0].Data, 0o644))

	ui, _ := newTestUI(t, d, false)
	s0, s1 := d.Segments[0], d.Segments[1]
	must(t, ui.ed.EditNote(s0.ID, len(s0.Notes)-1, "Traductrice : « revue »"))
	must(t, ui.ed.RemoveNote(s1.ID, len(s1.Notes)-1))
	return ui, out
}

// TestUpdateTakesTheReviewersGloseNote: updating a client's document from the reviewer's returned
// XLIFF 2 or 1.2 takes the note the reviewer added in Glose (it was dropped): the French summary counts
// it, names the note whose words differ and counts the one deleted since the export; after Apply, the
// Notes dialog shows the reviewer's note once, exactly, editable, and the translator's edited note in
// their words; the deleted one does not come back.
func TestUpdateTakesTheReviewersGloseNote(t *testing.T) {
	useLanguage(t, "fr")
	for _, c := range []struct{ file, format string }{{"client.xlf", "xliff"}, {"client12.xlf", "xliff12"}} {
		t.Run(c.format, func(t *testing.T) {
			ui, path := reviewedClientFile(t, c.file, c.format)
			id0, id1 := ui.doc.Segments[0].ID, ui.doc.Segments[1].ID
			ui.updateFrom(path)
			summaryLine(t, ui, "«\u00a0relu.xlf\u00a0» remplace alors")
			summaryLine(t, ui, "La note du fichier sur le segment 1 dit «\u00a0Traductrice : "+id0+"\u00a0»\u00a0: le document garde la sienne")
			summaryLine(t, ui, "1 note supprimée dans Glose depuis l’export\u00a0: pas rétablie")
			tapDialogButton(t, ui, "Appliquer")

			ui.setCurrent(1)
			ui.showNotes()
			got := ui.notesShown.texts
			if n := countSuffix(got, appReviewerNote); n != 1 || countSuffix(got, "Traductrice : "+id1) != 0 || len(ui.notesShown.edit) != 1 {
				t.Errorf("the Notes dialog of segment 2 lists %q with %d Edit buttons; want the reviewer's note once, editable, and not the deleted one", got, len(ui.notesShown.edit))
			}
			closeAll(ui)
			ui.setCurrent(0)
			ui.showNotes()
			if got := ui.notesShown.texts; countSuffix(got, "Traductrice : « revue »") != 1 || countSuffix(got, "Traductrice : "+id0) != 0 {
				t.Errorf("the Notes dialog of segment 1 lists %q; want the translator's edited note", got)
			}
			closeAll(ui)
		})
	}
}

// countSuffix counts the lines of texts ending with s.
func countSuffix(texts []string, s string) int {
	return len(slices.DeleteFunc(slices.Clone(texts), func(x string) bool { return !strings.HasSuffix(x, s) }))
}
