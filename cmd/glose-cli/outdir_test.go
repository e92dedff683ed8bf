package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// writeArticles writes two articles of the same base name in two folders, as a team's corpus has them.
func writeArticles(t *testing.T, dir string) (a, b string) {
	t.Helper()
	a, b = filepath.Join(dir, "a", "article.txt"), filepath.Join(dir, "b", "article.txt")
	for p, text := range map[string]string{a: "« Nous partirons demain », a déclaré Angela Merkel.\n", b: "Emmanuel Macron a parlé à Paris.\n"} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return a, b
}

func readGlose(t *testing.T, path string) *annotate.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(data, path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestAnnotateOutDirWritesOneFilePerInput: two inputs of the same base name get two files, the second
// named after its place, and a second run refuses to replace them without --force.
func TestAnnotateOutDirWritesOneFilePerInput(t *testing.T) {
	dir := t.TempDir()
	a, b := writeArticles(t, dir)
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if err := cmdAnnotate([]string{"--out-dir", out, a, b}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if stdout.Len() != 0 {
		t.Errorf("--out-dir also wrote to standard output: %q", stdout.String())
	}
	first, second := readGlose(t, filepath.Join(out, "article.json")), readGlose(t, filepath.Join(out, "article-2.json"))
	if !strings.Contains(first.Text, "Merkel") || !strings.Contains(second.Text, "Macron") || first.ID == second.ID {
		t.Errorf("article.json holds %q (%s), article-2.json %q (%s)", first.Text, first.ID, second.Text, second.ID)
	}
	err := cmdAnnotate([]string{"--out-dir", out, b}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "article.json") || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("a second run over the same directory: %v, want a refusal naming article.json and --force", err)
	}
	if d := readGlose(t, filepath.Join(out, "article.json")); !strings.Contains(d.Text, "Merkel") {
		t.Error("the refused run replaced article.json")
	}
	if err := cmdAnnotate([]string{"--out-dir", out, "--force", b}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if d := readGlose(t, filepath.Join(out, "article.json")); !strings.Contains(d.Text, "Macron") {
		t.Error("--force did not replace article.json")
	}
	if d := readGlose(t, filepath.Join(out, "article.json.bak")); !strings.Contains(d.Text, "Merkel") {
		t.Error("--force kept no backup of the file it replaced")
	}
}

func TestOutDirFlagErrors(t *testing.T) {
	dir := t.TempDir()
	a, _ := writeArticles(t, dir)
	var stdout, stderr bytes.Buffer
	for _, args := range [][]string{{"--force", a}, {"-o", filepath.Join(dir, "x.jsonl"), "--out-dir", dir, a}, {"--out-dir", a, a}} {
		if err := cmdAnnotate(args, &stdout, &stderr); err == nil {
			t.Errorf("annotate %q: no error", args)
		}
	}
	for _, args := range [][]string{{"--to", "doccano", "--out-dir", dir, a}, {"--to", "glose", "--force", a}} {
		if err := cmdExport(args, &stdout, &stderr); err == nil {
			t.Errorf("export %q: no error", args)
		}
	}
}

// TestExportOutDirSplitsACorpus: a JSON Lines corpus from annotate comes back as one Glose file per
// document, named after its ID, each holding the document as it was.
func TestExportOutDirSplitsACorpus(t *testing.T) {
	dir := t.TempDir()
	a, b := writeArticles(t, dir)
	corpus := filepath.Join(dir, "corpus.jsonl")
	var stdout, stderr bytes.Buffer
	if err := cmdAnnotate([]string{"-o", corpus, a, b}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	split := filepath.Join(dir, "split")
	if err := cmdExport([]string{"--to", "glose", "--out-dir", split, corpus}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	first, second := readGlose(t, filepath.Join(split, "article.json")), readGlose(t, filepath.Join(split, "article-2.json"))
	if first.ID != "article" || second.ID != "article-2" || len(first.Spans) == 0 || !strings.Contains(second.Text, "Macron") {
		t.Errorf("split: %s with %d spans, %s %q", first.ID, len(first.Spans), second.ID, second.Text)
	}
	if err := cmdExport([]string{"--to", "glose", "--out-dir", split, corpus}, &stdout, &stderr); err == nil {
		t.Error("splitting again over the same files: no refusal")
	}
}

// TestOutDirNames: documents are named after their IDs as every system accepts them, and two that
// would be one file on Windows or macOS (after cleaning, in another case, with another way of
// writing an accent) get their place after the name.
func TestOutDirNames(t *testing.T) {
	ids := []string{"CON", "con_", "a/b", "a:b", "café", "cafe\u0301", "Article", "article", "« été » 😀", "nul.", "x"}
	want := []string{"CON_.json", "con_-2.json", "a_b.json", "a_b-4.json", "café.json", "cafe\u0301-6.json", "Article.json", "article-8.json", "« été » 😀.json", "nul_.json", "x.json"}
	dir := filepath.Join(t.TempDir(), "out")
	o, err := newOutDir(dir, false, ids)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(o.names, want) {
		t.Errorf("names:\n got %q\nwant %q", o.names, want)
	}
	for i, id := range ids {
		if err := o.write(i, annotate.NewDocument(id, "", "texte", "fr", "en")); err != nil {
			t.Fatal(err)
		}
	}
	if got := readGlose(t, filepath.Join(dir, "CON_.json")); got.ID != "CON" {
		t.Errorf("CON_.json holds %q, want the document CON", got.ID)
	}
}

// TestAnnotateAgainRefreshesSuggestions: a Glose file whose earlier run proposed "Angela" is annotated
// again: the untouched suggestion gives way to "Angela Merkel", and standard error says what changed.
func TestAnnotateAgainRefreshesSuggestions(t *testing.T) {
	dir := t.TempDir()
	a, _ := writeArticles(t, dir)
	first := filepath.Join(dir, "article.json")
	var stdout, stderr bytes.Buffer
	if err := cmdAnnotate([]string{"-o", first, a}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	d := readGlose(t, first)
	var angela *annotate.Span
	for _, sp := range d.Spans {
		if d.SpanText(sp) == "Angela Merkel" {
			angela = sp
		}
	}
	if angela == nil {
		t.Fatal("no Angela Merkel proposed")
	}
	angela.End -= len(" Merkel") // as a worse, earlier run proposed it, naming its entity after it
	for _, e := range d.Entities {
		if e.Names["fr"] == "Angela Merkel" {
			e.Names = map[string]string{"fr": "Angela", "en": "Angela"}
		}
	}
	b, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(first, b, 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	if err := cmdAnnotate([]string{first}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	again, err := annotate.Unmarshal(stdout.Bytes(), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, sp := range again.Spans {
		if sp.Label == annotate.LabelPER {
			names = append(names, again.SpanText(sp))
		}
	}
	if strings.Join(names, "|") != "Angela Merkel" {
		t.Errorf("PER spans after annotating again: %q, want only Angela Merkel", names)
	}
	if !strings.Contains(stderr.String(), "suggestions refreshed: 1 new, 1 removed (no longer proposed)") {
		t.Errorf("stderr %q does not say what changed", stderr.String())
	}
}
