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
	sample, lines, first := wikinewsSample(t)
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

// TestTrainLearnsTheLastVersionOfATextGivenTwice: a team that reviewed articles of the data it
// started from trains on both (--train base --train reviewed): each text is learnt once, in its
// last version, the correction, and the warning counts the documents given twice and names those
// annotated otherwise; where both versions were learnt, the old labels beside the new ones.
func TestTrainLearnsTheLastVersionOfATextGivenTwice(t *testing.T) {
	sample, lines, first := wikinewsSample(t)
	ents := first["entities"].([]any)
	first["entities"] = ents[:len(ents)-1] // the reviewer took a name out
	corrected, err := json.Marshal(first)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	reviewed := writeFile(t, dir, "reviewed.jsonl", string(corrected)+"\n"+withCRLF(t, lines[1])+"\n")
	model := filepath.Join(dir, "m.model")
	sentences := func(args ...string) string {
		t.Helper()
		code, _, stderr := runCLI(t, append([]string{"train", "-o", model, "--epochs", "1"}, args...)...)
		if code != 0 {
			t.Fatalf("train %q: exit %d: %s", args, code, stderr)
		}
		for _, line := range strings.Split(stderr, "\n") {
			if n, _, ok := strings.Cut(line, " training sentences"); ok { // "ner: 71 training sentences, …"
				return n + "\n" + stderr
			}
		}
		t.Fatalf("train %q: %s; want the number of training sentences", args, stderr)
		return ""
	}
	alone := sentences("--train", sample)
	if strings.Contains(alone, "given again") {
		t.Errorf("train on a file without repeated texts: %s; want no warning", alone)
	}
	both := sentences("--train", sample, "--train", reviewed)
	if got, want := both[:strings.Index(both, "\n")], alone[:strings.Index(alone, "\n")]; got != want {
		t.Errorf("train --train base --train reviewed: %q; want the sentences of base alone, %q", got, want)
	}
	want := "2 documents given again later (the same text, line endings and spacing aside), 1 of them annotated otherwise: " + first["id"].(string) + ";"
	if !strings.Contains(both, want) {
		t.Errorf("train --train base --train reviewed: %s\nwant %q", both, want)
	}
}

// wikinewsSample returns the path of the NER test sample, its lines and its first document decoded.
func wikinewsSample(t *testing.T) (path string, lines []string, first map[string]any) {
	t.Helper()
	path = filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines = strings.Split(strings.TrimSpace(string(data)), "\n")
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	return path, lines, first
}
