package annotate

import (
	"regexp"
	"slices"
	"testing"
)

// TestNoteIDs: a note added in Glose gets an ID at once (an XML NMTOKEN apart from a client's "n1"),
// its own in the document, kept through its edits; removing it records its ID, which Undo takes back;
// Glose JSON keeps both, and the file validates against the schema.
func TestNoteIDs(t *testing.T) {
	d := testDoc(t)
	s := d.Segments[0]
	s.Notes = []Note{{ID: "n1", Text: "the client's"}}
	e := NewEditor(d)
	mustNote(t, e.AddNote(s.ID, Note{Text: "a"}))
	mustNote(t, e.AddNote(s.ID, Note{Text: "b", ID: "n1"})) // an ID the document has: a new one
	mustNote(t, e.AddNote("", Note{Text: "c"}))
	a, b := s.Notes[1].ID, s.Notes[2].ID
	shape := regexp.MustCompile(`^g-[a-z2-7]{10}$`)
	if !shape.MatchString(a) || !shape.MatchString(b) || a == b || !shape.MatchString(d.Notes[0].ID) {
		t.Fatalf("IDs %q, %q, %q: want g- and ten letters or digits, each its own", a, b, d.Notes[0].ID)
	}
	mustNote(t, e.EditNote(s.ID, 1, "a, edited"))
	if s.Notes[1].ID != a {
		t.Errorf("the edit changed the ID %q to %q", a, s.Notes[1].ID)
	}
	mustNote(t, e.RemoveNote(s.ID, 1))
	if !slices.Equal(d.Meta.RemovedNotes, []string{a}) {
		t.Errorf("removed notes %q, want [%s]", d.Meta.RemovedNotes, a)
	}
	data, err := Marshal(d)
	mustNote(t, err)
	if _, err := ValidateJSON(data, "ids.json"); err != nil {
		t.Fatalf("schema: %v", err)
	}
	back, err := Unmarshal(data, "ids.json")
	mustNote(t, err)
	if !slices.Equal(back.Meta.RemovedNotes, []string{a}) || back.Segments[0].Notes[1].ID != b {
		t.Errorf("read back: removed %q, note %+v", back.Meta.RemovedNotes, back.Segments[0].Notes[1])
	}
	if !e.Undo() || len(d.Meta.RemovedNotes) != 0 || s.Notes[1].ID != a {
		t.Errorf("after Undo: removed %q, notes %+v", d.Meta.RemovedNotes, s.Notes)
	}
}

// TestOlderGloseNotesGetIDsOnLoad: a file written before note IDs opens with an ID for each note
// added in Glose, the same at every reading (a reviewer's copy of the file gives the same), and the
// next save keeps them; the client's notes get none.
func TestOlderGloseNotesGetIDsOnLoad(t *testing.T) {
	d := testDoc(t)
	d.Segments[0].Notes = []Note{{Text: "client"}, {Text: "same", Glose: true}, {Text: "same", Glose: true}}
	d.Notes = []Note{{Text: "same", Glose: true}}
	data, err := Marshal(d)
	mustNote(t, err)
	one, err := Unmarshal(data, "old.json")
	mustNote(t, err)
	two, err := Unmarshal(data, "old.json")
	mustNote(t, err)
	n := one.Segments[0].Notes
	if n[0].ID != "" || n[1].ID == "" || n[2].ID == "" || n[1].ID == n[2].ID || one.Notes[0].ID == n[1].ID {
		t.Fatalf("IDs given: %+v, document %+v", n, one.Notes)
	}
	if !slices.Equal(n, two.Segments[0].Notes) || !slices.Equal(one.Notes, two.Notes) {
		t.Errorf("two readings give other IDs: %+v, %+v", n, two.Segments[0].Notes)
	}
	saved, err := Marshal(one)
	mustNote(t, err)
	again, err := Unmarshal(saved, "old.json")
	mustNote(t, err)
	if !slices.Equal(again.Segments[0].Notes, n) {
		t.Errorf("the save lost the IDs: %+v", again.Segments[0].Notes)
	}
}

func mustNote(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
