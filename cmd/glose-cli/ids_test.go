package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

func TestDocIDsClaim(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"a", "b"}, []string{"a", "b"}},
		{[]string{"article", "article"}, []string{"article", "article-2"}},
		{[]string{"a", "b", "a"}, []string{"a", "b", "a-3"}},                 // N is the position, as doccano's noid-2
		{[]string{"a", "a-2", "a"}, []string{"a", "a-2", "a-3"}},             // a taken name is skipped
		{[]string{"a", "a", "a-2"}, []string{"a", "a-2", "a-2-3"}},           // so is one given by renaming
		{[]string{"a", "a-3", "a", "a"}, []string{"a", "a-3", "a-4", "a-5"}}, // the next free N
	}
	for _, tc := range tests {
		ids := docIDs{}
		var got []string
		for i, id := range tc.in {
			n, _ := ids.claim(id, i)
			got = append(got, n)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("claim %q = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSameBaseName: annotate of two files of the same name gives distinct IDs, so export takes the
// corpus; a corpus with a repeated ID is renamed by import and export alike (a team's files merged
// into one corpus) and refused by validate, and every message names both places.
func TestSameBaseName(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, m := range []string{"2024-01", "2024-02"} {
		p := filepath.Join(dir, m, "article.txt")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("Emmanuel Macron est à Paris en "+m+".\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	code, _, stderr := runCLI(t, append([]string{"annotate", "-o", corpus}, paths...)...)
	if code != 0 || !strings.Contains(stderr, paths[0]) || !strings.Contains(stderr, paths[1]) || !strings.Contains(stderr, `"article-2"`) {
		t.Fatalf("annotate: exit %d, %q; want 0 and a warning naming both files and article-2", code, stderr)
	}
	if ids := corpusIDs(t, corpus); !slices.Equal(ids, []string{"article", "article-2"}) {
		t.Errorf("IDs %q, want article and article-2", ids)
	}
	if code, _, stderr := runCLI(t, "export", "--to", "doccano", corpus); code != 0 {
		t.Errorf("export of annotate's corpus: exit %d: %s", code, stderr)
	}

	// the same line twice, a blank line between
	data, _ := os.ReadFile(corpus)
	first, _, _ := strings.Cut(string(data), "\n")
	dup := filepath.Join(dir, "dup.jsonl")
	if err := os.WriteFile(dup, []byte(first+"\n\n"+first+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "validate", dup); code != 1 || !strings.Contains(stderr, dup+":3") || !strings.Contains(stderr, `"article"`) || !strings.Contains(stderr, "line 1") {
		t.Errorf("validate: exit %d, %q; want 1 naming %s:3 and line 1", code, stderr, dup)
	}
	for _, cmd := range []string{"import", "export"} { // the same renaming, the same warning
		fixed := filepath.Join(dir, cmd+".jsonl")
		args := []string{cmd, "-o", fixed, dup}
		if cmd == "export" {
			args = append([]string{cmd, "--to", "jsonl"}, args[1:]...)
		}
		code, _, stderr := runCLI(t, args...)
		if code != 0 || !strings.Contains(stderr, dup+":3: the document ID \"article\" is also that of "+dup+":1; renamed \"article-2\"") {
			t.Fatalf("%s: exit %d, %q; want a warning naming lines 3 and 1 and article-2", cmd, code, stderr)
		}
		if ids := corpusIDs(t, fixed); !slices.Equal(ids, []string{"article", "article-2"}) {
			t.Errorf("%s gave IDs %q, want article and article-2", cmd, ids)
		}
	}

	// two single documents with the same ID
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	for i, p := range []string{a, b} {
		if code, _, stderr := runCLI(t, "import", "-o", p, paths[i]); code != 0 {
			t.Fatal(stderr)
		}
	}
	merged := filepath.Join(dir, "merged.jsonl")
	code, _, stderr = runCLI(t, "export", "--to", "jsonl", "-o", merged, a, b)
	if code != 0 || !strings.Contains(stderr, b+`: the document ID "article" is also that of `+a+`; renamed "article-2"`) {
		t.Fatalf("export of two documents with one ID: exit %d, %q; want 0 and a warning naming both files and article-2", code, stderr)
	}
	if ids := corpusIDs(t, merged); !slices.Equal(ids, []string{"article", "article-2"}) {
		t.Errorf("export gave IDs %q, want article and article-2", ids)
	}
}

func corpusIDs(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		d, err := annotate.Unmarshal([]byte(line), path)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	return ids
}
