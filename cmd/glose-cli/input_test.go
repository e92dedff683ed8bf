package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// withStdin makes "-" read data for the rest of the test.
func withStdin(t *testing.T, data string) {
	t.Helper()
	old := stdin
	t.Cleanup(func() { stdin = old })
	stdin = strings.NewReader(data)
}

// TestStandardInputEverywhere: "-" is standard input for every command that reads a file, the format
// told by the content; it used to be "stat -: no such file or directory" but for annotate.
func TestStandardInputEverywhere(t *testing.T) {
	dir := t.TempDir()
	text := "« Nous ne céderons rien 👍🏽 », a déclaré Emmanuel Macron à Paris 🇫🇷, selon Noe\u0308l.\n"
	txt := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(txt, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, gloseJSON, stderr := runCLI(t, "annotate", txt)
	if code != 0 {
		t.Fatal(stderr)
	}
	annotated := filepath.Join(dir, "a.json") // with entities, which eval and agree --task ner need
	if err := os.WriteFile(annotated, []byte(gloseJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	code, doccano, stderr := runCLI(t, "export", "--to", "doccano", annotated)
	if code != 0 {
		t.Fatal(stderr)
	}
	for _, c := range []struct {
		what, in string
		args     []string
		want     string // in standard output
	}{
		{"import text", text, []string{"import", "-"}, `"id": "stdin"`},
		{"import Glose JSON", gloseJSON, []string{"import", "-"}, "Emmanuel Macron"},
		{"import doccano", doccano, []string{"import", "-"}, "👍🏽"},
		{"export Glose JSON", gloseJSON, []string{"export", "--to", "doccano", "-"}, `"label":"PER"`},
		{"export text among files", text, []string{"export", "--to", "jsonl", txt, "-"}, `"id":"stdin"`},
		{"validate", gloseJSON, []string{"validate", "-"}, "stdin: valid glose/1"},
		{"qa", gloseJSON, []string{"qa", "--fail-on", "never", "-"}, "untranslated"},
		{"project", gloseJSON, []string{"project", "-"}, `"format": "glose/1"`},
		{"tm import", cliTMX, []string{"tm", "import", "--tm", filepath.Join(dir, "tm.db"), "-"}, "stdin: 2 units imported"},
		{"pretranslate", gloseJSON, []string{"pretranslate", "--tm", filepath.Join(dir, "tm.db"), "--mt", "none", "-"}, `"status": "new"`},
		{"eval", doccano, []string{"eval", "--gold", "-"}, "micro"},
		{"annotate Glose JSON", gloseJSON, []string{"annotate", "-"}, `"text": "« Nous ne céderons rien 👍🏽 »`},
		{"agree", doccano, []string{"agree", "--task", "ner", "-", "-"}, ""},
		{"train", doccano, []string{"train", "-o", filepath.Join(dir, "m.bin"), "--train", "-", "--dev", "-"}, ""},
	} {
		withStdin(t, c.in)
		code, stdout, stderr := runCLI(t, c.args...)
		switch {
		case c.what == "agree" || c.what == "train":
			if code != 2 || !strings.Contains(stderr, "glose-cli "+c.what+": - (standard input) is named 2 times") {
				t.Errorf("%s: exit %d, %q; want 2 and once only", c.what, code, stderr)
			}
		case code != 0 || !strings.Contains(stdout, c.want):
			t.Errorf("%s (%s): exit %d, stdout %.300q, stderr %q; want %q", c.what, strings.Join(c.args, " "), code, stdout, stderr, c.want)
		}
	}
	if d, err := annotate.Unmarshal([]byte(gloseJSON), "a.json"); err != nil || d.Text != annotate.NFC(text) {
		t.Fatalf("annotate: %v", err)
	}
}

// TestValidateMessagesArePrefixed: validate's errors and warnings start "glose-cli validate:", as every
// other command's do, and name the file once.
func TestValidateMessagesArePrefixed(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.json")
	code, _, stderr := runCLI(t, "validate", missing)
	want := "glose-cli validate: reading " + missing + ": no such file or directory\nglose-cli validate: 1 of 1 file invalid\n"
	if code != 1 || stderr != want {
		t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
	withStdin(t, `{"format": "glose/1", "id": 3}`)
	code, _, stderr = runCLI(t, "validate", "-")
	if code != 1 || !strings.HasPrefix(stderr, "glose-cli validate: stdin: ") {
		t.Errorf("exit %d, stderr %q; want 1 and a prefixed message naming stdin", code, stderr)
	}
	code, _, stderr = runCLI(t, "validate", "-", "-")
	if code != 2 || !strings.Contains(stderr, "once") {
		t.Errorf("validate - -: exit %d, %q", code, stderr)
	}
}
