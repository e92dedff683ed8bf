package formats

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestDoccanoOutOfRangeSuggestsUTF16: doccano in a browser counts UTF-16 code units, so an entity
// after emoji can end past the text counted in code points; the error then says to import with
// --unit utf16, which reads the file. Without characters outside the BMP it does not.
func TestDoccanoOutOfRangeSuggestsUTF16(t *testing.T) {
	record := func(text, name string) []byte {
		i := strings.Index(text, name)
		u := len(utf16.Encode([]rune(text[:i])))
		b, _ := json.Marshal(map[string]any{"id": 2, "text": text, "label": [][]any{{u, u + len(utf16.Encode([]rune(name))), "LOC"}}})
		return b
	}
	emoji := record("Anne Hidalgo 👍🏽 « à » 🇫🇷 Lyon.", "Lyon")
	_, _, err := Read("d.jsonl", emoji, ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), "outside the text") || !strings.Contains(err.Error(), "--unit utf16") {
		t.Fatalf("error %v; want one that suggests --unit utf16", err)
	}
	docs, _, err := Read("d.jsonl", emoji, ReadOptions{Unit: "utf16"})
	if err != nil || docs[0].SpanText(docs[0].Spans[0]) != "Lyon" {
		t.Fatalf("with --unit utf16: %v", err)
	}
	plain := []byte(`{"id": 3, "text": "Noe\u0308l à Lyon.", "label": [[9, 30, "LOC"]]}`)
	if _, _, err := Read("d.jsonl", plain, ReadOptions{}); err == nil || strings.Contains(err.Error(), "utf16") {
		t.Errorf("no character outside the BMP: error %v, want no --unit hint", err)
	}
}
