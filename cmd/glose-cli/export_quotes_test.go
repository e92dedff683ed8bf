package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestExportQuotesCSV: glose-cli export --to quotes-csv writes one CSV row per French quotation,
// which a CSV reader reads back: a quotation over two paragraphs stays one cell, a pronoun speaker
// is given with its entity's names, a quotation without speaker has blank speaker cells; a cell
// starting with a minus sign is guarded for spreadsheets unless --raw-cells; --side is refused.
func TestExportQuotesCSV(t *testing.T) {
	dir := t.TempDir()
	text := "« Nous irons au bout.\nRien ne nous arrêtera », a-t-il dit.\n-20 % sur les prix."
	d := annotate.NewDocument("art", "Art", text, "fr", "en")
	p2, p3 := strings.Index(text, "Rien"), strings.Index(text, "-20")
	d.AddSegment(0, p2-1, 0, annotate.KindSentence)
	d.AddSegment(p2, p3-1, 1, annotate.KindSentence)
	d.AddSegment(p3, len(text), 2, annotate.KindSentence)
	e := annotate.NewEditor(d)
	add := func(words, label string) *annotate.Span {
		i := strings.Index(text, words)
		sp := &annotate.Span{Side: annotate.Source, Start: i, End: i + len(words), Label: label}
		if err := e.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
		return sp
	}
	q, il := add("« Nous irons au bout.\nRien ne nous arrêtera »", annotate.LabelQuote), add("il", annotate.LabelPER)
	il.Mention = annotate.MentionPronoun
	add("-20 % sur les prix", annotate.LabelQuote)
	for _, err := range []error{e.SetSpeaker(q.ID, il.ID),
		e.AddEntity(&annotate.Entity{Type: "PER", Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}, Mentions: []string{il.ID}})} {
		if err != nil {
			t.Fatal(err)
		}
	}
	data, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "art.json")
	if err := os.WriteFile(doc, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		raw   bool
		third string
	}{{false, "\t-20 % sur les prix"}, {true, "-20 % sur les prix"}} {
		args := []string{"export", "--to", "quotes-csv", doc}
		if c.raw {
			args = []string{"export", "--to", "quotes-csv", "--raw-cells", doc}
		}
		code, stdout, stderr := runCLI(t, args...)
		if code != 0 || stderr != "" {
			t.Fatalf("%v: exit %d, %s", args, code, stderr)
		}
		rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		if err != nil || len(rows) != 3 {
			t.Fatalf("%v: read back %d rows, %v:\n%s", args, len(rows), err, stdout)
		}
		first := strings.Join(rows[1][:11], "|")
		if want := "art|1|0|45|« Nous irons au bout.\nRien ne nous arrêtera »||il|pronoun|Sergueï Lavrov|Sergei Lavrov|PER"; first != want {
			t.Errorf("%v: first row\n %q\nwant %q", args, first, want)
		}
		if rows[2][4] != c.third || rows[2][6] != "" || rows[2][12] != "confirmed" || rows[2][13] != "" {
			t.Errorf("%v: quotation without speaker: %q", args, rows[2])
		}
	}
	code, _, stderr := runCLI(t, "export", "--to", "quotes-csv", "--side", "target", doc)
	if code != 2 || !strings.Contains(stderr, "--side: not used by quotes-csv, which writes a row per French quotation") {
		t.Errorf("--side with quotes-csv: exit %d, %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "export", "--to", "doccano", "--raw-cells", doc)
	if code != 2 || !strings.Contains(stderr, "--raw-cells: not used by doccano, only by quotes-csv") {
		t.Errorf("--raw-cells with doccano: exit %d, %q", code, stderr)
	}
	testExportQuotesExcel(t, doc)
}

// testExportQuotesExcel: --excel semicolon writes the file French Excel opens on a double click
// (byte-order mark, CRLF records, cells cut at semicolons, the line break inside a cell LF);
// --excel comma English Excel's; another value, --excel with --raw-cells or with another format
// are refused (exit 2).
func testExportQuotesExcel(t *testing.T, doc string) {
	for _, c := range []struct {
		value string
		sep   rune
	}{{"semicolon", ';'}, {"comma", ','}} {
		code, stdout, stderr := runCLI(t, "export", "--to", "quotes-csv", "--excel", c.value, doc)
		body, bom := strings.CutPrefix(stdout, "\uFEFF")
		if code != 0 || stderr != "" || !bom || strings.Count(body, "\r\n") != 3 {
			t.Fatalf("--excel %s: exit %d, %s, byte-order mark %v, %d CRLF for 3 records:\n%q", c.value, code, stderr, bom, strings.Count(body, "\r\n"), stdout)
		}
		r := csv.NewReader(strings.NewReader(body))
		r.Comma = c.sep
		rows, err := r.ReadAll()
		if err != nil || len(rows) != 3 || rows[1][4] != "« Nous irons au bout.\nRien ne nous arrêtera »" || rows[1][8] != "Sergueï Lavrov" || rows[2][4] != "\t-20 % sur les prix" {
			t.Errorf("--excel %s: read back with %q: %v, %q", c.value, c.sep, err, rows)
		}
	}
	for _, c := range []struct{ args, want string }{
		{"--to quotes-csv --excel tab", `--excel: "tab": expected semicolon`},
		{"--to quotes-csv --excel comma --raw-cells", "--raw-cells: not with --excel"},
		{"--to doccano --excel comma", "--excel: not used by doccano, only by quotes-csv"},
	} {
		code, _, stderr := runCLI(t, append(append([]string{"export"}, strings.Fields(c.args)...), doc)...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%s: exit %d, %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
}
