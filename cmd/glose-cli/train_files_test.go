package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestTrainSeveralFiles: a team's review leaves one Glose file per article (annotate --out-dir),
// and its corrections go beside the data it started from; train took one --train FILE, the last
// of several given (trained on it alone, without a word), and refused the files of a shell glob.
// --train given again, or files after the options, are now learnt together: the model is the
// same bytes as the one trained on a corpus holding the same documents in the same order.
func TestTrainSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	sample := filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl")
	split := filepath.Join(dir, "reviewed")
	if code, _, stderr := runCLI(t, "export", "--to", "glose", "--out-dir", split, sample); code != 0 {
		t.Fatalf("export --out-dir: exit %d: %s", code, stderr)
	}
	files, err := filepath.Glob(filepath.Join(split, "*.json"))
	if err != nil || len(files) < 3 {
		t.Fatalf("%d files in %s (%v); want 3 or more", len(files), split, err)
	}
	corpus := filepath.Join(dir, "all.jsonl")
	if code, _, stderr := runCLI(t, append([]string{"export", "--to", "jsonl", "-o", corpus}, files...)...); code != 0 {
		t.Fatalf("export --to jsonl: exit %d: %s", code, stderr)
	}
	model := func(name string, args ...string) []byte {
		t.Helper()
		out := filepath.Join(dir, name)
		if code, _, stderr := runCLI(t, append([]string{"train", "--epochs", "2", "-o", out}, args...)...); code != 0 {
			t.Fatalf("train %q: exit %d: %s", args, code, stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	want := model("corpus.model", "--train", corpus)
	var repeated []string
	for _, f := range files {
		repeated = append(repeated, "--train", f)
	}
	if got := model("repeated.model", repeated...); !bytes.Equal(got, want) {
		t.Errorf("--train given once per file: a model of %d bytes unlike the corpus's (%d bytes)", len(got), len(want))
	}
	if got := model("operands.model", append([]string{"--train"}, files...)...); !bytes.Equal(got, want) {
		t.Errorf("--train FILE FILE...: a model of %d bytes unlike the corpus's (%d bytes)", len(got), len(want))
	}
}
