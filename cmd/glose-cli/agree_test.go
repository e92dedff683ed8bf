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
	var first struct{ ID string }
	if err := json.Unmarshal(data[:strings.IndexByte(string(data), '\n')], &first); err != nil {
		t.Fatal(err)
	}
	firstID := first.ID
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
		{[]string{"agree", gold, other}, 1, "different texts, at line 1, column "},
		{[]string{"agree", "--task", "ner", gold, other}, 1, "document 1 (" + firstID + ") holds different texts, at line 1, column "},
	} {
		code, _, stderr := runCLI(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, %q; want %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
}

// Glose's doccano export for doccano's browser (--unit utf16) says its unit in each record, which
// doccano keeps: agree, eval and train read it as import does. They read it as code points: refused
// ("outside the text"), or, when the offsets still fit, silently scored (and trained) a word over.
func TestGoldReadersHonourTheRecordsUnit(t *testing.T) {
	dir := t.TempDir()
	txt := writeFile(t, dir, "a.txt", "Le 👍🏽 de 🇫🇷 : «\u202fNous gagnerons\u202f», a déclaré Emmanuel Macron à Paris, devant Angela Merkel 👏🏽.\n")
	doc := filepath.Join(dir, "a.json")
	if code, _, stderr := runCLI(t, "annotate", "-o", doc, txt); code != 0 {
		t.Fatalf("annotate: exit %d: %s", code, stderr)
	}
	cp, u16 := filepath.Join(dir, "cp.jsonl"), filepath.Join(dir, "u16.jsonl")
	for _, c := range [][]string{{"-o", cp}, {"--unit", "utf16", "-o", u16}} {
		if code, _, stderr := runCLI(t, append(append([]string{"export", "--to", "doccano"}, c...), doc)...); code != 0 {
			t.Fatalf("export %q: exit %d: %s", c, code, stderr)
		}
	}
	if !strings.Contains(readFile(t, u16), `"offset_unit":"utf16"`) {
		t.Fatalf("the UTF-16 export does not say its unit:\n%s", readFile(t, u16))
	}
	for _, task := range []string{"ner", "quotes"} {
		code, stdout, stderr := runCLI(t, "agree", "--task", task, "--json", cp, u16)
		var s struct {
			Micro  struct{ F1 float64 }
			Quotes struct{ F1 float64 }
		}
		if code != 0 || json.Unmarshal([]byte(stdout), &s) != nil || s.Micro.F1+s.Quotes.F1 != 1 {
			t.Errorf("agree --task %s of one document in two units: exit %d, %s%s; want F1 1", task, code, stdout, stderr)
		}
	}
	var evals []string
	for _, gold := range []string{cp, u16} {
		code, stdout, stderr := runCLI(t, "eval", "--gold", gold, "--json")
		var s map[string]any
		if code != 0 || json.Unmarshal([]byte(stdout), &s) != nil {
			t.Fatalf("eval --gold %s: exit %d: %s%s", gold, code, stdout, stderr)
		}
		delete(s, "seconds")
		b, _ := json.Marshal(s)
		evals = append(evals, string(b))
	}
	if evals[0] != evals[1] || !strings.Contains(evals[0], `"f1":1`) {
		t.Errorf("eval of the code-point gold\n%s\nand of the UTF-16 one\n%s\nwant the same, F1 1", evals[0], evals[1])
	}
}
