package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestAgreeNormalisesLineEndings: a doccano file saved on Windows (CRLF, its offsets counted in that
// text, accents decomposed) and the Glose corpus imported from the same article with LF line endings
// are one text: agree compares their spans, found at the same places past every line break, instead
// of refusing "different texts".
func TestAgreeNormalisesLineEndings(t *testing.T) {
	lf := "Titre\u00a0: Besançon 😀\n\n«\u00a0Nous partons\u00a0», a déclaré René Lévesque à Québec.\n\nÉlise Dupont est à Besançon.\n"
	crlf := strings.NewReplacer("\n", "\r\n", "é", "e\u0301", "É", "E\u0301").Replace(lf)
	dir := t.TempDir()
	a := writeFile(t, dir, "crlf.jsonl", doccanoQuoteLine(t, crlf, "«\u00a0Nous partons\u00a0»", "Ren", "Qu", "Besançon."))
	lfDoccano := writeFile(t, dir, "lf-doccano.jsonl", doccanoQuoteLine(t, lf, "«\u00a0Nous partons\u00a0»", "Ren", "Qu", "Besançon."))
	b := filepath.Join(dir, "lf.jsonl")
	if code, _, stderr := runCLI(t, "export", "--to", "jsonl", "-o", b, lfDoccano); code != 0 {
		t.Fatal(stderr)
	}
	for _, task := range []string{"ner", "quotes"} {
		for _, pair := range [][2]string{{a, b}, {b, a}, {a, lfDoccano}} {
			code, stdout, stderr := runCLI(t, "agree", "--task", task, "--json", pair[0], pair[1])
			var got struct {
				Micro, Quotes struct{ F1 float64 }
				Speakers      struct{ Accuracy float64 }
			}
			if code == 0 {
				if err := json.Unmarshal([]byte(stdout), &got); err != nil {
					t.Fatal(err)
				}
			}
			if code != 0 || got.Micro.F1+got.Quotes.F1 != 1 || task == "quotes" && got.Speakers.Accuracy != 1 {
				t.Errorf("agree --task %s %s %s: exit %d, %s %s; want the same spans found", task, filepath.Base(pair[0]), filepath.Base(pair[1]), code, stdout, stderr)
			}
		}
	}
}

// doccanoQuoteLine is a doccano line of text with a QUOTE (quote), its speaker PER (the name starting
// with per), a LOC (the name starting with loc) and a last LOC (the last occurrence of last, its final
// period left out), offsets in code points of text as written.
func doccanoQuoteLine(t *testing.T, text, quote, per, loc, last string) string {
	t.Helper()
	at := func(i, n int) []int {
		s := len([]rune(text[:i]))
		return []int{s, s + len([]rune(text[i:i+n]))}
	}
	word := func(prefix string) []int { // a name: its words up to " à", "." or ","
		i := strings.Index(text, prefix)
		n := strings.IndexAny(text[i:], ".,")
		if j := strings.Index(text[i:], " à"); j >= 0 && j < n {
			n = j
		}
		return at(i, n)
	}
	q := at(strings.Index(text, quote), len(quote))
	l := at(strings.LastIndex(text, last), len(last)-1)
	ents := []map[string]any{}
	for i, e := range []struct {
		label string
		r     []int
	}{{"QUOTE", q}, {"PER", word(per)}, {"LOC", word(loc)}, {"LOC", l}} {
		ents = append(ents, map[string]any{"id": i + 1, "label": e.label, "start_offset": e.r[0], "end_offset": e.r[1]})
	}
	b, err := json.Marshal(map[string]any{"id": "a", "text": text, "entities": ents,
		"relations": []map[string]any{{"id": 1, "from_id": 1, "to_id": 2, "type": "speaker"}}})
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}
