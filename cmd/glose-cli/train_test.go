package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
