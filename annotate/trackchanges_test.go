package annotate

import (
	"bytes"
	"strings"
	"testing"
)

// TestTrackChangesInFile: the switch is written "trackChanges": true when on, reads back, validates
// against the schema and survives a clone and the change tracker. Off, it is written only in a
// document holding changes ("trackChanges": false), so that most files stay as they were; a file
// without it (written before the switch) tracks changes when it holds some, being under review, and
// not otherwise. A value that is not a boolean is refused, naming the file and the key.
func TestTrackChangesInFile(t *testing.T) {
	plain := mustMarshal(t, testDoc(t))
	if bytes.Contains(plain, []byte(`"trackChanges"`)) {
		t.Error("a document not tracking changes, with none, has a \"trackChanges\" key")
	}
	on := testDoc(t)
	on.TrackChanges = true
	data := mustMarshal(t, on)
	if !bytes.Contains(data, []byte("\"trackChanges\": true,\n")) {
		t.Fatalf("switched on, written without \"trackChanges\": true:\n%s", data)
	}
	if _, err := ValidateJSON(data, "review.json"); err != nil {
		t.Fatalf("schema: %v", err)
	}
	back, err := Unmarshal(data, "review.json")
	if err != nil || !back.TrackChanges || !back.Clone().TrackChanges {
		t.Fatalf("read back: %v, %v", err, back != nil && back.TrackChanges)
	}
	if again := mustMarshal(t, back); !bytes.Equal(again, data) {
		t.Errorf("not lossless:\n%s\n---\n%s", again, data)
	}
	tr := NewTracker(testDoc(t))
	rec, err := tr.Change(on)
	if err != nil {
		t.Fatal(err)
	}
	replayed := testDoc(t)
	if err := replayed.ApplyChange(rec); err != nil || !replayed.TrackChanges {
		t.Errorf("the change journal lost the switch: %v", err)
	}

	changed := testDoc(t)
	changed.Segment("s1").TranslatorTarget = "“I think it's done,” « dit-il » 😀 e\u0301."
	off := mustMarshal(t, changed)
	if !bytes.Contains(off, []byte("\"trackChanges\": false,\n")) {
		t.Errorf("off with changes, written without \"trackChanges\": false:\n%s", off)
	}
	if d, err := Unmarshal(off, "review.json"); err != nil || d.TrackChanges {
		t.Errorf("off with changes read back on (%v)", err)
	}
	older := bytes.Replace(off, []byte("\"trackChanges\": false,\n  "), nil, 1)
	if d, err := Unmarshal(older, "older.json"); err != nil || !d.TrackChanges {
		t.Errorf("a file of an older Glose with changes does not track them (%v)", err)
	}
	if d, err := Unmarshal(plain, "older.json"); err != nil || d.TrackChanges {
		t.Errorf("a file of an older Glose without changes tracks them (%v)", err)
	}

	bad := bytes.Replace(data, []byte(`"trackChanges": true`), []byte(`"trackChanges": "yes"`), 1)
	_, err = Unmarshal(bad, "review.json")
	if err == nil || !strings.Contains(err.Error(), "review.json") || !strings.Contains(err.Error(), "trackChanges") {
		t.Errorf("\"trackChanges\": \"yes\": %v, want an error naming review.json and trackChanges", err)
	}
	if _, err := ValidateJSON(bad, "review.json"); err == nil {
		t.Error("the schema accepts \"trackChanges\": \"yes\"")
	}
}
