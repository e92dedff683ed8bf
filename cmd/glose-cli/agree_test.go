package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAgree(t *testing.T) {
	const gold = "../../annotate/preannotate/testdata/wikinews-quotes-dev-12.jsonl"
	const second = "../../annotate/preannotate/testdata/wikinews-quotes-dev-12b.jsonl"
	// flags after the files, as after them
	code, stdout, stderr := runCLI(t, "agree", gold, second, "--json")
	if code != 0 {
		t.Fatalf("agree exit %d: %s", code, stderr)
	}
	var s struct {
		Documents, QuotesA, QuotesB int
		Quotes                      struct{ F1 float64 }
		Speakers                    struct{ Gold, Correct int }
	}
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatal(err)
	}
	// dev-12 and dev-12b: 41 and 39 quotes, 39 in common, all with the same speaker
	if s.Documents != 14 || s.Quotes.F1 < 0.97 || s.Quotes.F1 > 0.98 || s.Speakers.Gold != 39 || s.Speakers.Correct != 39 {
		t.Errorf("agree dev-12 dev-12b = %+v, want 14 documents, F1 0.975, 39 of 39 speakers", s)
	}
	code, stdout, _ = runCLI(t, "agree", "--task", "ner", "--labels", "QUOTE,SPEAKER", gold, second)
	if code != 0 || !strings.Contains(stdout, "QUOTE      39      0      2") {
		t.Errorf("agree --task ner exit %d:\n%s", code, stdout)
	}

	dir := t.TempDir()
	other := filepath.Join(dir, "other.jsonl")
	data, err := os.ReadFile(second)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(other, []byte(strings.Replace(string(data), "a", "à", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"agree", gold}, 2, "two files"},
		{[]string{"agree", "--task", "pos", gold, second}, 2, "unknown --task"},
		{[]string{"agree", gold, filepath.Join(dir, "missing.jsonl")}, 1, "missing.jsonl"},
		{[]string{"agree", gold, other}, 1, "different texts"},
		{[]string{"agree", "--task", "ner", gold, other}, 1, "line 1 holds different texts"},
	} {
		code, _, stderr := runCLI(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, %q; want %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}
