package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportMentions: on the pre-annotated sample article, a CoNLL export leaves out the speaker's "il"
// and "le diplomate russe" with one warning that says how to keep them, and cuts no word; --mentions
// all keeps them, "il" tagged on spaCy's token "-il", and warns that CoNLL drops their kind.
func TestExportMentions(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "sample.json")
	var out, errb bytes.Buffer
	if err := cmdAnnotate([]string{"-o", doc, "../../assets/sample-article.fr.txt"}, &out, &errb); err != nil {
		t.Fatalf("annotate: %v\n%s", err, errb.String())
	}
	conll, stderr, err := runExport("--to", "conll", doc)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "2 entity mentions that are not names left out (1 pronoun, 1 description), with 2 links to them") ||
		!strings.Contains(stderr, "use --mentions all to keep them") {
		t.Errorf("no warning of the mentions left out:\n%s", stderr)
	}
	if strings.Contains(stderr, "cut into two tokens") || strings.Contains(conll, "-il\tB-PER") || strings.Contains(conll, "diplomate\tI-PER") {
		t.Errorf("the names-only export tags a pronoun or a description, or cuts a word:\n%s", stderr)
	}
	conll, stderr, err = runExport("--to", "conll", "--mentions", "all", doc)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(stderr, "not names left out") || strings.Contains(stderr, "cut into two tokens") {
		t.Errorf("--mentions all: warnings\n%s", stderr)
	}
	// CoNLL has no place for their kind: the tags make them names, which the warning says.
	if !strings.Contains(stderr, "CoNLL keeps no mention kinds: 2 entity mentions that are not names (1 pronoun, 1 description) are tagged as names") ||
		!strings.Contains(stderr, "use --mentions names to leave them out") {
		t.Errorf("--mentions all: no warning that the kinds are dropped:\n%s", stderr)
	}
	for _, want := range []string{"a\tO\n-t\tO\n-il\tB-PER\n", "diplomate\tI-PER\n"} {
		if !strings.Contains(conll, want) {
			t.Errorf("--mentions all: no %q in\n%s", want, conll)
		}
	}
	if _, _, err := runExport("--to", "conll", "--mentions", "pronouns", doc); err == nil || !strings.Contains(err.Error(), "--mentions") {
		t.Errorf("--mentions pronouns: %v, want a usage error naming the flag", err)
	}
}
