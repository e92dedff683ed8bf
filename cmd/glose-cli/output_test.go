package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// exportTime is the time a TMX export writes in its header, which two exports a second apart differ
// by.
var exportTime = regexp.MustCompile(`(<header [^>]*creationdate=")[0-9TZ]+`)

// TestOutputDashIsStdout: -o - writes to standard output, as no -o does, wherever a command writes one
// file; no file called "-" appears. brat, which writes a directory, refuses it with exit 2.
func TestOutputDashIsStdout(t *testing.T) {
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	src := filepath.Join(t.TempDir(), "citation.txt")
	text := "« Nous irons à Paris 👍🏽 🇫🇷 », a déclaré Emmanuel Macron. Le cafe\u0301 de l'Élysée est fermé.\n"
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := writeSampleDoc(t)
	translated := abs(translatedSample(t))
	dir := t.TempDir()
	tmx := filepath.Join(dir, "in.tmx")
	if err := os.WriteFile(tmx, []byte(cliTMX), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "tm.db")
	if code, _, stderr := runCLI(t, "tm", "import", "--tm", db, tmx); code != 0 {
		t.Fatal(stderr)
	}
	sample := abs(filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl"))
	t.Chdir(t.TempDir()) // where a file called "-" would appear
	commands := [][]string{
		{"import", src},
		{"annotate", src},
		{"annotate", src, doc},
		{"export", "--to", "doccano", doc},
		{"export", "--to", "labelstudio", doc},
		{"project", translated},
		{"tm", "export", "--tm", db},
	}
	for _, args := range commands {
		code, want, stderr := runCLI(t, args...)
		if code != 0 || want == "" {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		withDash := append(append([]string{}, args...), "-o", "-")
		code, got, stderr := runCLI(t, withDash...)
		if code != 0 || exportTime.ReplaceAllString(got, "$1") != exportTime.ReplaceAllString(want, "$1") {
			t.Errorf("%v: exit %d, %d bytes on stdout, want the %d of no -o; stderr %q", withDash, code, len(got), len(want), stderr)
		}
		if _, err := os.Stat("-"); err == nil {
			t.Errorf("%v wrote a file called -", withDash)
			os.Remove("-")
		}
	}

	code, model, stderr := runCLI(t, "train", "-o", "-", "--epochs", "1", "--seed", "1", "--train", sample)
	if code != 0 || !strings.Contains(stderr, "standard output") {
		t.Errorf("train -o -: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "train", "-o", "m.model", "--epochs", "1", "--seed", "1", "--train", sample); code != 0 {
		t.Fatal(stderr)
	}
	if file, _ := os.ReadFile("m.model"); !bytes.Equal(file, []byte(model)) {
		t.Errorf("train -o - wrote %d bytes, -o FILE %d", len(model), len(file))
	}

	code, _, stderr = runCLI(t, "export", "--to", "brat", "-o", "-", doc)
	if code != 2 || !strings.Contains(stderr, "standard output") || strings.Contains(stderr, "is a file") {
		t.Errorf("export --to brat -o -: exit %d, %q; want 2 and that brat cannot go to standard output", code, stderr)
	}
	if _, err := os.Stat("-"); err == nil {
		t.Error("a file or directory called - appeared")
	}
}
