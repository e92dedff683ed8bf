package quotes

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestNoPanicOnCorpora runs the detector over every text of the shared development data (news, novels
// and the French side of a parallel corpus): unseen text must never crash it, and every quote it returns
// must lie inside the text.
func TestNoPanicOnCorpora(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "data")
	files := map[string]string{
		"ner-wikinews-train.jsonl": "text", "ner-wikinews-dev.jsonl": "text",
		"quotes-litbank-dev.jsonl": "text", "parallel-ntrex-en-fr.jsonl": "fr",
	}
	for name, field := range files {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("shared data not available: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		n := 0
		for sc.Scan() {
			var rec map[string]any
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			text, _ := rec[field].(string)
			for _, q := range Find(text) {
				if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
					t.Fatalf("%s record %d: quote [%d, %d) outside the text", name, n, q.Start, q.End)
				}
			}
			n++
		}
		f.Close()
	}
}
