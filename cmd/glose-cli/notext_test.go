package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An empty or blank text file gives a document with no segment: annotate and import say so, naming
// the file (annotate once for all such files), rather than exit 0 without a word; the other files go on.
func TestEmptyTextIsSaid(t *testing.T) {
	dir := t.TempDir()
	empty, blank, good := filepath.Join(dir, "vide.txt"), filepath.Join(dir, "blanc.txt"), filepath.Join(dir, "article.txt")
	for p, text := range map[string]string{empty: "", blank: " \n\n\t\n", good: "Sergueï Lavrov est arrivé à Paris."} {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{{"annotate", empty, good, blank}, {"import", empty}, {"import", blank}} {
		code, stdout, stderr := runCLI(t, args...)
		if code != 0 || stdout == "" {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q", args, code, len(stdout), stderr)
		}
		for _, p := range args[1:] {
			said := false // one line names each file, or several (grouped: "it holds no text: ... — 2 documents: a, b")
			for _, line := range strings.Split(stderr, "\n") {
				said = said || strings.HasPrefix(line, "glose-cli "+args[0]+": warning: ") && strings.Contains(line, "it holds no text") && strings.Contains(line, p)
			}
			if said != (p != good) {
				t.Errorf("%v: stderr %q; warning about %s: %v", args, stderr, p, said)
			}
		}
	}
}
