package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrainWarnsOfDevOverlap: --dev documents whose text is also in --train (the same article, even
// saved on Windows with CRLF and without its ID) are counted and named on standard error, by ID or,
// without one, by their text's hash; a dev set apart from the training data gives no warning.
func TestTrainWarnsOfDevOverlap(t *testing.T) {
	sample := filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl")
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	fresh := `{"id": "neuf", "text": "Élise Dupont est arrivée à Besançon 😀 hier.", "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 12}], "relations": []}`
	dir := t.TempDir()
	apart := writeFile(t, dir, "apart.jsonl", fresh+"\n")
	dev := writeFile(t, dir, "dev.jsonl", lines[0]+"\n"+withCRLF(t, lines[1], "id")+"\n"+fresh+"\n")
	model := filepath.Join(dir, "m.model")
	code, _, stderr := runCLI(t, "train", "-o", model, "--epochs", "1", "--train", sample, "--dev", dev)
	want := "--dev " + dev + ": 2 of its 3 documents are also in --train " + sample
	if code != 0 || !strings.Contains(stderr, want) || !strings.Contains(stderr, first["id"].(string)+", text ") || strings.Contains(stderr, "neuf") {
		t.Errorf("train with an overlapping --dev: exit %d, %q; want 0 and %q naming %s and a text hash", code, stderr, want, first["id"])
	}
	code, _, stderr = runCLI(t, "train", "-o", model, "--epochs", "1", "--train", sample, "--dev", apart)
	if code != 0 || strings.Contains(stderr, "also in --train") {
		t.Errorf("train with a --dev apart: exit %d, %q; want no overlap warning", code, stderr)
	}
}

// withCRLF gives a doccano line its text's line breaks as CRLF, its offsets counted in that text,
// as a file saved on Windows has them; the keys drop are left out, the others kept.
func withCRLF(t *testing.T, line string, drop ...string) string {
	t.Helper()
	var d map[string]any
	if err := json.Unmarshal([]byte(line), &d); err != nil {
		t.Fatal(err)
	}
	runes := []rune(d["text"].(string))
	moved := func(o any) float64 {
		return o.(float64) + float64(strings.Count(string(runes[:int(o.(float64))]), "\n"))
	}
	for _, e := range d["entities"].([]any) {
		e := e.(map[string]any)
		e["start_offset"], e["end_offset"] = moved(e["start_offset"]), moved(e["end_offset"])
	}
	d["text"] = strings.ReplaceAll(d["text"].(string), "\n", "\r\n")
	for _, k := range drop {
		delete(d, k)
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
