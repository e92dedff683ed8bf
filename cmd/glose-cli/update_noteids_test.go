package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// cliReviewerNote is a reviewer's note written in Glose: quotes, an emoji with its skin tone, and an
// accent as a combining character, which must come back byte for byte.
const cliReviewerNote = "Relu : « Rene\u0301e » 👍🏽"

// saveDoc writes d as Glose JSON at path.
func saveDoc(t *testing.T, d *annotate.Document, path string) {
	t.Helper()
	data, err := annotate.Marshal(d)
	if err == nil {
		err = os.WriteFile(path, data, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// cliRun runs glose-cli with args, failing on a non-zero exit; it returns what it wrote on stderr.
func cliRun(t *testing.T, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("glose-cli %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
	}
	return stderr.String()
}

// firstGloseNote returns the index of the first note added in Glose in notes, or -1.
func firstGloseNote(notes []annotate.Note) int {
	for i, n := range notes {
		if n.Glose {
			return i
		}
	}
	return -1
}

// TestUpdateMergeBackTakesReviewersNote: glose-cli update from a client's XLIFF 2 or 1.2 returned by
// a reviewer who added a note in Glose takes that note once, byte for byte; the translator's note
// edited since the export keeps their words, and the one deleted since stays deleted.
func TestUpdateMergeBackTakesReviewersNote(t *testing.T) {
	for _, c := range []struct{ file, to string }{{"client.xlf", "xliff"}, {"client12.xlf", "xliff12"}} {
		t.Run(c.to, func(t *testing.T) {
			dir := t.TempDir()
			d, _, err := workspace.Load(filepath.Join("..", "..", "annotate", "formats", "testdata", "merge", c.file))
			if err != nil {
				t.Fatal(err)
			}
			e := annotate.NewEditor(d)
			for _, s := range d.Segments[:2] {
				if err := e.AddNote(s.ID, annotate.Note{Text: "Translator on " + s.ID}); err != nil {
					t.Fatal(err)
				}
			}
			doc := filepath.Join(dir, "doc.json")
			saveDoc(t, d, doc)
			first := filepath.Join(dir, "first.xlf")
			cliRun(t, "export", "--to", c.to, "-o", first, doc)

			r, _, err := workspace.Load(first) // the reviewer, in Glose
			if err != nil {
				t.Fatal(err)
			}
			if err := annotate.NewEditor(r).AddNote(r.Segments[1].ID, annotate.Note{Text: cliReviewerNote}); err != nil {
				t.Fatal(err)
			}
			files, _, err := formats.Write(c.to, []*annotate.Document{r}, formats.WriteOptions{})
			if err != nil {
				t.Fatal(err)
			}
			returned := filepath.Join(dir, "returned.xlf")
			if err := os.WriteFile(returned, files[0].Data, 0o644); err != nil {
				t.Fatal(err)
			}

			s0, s1 := d.Segments[0], d.Segments[1] // the translator, meanwhile
			if err := e.EditNote(s0.ID, firstGloseNote(s0.Notes), "Translator: « edited »"); err != nil {
				t.Fatal(err)
			}
			if err := e.RemoveNote(s1.ID, firstGloseNote(s1.Notes)); err != nil {
				t.Fatal(err)
			}
			saveDoc(t, d, doc)

			out := filepath.Join(dir, "updated.json")
			msg := cliRun(t, "update", "--from", returned, "-o", out, doc)
			for _, want := range []string{"(with 1 new note of its own)", "the document keeps its own (\"Translator: « edited »\")", "1 note deleted since the export left out"} {
				if !strings.Contains(msg, want) {
					t.Errorf("the summary lacks %q:\n%s", want, msg)
				}
			}
			checkCLINotes(t, out, c.to)
		})
	}
}

// checkCLINotes checks the updated document at path, and its next export to format.
func checkCLINotes(t *testing.T, path, format string) {
	t.Helper()
	u, _, err := workspace.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, s := range u.Segments[:2] {
		for _, n := range s.Notes {
			if n.Glose {
				texts = append(texts, n.Text)
			}
		}
	}
	if want := []string{"Translator: « edited »", cliReviewerNote}; strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("Glose's notes after the update: %q, want %q", texts, want)
	}
	next := filepath.Join(filepath.Dir(path), "next.xlf")
	cliRun(t, "export", "--to", format, "-o", next, path)
	data, err := os.ReadFile(next)
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]int{cliReviewerNote: 1, "Translator: « edited »": 1, "Translator on": 0} {
		if n := bytes.Count(data, []byte(text)); n != want {
			t.Errorf("the next export holds %q %d times, want %d:\n%s", text, n, want, data)
		}
	}
}
