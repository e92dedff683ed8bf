package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPretranslateMessages: a wrong --mt lists every provider, none included, whether it comes from
// --mt or $GLOSE_MT; a threshold out of range is about --threshold only.
func TestPretranslateMessages(t *testing.T) {
	doc := writeSampleDoc(t)
	t.Setenv("GLOSE_MT", "")
	tests := []struct {
		env  string
		args []string
		want string
	}{
		{"", []string{"--mt", "bogus", doc}, `glose-cli pretranslate: --mt: unknown machine translation provider "bogus": expected libretranslate, deepl, openai or none`},
		{"bogus", []string{doc}, `glose-cli pretranslate: GLOSE_MT: unknown machine translation provider "bogus": expected libretranslate, deepl, openai or none`},
		{"", []string{"--threshold", "101", doc}, `glose-cli pretranslate: --threshold: must be a score in percent, more than 0 and at most 100, not 101`},
		{"", []string{"--threshold", "0", doc}, `glose-cli pretranslate: --threshold: must be`},
	}
	for _, tc := range tests {
		t.Setenv("GLOSE_MT", tc.env)
		code, _, stderr := runCLI(t, append([]string{"pretranslate"}, tc.args...)...)
		if code != 2 || !strings.HasPrefix(stderr, tc.want) || strings.Contains(stderr, "FILE") {
			t.Errorf("GLOSE_MT=%s pretranslate %q: exit %d, %q; want 2 and %q alone", tc.env, tc.args, code, stderr, tc.want)
		}
	}
	t.Setenv("GLOSE_MT", "none") // turns MT off, as --mt none does
	if code, _, stderr := runCLI(t, "pretranslate", "--tm", filepath.Join(t.TempDir(), "none.db"), doc); code != 1 || strings.Contains(stderr, "provider") {
		t.Errorf("GLOSE_MT=none: exit %d, %q; want the missing --tm refused, not the provider", code, stderr)
	}
}

// A corpus given to a command that takes one document is named as one, with the way to split it, not
// reported as "unexpected data after the document".
func TestOneDocumentCommandsSayACorpusIsOne(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "Emmanuel Macron a parlé.\n")
	b := writeFile(t, dir, "b.txt", "Angela Merkel est à Berlin.\n")
	corpus := filepath.Join(dir, "c.jsonl")
	if code, _, stderr := runCLI(t, "annotate", "-o", corpus, a, b); code != 0 {
		t.Fatalf("annotate: exit %d, %s", code, stderr)
	}
	t.Setenv("GLOSE_MT", "none")
	for _, args := range [][]string{{"pretranslate", corpus}, {"update", "--from", corpus, corpus}} {
		code, _, stderr := runCLI(t, args...)
		if code != 1 || !strings.Contains(stderr, corpus+" holds 2 documents (a corpus)") || !strings.Contains(stderr, "--out-dir") {
			t.Errorf("%q: exit %d, %q; want 1 and the corpus named as one", args, code, stderr)
		}
	}
}
