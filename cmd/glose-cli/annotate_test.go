package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

func TestAnnotateOneFileGivesGloseJSON(t *testing.T) {
	var out, errb bytes.Buffer
	if err := cmdAnnotate([]string{"../../assets/sample-article.fr.txt"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(out.Bytes(), "stdout")
	if err != nil {
		t.Fatalf("output is not valid Glose JSON: %v", err)
	}
	quotes := 0
	for _, sp := range d.Spans {
		if sp.Label == annotate.LabelQuote {
			quotes++
		}
	}
	if quotes != 11 || len(d.Entities) == 0 {
		t.Errorf("%d quotes and %d entities, want 11 quotes and some entities", quotes, len(d.Entities))
	}
	if errb.Len() != 0 {
		t.Errorf("stderr not quiet when not a terminal: %q", errb.String())
	}
}

func TestAnnotateSeveralFilesGiveJSONLines(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	if err := os.WriteFile(a, []byte("# Titre\n\n« Nous partirons demain, c'est certain », a déclaré Marie Dupont.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.jsonl")
	var stdout, stderr bytes.Buffer
	if err := cmdAnnotate([]string{"-o", out, a, "../../assets/sample-article.fr.txt"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	for i, l := range lines {
		if _, err := annotate.Unmarshal([]byte(l), "line"); err != nil {
			t.Errorf("line %d: %v", i+1, err)
		}
	}
}

func TestAnnotateErrors(t *testing.T) {
	var out, errb bytes.Buffer
	if err := cmdAnnotate(nil, &out, &errb); err == nil {
		t.Error("no file: want a usage error")
	}
	if err := cmdAnnotate([]string{"missing.txt"}, &out, &errb); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: error %v, want one naming the file", err)
	}
	if err := cmdAnnotate([]string{"x.pdf"}, &out, &errb); err == nil {
		t.Error("unknown extension: want an error")
	}
}

// TestEvalQuotesErrors lists the errors on a gold file written so that the detector must miss a
// quotation (no mark), misplace one (the gold leaves out the closing mark) and misattribute one.
func TestEvalQuotesErrors(t *testing.T) {
	text := "Le ministre a dit : « Nous partirons demain. » Paul a répondu : « Non. » Marie a ajouté : « Peut-être »."
	cp := func(s string) int { return len([]rune(text[:strings.Index(text, s)])) }
	gold := fmt.Sprintf(`{"id": "d1", "text": %q, "entities": [`+
		`{"id": 1, "label": "QUOTE", "start_offset": %d, "end_offset": %d},`+
		`{"id": 2, "label": "SPEAKER", "start_offset": %d, "end_offset": %d},`+
		`{"id": 3, "label": "QUOTE", "start_offset": %d, "end_offset": %d},`+
		`{"id": 4, "label": "SPEAKER", "start_offset": %d, "end_offset": %d}],`+
		`"relations": [{"id": 1, "from_id": 1, "to_id": 2, "type": "speaker", "speaker_name": "Marie"},`+
		`{"id": 2, "from_id": 3, "to_id": 4, "type": "speaker", "speaker_name": "Henri Martin"}]}`+"\n",
		text, cp("« Nous"), cp("« Nous")+len([]rune("« Nous partirons demain.")), cp("Marie"), cp("Marie")+5,
		cp("« Non"), cp("« Non")+len([]rune("« Non. »")), cp("Le ministre"), cp("Le ministre")+len([]rune("Le ministre")))
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := evalQuotes(path, nil, false, true, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"d1: bounds « Nous partirons demain. found as « Nous partirons demain. »",
		"d1: wrong-speaker « Non. », gold speaker \"Le ministre\" (Henri Martin), got \"Paul\"", "d1: false-quote « Peut-être »"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEvalQuotesSampleGold(t *testing.T) {
	var out bytes.Buffer
	if err := evalQuotes("../../annotate/preannotate/testdata/sample-gold.jsonl", nil, true, false, &out); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"task": "quotes"`, `"quotes_overlap"`, `"attribution"`, `"seconds"`} {
		if !strings.Contains(out.String(), key) {
			t.Errorf("output lacks %s:\n%s", key, out.String())
		}
	}
}
