package annotate

import (
	"bytes"
	"strings"
	"testing"
)

// TestUnitsAndNotesRoundTrip: the ID of a translation tool's unit, a segment's ID inside it and the
// notes on segments and documents go through Glose JSON unchanged, validate against the schema, and
// are left out of a document that has none, so that older files read and write as before.
func TestUnitsAndNotesRoundTrip(t *testing.T) {
	plain, err := Marshal(testDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"unit"`, `"unitSegment"`, `"notes"`} {
		if bytes.Contains(plain, []byte(key)) {
			t.Errorf("a document without units or notes has %s", key)
		}
	}
	d := testDoc(t)
	d.Notes = []Note{{Category: "instruction", Text: "Garder « les guillemets » 👍🏽"}}
	d.Segments[0].Unit, d.Segments[0].UnitSegment = "1", "s1"
	d.Segments[0].Notes = []Note{
		{ID: "n1", Category: "comment", Priority: 2, Text: "Vérifier le titre 🇫🇷"},
		{AppliesTo: Target, Text: "cafe\u0301 reste décomposé"},
	}
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ValidateJSON(data, "notes.json"); err != nil {
		t.Fatalf("schema: %v", err)
	}
	back, err := Unmarshal(data, "notes.json")
	if err != nil {
		t.Fatal(err)
	}
	if c := back.Clone(); &c.Segments[0].Notes[0] == &back.Segments[0].Notes[0] {
		t.Error("Clone shares the notes of a segment")
	}
	equalDocs(t, d, back)
	for _, c := range []struct{ from, to, want string }{
		{`"priority": 2`, `"priority": 11`, "segments[0].notes[0].priority"},
		{`"appliesTo": "target"`, `"appliesTo": "both"`, "segments[0].notes[1].appliesTo"},
	} {
		bad := bytes.Replace(data, []byte(c.from), []byte(c.to), 1)
		if _, err := Unmarshal(bad, "bad.json"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one naming %s", c.to, err, c.want)
		}
	}
}

// TestNotesAddedInGlose: a note added, edited and removed through the Editor on a segment and on the
// document, each one undo step with its name, undone and redone; the text kept as typed (« », emoji,
// a decomposed accent), trimmed around; an empty note, a file's note and a missing one refused; the
// note marked as Glose's in Glose JSON and back, a file without the mark reading its notes as the
// file's.
func TestNotesAddedInGlose(t *testing.T) {
	d := testDoc(t)
	seg := d.Segments[0].ID
	d.Segments[0].Notes = []Note{{ID: "c1", Category: "instruction", Text: "Note du client"}}
	e := NewEditor(d)
	text := "Vérifier « Noe\u0308l » 😀"
	if err := e.AddNote(seg, Note{Text: "  " + text + "\n"}); err != nil {
		t.Fatal(err)
	}
	if got := d.Segments[0].Notes; len(got) != 2 || got[1].Text != text || !got[1].Glose || got[0].Glose {
		t.Fatalf("after AddNote: %+v", got)
	}
	if e.UndoName() != StepAddNote {
		t.Errorf("undo step %q, want %q", e.UndoName(), StepAddNote)
	}
	if err := e.AddNote("", Note{Text: "Pour toute l’équipe"}); err != nil {
		t.Fatal(err)
	}
	if err := e.EditNote(seg, 1, "Vérifié ✔"); err != nil {
		t.Fatal(err)
	}
	if d.Segments[0].Notes[1].Text != "Vérifié ✔" || e.UndoName() != StepEditNote {
		t.Errorf("after EditNote: %+v, step %q", d.Segments[0].Notes, e.UndoName())
	}
	for _, c := range []struct {
		name string
		err  error
		want string
	}{
		{"edit of the file's note", e.EditNote(seg, 0, "x"), "comes from the file"},
		{"removal of the file's note", e.RemoveNote(seg, 0), "comes from the file"},
		{"empty note", e.AddNote(seg, Note{Text: " \t\n"}), "needs some text"},
		{"emptied note", e.EditNote(seg, 1, "  "), "needs some text"},
		{"note 3 of 2", e.RemoveNote(seg, 2), "note 3: no such note (2 notes)"},
		{"unknown segment", e.AddNote("nope", Note{Text: "x"}), `no segment "nope"`},
	} {
		if c.err == nil || !strings.Contains(c.err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.name, c.err, c.want)
		}
	}
	if err := e.RemoveNote("", 0); err != nil {
		t.Fatal(err)
	}
	if d.Notes != nil || e.UndoName() != StepRemoveNote {
		t.Errorf("after RemoveNote: %+v, step %q", d.Notes, e.UndoName())
	}
	e.Undo() // the document's note is back
	e.Undo() // the segment's note has its first text again
	if len(d.Notes) != 1 || d.Segments[0].Notes[1].Text != text {
		t.Errorf("after two undos: %+v, %+v", d.Notes, d.Segments[0].Notes)
	}
	e.Redo()
	if d.Segments[0].Notes[1].Text != "Vérifié ✔" {
		t.Errorf("after redo: %+v", d.Segments[0].Notes)
	}

	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ValidateJSON(data, "glose-notes.json"); err != nil {
		t.Fatalf("schema: %v", err)
	}
	back, err := Unmarshal(data, "glose-notes.json")
	if err != nil {
		t.Fatal(err)
	}
	equalDocs(t, d, back)
	if n := back.Segments[0].Notes; n[0].Glose || !n[1].Glose || !back.Notes[0].Glose {
		t.Errorf("marks after a round trip: %+v, %+v", n, back.Notes)
	}
	if got := bytes.Count(data, []byte(`"glose": true`)); got != 2 {
		t.Errorf("%d notes marked as Glose's in the JSON, want 2", got)
	}
	old, err := Unmarshal(bytes.ReplaceAll(data, []byte(`"glose": true`), []byte(`"priority": 3`)), "old.json")
	if err != nil {
		t.Fatal(err)
	}
	if old.Segments[0].Notes[1].Glose {
		t.Error("a note without the mark, as files before it have them, reads as Glose's")
	}
}
