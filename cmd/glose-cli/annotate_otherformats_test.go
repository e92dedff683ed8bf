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
