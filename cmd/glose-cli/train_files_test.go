package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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

// TestTrainSeveralFilesWarnOnce: the files of annotate --out-dir, trained on before review, each
// gave their own warning of suggestions nobody confirmed and of quotations left out, two lines a
// file (29 for 15 articles). Several files now give one line of each, with the totals and the
// files concerned.
func TestTrainSeveralFilesWarnOnce(t *testing.T) {
	dir := t.TempDir()
	texts := []string{
		"Emmanuel Macron a déclaré à Paris : « Nous irons à Besançon demain. »\n",
		"« Le projet avance », a affirmé Angela Merkel à Berlin.\n",
		"Raf\u0303a Lévesque 😀 a rencontré Anne Hidalgo à Lyon.\n",
		"La société Renault a annoncé à Marseille : « Tout va bien. »\n",
	}
	files := annotatedFiles(t, dir, texts)
	code, _, stderr := runCLI(t, append([]string{"train", "--epochs", "1", "-o", filepath.Join(dir, "m.model"), "--train"}, files...)...)
	if code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr)
	}
	if n := strings.Count(stderr, "not confirmed"); n != 1 || !strings.Contains(stderr, "and 1 more: ") {
		t.Errorf("%d warnings of suggestions for %d files; want one naming three files and 1 more:\n%s", n, len(files), stderr)
	}
	if n := strings.Count(stderr, "spans left out"); n != 1 || !strings.Contains(stderr, "and 1 more files: ") {
		t.Errorf("%d warnings of quotations left out for %d files; want one naming three files and 1 more:\n%s", n, len(files), stderr)
	}
}

// TestEvalSeveralGoldFiles: the held-apart articles of a team's review are Glose files of their
// own; eval took one --gold FILE (the last of several, without a word, before flags given twice
// were refused). --gold given again, or files after the options, are scored as one corpus of their
// documents, for names and for quotations alike.
func TestEvalSeveralGoldFiles(t *testing.T) {
	dir := t.TempDir()
	texts := []string{
		"Emmanuel Macron a déclaré à Paris : « Nous irons à Besançon demain. »\n",
		"« Le projet avance », a affirmé Angela Merkel à Berlin 🇩🇪.\n",
		"Rene\u0301e Lévesque a rencontré Anne Hidalgo à Lyon : « Tout va bien », a-t-elle dit.\n",
	}
	files := annotatedFiles(t, dir, texts)
	corpus := filepath.Join(dir, "all.jsonl")
	if code, _, stderr := runCLI(t, append([]string{"export", "--to", "jsonl", "-o", corpus}, files...)...); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	for _, task := range []string{"ner", "quotes"} {
		scores := func(args ...string) string {
			t.Helper()
			code, stdout, stderr := runCLI(t, append([]string{"eval", "--task", task}, args...)...)
			if code != 0 {
				t.Fatalf("eval --task %s %q: exit %d: %s", task, args, code, stderr)
			}
			first, rest, _ := strings.Cut(stdout, "\n") // the first line ends with the time taken
			return first[:strings.LastIndex(first, ",")] + "\n" + rest
		}
		want := scores("--gold", corpus)
		if !strings.Contains(want, "3 documents") {
			t.Fatalf("--task %s on the corpus: %s; want 3 documents", task, want)
		}
		if got := scores("--gold", files[0], "--gold", files[1], "--gold", files[2]); got != want {
			t.Errorf("--task %s, --gold given once per file:\n%s\nwant as the corpus:\n%s", task, got, want)
		}
		if got := scores(append([]string{"--gold"}, files...)...); got != want {
			t.Errorf("--task %s, --gold FILE FILE...:\n%s\nwant as the corpus:\n%s", task, got, want)
		}
	}
}

// annotatedFiles writes texts into dir as t0.txt, t1.txt… and returns the Glose files annotate
// --out-dir makes of them, as a team's pre-annotated folder.
func annotatedFiles(t *testing.T, dir string, texts []string) []string {
	t.Helper()
	var in []string
	for i, text := range texts {
		in = append(in, writeFile(t, dir, fmt.Sprintf("t%d.txt", i), text))
	}
	out := filepath.Join(dir, "ann")
	if code, _, stderr := runCLI(t, append([]string{"annotate", "--out-dir", out}, in...)...); code != 0 {
		t.Fatalf("annotate: exit %d: %s", code, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.json"))
	return files
}
