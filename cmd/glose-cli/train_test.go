package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
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
