package main

import (
	"strings"
	"testing"
)

// Importing a corpus says each kind of warning once, with how many documents gave it, as export and
// annotate do: a file of 500 records sharing IDs gave 499 lines.
func TestImportGroupsItsWarnings(t *testing.T) {
	var b strings.Builder
	for range 5 {
		b.WriteString(`{"id": 7, "text": "Emmanuel Macron est à Paris.", "entities": [], "relations": []}` + "\n")
	}
	in := writeFile(t, t.TempDir(), "corpus.jsonl", b.String())
	code, _, stderr := runCLI(t, "import", "--from", "doccano", "-o", in+".glose.jsonl", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var renamed []string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if strings.Contains(l, "renamed") {
			renamed = append(renamed, l)
		}
	}
	if len(renamed) != 1 || !strings.Contains(renamed[0], "4 documents") {
		t.Errorf("renaming warnings %q, want one line counting 4 documents; stderr:\n%s", renamed, stderr)
	}
}
