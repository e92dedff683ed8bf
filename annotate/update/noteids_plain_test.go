package update

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestPlainUpdateTellsNotesByID: for a document with no client's file, the returned file (Glose's own
// XLIFF 2 or 1.2, or the document as Glose JSON) gives back the reviewer's note added in Glose, once;
// the translator's note deleted since the export is not brought back (it was, before note IDs), and
// the one they edited keeps their words.
func TestPlainUpdateTellsNotesByID(t *testing.T) {
	for _, format := range []string{"xliff", "xliff12", "glose"} {
		t.Run(format, func(t *testing.T) {
			d := testDoc(t)
			e := annotate.NewEditor(d)
			must(t, e.AddNote("s2", annotate.Note{Text: "Mine: to delete"}))
			must(t, e.AddNote("s2", annotate.Note{Text: "Mine: « to edit »"}))
			files, _, err := formats.Write(format, []*annotate.Document{d}, formats.WriteOptions{})
			must(t, err)
			docs, _, err := formats.Read(files[0].Name, files[0].Data, formats.ReadOptions{})
			must(t, err)
			r := docs[0]
			must(t, annotate.NewEditor(r).AddNote(r.Segments[2].ID, annotate.Note{Text: reviewerNote}))
			rid := r.Segments[2].Notes[0].ID
			back, _, err := formats.Write(format, []*annotate.Document{r}, formats.WriteOptions{})
			must(t, err)
			path := filepath.Join(t.TempDir(), back[0].Name)
			must(t, os.WriteFile(path, back[0].Data, 0o644))

			must(t, e.RemoveNote("s2", 0))
			must(t, e.EditNote("s2", 0, "Mine: « edited »"))
			p, _, err := ReadFile(d, path)
			must(t, err)
			if p.NotesFromFile != 1 || p.NotesRemoved != 1 || len(p.NotesDiffer) != 1 || p.NotesDiffer[0].File != "Mine: « to edit »" {
				t.Fatalf("plan: %d new notes, %d removed, differ %+v; want 1, 1 and the edited one", p.NotesFromFile, p.NotesRemoved, p.NotesDiffer)
			}
			_, err = Apply(e, p, Options{})
			must(t, err)
			s2, s3 := d.Segments[1], d.Segments[2]
			if len(s2.Notes) != 1 || s2.Notes[0].Text != "Mine: « edited »" {
				t.Errorf("s2's notes: %+v, want only the edited one", s2.Notes)
			}
			if len(s3.Notes) != 1 || s3.Notes[0].Text != reviewerNote || s3.Notes[0].ID != rid || !s3.Notes[0].Glose {
				t.Errorf("s3's notes: %+v, want the reviewer's %q (%s), Glose's", s3.Notes, reviewerNote, rid)
			}
			again, _, err := ReadFile(d, path)
			must(t, err)
			if again.NotesFromFile != 0 {
				t.Errorf("the same file again takes %d notes, want none", again.NotesFromFile)
			}
		})
	}
}
