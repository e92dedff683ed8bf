package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/preannotate"
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
	if err := cmdAnnotate([]string{"-o", t.TempDir(), "../../assets/sample-article.fr.txt"}, &out, &errb); err == nil ||
		!strings.Contains(err.Error(), "is a directory") {
		t.Errorf("-o naming a directory: error %v, want one saying so before any work", err)
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
	if err := evalQuotes([]string{path}, "", false, true, &out, io.Discard); err != nil {
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
	if err := evalQuotes([]string{"../../annotate/preannotate/testdata/sample-gold.jsonl"}, "", true, false, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"task": "quotes"`, `"quotes_overlap"`, `"attribution"`, `"seconds"`} {
		if !strings.Contains(out.String(), key) {
			t.Errorf("output lacks %s:\n%s", key, out.String())
		}
	}
}

// wikinewsFiles writes the first n articles of the Wikinews dev set as text files and returns their paths.
func wikinewsFiles(t testing.TB, n int) []string {
	t.Helper()
	f, err := os.ReadFile("../../../shared/data/ner-wikinews-dev.jsonl")
	if err != nil {
		t.Skip("shared data not found:", err)
	}
	dir := t.TempDir()
	var paths []string
	for i, l := range strings.SplitN(string(f), "\n", n+1)[:n] {
		var doc struct{ Text string }
		if err := json.Unmarshal([]byte(l), &doc); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("article-%02d.txt", i))
		if err := os.WriteFile(p, []byte(doc.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// TestAnnotateInParallel: files pre-annotated several at once come out in the order given, each line
// the same as when they are done one by one.
func TestAnnotateInParallel(t *testing.T) {
	paths := wikinewsFiles(t, 12)
	var one, four, errb bytes.Buffer
	if err := cmdAnnotate(append([]string{"-j", "1"}, paths...), &one, &errb); err != nil {
		t.Fatal(err)
	}
	if err := cmdAnnotate(append([]string{"-j", "4"}, paths...), &four, &errb); err != nil {
		t.Fatal(err)
	}
	if one.String() != four.String() {
		t.Fatal("-j 4 gives another output than -j 1")
	}
	lines := strings.Split(strings.TrimSpace(one.String()), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("%d lines for %d files", len(lines), len(paths))
	}
	for i, l := range lines {
		d, err := annotate.Unmarshal([]byte(l), "line")
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("article-%02d", i); d.ID != want {
			t.Errorf("line %d holds %s, want %s", i+1, d.ID, want)
		}
	}
}

// TestAnnotateFailureKeepsOutput: when one file fails, -o's file keeps its previous content and the
// error names the file.
func TestAnnotateFailureKeepsOutput(t *testing.T) {
	paths := wikinewsFiles(t, 6)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("Un texte \xff cassé"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(out, []byte("earlier work\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"-j", "3", "-o", out}, paths[:3]...)
	args = append(append(args, bad), paths[3:]...)
	var stdout, stderr bytes.Buffer
	err := cmdAnnotate(args, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "bad.txt") || !strings.Contains(err.Error(), "byte offset 9") {
		t.Fatalf("error %v, want one naming bad.txt and the offset of the bad byte", err)
	}
	if got, _ := os.ReadFile(out); string(got) != "earlier work\n" {
		t.Errorf("the output file changed to %.60q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left behind: %v", entries)
	}
}

// TestProgressLine: the bar counts bytes, then files, rate and time left, then the file just done.
func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	clock := time.Unix(0, 0)
	p := &progress{w: &b, on: true, nfiles: 4, total: 8_000_000, now: func() time.Time { return clock }}
	p.start = clock
	clock = clock.Add(2 * time.Second)
	p.add(2_000_000, "/tmp/premier article «été» 😀.txt")
	want := "annotate █████░░░░░░░░░░░░░░░  25% 1/4 files · 1.0 MB/s · 6 s left · premier article «été» 😀.txt"
	if got := strings.TrimPrefix(b.String(), "\r\033[K"); got != want {
		t.Errorf("progress line\n%q, want\n%q", got, want)
	}
	b.Reset()
	clock = clock.Add(50 * time.Millisecond)
	p.add(1_000_000, "b.txt")
	if b.Len() != 0 {
		t.Errorf("redrawn after 50 ms: %q", b.String())
	}
	p.add(5_000_000, "c.txt")
	p.add(0, "d.txt")
	if !strings.Contains(b.String(), "100% 4/4 files") || strings.Contains(b.String(), "left") {
		t.Errorf("last line %q, want it at 100%% with no time left", b.String())
	}
}

// BenchmarkAnnotateFiles pre-annotates 100 Wikinews articles as files, one at a time and one per core,
// written to a discarded output; MB/s is of the texts.
func BenchmarkAnnotateFiles(b *testing.B) {
	paths := wikinewsFiles(b, 100)
	var size int64
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			b.Fatal(err)
		}
		size += info.Size()
	}
	if _, err := preannotate.Text("x", preannotate.Options{}); err != nil { // load the model once
		b.Fatal(err)
	}
	for _, jobs := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("j=%d", jobs), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				if err := cmdAnnotate(append([]string{"-j", fmt.Sprint(jobs)}, paths...), io.Discard, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestAnnotateStandardInput: "-" reads plain text from standard input, here among files, in its place
// in the JSON Lines; it can be named once only.
func TestAnnotateStandardInput(t *testing.T) {
	text := "“Nous ne voterons pas ce texte”, a déclaré Marie Dupont 😀.\n"
	old := stdin
	t.Cleanup(func() { stdin = old })
	stdin = strings.NewReader(text)
	var out, errb bytes.Buffer
	if err := cmdAnnotate([]string{"../../assets/sample-article.fr.txt", "-"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d documents, want 2", len(lines))
	}
	d, err := annotate.Unmarshal([]byte(lines[1]), "line 2")
	if err != nil {
		t.Fatal(err)
	}
	var quotes []string
	for _, sp := range d.Spans {
		if sp.Label == annotate.LabelQuote {
			quotes = append(quotes, d.SpanText(sp))
		}
	}
	if d.ID != "stdin" || d.Text != text || len(quotes) != 1 || quotes[0] != "“Nous ne voterons pas ce texte”" {
		t.Errorf("document %q, text %q, quotes %q; want the text read from standard input, its quotation found", d.ID, d.Text, quotes)
	}
	stdin = strings.NewReader(text)
	if err := cmdAnnotate([]string{"-", "-"}, &out, &errb); err == nil || !strings.Contains(err.Error(), "once") {
		t.Errorf("- named twice: %v", err)
	}
}

// TestEvalNERErrors: eval --task ner --errors lists each missed, mislabelled, misplaced and false
// mention with code-point offsets, after accents and an emoji.
func TestEvalNERErrors(t *testing.T) {
	text := "Éloïse 😀 a rencontré Sergueï Lavrov à Moscou jeudi, puis Marie-Claire Dubois."
	cp := func(s string) int { return len([]rune(text[:strings.Index(text, s)])) }
	span := func(id int, label, s string) string {
		return fmt.Sprintf(`{"id": %d, "label": %q, "start_offset": %d, "end_offset": %d}`, id, label, cp(s), cp(s)+len([]rune(s)))
	}
	gold := fmt.Sprintf(`{"id": "d1", "text": %q, "entities": [%s, %s, %s]}`+"\n", text,
		span(1, "PER", "Sergueï"), // the recogniser takes the whole name: other bounds
		span(2, "ORG", "Moscou"),  // a place to the recogniser: another label
		span(3, "LOC", "jeudi"))   // not a name to the recogniser: missed
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := evalNER([]string{path}, "", "PER,ORG,LOC", true, true, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Errors []struct {
			Kind, Label, Text, Found string
			Start, End               int
		} `json:"errors"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range rep.Errors {
		got[e.Kind+" "+e.Text] = e.Found
		if string([]rune(text)[e.Start:e.End]) != e.Text {
			t.Errorf("%s %q at code points [%d, %d): the text there is %q", e.Kind, e.Text, e.Start, e.End, string([]rune(text)[e.Start:e.End]))
		}
	}
	for k, found := range map[string]string{
		"bounds Sergueï":            `PER "Sergueï Lavrov"`,
		"label Moscou":              "LOC",
		"missed jeudi":              "",
		"false Marie-Claire Dubois": "",
	} {
		if f, ok := got[k]; !ok || f != found {
			t.Errorf("no error %q found as %q in %v", k, found, got)
		}
	}
}
