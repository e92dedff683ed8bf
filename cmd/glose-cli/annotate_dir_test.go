package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestAnnotateDirectory: a directory of articles is a batch: its text, Markdown and Glose files, in
// its subdirectories too, in name order, give JSON Lines (even when it holds one); other files,
// hidden ones and backups are left out with one warning naming them, a directory with nothing to
// annotate is refused, and a brat collection, whose .ann files annotate would drop, is sent to import.
func TestAnnotateDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", "Angela Merkel est à Berlin.\n")
	writeFile(t, dir, "a.md", "# Titre\n\nEmmanuel Macron est à Besançon.\n")
	if err := os.Mkdir(filepath.Join(dir, "2024"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "2024"), "c.txt", "Le président « à Paris » 😀.\n")
	writeFile(t, dir, "notes.pdf", "%PDF")
	writeFile(t, dir, "b.txt.bak", "old")
	writeFile(t, dir, ".hidden.txt", "no")
	code, stdout, stderr := runCLI(t, "annotate", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var ids []string
	for i, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		d, err := annotate.UnmarshalLine([]byte(line), "stdout", i+1)
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		ids = append(ids, d.ID)
	}
	if strings.Join(ids, " ") != "c a b" {
		t.Errorf("documents %v; want c (2024/c.txt), a, b: the files in name order", ids)
	}
	if !strings.Contains(stderr, "notes.pdf") || strings.Contains(stderr, "hidden") {
		t.Errorf("stderr %q; want notes.pdf named as left out, hidden files not", stderr)
	}

	// A second run, its output in the directory, does not read that output.
	corpus := filepath.Join(dir, "corpus.jsonl")
	for _, args := range [][]string{{"-o", corpus, dir}, {"--out-dir", filepath.Join(dir, "out"), "--force", dir}} {
		for run := 1; run <= 2; run++ {
			if code, _, stderr := runCLI(t, append([]string{"annotate"}, args...)...); code != 0 || strings.Contains(stderr, "renamed") {
				t.Errorf("annotate %v, run %d: exit %d, stderr %q", args, run, code, stderr)
			}
		}
		if args[0] == "-o" {
			if lines, _ := os.ReadFile(corpus); strings.Count(string(lines), "\n") != 3 {
				t.Errorf("the corpus written in the directory holds %d documents, want 3", strings.Count(string(lines), "\n"))
			}
			os.Remove(corpus)
			os.Remove(corpus + ".bak")
		}
	}

	one := t.TempDir()
	writeFile(t, one, "only.txt", "Angela Merkel est à Berlin.\n")
	if code, stdout, stderr := runCLI(t, "annotate", one); code != 0 || strings.Count(stdout, "\n") != 1 {
		t.Errorf("a directory of one file: exit %d, %d lines, %s; want one JSON line", code, strings.Count(stdout, "\n"), stderr)
	}

	empty := t.TempDir()
	writeFile(t, empty, "x.pdf", "%PDF")
	if code, _, stderr := runCLI(t, "annotate", empty); code != 1 || !strings.Contains(stderr, empty) || !strings.Contains(stderr, ".txt") {
		t.Errorf("nothing to annotate: exit %d, stderr %q; want 1 naming the directory and what it reads", code, stderr)
	}

	brat := t.TempDir()
	writeFile(t, brat, "a.txt", "Angela Merkel\n")
	writeFile(t, brat, "a.ann", "T1\tPER 0 13\tAngela Merkel\n")
	if code, _, stderr := runCLI(t, "annotate", brat); code != 1 || !strings.Contains(stderr, "glose-cli import "+brat) {
		t.Errorf("brat collection: exit %d, stderr %q; want 1 and import named", code, stderr)
	}
}
