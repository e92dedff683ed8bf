package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageMistakesExit2: a wrong value of a flag is a mistake in the command line (exit status 2,
// naming the flag), not a refused file (1).
func TestUsageMistakesExit2(t *testing.T) {
	doc := writeSampleDoc(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"import", "--unit", "bogus", doc}, "--unit"},
		{[]string{"import", "--from", "bogus", doc}, "--from"},
		{[]string{"export", "--to", "doccano", "--unit", "bytes", doc}, "--unit"},
		{[]string{"export", "--to", "bogus", doc}, "--to"},
	}
	for _, tc := range tests {
		code, _, stderr := runCLI(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, %q; want 2 and a message naming %s", tc.args, code, stderr, tc.want)
		}
	}
}

// writeSampleDoc imports the sample article into a temporary Glose JSON file.
func writeSampleDoc(t *testing.T) string {
	t.Helper()
	doc := filepath.Join(t.TempDir(), "sample.json")
	if code, _, stderr := runCLI(t, "import", "-o", doc, "../../assets/sample-article.fr.txt"); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	return doc
}

// fullWriter fails every write, as standard output redirected to /dev/full does.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestLostOutputFails: a command whose standard output cannot be written fails (exit 1), however it
// printed.
func TestLostOutputFails(t *testing.T) {
	doc := writeSampleDoc(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	tmx := filepath.Join(dir, "in.tmx")
	if err := os.WriteFile(tmx, []byte(cliTMX), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "tm", "import", "--tm", db, tmx); code != 0 {
		t.Fatal(stderr)
	}
	const nerGold = "../../annotate/ner/testdata/wikinews-sample.jsonl"
	const quoteGold = "../../annotate/preannotate/testdata/wikinews-quotes-dev-12.jsonl"
	for _, args := range [][]string{
		{"eval", "--gold", nerGold},
		{"eval", "--gold", quoteGold, "--task", "quotes"},
		{"agree", quoteGold, quoteGold},
		{"agree", "--task", "ner", nerGold, nerGold},
		{"tm", "search", "--tm", db, "« Bonjour », a-t-il dit."},
		{"tm", "import", "--tm", db, tmx},
		{"validate", doc},
		{"qa", "--list"},
		{"schema"},
		{"import", doc},
		{"export", "--to", "doccano", doc},
	} {
		var stderr bytes.Buffer
		if code := run(args, fullWriter{}, &stderr); code != 1 || !strings.Contains(stderr.String(), "no space left") {
			t.Errorf("%v > /dev/full: exit %d, %q; want 1 and the write error", args, code, stderr.String())
		}
	}
}

// TestEmptyGoldRefused: scores over no document are no scores.
func TestEmptyGoldRefused(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.jsonl")
	if err := os.WriteFile(empty, []byte("\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	const gold = "../../annotate/preannotate/testdata/wikinews-quotes-dev-12.jsonl"
	for _, args := range [][]string{
		{"eval", "--gold", empty, "--task", "quotes"},
		{"eval", "--gold", empty, "--task", "ner"},
		{"agree", empty, empty},
		{"agree", gold, empty},
		{"agree", "--task", "ner", empty, empty},
		{"train", "--train", empty},
	} {
		code, stdout, stderr := runCLI(t, args...)
		if code != 1 || stdout != "" || !strings.Contains(stderr, "no document in "+empty) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 1 and no document in %s", args, code, stdout, stderr, empty)
		}
	}
}
