package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTMSearchHonestScore: tm search gives 100 only for the same sentence, and says what else
// differs, in text and in JSON.
func TestTMSearchHonestScore(t *testing.T) {
	dir := t.TempDir()
	db, tmx := filepath.Join(dir, "tm.db"), filepath.Join(dir, "in.tmx")
	os.WriteFile(tmx, []byte(cliTMX), 0o644)
	if _, _, err := runTM(t, cmdTM, "import", "--tm", db, tmx); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query, want string
	}{
		{"« Bonjour », a-t-il dit.", "100 100 []"},
		{"« bonjour », a-t-il dit.", "99 100 [case]"},
		{`"Bonjour", a-t-il dit.`, "99 100 [quotation marks]"},
		{"« Bonjour », a-t-il dit", "98 100 [punctuation]"},
		{"Sergueï Lavrov est arrive a Moscou mardi.", "98 100 [accents]"},
	}
	for _, tt := range tests {
		out, _, err := runTM(t, cmdTM, "search", "--tm", db, "--json", "--top", "1", tt.query)
		var res []struct {
			Score       float64  `json:"score"`
			ScoreStem   float64  `json:"score_stem"`
			Differences []string `json:"differences"`
		}
		if err != nil || json.Unmarshal([]byte(out), &res) != nil || len(res) != 1 {
			t.Fatalf("%q: %s %v", tt.query, out, err)
		}
		if got := fmt.Sprint(res[0].Score, res[0].ScoreStem, res[0].Differences); got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.query, got, tt.want)
		}
	}
	out, _, _ := runTM(t, cmdTM, "search", "--tm", db, "« bonjour », a-t-il dit")
	if !strings.Contains(out, " 97.0%") || !strings.Contains(out, "(differs in case, punctuation)") {
		t.Errorf("text output: %q", out)
	}
}
