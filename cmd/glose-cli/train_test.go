package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
)

func TestTrainAndEvalNER(t *testing.T) {
	sample := filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl")
	model := filepath.Join(t.TempDir(), "m.model")
	var out, errb bytes.Buffer
	if err := cmdTrain([]string{"-o", model, "--epochs", "3", "--train", sample, "--dev", sample}, &out, &errb); err != nil {
		t.Fatalf("train: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "wrote "+model) {
		t.Errorf("train output %q", out.String())
	}
	out.Reset()
	if err := cmdEval([]string{"--gold", sample, "--task", "ner", "--model", model, "--json"}, &out, &errb); err != nil {
		t.Fatalf("eval: %v", err)
	}
	var rep struct {
		Task      string
		Documents int
		Labels    map[string]map[string]float64
		Micro     map[string]float64
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("eval --json output %q: %v", out.String(), err)
	}
	if rep.Task != "ner" || rep.Documents != 6 || len(rep.Labels) != 3 || rep.Micro["f1"] < 0.5 {
		t.Errorf("eval report %+v", rep)
	}
	for _, args := range [][]string{{"--task", "ner"}, {"--gold", sample, "--task", "pos"}} {
		if err := cmdEval(args, &out, &errb); err == nil {
			t.Errorf("eval %v: no error", args)
		}
	}
	if err := cmdTrain([]string{"--train", "/nonexistent.jsonl"}, &out, &errb); err == nil || !strings.Contains(err.Error(), "nonexistent") {
		t.Errorf("train on a missing file: %v", err)
	}
}

// TestAnnotateWithTrainedModel: a model from glose-cli train is what annotate --model pre-annotates
// with, and a file that is no model is refused, named, before any work.
func TestAnnotateWithTrainedModel(t *testing.T) {
	sample := filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl")
	model := filepath.Join(t.TempDir(), "m.model")
	var out, errb bytes.Buffer
	if err := cmdTrain([]string{"-o", model, "--epochs", "2", "--train", sample}, &out, &errb); err != nil {
		t.Fatalf("train: %v\n%s", err, errb.String())
	}
	article := "../../assets/sample-article.fr.txt"
	out.Reset()
	if err := cmdAnnotate([]string{"--model", model, article}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	m, err := ner.LoadFile(model)
	if err != nil {
		t.Fatal(err)
	}
	d, err := readForAnnotation(article)
	if err != nil {
		t.Fatal(err)
	}
	if err := preannotate.Run(d, preannotate.Options{NER: m}); err != nil {
		t.Fatal(err)
	}
	want, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != string(want) {
		t.Error("annotate --model did not pre-annotate with the model given")
	}
	var builtIn bytes.Buffer
	if err := cmdAnnotate([]string{article}, &builtIn, &errb); err != nil {
		t.Fatal(err)
	}
	if builtIn.String() == out.String() {
		t.Error("the trained model and the built-in one gave the same annotations: the test shows nothing")
	}

	junk := filepath.Join(t.TempDir(), "junk.model")
	if err := os.WriteFile(junk, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	outPath := filepath.Join(t.TempDir(), "out.json")
	err = cmdAnnotate([]string{"--model", junk, "-o", outPath, article}, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "junk.model") {
		t.Errorf("a file that is no model: error %v, want one naming it", err)
	}
	if _, err := os.Stat(outPath); !os.IsNotExist(err) {
		t.Error("an output file was written though the model was refused")
	}
}

// TestTrainOutputAndDev: without --dev, train prints no dev score (it printed -1.0000); an output
// that cannot be written is refused before training, not after.
func TestTrainOutputAndDev(t *testing.T) {
	sample := filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl")
	dir := t.TempDir()
	model := filepath.Join(dir, "m.model")
	code, _, stderr := runCLI(t, "train", "-o", model, "--epochs", "1", "--train", sample)
	if code != 0 || strings.Contains(stderr, "dev") || strings.Contains(stderr, "-1.0") {
		t.Errorf("train without --dev: exit %d, stderr %q; want no dev score", code, stderr)
	}
	ro := filepath.Join(dir, "ro.model")
	if err := os.WriteFile(ro, []byte("old"), 0o444); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		out  string
		code int
		want string
	}{
		{filepath.Join(dir, "missing", "m.model"), 1, "missing"},
		{dir, 2, "is a directory"},
		{ro, 1, "read-only"},
		{"", 2, "-o"},
	}
	for _, tc := range tests {
		code, _, stderr := runCLI(t, "train", "-o", tc.out, "--epochs", "1", "--train", sample)
		if code != tc.code || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "epoch") {
			t.Errorf("train -o %q: exit %d, %q; want %d, %q and no training", tc.out, code, stderr, tc.code, tc.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left behind: %v", entries)
	}
}

// TestTrainDecomposedFile: a training file writing its accents decomposed (e + U+0301, as text copied
// from macOS or some PDFs has them), its offsets counted in that text, trains the same model as the
// same file composed. Before, the trainer learnt "Guine\u0301e" as a word no text read composed has.
func TestTrainDecomposedFile(t *testing.T) {
	sample := filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl")
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(string(data), "\n", 3)[:2] // two documents are enough
	composed := strings.Join(lines, "\n") + "\n"
	decomposed := ""
	for _, line := range lines {
		decomposed += decomposeDoccano(t, line) + "\n"
	}
	if decomposed == composed || !strings.Contains(decomposed, "Guine\u0301e") {
		t.Fatal("the decomposed copy is not decomposed")
	}
	dir := t.TempDir()
	model := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, stderr := runCLI(t, "train", "-o", "-", "--epochs", "2", "--seed", "3", "--train", path, "--dev", path)
		if code != 0 {
			t.Fatalf("train on %s: exit %d, %s", name, code, stderr)
		}
		return out
	}
	want := model("composed.jsonl", composed)
	if got := model("decomposed.jsonl", decomposed); got != want {
		t.Errorf("the decomposed file trains another model (%d bytes) than the composed one (%d bytes)", len(got), len(want))
	}
}

// decomposeDoccano returns a doccano line with its text in NFD and its entity offsets (code points)
// counted in that text.
func decomposeDoccano(t *testing.T, line string) string {
	t.Helper()
	var d map[string]any
	if err := json.Unmarshal([]byte(line), &d); err != nil {
		t.Fatal(err)
	}
	runes := []rune(d["text"].(string))
	at := func(v any) int { return utf8.RuneCountInString(norm.NFD.String(string(runes[int(v.(float64)):]))) }
	total := utf8.RuneCountInString(norm.NFD.String(string(runes)))
	for _, e := range d["entities"].([]any) {
		ent := e.(map[string]any)
		ent["start_offset"], ent["end_offset"] = total-at(ent["start_offset"]), total-at(ent["end_offset"])
	}
	d["text"] = norm.NFD.String(string(runes))
	out, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// Glose's doccano export holds quotations and their verbs (QUOTE, CUE) beside the names, and with
// --mentions all the pronouns and descriptions ("mention"): trained on such a file, the recogniser
// learnt QUOTE and CUE as kinds of names, and "il" as a PER name. It learns the names alone, and says
// what it left out.
func TestTrainLearnsNamesOnly(t *testing.T) {
	sample := filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl")
	var b strings.Builder
	for i, line := range strings.Split(strings.TrimSpace(readFile(t, sample)), "\n") {
		var r map[string]any
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		text := []rune(r["text"].(string))
		ents := r["entities"].([]any)
		if i == 0 {
			q := strings.Index(string(text), "« la transmission du virus Ebola »")
			q = len([]rune(string(text)[:q]))
			a := strings.Index(string(text), "a annoncé")
			a = len([]rune(string(text)[:a]))
			il := strings.Index(string(text), "qu'il")
			il = len([]rune(string(text)[:il])) + 3
			ents = append(ents,
				map[string]any{"id": 901, "label": "QUOTE", "start_offset": q, "end_offset": q + len([]rune("« la transmission du virus Ebola »"))},
				map[string]any{"id": 902, "label": "CUE", "start_offset": a + 2, "end_offset": a + len("a annoncé")},
				map[string]any{"id": 903, "label": "PER", "start_offset": il, "end_offset": il + 2, "mention": "pronoun"})
		}
		r["entities"] = ents
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(out)
		b.WriteByte('\n')
	}
	dir := t.TempDir()
	train := writeFile(t, dir, "train.jsonl", b.String())
	model := filepath.Join(dir, "m.model")
	var out, errb bytes.Buffer
	if err := cmdTrain([]string{"-o", model, "--epochs", "1", "--train", train}, &out, &errb); err != nil {
		t.Fatalf("train: %v\n%s", err, errb.String())
	}
	if !strings.Contains(errb.String(), "train.jsonl: 1 CUE and 1 QUOTE spans left out") {
		t.Errorf("train said:\n%s\nwant the quotation and the verb counted as left out", errb.String())
	}
	m, err := ner.LoadFile(model)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m.Labels(), ","); got != "LOC,ORG,PER" {
		t.Errorf("the model's labels are %s, want the sample's names: LOC,ORG,PER", got)
	}
	exs, err := ner.ReadDoccano(strings.NewReader(b.String()), "train.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range exs[0].Spans {
		if exs[0].Text[s.Start:s.End] == "il" {
			t.Errorf("the pronoun marked as such was read as the name %s", s.Label)
		}
	}
}

// TestNamesOnlySaysOneSpan: one quotation left out of a dev set is "1 QUOTE span", not "spans".
func TestNamesOnlySaysOneSpan(t *testing.T) {
	for _, tt := range []struct {
		labels []string
		want   string
	}{
		{[]string{"QUOTE", "PER"}, "dev.jsonl: 1 QUOTE span left out:"},
		{[]string{"QUOTE", "QUOTE"}, "dev.jsonl: 2 QUOTE spans left out:"},
		{[]string{"CUE", "QUOTE"}, "dev.jsonl: 1 CUE and 1 QUOTE spans left out:"},
	} {
		var ex ner.Example
		for _, l := range tt.labels {
			ex.Spans = append(ex.Spans, ner.Mention{Label: l})
		}
		var w bytes.Buffer
		namesOnly([]ner.Example{ex}, "dev.jsonl", &w)
		if !strings.Contains(w.String(), tt.want) {
			t.Errorf("%v: %q; want %q", tt.labels, w.String(), tt.want)
		}
	}
}
