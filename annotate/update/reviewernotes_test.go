package update

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestReviewersNotesOnGlosesOwnXLIFF: a document of plain text (no client's file) is exported to
// Glose's XLIFF 2 with a note of Glose's; the reviewer adds a note to a unit and corrects a target.
// The update takes the reviewer's note, read-only, once, beside Glose's own (not doubled), says so,
// one Undo takes it back, and the next export carries both notes.
func TestReviewersNotesOnGlosesOwnXLIFF(t *testing.T) {
	d := testDoc(t)
	e := annotate.NewEditor(d)
	must(t, e.AddNote("s2", annotate.Note{Text: "Mine: emoji kept?"}))
	files, _, err := formats.Write("xliff", []*annotate.Document{d}, formats.WriteOptions{})
	must(t, err)
	reviewed := replaceAll(t, files[0].Data,
		`<unit id="u2">`, `<unit id="u2">`+"\n   <notes><note category=\"review\">Reviewer: café or coffee?</note></notes>",
		"He left 😀.", "He went away 😀.")
	path := filepath.Join(t.TempDir(), "reviewed.xlf")
	must(t, os.WriteFile(path, reviewed, 0o644))

	p, _, err := ReadFile(d, path)
	must(t, err)
	if p.NotesFromFile != 1 || len(p.Changes) != 1 || p.NewOriginal != nil {
		t.Fatalf("plan: %d notes from the file, %d changes, new original %v", p.NotesFromFile, len(p.Changes), p.NewOriginal != nil)
	}
	if want := "1 new note from the file taken (those added in Glose editable, the others read-only)"; !strings.Contains(strings.Join(p.Summary(), "\n"), want) {
		t.Errorf("the summary lacks %q:\n%s", want, strings.Join(p.Summary(), "\n"))
	}
	res, err := Apply(e, p, Options{})
	must(t, err)
	if res.NotesFromFile != 1 || res.TookFile || !strings.Contains(res.Summary(), "1 new note from the file taken") {
		t.Errorf("result: %+v, %s", res, res.Summary())
	}
	s2, s3 := d.Segments[1], d.Segments[2]
	if len(s3.Notes) != 1 || s3.Notes[0].Text != "Reviewer: café or coffee?" || s3.Notes[0].Glose {
		t.Errorf("s3's notes: %+v", s3.Notes)
	}
	if len(s2.Notes) != 1 || !s2.Notes[0].Glose || s2.Target != "He went away 😀." {
		t.Errorf("s2: %q, notes %+v", s2.Target, s2.Notes)
	}
	again, _, err := formats.Write("xliff", []*annotate.Document{d}, formats.WriteOptions{})
	must(t, err)
	for _, n := range []string{"Reviewer: café or coffee?</note>", "Mine: emoji kept?</note>"} {
		if c := strings.Count(string(again[0].Data), n); c != 1 {
			t.Errorf("the next export has %q %d times:\n%s", n, c, again[0].Data)
		}
	}
	must(t, os.WriteFile(path, again[0].Data, 0o644))
	if p, _, err := ReadFile(d, path); err != nil || p.NotesFromFile != 0 {
		t.Errorf("updating from the next export takes %d notes again (%v)", p.NotesFromFile, err)
	}
	if !e.Undo() || len(s3.Notes) != 0 || s2.Target != "He left 😀." {
		t.Errorf("after Undo: s3's notes %+v, s2 %q", s3.Notes, s2.Target)
	}
}

// TestReviewersGloseNotesTaken: a reviewer who works in Glose adds a note (Alt+N) and returns Glose's
// XLIFF, where it is a note of category glose, as the translator's own are. The update takes it, as it
// takes a note of the reviewer's tool; the translator's own note, in the file too, is not doubled.
func TestReviewersGloseNotesTaken(t *testing.T) {
	d := testDoc(t)
	e := annotate.NewEditor(d)
	must(t, e.AddNote("s2", annotate.Note{Text: "Mine: emoji kept?"}))
	files, _, err := formats.Write("xliff", []*annotate.Document{d}, formats.WriteOptions{})
	must(t, err)
	reviewed := replaceAll(t, files[0].Data,
		`<unit id="u2">`, `<unit id="u2">`+"\n   <notes><note category=\"glose\">Gloss removed: the French explains it.</note></notes>")
	path := filepath.Join(t.TempDir(), "reviewed.xlf")
	must(t, os.WriteFile(path, reviewed, 0o644))
	p, _, err := ReadFile(d, path)
	must(t, err)
	if p.NotesFromFile != 1 {
		t.Fatalf("plan: %d notes from the file, want the reviewer's 1", p.NotesFromFile)
	}
	_, err = Apply(e, p, Options{})
	must(t, err)
	s2, s3 := d.Segments[1], d.Segments[2]
	if len(s3.Notes) != 1 || s3.Notes[0].Text != "Gloss removed: the French explains it." {
		t.Errorf("s3's notes: %+v", s3.Notes)
	}
	if len(s2.Notes) != 1 {
		t.Errorf("s2's notes: %+v, want the translator's one", s2.Notes)
	}
}
