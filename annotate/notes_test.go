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
