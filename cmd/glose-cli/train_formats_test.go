package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTrainEvalAgreeReadWhatImportReads: the corrected data a team holds is often not doccano: a
// Glose corpus reviewed in the app, Label Studio tasks, a brat collection. train, eval and agree
// --task ner read each of them as import does, and find the same names at the same places as in the
// doccano file they came from (accents, « » with no-break spaces, emoji and a combining mark
// included), so a model trained on one scores as on the other.
func TestTrainEvalAgreeReadWhatImportReads(t *testing.T) {
	dir := t.TempDir()
	sample, err := os.ReadFile(filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	text := "Le président Emmanuel Macron a déclaré\u00a0: «\u00a0Nous irons à Besançon 🇫🇷 demain\u00a0».\n\nRaf\u0303a Lévesque 😀 a rencontré Angela Merkel à Berlin.\n"
	var ents []map[string]any
	for i, n := range []struct{ name, label string }{{"Emmanuel Macron", "PER"}, {"Besançon", "LOC"}, {"Raf\u0303a Lévesque", "PER"}, {"Angela Merkel", "PER"}, {"Berlin", "LOC"}} {
		start := len([]rune(text[:strings.Index(text, n.name)]))
		ents = append(ents, map[string]any{"id": i + 1, "label": n.label, "start_offset": start, "end_offset": start + len([]rune(n.name))})
	}
	line, err := json.Marshal(map[string]any{"id": "tricky", "text": text, "entities": ents, "relations": []any{}})
	if err != nil {
		t.Fatal(err)
	}
	doccano := writeFile(t, dir, "gold.jsonl", string(sample)+string(line)+"\n")
	corpus, tasks, brat := otherForms(t, dir, doccano)
	for _, tt := range []struct{ name, path string }{{"Glose corpus", corpus}, {"Label Studio", tasks}, {"brat", brat}} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "agree", "--task", "ner", "--labels", "PER,ORG,LOC,MISC", "--json", doccano, tt.path)
			var rep struct{ Micro struct{ F1 float64 } }
			if code != 0 || json.Unmarshal([]byte(stdout), &rep) != nil || rep.Micro.F1 != 1 {
				t.Errorf("agree with the doccano file: exit %d, %s %s; want F1 1", code, stdout, stderr)
			}
			model := filepath.Join(t.TempDir(), "m.model")
			if code, _, stderr := runCLI(t, "train", "--epochs", "2", "--train", tt.path, "--dev", tt.path, "-o", model); code != 0 {
				t.Fatalf("train: exit %d: %s", code, stderr)
			}
			if code, stdout, stderr := runCLI(t, "eval", "--gold", tt.path, "--model", model, "--json"); code != 0 || !strings.Contains(stdout, `"documents": 7`) {
				t.Errorf("eval: exit %d, %s %s; want 7 documents scored", code, stdout, stderr)
			}
		})
	}
}

