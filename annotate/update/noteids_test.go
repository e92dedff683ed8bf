package update

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// reviewerNote is what a reviewer writes in Glose: French quotes, an emoji with its skin tone, and an
// accent written as a combining character, to come back byte for byte.
const reviewerNote = "Relu : « Rene\u0301e » 👍🏽 ok?"

// noteRound makes the merge-back round of notes: the translator's document d from a client's file,
// with two notes of theirs, exported; the reviewer opens the export in Glose, adds a note on the
// segment "Merci" and exports (returned); meanwhile the translator edits the first note and deletes
// the second. It returns the returned file's path and the ID of the reviewer's note.
func noteRound(t *testing.T, file, format string) (d *annotate.Document, path, reviewerID string) {
	t.Helper()
	d, _ = clientRound(t, file, format) // the note on "Fin.", exported with it
	e := annotate.NewEditor(d)
	merci := segmentOf(t, d, "Merci")
	must(t, e.AddNote(merci.ID, annotate.Note{Text: "Traducteur : « merci » 😀"}))
	files, _, err := formats.Write(format, []*annotate.Document{d}, formats.WriteOptions{})
	must(t, err)

	docs, _, err := formats.Read("export.xlf", files[0].Data, formats.ReadOptions{})
	must(t, err)
	r := docs[0]
	rm := segmentOf(t, r, "Merci")
	must(t, annotate.NewEditor(r).AddNote(rm.ID, annotate.Note{Text: reviewerNote}))
	reviewerID = rm.Notes[len(rm.Notes)-1].ID
	back, _, err := formats.Write(format, []*annotate.Document{r}, formats.WriteOptions{})
	must(t, err)
	path = filepath.Join(t.TempDir(), "reviewed.xlf")
	must(t, os.WriteFile(path, back[0].Data, 0o644))

	must(t, e.EditNote(merci.ID, len(merci.Notes)-1, "Traducteur : « merci bien » 😀")) // after the export
	end := segmentOf(t, d, "Fin.")
	must(t, e.RemoveNote(end.ID, len(end.Notes)-1))
	return d, path, reviewerID
}

// TestMergeBackTakesTheReviewersGloseNote: a note the reviewer added in Glose to the returned XLIFF 2
// or 1.2 of a client's file comes back once, byte for byte and with its ID, editable; the note the
// translator edited since the export keeps the translator's words (the summary names it), and the one
// they deleted stays deleted. Before note IDs, the reviewer's note was dropped.
func TestMergeBackTakesTheReviewersGloseNote(t *testing.T) {
	for _, c := range []struct{ file, format string }{{"client.xlf", "xliff"}, {"client12.xlf", "xliff12"}} {
		t.Run(c.format, func(t *testing.T) {
			d, path, rid := noteRound(t, c.file, c.format)
			p, _, err := ReadFile(d, path)
			must(t, err)
			if p.NewOriginal == nil || p.NotesFromFile != 1 || p.NotesRemoved != 1 || len(p.NotesDiffer) != 1 {
				t.Fatalf("plan: new original %v (kept %q), %d new notes, %d removed, differ %+v",
					p.NewOriginal != nil, p.OriginalKept, p.NotesFromFile, p.NotesRemoved, p.NotesDiffer)
			}
			sum := strings.Join(p.Summary(), "\n")
			for _, want := range []string{"differs in the file (\"Traducteur : « merci » 😀\"), the document keeps its own", "1 note deleted since the export left out"} {
				if !strings.Contains(sum, want) {
					t.Errorf("the summary lacks %q:\n%s", want, sum)
				}
			}
			e := annotate.NewEditor(d)
			_, err = Apply(e, p, Options{})
			must(t, err)
			checkRoundNotes(t, d, rid)

			out, _, err := formats.Write(c.format, []*annotate.Document{d}, formats.WriteOptions{})
			must(t, err)
			for text, want := range map[string]int{reviewerNote: 1, "« merci bien »": 1, "« merci » 😀": 0, "« fin »": 0} {
				if n := bytes.Count(out[0].Data, []byte(text)); n != want {
					t.Errorf("the next export holds %q %d times, want %d:\n%s", text, n, want, out[0].Data)
				}
			}
			again, _, err := ReadFile(d, path)
			must(t, err)
			if again.NotesFromFile != 0 {
				t.Errorf("the same file again: %d new notes, want none", again.NotesFromFile)
			}
		})
	}
}

// checkRoundNotes checks the notes after the update of noteRound: the translator's edited note, then
// the reviewer's, exactly; none on "Fin.".
func checkRoundNotes(t *testing.T, d *annotate.Document, rid string) {
	t.Helper()
	var glose []annotate.Note
	for _, n := range segmentOf(t, d, "Merci").Notes {
		if n.Glose {
			glose = append(glose, n)
		}
	}
	if len(glose) != 2 || glose[0].Text != "Traducteur : « merci bien » 😀" || glose[1].Text != reviewerNote || glose[1].ID != rid {
		t.Errorf("Glose's notes on Merci: %+v; want the translator's edited one, then the reviewer's %q (%s)", glose, reviewerNote, rid)
	}
	for _, n := range segmentOf(t, d, "Fin.").Notes {
		if n.Glose {
			t.Errorf("the note deleted after the export came back: %+v", n)
		}
	}
}
