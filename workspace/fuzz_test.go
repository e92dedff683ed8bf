package workspace

import (
	"bytes"
	"errors"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// FuzzLoadAutosave reads the sample article's autosave with fuzzed records of changes after the document,
// each numbered and checksummed as the app writes it, so that the fuzzer reaches the replay itself
// (the checksum would stop most mutations before it): whatever a record holds (garbled, a span out of
// its text, an ID that is not there), recovery returns a valid document with the changes it could
// apply and says what it lost; it never panics and never hands back a document that is not valid.
func FuzzLoadAutosave(f *testing.F) {
	d, err := SampleDocument()
	if err != nil {
		f.Fatal(err)
	}
	full, err := annotate.Marshal(d)
	if err != nil {
		f.Fatal(err)
	}
	for _, records := range seedRecords(f, d) {
		f.Add(records)
		f.Add(records[:len(records)/2])
	}
	f.Add([]byte("{}"))
	f.Add([]byte("\n\n"))
	f.Fuzz(func(t *testing.T, records []byte) {
		data := append([]byte(nil), full...)
		for i, rec := range bytes.Split(records, []byte("\n")) {
			data = append(data, changeLine(i+1, rec)...)
		}
		got, err := loadAutosave("fuzz.json", data)
		var lost *ChangesLost
		if err != nil && !errors.As(err, &lost) {
			if got != nil {
				t.Fatalf("an error other than lost changes came with a document: %v", err)
			}
			return
		}
		if got == nil {
			t.Fatalf("no document and no error (err %v)", err)
		}
		if verr := got.Validate(); verr != nil {
			t.Fatalf("recovery gave an invalid document: %v (err %v)", verr, err)
		}
	})
}

// seedRecords returns the records of changes an autosave of d holds for a few edits as the app makes
// them (typing with « », an emoji and e + U+0301, accepting and removing spans), one per edit and all
// of them joined by line breaks, on a copy of d.
func seedRecords(f *testing.F, d *annotate.Document) [][]byte {
	d = d.Clone()
	e := annotate.NewEditor(d)
	tr := annotate.NewTracker(d.Clone())
	var lines [][]byte
	step := func(err error) {
		if err != nil {
			f.Fatal(err)
		}
		rec, err := tr.Change(d)
		if err != nil {
			f.Fatal(err)
		}
		lines = append(lines, rec)
	}
	_, err := e.TypeTarget(d.Segments[0].ID, "The minister said: « no\u00a0» 😀 e\u0301te\u0301")
	step(err)
	step(e.AcceptAll())
	step(e.RemoveSpan(d.Spans[0].ID))
	out := append([][]byte(nil), lines...)
	return append(out, bytes.Join(lines, []byte("\n")))
}
