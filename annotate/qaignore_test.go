package annotate

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestQAIgnoredRoundTrip: an ignored issue is written in its segment's qaIgnored, validates against
// the schema, reads back as it was (accents, « » with no-break spaces, emoji, e + U+0301 in what it is
// about) and survives a clone; a document without any writes no key, so that older files read and
// write as before.
func TestQAIgnoredRoundTrip(t *testing.T) {
	plain, err := Marshal(testDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte(`"qaIgnored"`)) {
		t.Error("a document without ignored issues has a \"qaIgnored\" key")
	}
	d := testDoc(t)
	igs := []QAIgnore{
		{Check: "number-mismatch", About: "missing: 10"},
		{Check: "symbol-missing", About: "items: «\u00a0café\u00a0», 😀, e\u0301"},
	}
	e := NewEditor(d)
	for _, ig := range igs {
		if err := e.SetQAIgnored("s2", ig, true); err != nil {
			t.Fatal(err)
		}
	}
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ValidateJSON(data, "ignored.json"); err != nil {
		t.Fatalf("schema: %v", err)
	}
	back, err := Unmarshal(data, "ignored.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, dd := range []*Document{back, back.Clone()} {
		s := dd.Segment("s2")
		for _, ig := range igs {
			if !s.IgnoresQA(ig) {
				t.Errorf("read back without %+v: %+v", ig, s.QAIgnored)
			}
		}
		if len(dd.Segment("s1").QAIgnored) != 0 {
			t.Errorf("s1 reads back with ignored issues: %+v", dd.Segment("s1").QAIgnored)
		}
	}
}

// TestSetQAIgnoredUndo: ignoring is one undo step, which undo takes back and redo gives again;
// un-ignoring the last issue leaves no key; an unknown segment or an issue without its check is refused.
func TestSetQAIgnoredUndo(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	ig := QAIgnore{Check: "number-mismatch", About: "missing: 10"}
	if err := e.SetQAIgnored("s1", ig, true); err != nil {
		t.Fatal(err)
	}
	if err := e.SetQAIgnored("s1", ig, true); err != nil { // twice: no second entry, no second step
		t.Fatal(err)
	}
	if n := len(d.Segment("s1").QAIgnored); n != 1 {
		t.Fatalf("%d entries after ignoring twice, want 1", n)
	}
	e.Undo()
	if d.Segment("s1").IgnoresQA(ig) {
		t.Error("undo left the issue ignored")
	}
	e.Redo()
	if !d.Segment("s1").IgnoresQA(ig) {
		t.Error("redo did not ignore the issue again")
	}
	if err := e.SetQAIgnored("s1", ig, false); err != nil {
		t.Fatal(err)
	}
	if data, _ := Marshal(d); bytes.Contains(data, []byte(`"qaIgnored"`)) {
		t.Error("un-ignoring the only issue leaves a \"qaIgnored\" key")
	}
	if err := e.SetQAIgnored("s9", ig, true); err == nil || !strings.Contains(err.Error(), "s9") {
		t.Errorf("unknown segment: %v", err)
	}
	if err := e.SetQAIgnored("s1", QAIgnore{About: "x"}, true); err == nil {
		t.Error("an issue without its check was ignored")
	}
}

// TestQAIgnoredRefusesNoCheck: a file whose ignored issue names no check is refused, at its place.
func TestQAIgnoredRefusesNoCheck(t *testing.T) {
	d := testDoc(t)
	d.Segments[0].QAIgnored = []QAIgnore{{Check: "number-mismatch", About: "missing: 3"}, {About: "missing: 10"}}
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Unmarshal(data, "bad.json")
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Path != "segments[0].qaIgnored[1].check" || !strings.Contains(err.Error(), "bad.json") {
		t.Fatalf("got %v, want an error at segments[0].qaIgnored[1].check naming bad.json", err)
	}
}
