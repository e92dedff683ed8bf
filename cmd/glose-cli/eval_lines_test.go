package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestEvalReadsCRLFGold: a quotation gold file saved on Windows (CRLF, offsets counted in that text)
// scores as the same file with LF, whose paragraphs quotation detection reads, and the errors it
// lists are placed in the file's own text.
func TestEvalReadsCRLFGold(t *testing.T) {
	const gold = "../../annotate/preannotate/testdata/wikinews-quotes-dev-12.jsonl"
	data, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	var crlf []string
	texts := map[string][]rune{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		crlf = append(crlf, withCRLF(t, line))
		var d struct{ ID, Text string }
		if err := json.Unmarshal([]byte(crlf[len(crlf)-1]), &d); err != nil {
			t.Fatal(err)
		}
		texts[d.ID] = []rune(d.Text)
	}
	crlfGold := writeFile(t, t.TempDir(), "gold-crlf.jsonl", strings.Join(crlf, "\n")+"\n")
	type report struct {
		Quotes, Overlap struct{ F1 float64 }
		Attribution     struct{ Correct, Gold int }
		Errors          []struct {
			Document   string
			Start, End int
			Quote      string
		}
	}
	var got [2]report
	for i, path := range []string{gold, crlfGold} {
		code, stdout, stderr := runCLI(t, "eval", "--task", "quotes", "--json", "--errors", "--gold", path)
		if code != 0 {
			t.Fatalf("eval %s: exit %d, %s", path, code, stderr)
		}
		if err := json.Unmarshal([]byte(stdout), &got[i]); err != nil {
			t.Fatal(err)
		}
	}
	if got[0].Quotes != got[1].Quotes || got[0].Attribution != got[1].Attribution || len(got[0].Errors) != len(got[1].Errors) {
		t.Errorf("CRLF gold scores %+v, want those of LF %+v", got[1], got[0])
	}
	for _, e := range got[1].Errors {
		text := texts[e.Document]
		if e.End > len(text) || strings.ReplaceAll(string(text[e.Start:e.End]), "\r\n", "\n") != e.Quote {
			t.Errorf("error at [%d,%d) of %s: %q, not the text there", e.Start, e.End, e.Document, e.Quote)
		}
	}
}
