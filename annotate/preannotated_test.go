package annotate

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestPreannotatedRoundTrips: the record of a run of pre-annotation is written in meta.preannotated,
// read back as it was, accepted by the JSON Schema, and absent from a document without one (older
// files read as never recorded); undoing the run's step forgets it.
func TestPreannotatedRoundTrips(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	at := time.Date(2026, 11, 28, 10, 4, 5, 600, time.FixedZone("CET", 3600))
	e.SetPreannotated(Preannotation{At: at, Model: "sha256:0123456789ab"})
	data, err := Marshal(d)
	must(t, err)
	if !bytes.Contains(data, []byte(`"preannotated": {`)) || !bytes.Contains(data, []byte(`"at": "2026-11-28T09:04:05Z"`)) {
		t.Fatalf("no meta.preannotated in\n%s", data)
	}
	back, err := ValidateJSON(data, "doc.json")
	must(t, err)
	if p := back.Meta.Preannotated; p == nil || !p.At.Equal(at.Truncate(time.Second)) || p.Model != "sha256:0123456789ab" {
		t.Errorf("read back %+v", p)
	}
	e.Undo()
	if d.Meta.Preannotated != nil {
		t.Error("undoing the run kept its record")
	}
	data, err = Marshal(d)
	must(t, err)
	if bytes.Contains(data, []byte("preannotated")) {
		t.Error("a document never pre-annotated writes a record")
	}
	if back, err := Unmarshal(data, "old.json"); err != nil || back.Meta.Preannotated != nil {
		t.Errorf("a file without the record: %v, %+v", err, back.Meta.Preannotated)
	}
}

// TestPreannotatedRefusedWhenBroken: a record whose date is no date is refused, naming the file and
// the place; one without a date (glose-cli annotate's) reads as a run of unknown time.
func TestPreannotatedRefusedWhenBroken(t *testing.T) {
	d := testDoc(t)
	NewEditor(d).SetPreannotated(Preannotation{At: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Model: ModelNone})
	data, err := Marshal(d)
	must(t, err)
	noTime := strings.Replace(string(data), `"at": "2026-01-02T03:04:05Z",`, ``, 1)
	if d, err := ValidateJSON([]byte(noTime), "cli.json"); err != nil || d.Meta.Preannotated == nil || !d.Meta.Preannotated.At.IsZero() {
		t.Errorf("a record without a time: %v", err)
	}
	for _, c := range []struct{ old, new, want string }{
		{`"at": "2026-01-02T03:04:05Z"`, `"at": "hier à 10 h 😀"`, "meta.preannotated.at"},
		{`"at": "2026-01-02T03:04:05Z"`, `"at": ""`, "meta.preannotated.at"},
	} {
		bad := strings.Replace(string(data), c.old, c.new, 1)
		for name, read := range map[string]func([]byte, string) (*Document, error){"Unmarshal": Unmarshal, "ValidateJSON": ValidateJSON} {
			_, err := read([]byte(bad), "bad.json")
			if err == nil || !strings.Contains(err.Error(), "bad.json") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s of %s: %v, want an error naming bad.json and %s", name, c.new, err, c.want)
			}
		}
	}
}
