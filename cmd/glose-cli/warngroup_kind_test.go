package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestWarningsOfOneCodeAreOneKind: the warnings of one kind differ in more than their numbers
// when a number is 1 ("1 entity (mention group)", "3 entities (mention groups)") or when they
// break a count down ("(1 pronoun)", "(1 description)"), and a corpus of 15 articles exported to
// CoNLL gave 29 lines, most of them the same warning. One code is one kind: each is said once,
// with the documents that gave it.
func TestWarningsOfOneCodeAreOneKind(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "Emmanuel Macron est arrivé à Lyon.\n\n« Nous irons à Marseille demain », a-t-il déclaré.\n")
	b := writeFile(t, dir, "b.txt", "Le ministre est arrivé à Paris.\n\n« Tout va bien », a déclaré le ministre.\n")
	corpus := filepath.Join(dir, "c.jsonl")
	if code, _, stderr := runCLI(t, "annotate", "-o", corpus, a, b); code != 0 {
		t.Fatalf("annotate: exit %d: %s", code, stderr)
	}
	code, _, stderr := runCLI(t, "export", "--to", "conll", "-o", filepath.Join(dir, "c.conll"), corpus)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	for _, kind := range []string{"keeps no entities", "one label per token", "exported as", "not a name", "keeps no links"} {
		if lines := linesWith(stderr, kind); len(lines) != 1 || !strings.Contains(lines[0], "2 documents: a, b") {
			t.Errorf("warnings of %q: %q; want one line naming both documents", kind, lines)
		}
	}
}
