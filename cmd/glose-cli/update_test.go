package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// returnedFile exports the document at doc as XLIFF 1.2 (as sent to OmegaT), applies the reviewer's
// replacements (old, new pairs) and returns the returned file's path.
func returnedFile(t *testing.T, doc string, replace ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "returned.xlf")
	var stderr bytes.Buffer
	if code := run([]string{"export", "--to", "xliff12", "-o", path, doc}, new(bytes.Buffer), &stderr); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr.String())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for i := 0; i+1 < len(replace); i += 2 {
		if !strings.Contains(text, replace[i]) {
			t.Fatalf("the export has no %q", replace[i])
		}
		text = strings.Replace(text, replace[i], replace[i+1], 1)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestUpdateFromReturnedFile: the corrected English of a returned XLIFF replaces the document's, the
// summary says how many segments changed, and the rest of the document (its French spans) stays.
func TestUpdateFromReturnedFile(t *testing.T) {
	doc := translatedSample(t)
	before, _, err := workspace.Load(doc)
	if err != nil {
		t.Fatal(err)
	}
	old := before.Segments[1].Target
	from := returnedFile(t, doc, old, "Corrected: « fine » 😀 cafe\u0301.")
	out := filepath.Join(t.TempDir(), "updated.json")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"update", "--from", from, "-o", out, doc}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "1 segment changed, ") {
		t.Errorf("the summary does not say one segment changed:\n%s", stderr.String())
	}
	d, _, err := workspace.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Segments[1].Target; got != "Corrected: « fine » 😀 café." {
		t.Errorf("segment 2 reads %q", got)
	}
	if d.Segments[0].Target != before.Segments[0].Target || len(d.SourceSpans(0, len(d.Text))) != len(before.SourceSpans(0, len(before.Text))) {
		t.Errorf("the update changed what the file did not: segment 1 %q, %d French spans (were %d)",
			d.Segments[0].Target, len(d.SourceSpans(0, len(d.Text))), len(before.SourceSpans(0, len(before.Text))))
	}
}

// TestUpdateDryRunWritesNothing: --dry-run prints the summary on standard output and writes no file.
func TestUpdateDryRunWritesNothing(t *testing.T) {
	doc := translatedSample(t)
	from := returnedFile(t, doc, `state="new"`, `state="signed-off"`)
	out := filepath.Join(t.TempDir(), "updated.json")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"update", "--dry-run", "--from", from, "-o", out, doc}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "new → reviewed") {
		t.Errorf("the summary does not show the status change:\n%s", stdout.String())
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("--dry-run wrote %s", out)
	}
}

// TestUpdateRefusesAnotherDocument: a file returned for another document is refused, naming it, and
// nothing is written.
func TestUpdateRefusesAnotherDocument(t *testing.T) {
	doc := translatedSample(t)
	o := annotate.NewDocument("o", "O", "Bonjour.", "fr", "en")
	o.AddSegment(0, len(o.Text), 0, annotate.KindSentence)
	other := filepath.Join(t.TempDir(), "other.glose.json")
	if err := workspace.Save(other, o); err != nil {
		t.Fatal(err)
	}
	from := returnedFile(t, other)
	out := filepath.Join(t.TempDir(), "updated.json")
	var stderr bytes.Buffer
	code := run([]string{"update", "--from", from, "-o", out, doc}, new(bytes.Buffer), &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "returned.xlf is not a translation of this document") {
		t.Errorf("exit %d, %q; want 1 and a message naming returned.xlf", code, stderr.String())
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused update wrote %s", out)
	}
}
