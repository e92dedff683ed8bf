package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/workspace"
)

// TestUpdateExitStatus: a script tells a whole update (0) from one that left segments of the file out
// (3, the document written all the same) and from a failure (1, nothing written); --dry-run exits as
// the update would.
func TestUpdateExitStatus(t *testing.T) {
	doc := translatedSample(t)
	before, _, err := workspace.Load(doc)
	if err != nil {
		t.Fatal(err)
	}
	s2, s3 := before.Segments[1], before.Segments[2]
	whole := returnedFile(t, doc, s2.Target, "Corrected « 😀 ».")
	words := strings.Join(strings.Fields(before.SourceText(s3))[:3], " ") // the start of its French, escaped nowhere
	part := returnedFile(t, doc, s2.Target, "Corrected « 😀 ».", words, "Le relecteur a changé")
	for _, c := range []struct {
		name string
		args []string
		code int
		says string
	}{
		{"whole", []string{"--from", whole}, 0, "1 segment updated"},
		{"partial", []string{"--from", part}, 3, "glose-cli update: 1 segment of returned.xlf not applied (1 refused, 0 not found): exit status 3"},
		{"dry-run partial", []string{"--dry-run", "--from", part}, 3, "not applied (1 refused, 0 not found)"},
		{"error", []string{"--from", filepath.Join(t.TempDir(), "missing.xlf")}, 1, "missing.xlf"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "updated.json")
			var stdout, stderr bytes.Buffer
			code := run(append(append([]string{"update", "-o", out}, c.args...), doc), &stdout, &stderr)
			if code != c.code || !strings.Contains(stderr.String(), c.says) {
				t.Fatalf("exit %d, stderr:\n%s\nwant %d and %q", code, stderr.String(), c.code, c.says)
			}
			_, err := os.Stat(out)
			if written := err == nil; written != (c.code == 0 || c.code == 3 && c.args[0] != "--dry-run") {
				t.Fatalf("exit %d: the document written: %v", code, written)
			}
			if !strings.HasPrefix(c.name, "whole") && !strings.HasPrefix(c.name, "partial") {
				return
			}
			d, _, err := workspace.Load(out)
			if err != nil {
				t.Fatal(err)
			}
			if d.Segments[1].Target != "Corrected « 😀 »." || d.Segments[2].Target != s3.Target {
				t.Errorf("segments 2 and 3 read %q, %q", d.Segments[1].Target, d.Segments[2].Target)
			}
		})
	}
}

// TestUpdateTakesTheReviewersXLIFF: a client's XLIFF 2 imported, exported merged back, returned by the
// reviewer with a note and an attribute: update says the returned file replaces the client's, and the
// next export holds the reviewer's note and attribute. A TMX returned instead leaves the client's file,
// and the summary says why.
func TestUpdateTakesTheReviewersXLIFF(t *testing.T) {
	dir := t.TempDir()
	doc, first := filepath.Join(dir, "doc.json"), filepath.Join(dir, "first.xlf")
	for _, args := range [][]string{
		{"import", "-o", doc, "../../annotate/formats/testdata/merge/client.xlf"},
		{"export", "--to", "xliff", "-o", first, doc},
	} {
		if code, _, stderr := runCLI(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	data, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	reviewed := strings.Replace(string(data), `<unit id="tu3" name="p2" okp:style="Normal">`,
		`<unit id="tu3" name="p2" okp:style="Normal" okp:reviewed="yes"><notes><note category="review">Reviewer: « OK » 😀</note></notes>`, 1)
	reviewed = strings.Replace(reviewed, "<target>She serves pancakes.</target>", "<target>She serves crêpes.</target>", 1)
	from := filepath.Join(dir, "reviewed.xlf")
	if err := os.WriteFile(from, []byte(reviewed), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "update", "--from", from, "-o", doc, doc)
	if code != 0 || !strings.Contains(stderr, "reviewed.xlf replaces client.xlf as the file the next XLIFF export merges into (with 1 new note of its own)") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	code, out, stderr := runCLI(t, "export", "--to", "xliff", doc)
	if code != 0 || out != reviewed {
		t.Errorf("exit %d, %s: the next export is not the reviewer's file:\n%s", code, stderr, out)
	}

	tmx := filepath.Join(dir, "reviewed.tmx")
	if code, _, stderr := runCLI(t, "export", "--to", "tmx", "-o", tmx, doc); code != 0 {
		t.Fatalf("export tmx: %s", stderr)
	}
	code, stdout, _ := runCLI(t, "update", "--dry-run", "--from", tmx, doc)
	if code != 0 || !strings.Contains(stdout, "reviewed.tmx does not replace reviewed.xlf, which the next XLIFF export still merges into: a TMX file is not the translation tool's XLIFF") {
		t.Errorf("exit %d: %s", code, stdout)
	}
}
