package main

import (
	"strings"
	"testing"
)

// TestAnnotateOtherFormatsPointToImport: a corpus or file in another annotation format, given to
// annotate under a .jsonl or .json name (doccano's relation export, whose entities have number IDs;
// spaCy's; Label Studio's list of tasks), fails naming the file and telling to go through import,
// not only with a type error deep inside its first line.
func TestAnnotateOtherFormatsPointToImport(t *testing.T) {
	const text = `"Angela Merkel est à Besançon."`
	tests := []struct{ name, file, content string }{
		{"doccano relation", "d.jsonl", `{"id": 1, "text": ` + text + `, "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 13}], "relations": []}`},
		{"spaCy", "s.jsonl", `{"text": ` + text + `, "entities": [[0, 13, "PER"]], "spans": {"sc": []}}`},
		{"doccano as .json", "d.json", `{"id": 1, "text": ` + text + `, "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 13}]}` + "\n" + `{"id": 2, "text": "Paris", "entities": []}`},
		{"Label Studio tasks", "tasks.json", `[{"data": {"text": ` + text + `}, "annotations": []}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, t.TempDir(), tt.file, tt.content+"\n")
			code, _, stderr := runCLI(t, "annotate", path)
			if code != 1 || !strings.Contains(stderr, tt.file) || !strings.Contains(stderr, "glose-cli import "+path) {
				t.Errorf("exit %d, stderr %q; want 1, the file named and glose-cli import %s", code, stderr, path)
			}
		})
	}
}

// TestAnnotateBratDocumentPointsToImport: a brat document's .txt, its .ann beside it, is refused as a
// brat collection's directory is (annotate read the text alone and dropped the .ann's annotations
// without a word), and its .ann is told to go through import.
func TestAnnotateBratDocumentPointsToImport(t *testing.T) {
	dir := t.TempDir()
	txt := writeFile(t, dir, "zoé.txt", "Zoé Dupré est à Montréal 😀.\r\n")
	ann := writeFile(t, dir, "zoé.ann", "T1\tPER 0 9\tZoé Dupré\n")
	for _, c := range []struct {
		path string
		code int
	}{{txt, 1}, {ann, 2}} {
		code, _, stderr := runCLI(t, "annotate", "-o", dir+"/out.json", c.path)
		if code != c.code || !strings.Contains(stderr, "glose-cli import "+ann) {
			t.Errorf("%s: exit %d, stderr %q; want %d and glose-cli import %s", c.path, code, stderr, c.code, ann)
		}
	}
}
