package update

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestUpdateFromReturnedGloseJSON: a reviewer who worked in Glose without turning Track changes on
// returns the document itself, as Glose JSON, their edits showing no changes. Updating the
// translator's document from it takes their English and status, shows the edit as a change to accept
// or reject against the translator's English, takes their note, and keeps the translator's links.
func TestUpdateFromReturnedGloseJSON(t *testing.T) {
	d := testDoc(t)
	files, _, err := formats.Write("glose", []*annotate.Document{d}, formats.WriteOptions{})
	must(t, err)
	returned, _, err := formats.Read("glose", files[0].Data, formats.ReadOptions{})
	must(t, err)
	r := annotate.NewEditor(returned[0])
	_, err = r.SetTarget("s2", "He went away 😀.")
	must(t, err)
	must(t, r.SetStatus("s2", annotate.StatusReviewed))
	must(t, r.AddNote("s2", annotate.Note{Text: "“left” reads as a direction."}))
	if returned[0].Segments[1].Changed() {
		t.Fatal("the reviewer's copy tracks changes: not the case tested")
	}
	files, _, err = formats.Write("glose", returned, formats.WriteOptions{})
	must(t, err)
	path := filepath.Join(t.TempDir(), "art-reviewed.json")
	must(t, os.WriteFile(path, files[0].Data, 0o644))

	p, _, err := ReadFile(d, path)
	must(t, err)
	if len(p.Changes) != 1 || p.Changes[0].Segment != "s2" || p.Unchanged != 2 || p.NotesFromFile != 1 {
		t.Fatalf("plan: %+v changes, %d unchanged, %d notes", p.Changes, p.Unchanged, p.NotesFromFile)
	}
	e := annotate.NewEditor(d)
	_, err = Apply(e, p, Options{})
	must(t, err)
	s2 := d.Segments[1]
	if s2.Target != "He went away 😀." || s2.Status != annotate.StatusReviewed || !s2.Changed() || s2.TranslatorTarget != "He left 😀." {
		t.Errorf("s2: %q %s, translator's %q", s2.Target, s2.Status, s2.TranslatorTarget)
	}
	if len(s2.Notes) != 1 || len(d.Links) != 1 {
		t.Errorf("s2's notes %+v, %d links", s2.Notes, len(d.Links))
	}
}