// otherForms writes the documents of the doccano file into dir as a team holds them after import
// and review: a Glose corpus, Label Studio tasks and a brat collection.
func otherForms(t *testing.T, dir, doccano string) (corpus, tasks, brat string) {
	t.Helper()
	corpus, tasks, brat = filepath.Join(dir, "corpus.jsonl"), filepath.Join(dir, "tasks.json"), filepath.Join(dir, "brat")
	for _, args := range [][]string{
		{"import", "-o", corpus, doccano},
		{"export", "--to", "labelstudio", "-o", tasks, corpus},
		{"export", "--to", "brat", "-o", brat, corpus},
	} {
		if code, _, stderr := runCLI(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	return corpus, tasks, brat
}

// TestTrainRefusesUnannotated: a file import reads but that holds no span (a text, a corpus not yet
// annotated) is refused by train, naming it, instead of training a model that finds nothing.
func TestTrainRefusesUnannotated(t *testing.T) {
	dir := t.TempDir()
	text := writeFile(t, dir, "article.txt", "Angela Merkel est à Berlin.\n")
	code, _, stderr := runCLI(t, "train", "--train", text, "-o", filepath.Join(dir, "m.model"))
	if code != 1 || !strings.Contains(stderr, "article.txt") || !strings.Contains(stderr, "no span") {
		t.Errorf("exit %d, stderr %q; want 1 naming article.txt and saying it has no span", code, stderr)
	}
}

// TestEvalWarnsOfSuggestions: gold read from a Glose corpus whose names are still suggestions
// (pre-annotated, not reviewed) is scored, with a warning counting them: it is no gold yet.
func TestEvalWarnsOfSuggestions(t *testing.T) {
	dir := t.TempDir()
	text := writeFile(t, dir, "article.txt", "Angela Merkel a rencontré Emmanuel Macron à Berlin.\n")
	corpus := filepath.Join(dir, "c.jsonl")
	if code, _, stderr := runCLI(t, "annotate", "-o", corpus, text); code != 0 {
		t.Fatalf("annotate: exit %d: %s", code, stderr)
	}
	code, _, stderr := runCLI(t, "eval", "--gold", corpus)
	if code != 0 || !strings.Contains(stderr, "c.jsonl: 3 of 3 entity mentions not confirmed") {
		t.Errorf("exit %d, stderr %q; want 0 and the 3 suggestions counted", code, stderr)
	}
}

// TestQuoteGoldReadWhatImportReads: eval and agree --task quotes read a Glose corpus, Label Studio
// tasks or a brat collection made from a doccano gold file as that file: the same quotations and
// speakers (accents, « » with no-break spaces, emoji and a combining mark before them), so the same
// scores. The Glose corpus was read as doccano lines without entities ("no QUOTE span").
func TestQuoteGoldReadWhatImportReads(t *testing.T) {
	dir := t.TempDir()
	sample, err := os.ReadFile(filepath.Join("..", "..", "annotate", "preannotate", "testdata", "sample-gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	text := "Raf\u0303a Lévesque 😀 a déclaré\u00a0: «\u00a0Nous irons à Besançon 🇫🇷 demain\u00a0».\n"
	at := func(s string) (int, int) {
		start := len([]rune(text[:strings.Index(text, s)]))
		return start, start + len([]rune(s))
	}
	qs, qe := at("«\u00a0Nous irons à Besançon 🇫🇷 demain\u00a0»")
	ss, se := at("Raf\u0303a Lévesque")
	line, err := json.Marshal(map[string]any{"id": "tricky", "text": text,
		"entities": []map[string]any{
			{"id": 1, "label": "QUOTE", "start_offset": qs, "end_offset": qe},
			{"id": 2, "label": "SPEAKER", "start_offset": ss, "end_offset": se}},
		"relations": []map[string]any{{"id": 1, "from_id": 1, "to_id": 2, "type": "speaker"}}})
	if err != nil {
		t.Fatal(err)
	}
	doccano := writeFile(t, dir, "gold.jsonl", strings.TrimSpace(string(sample))+"\n"+string(line)+"\n")
	corpus, tasks, brat := otherForms(t, dir, doccano)
	scores := func(t *testing.T, path string) string {
		code, stdout, stderr := runCLI(t, "eval", "--task", "quotes", "--gold", path, "--json")
		var rep map[string]any
		if code != 0 || json.Unmarshal([]byte(stdout), &rep) != nil {
			t.Fatalf("eval --gold %s: exit %d: %s %s", path, code, stdout, stderr)
		}
		delete(rep, "seconds")
		b, _ := json.Marshal(rep)
		return string(b)
	}
	want := scores(t, doccano)
	for _, tt := range []struct{ name, path string }{{"Glose corpus", corpus}, {"Label Studio", tasks}, {"brat", brat}} {
		t.Run(tt.name, func(t *testing.T) {
			if got := scores(t, tt.path); got != want {
				t.Errorf("eval: %s\nwant, as from the doccano file: %s", got, want)
			}
			code, stdout, stderr := runCLI(t, "agree", "--json", doccano, tt.path)
			if code != 0 || !strings.Contains(stdout, `"accuracy": 1`) || !strings.Contains(stdout, `"f1": 1`) {
				t.Errorf("agree with the doccano file: exit %d, %s %s; want the same quotes and speakers", code, stdout, stderr)
			}
		})
	}
}
