package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestValidateLossyJSON: a key given twice and a lone surrogate escape, which a JSON reader takes
// without a word and loses, fail validate with the file, the path, the line and the column; two notes
// of one ID and a client's XLIFF that is not XML are warned of, and the file stays valid.
func TestValidateLossyJSON(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	if code, _, stderr := runCLI(t, "import", "-o", good, "../../assets/sample-article.fr.txt"); code != 0 {
		t.Fatal(stderr)
	}
	data, _ := os.ReadFile(good)
	write := func(name, from, to string) string {
		t.Helper()
		if !strings.Contains(string(data), from) {
			t.Fatalf("no %q in the sample", from)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(strings.Replace(string(data), from, to, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	twice := write("twice.json", `"status": "new"`, `"status": "new", "status": "draft"`)
	half := write("half.json", `"title": "`, `"title": "\ud83d`)
	for _, c := range []struct{ file, want string }{
		{twice, twice + `: segments[0].status: key "status" is given twice in one object`},
		{half, half + `: title: \ud83d is half of a UTF-16 surrogate pair`},
	} {
		code, _, stderr := runCLI(t, "validate", c.file)
		if code != 1 || !strings.Contains(stderr, c.want) || !strings.Contains(stderr, "(line ") {
			t.Errorf("exit %d, %q; want 1 and %q with its line", code, stderr, c.want)
		}
	}
	notes := write("notes.json", `"segments": [`, `"notes": [{"id": "n1", "text": "a"}, {"id": "n1", "text": "b"}], "segments": [`)
	data, _ = os.ReadFile(notes)
	notes = write("notes.json", `"meta": {`, `"meta": {"original": {"format": "xliff", "name": "c.xlf", "text": "<xliff><file></xliff>"}, `)
	code, stdout, stderr := runCLI(t, "validate", notes)
	for _, w := range []string{`notes[1].id: note ID "n1" is also the ID of notes[0]`, "meta.original.text: the client's file kept for merge-back (c.xlf) is not well-formed XML"} {
		if code != 0 || !strings.Contains(stdout, "valid glose/1") || !strings.Contains(stderr, "warning: "+notes+": document ") || !strings.Contains(stderr, w) {
			t.Errorf("exit %d, %q %q; want 0, valid, and a warning %q", code, stdout, stderr, w)
		}
	}
}
