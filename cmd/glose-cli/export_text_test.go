package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestExportText: the translation exports as a text laid out as the French file was (CR LF, the
// dateline and its sentence on one line, the blank line); untranslated segments are refused with
// their count and numbers and exit status 1, kept in French or left out on request; --untranslated
// is refused for a format that does not use it.
func TestExportText(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(src, []byte("PARIS, 12 mars (AFP) - Le Sénat a voté.  Il rentre.\r\n\r\n«\u00a0Fin\u00a0!\u00a0»\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, _, err := formats.ReadFile(src, formats.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	docs[0].Segments[1].Target, docs[0].Segments[1].Status = "The Senate voted.", annotate.StatusTranslated
	data, err := annotate.Marshal(docs[0])
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "article.json")
	if err := os.WriteFile(doc, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "export", "--to", "text", doc)
	want := "glose-cli export: article: 3 of 4 segments have no English: 1, 3–4 (translate them, or export with --untranslated source to keep their French, or --untranslated omit to leave them out)\n"
	if code != 1 || stdout != "" || stderr != want {
		t.Errorf("refusal: exit %d, stdout %q, stderr\n%q\nwant\n%q", code, stdout, stderr, want)
	}
	for _, c := range []struct{ choice, want string }{
		{"source", "PARIS, 12 mars (AFP) - The Senate voted.  Il rentre.\r\n\r\n«\u00a0Fin\u00a0!\u00a0»\r\n"},
		{"omit", "The Senate voted.\r\n"},
	} {
		out := filepath.Join(dir, c.choice+".txt")
		if code, _, stderr := runCLI(t, "export", "--to", "text", "--untranslated", c.choice, "-o", out, doc); code != 0 {
			t.Fatalf("--untranslated %s: %s", c.choice, stderr)
		}
		if got, _ := os.ReadFile(out); string(got) != c.want {
			t.Errorf("--untranslated %s:\n got %q\nwant %q", c.choice, got, c.want)
		}
	}
	code, _, stderr = runCLI(t, "export", "--to", "xliff", "--untranslated", "omit", doc)
	if code != 2 || !strings.Contains(stderr, "--untranslated: not used by xliff, only by text and markdown") {
		t.Errorf("--untranslated with xliff: exit %d, %q", code, stderr)
	}
}
