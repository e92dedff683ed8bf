package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestAgreeComposesTexts: two annotators' files of one article, one written with its accents
// decomposed (e + U+0301, as text copied from macOS or a PDF gives it, its offsets counted in that
// text), are the same document: agree compares their spans instead of refusing "different texts".
func TestAgreeComposesTexts(t *testing.T) {
	composed := "Le président a déclaré\u00a0: «\u00a0Besançon 😀 d’abord\u00a0», selon René Lévesque à Québec.\n"
	decomposed := strings.NewReplacer("é", "e\u0301", "ç", "c\u0327").Replace(composed)
	line := func(text string) string {
		at := func(s string) (int, int) {
			i := len([]rune(text[:strings.Index(text, s)]))
			return i, i + len([]rune(s))
		}
		qs, qe := at(strings.Split(strings.Split(text, ": ")[1], ", selon")[0])
		name := strings.Split(strings.Split(text, "selon ")[1], " à")[0]
		ss, se := at(name)
		ls, le := at(strings.TrimSuffix(strings.Split(text, " à ")[1], ".\n"))
		b, err := json.Marshal(map[string]any{"id": "a", "text": text, "entities": []map[string]any{
			{"id": 1, "label": "QUOTE", "start_offset": qs, "end_offset": qe},
			{"id": 2, "label": "PER", "start_offset": ss, "end_offset": se},
			{"id": 3, "label": "LOC", "start_offset": ls, "end_offset": le}},
			"relations": []map[string]any{{"id": 1, "from_id": 1, "to_id": 2, "type": "speaker"}}})
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	dir := t.TempDir()
	a := writeFile(t, dir, "a.jsonl", line(composed))
	b := writeFile(t, dir, "b.jsonl", line(decomposed))
	for _, task := range []string{"ner", "quotes"} {
		code, stdout, stderr := runCLI(t, "agree", "--task", task, "--json", a, b)
		if code != 0 || !strings.Contains(stdout, `"f1": 1`) {
			t.Errorf("agree --task %s: exit %d, %s %s; want the same spans found", task, code, stdout, stderr)
		}
	}
}
