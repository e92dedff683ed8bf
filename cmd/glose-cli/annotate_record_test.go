package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
)

// TestAnnotateRecordsTheRun: glose-cli annotate writes in each document that pre-annotation ran, and
// with which model, also in one where it found nothing, so that the app does not offer it again; no
// time, so that the same file gives the same output; the output still passes the JSON Schema.
func TestAnnotateRecordsTheRun(t *testing.T) {
	def, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "pluie.txt")
	text := "Il pleut à verse depuis hier soir 😀 : e\u0301videmment, c’est l’automne.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := cmdAnnotate([]string{path}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"preannotated": {`) {
		t.Fatalf("no meta.preannotated in\n%s", out.String())
	}
	d, err := annotate.ValidateJSON(out.Bytes(), "stdout")
	if err != nil {
		t.Fatalf("output is not valid Glose JSON: %v", err)
	}
	if p := d.Meta.Preannotated; len(d.Spans) != 0 || p == nil || !p.At.IsZero() || p.Model != def.ID() {
		t.Errorf("%d spans, record %+v; want none found, and a record naming the model %s", len(d.Spans), p, def.ID())
	}
}
