package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFlagGivenTwice: Go's flag package keeps the last value of a flag given twice, so that
// "export --to doccano ... --to conll" wrote CoNLL, and "train --train a.json --train b.json"
// trained on b.json alone, without a word. A flag that takes one value, given twice with two
// values (under its alias too), is now a usage error naming both; the same value twice, or a
// switch given twice, changes nothing and passes.
func TestFlagGivenTwice(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "é.txt")
	if err := os.WriteFile(src, []byte("« Bonjour 👍🏽 », dit Zoé à Paris.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"annotate", "-o", filepath.Join(dir, "a.json"), src, "-o", filepath.Join(dir, "b.json")}, `glose-cli annotate: -o: given twice, "` + filepath.Join(dir, "a.json") + `" then "` + filepath.Join(dir, "b.json") + `": it takes one value`},
		{[]string{"export", "--to", "doccano", "--to=conll", src}, `glose-cli export: --to: given twice, "doccano" then "conll": it takes one value`},
		{[]string{"tm", "search", "--limit", "3", "-top", "5", "mot"}, `glose-cli tm: --top: given twice, "3" then "5"`},
	} {
		code, stdout, stderr := runCLI(t, tc.args...)
		last := strings.TrimSpace(stderr)
		last = last[strings.LastIndex(last, "\n")+1:]
		if code != 2 || !strings.HasPrefix(last, tc.want) || stdout != "" {
			t.Errorf("%q: exit %d, last line %q; want 2 and %q", tc.args, code, last, tc.want)
		}
	}
	for _, args := range [][]string{
		{"export", "--to", "doccano", src, "--to", "doccano"},
		{"validate", "-q", "-q", src},
	} {
		if code, _, stderr := runCLI(t, args...); code == 2 {
			t.Errorf("%q: exit 2 (%s); the same value twice changes nothing", args, stderr)
		}
	}
}
