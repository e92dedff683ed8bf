package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// writeFile writes text to dir/name and returns its path.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// readCorpus reads a Glose JSON Lines corpus, valid in full.
func readCorpus(t *testing.T, path string) []*annotate.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := annotate.ValidateJSONLines(data, path)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func writeCorpusFile(t *testing.T, path string, docs []*annotate.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	for _, d := range docs {
		b, err := annotate.MarshalLine(d)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func ids(docs []*annotate.Document) string {
	var s []string
	for _, d := range docs {
		s = append(s, d.ID)
	}
	return strings.Join(s, " ")
}

// sourceSpan returns the source span of d with that text, or nil.
func sourceSpan(d *annotate.Document, text string) *annotate.Span {
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source && d.SpanText(sp) == text {
			return sp
		}
	}
	return nil
}

// twoArticles writes two French texts into dir and pre-annotates them into dir/c.jsonl.
func twoArticles(t *testing.T, dir string) (a, b, corpus string) {
	t.Helper()
	a = writeFile(t, dir, "a.txt", "Emmanuel Macron a déclaré : « Nous gagnerons. »\n")
	b = writeFile(t, dir, "b.txt", "Angela Merkel est à Berlin.\n")
	corpus = filepath.Join(dir, "c.jsonl")
	if code, _, stderr := runCLI(t, "annotate", "-o", corpus, a, b); code != 0 {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	return a, b, corpus
}

// TestAnnotateCorpusAgainKeepsHumanWork: the corpus annotate wrote, reviewed (a label corrected, a
// suggestion rejected) and holding a worse earlier suggestion, is pre-annotated again into itself:
// the correction stays, the rejected suggestion does not come back, the untouched one is refreshed,
// the documents keep their order, and the reviewed version is kept as .bak.
func TestAnnotateCorpusAgainKeepsHumanWork(t *testing.T) {
	_, _, corpus := twoArticles(t, t.TempDir())
	docs := readCorpus(t, corpus)
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	macron, merkel, berlin := sourceSpan(docs[0], "Emmanuel Macron"), sourceSpan(docs[1], "Angela Merkel"), sourceSpan(docs[1], "Berlin")
	if macron == nil || merkel == nil || berlin == nil {
		t.Fatal("the first run did not propose Emmanuel Macron, Angela Merkel and Berlin")
	}
	macron.End -= len(" Macron") // as a worse, earlier model proposed it, naming its entity after it
	for _, e := range docs[0].Entities {
		if e.Names["fr"] == "Emmanuel Macron" {
			e.Names = map[string]string{"fr": "Emmanuel", "en": "Emmanuel"}
		}
	}
	ed := annotate.NewEditor(docs[1])
	if err := ed.Relabel(berlin.ID, annotate.LabelORG); err != nil {
		t.Fatal(err)
	}
	if err := ed.Reject(merkel.ID); err != nil {
		t.Fatal(err)
	}
	reviewed := writeCorpusFile(t, corpus, docs)

	code, stdout, stderr := runCLI(t, "annotate", "-o", corpus, corpus)
	if code != 0 || stdout != "" {
		t.Fatalf("second run: exit %d, stdout %q: %s", code, stdout, stderr)
	}
	again := readCorpus(t, corpus)
	if ids(again) != "a b" {
		t.Fatalf("documents %q, want a b in their order", ids(again))
	}
	if sp := sourceSpan(again[1], "Berlin"); sp == nil || sp.Label != annotate.LabelORG || sp.Origin != annotate.Human {
		t.Errorf("Berlin, relabelled ORG by a person, is now %+v", sp)
	}
	if sp := sourceSpan(again[1], "Angela Merkel"); sp != nil || len(again[1].Rejected) == 0 {
		t.Errorf("the rejected Angela Merkel came back (%+v) or its rejection was lost", sp)
	}
	if sourceSpan(again[0], "Emmanuel") != nil || sourceSpan(again[0], "Emmanuel Macron") == nil {
		t.Error("the untouched earlier suggestion Emmanuel was not replaced by Emmanuel Macron")
	}
	if bak, _ := os.ReadFile(corpus + ".bak"); !bytes.Equal(bak, reviewed) {
		t.Error("the reviewed corpus was not kept as .bak")
	}
	// b holds no suggestion of the earlier run any more: only a's are refreshed.
	want := corpus + ":1: suggestions refreshed: 1 new, 1 removed (no longer proposed), 2 unchanged"
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr %q does not say %q", stderr, want)
	}
}

// TestAnnotateCorpusInParallel: a corpus pre-annotated again several documents at once gives the
// same bytes as one at a time.
func TestAnnotateCorpusInParallel(t *testing.T) {
	paths := wikinewsFiles(t, 12)
	corpus := filepath.Join(t.TempDir(), "corpus.jsonl")
	if code, _, stderr := runCLI(t, append([]string{"annotate", "-o", corpus}, paths...)...); code != 0 {
		t.Fatal(stderr)
	}
	_, one, _ := runCLI(t, "annotate", "-j", "1", corpus)
	_, four, _ := runCLI(t, "annotate", "-j", "4", corpus)
	if one != four {
		t.Fatal("-j 4 gives another output than -j 1")
	}
	if n := strings.Count(one, "\n"); n != len(paths) {
		t.Fatalf("%d lines for a corpus of %d documents", n, len(paths))
	}
}

// TestAnnotateMixedInputs: a text, a Glose file and a corpus together give one corpus in the order
// given, with distinct IDs (renamed ID-N, N the place), or one file each with --out-dir.
func TestAnnotateMixedInputs(t *testing.T) {
	dir := t.TempDir()
	a, _, corpus := twoArticles(t, dir)
	one := filepath.Join(dir, "one.json")
	if code, _, stderr := runCLI(t, "annotate", "-o", one, a); code != 0 {
		t.Fatal(stderr)
	}
	out := filepath.Join(dir, "all.jsonl")
	code, _, stderr := runCLI(t, "annotate", "-o", out, a, one, corpus)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := ids(readCorpus(t, out)); got != "a a-2 a-3 b" {
		t.Errorf("IDs %q, want a a-2 a-3 b", got)
	}
	// Said once for the two documents renamed, naming each.
	warning, _, _ := strings.Cut(stderr, "\n")
	if !strings.Contains(warning, `the document ID "a" is also that of `+a) || !strings.Contains(warning, one) || !strings.Contains(warning, corpus+":1") {
		t.Errorf("stderr %q does not name the Glose file and the corpus line renamed", stderr)
	}
	outDir := filepath.Join(dir, "out")
	if code, _, stderr := runCLI(t, "annotate", "--out-dir", outDir, a, corpus); code != 0 {
		t.Fatal(stderr)
	}
	for name, id := range map[string]string{"a.json": "a", "a-2.json": "a-2", "b.json": "b"} {
		if d := readGlose(t, filepath.Join(outDir, name)); d.ID != id {
			t.Errorf("%s holds %s, want %s", name, d.ID, id)
		}
	}
}

// TestAnnotateCorpusBadLine: a line that is no Glose document fails the run naming the file and the
// line, and the -o file keeps its content; a doccano corpus is told to go through import.
func TestAnnotateCorpusBadLine(t *testing.T) {
	dir := t.TempDir()
	_, _, corpus := twoArticles(t, dir)
	data, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	bad := writeFile(t, dir, "bad.jsonl", string(data)+"\n{\"format\": \"glose/1\", \"id\": \n")
	out := writeFile(t, dir, "out.jsonl", "earlier work\n")
	code, _, stderr := runCLI(t, "annotate", "-j", "2", "-o", out, bad)
	if code != 1 || !strings.Contains(stderr, "bad.jsonl: line 4") {
		t.Errorf("exit %d, stderr %q; want 1 naming bad.jsonl: line 4", code, stderr)
	}
	if got, _ := os.ReadFile(out); string(got) != "earlier work\n" {
		t.Errorf("the output file changed to %.60q", got)
	}
	doccano := writeFile(t, dir, "d.jsonl", `{"text": "Angela Merkel", "label": [[0, 13, "PER"]]}`+"\n")
	if code, _, stderr := runCLI(t, "annotate", doccano); code != 1 || !strings.Contains(stderr, "d.jsonl: line 1") || !strings.Contains(stderr, "glose-cli import") {
		t.Errorf("doccano corpus: exit %d, stderr %q; want the line and import named", code, stderr)
	}
	empty := writeFile(t, dir, "empty.jsonl", "\n\n")
	if code, _, stderr := runCLI(t, "annotate", empty); code != 1 || !strings.Contains(stderr, "empty.jsonl: no document") {
		t.Errorf("empty corpus: exit %d, stderr %q", code, stderr)
	}
}

// TestAnnotateCorpusFromStandardInput: JSON Lines on standard input is a corpus: JSON Lines out,
// each document refreshed, messages naming stdin's lines.
func TestAnnotateCorpusFromStandardInput(t *testing.T) {
	_, _, corpus := twoArticles(t, t.TempDir())
	data, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	old := stdin
	t.Cleanup(func() { stdin = old })
	stdin = bytes.NewReader(data)
	code, stdout, stderr := runCLI(t, "annotate", "-")
	if code != 0 || stdout != string(data) {
		t.Errorf("exit %d, stdout\n%s\nwant the corpus unchanged (nothing new to propose): %s", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "(stdin:1, stdin:2)") {
		t.Errorf("stderr %q does not name stdin's lines", stderr)
	}
}

// TestAnnotateOneDocumentCorpus: -o naming a .jsonl file gives JSON Lines even for one text, and a
// .jsonl file holding one Glose document over several lines is read as that document.
func TestAnnotateOneDocumentCorpus(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "Angela Merkel est à Berlin.\n")
	one := filepath.Join(dir, "one.jsonl")
	if code, _, stderr := runCLI(t, "annotate", "-o", one, a); code != 0 {
		t.Fatal(stderr)
	}
	if data, _ := os.ReadFile(one); bytes.Count(data, []byte("\n")) != 1 {
		t.Errorf("-o one.jsonl of one text wrote %q, want one JSON line", data)
	}
	_, pretty, _ := runCLI(t, "annotate", a)
	p := writeFile(t, dir, "pretty.jsonl", pretty)
	code, stdout, stderr := runCLI(t, "annotate", p)
	if code != 0 || len(readCorpusBytes(t, stdout)) != 1 {
		t.Errorf("a Glose document over several lines in a .jsonl file: exit %d, %s", code, stderr)
	}
}

func readCorpusBytes(t *testing.T, s string) []*annotate.Document {
	t.Helper()
	docs, err := annotate.ValidateJSONLines([]byte(s), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
