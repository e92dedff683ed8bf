package formats

import (
	"bytes"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestGloseNotesComeBackAsGlose: the notes Glose wrote into a client's file (category="glose",
// from="glose") come back, when the merged file is imported again, as Glose's own notes, editable;
// exported again without change the file is the same (no note written twice); an edited note replaces
// the former one in the file, and once every note of Glose's is deleted the export is the file as if
// none had been written (a <notes> left without a note goes): XLIFF 2 and 1.2, valid XLIFF 2. The note
// on tu1, a unit without notes whose segment's state changes, once made that export fail (overlapping
// edits).
func TestGloseNotesComeBackAsGlose(t *testing.T) {
	for _, c := range []struct {
		format    string
		read      func(*testing.T) ([]byte, *annotate.Document)
		translate func(*testing.T, *annotate.Document) map[string]string
		units     [2][2]string // unit and French of two segments to note
		mark      string
	}{
		{"xliff", readClient, translateClient, [2][2]string{{"tu1", "Le café"}, {"tu3", "Elle"}}, `category="glose"`},
		{"xliff12", readClient12, translateClient12, [2][2]string{{"tu1", "Le café"}, {"tu6", "Fin"}}, `from="glose#g-`},
	} {
		t.Run(c.format, func(t *testing.T) {
			write := func(d *annotate.Document) []byte {
				t.Helper()
				files, _, err := Write(c.format, []*annotate.Document{d}, WriteOptions{})
				mustDo(t, err)
				if c.format == "xliff" {
					xmllintXLIFF(t, files[0].Data)
				}
				return files[0].Data
			}
			_, fresh := c.read(t)
			_, base := c.read(t)
			c.translate(t, base)
			stripAdded(base, fresh)
			plain := write(base)

			_, d := c.read(t)
			c.translate(t, d)
			stripAdded(d, fresh)
			ed := annotate.NewEditor(d)
			mustDo(t, ed.AddNote(clientSeg(t, d, c.units[0][0], c.units[0][1]).ID, annotate.Note{Text: "Title « ok » 😀"}))
			mustDo(t, ed.AddNote(clientSeg(t, d, c.units[1][0], c.units[1][1]).ID, annotate.Note{Text: "Checked & kept.", AppliesTo: annotate.Target}))
			mustDo(t, ed.AddNote("", annotate.Note{Text: "Team: Rene\u0301e."}))
			mine := clientSeg(t, d, c.units[1][0], c.units[1][1]).Notes
			wantID := mine[len(mine)-1].ID
			merged := write(d)
			if n := bytes.Count(merged, []byte(c.mark)); n != 3 {
				t.Fatalf("%d notes marked %s, want 3:\n%s", n, c.mark, merged)
			}

			docs, _, err := Read("merged.xlf", merged, ReadOptions{})
			mustDo(t, err)
			back := docs[0]
			s := clientSeg(t, back, c.units[1][0], c.units[1][1])
			if n := s.Notes; len(n) == 0 || n[len(n)-1].Text != "Checked & kept." || !n[len(n)-1].Glose || n[len(n)-1].Category != "" || n[len(n)-1].ID != wantID || wantID == "" {
				t.Fatalf("Glose's note reads back as %+v, want Glose's own, with its ID", n)
			}
			if again := write(back); !bytes.Equal(again, merged) {
				t.Errorf("imported and exported again, the file changed:\n%s\nwant:\n%s", again, merged)
			}

			ed = annotate.NewEditor(back)
			mustDo(t, ed.EditNote(s.ID, len(s.Notes)-1, "Checked again « ok » 😀"))
			edited := write(back)
			if bytes.Count(edited, []byte(c.mark)) != 3 || !bytes.Contains(edited, []byte("Checked again « ok » 😀")) || bytes.Contains(edited, []byte("Checked &amp; kept.")) {
				t.Errorf("the edited note does not replace the former one:\n%s", edited)
			}

			for _, id := range append([]string{""}, segIDs(back)...) {
				notes := notesOfSeg(back, id)
				for i := len(notes) - 1; i >= 0; i-- {
					if notes[i].Glose {
						mustDo(t, ed.RemoveNote(id, i))
					}
				}
			}
			if none := write(back); !bytes.Equal(none, plain) {
				t.Errorf("with Glose's notes deleted, the export is not the file without them:\n%s\nwant:\n%s", none, plain)
			}
		})
	}
}

// stripAdded gives d's segments the notes they have in fresh, as read: the helpers that translate
// add some.
func stripAdded(d, fresh *annotate.Document) {
	for _, s := range d.Segments {
		s.Notes = fresh.Segment(s.ID).Notes
	}
}

func segIDs(d *annotate.Document) []string {
	ids := make([]string, len(d.Segments))
	for i, s := range d.Segments {
		ids[i] = s.ID
	}
	return ids
}

// notesOfSeg is the notes of segment id, or of the document for "".
func notesOfSeg(d *annotate.Document, id string) []annotate.Note {
	if id == "" {
		return d.Notes
	}
	return d.Segment(id).Notes
}
