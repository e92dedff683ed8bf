package main

import (
	"os"
	"strings"
	"testing"
)

// Importing a corpus says each kind of warning once, with how many documents gave it, as export and
// annotate do: a file of 500 records sharing IDs gave 499 lines.
func TestImportGroupsItsWarnings(t *testing.T) {
	var b strings.Builder
	for range 5 {
		b.WriteString(`{"id": 7, "text": "Emmanuel Macron est à Paris.", "entities": [], "relations": []}` + "\n")
	}
	in := writeFile(t, t.TempDir(), "corpus.jsonl", b.String())
	code, _, stderr := runCLI(t, "import", "--from", "doccano", "-o", in+".glose.jsonl", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	renamed := linesWith(stderr, "renamed")
	if len(renamed) != 1 || !strings.Contains(renamed[0], "4 documents") {
		t.Errorf("renaming warnings %q, want one line counting 4 documents; stderr:\n%s", renamed, stderr)
	}
}

// qa names each issue by its document's ID: documents of a corpus that share an ID are told apart as
// import tells them apart, with a warning, instead of giving issues no one can place.
func TestQADistinguishesDocumentsOfOneID(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "Emmanuel Macron a parlé.\n")
	corpus := dir + "/c.jsonl"
	if code, _, stderr := runCLI(t, "annotate", "-o", corpus, a, a); code != 0 {
		t.Fatalf("annotate: exit %d, %s", code, stderr)
	}
	data := readFile(t, corpus)
	writeFile(t, dir, "c.jsonl", strings.ReplaceAll(data, `"id":"a-2"`, `"id":"a"`))
	if !strings.Contains(readFile(t, corpus), `"id":"a"`) || strings.Contains(readFile(t, corpus), `"id":"a-2"`) {
		t.Fatalf("the test expects two documents of ID a:\n%s", readFile(t, corpus))
	}
	_, stdout, stderr := runCLI(t, "qa", "--fail-on", "never", "--disable", "spelling", corpus)
	if !strings.Contains(stderr, `renamed "a-2"`) || !strings.Contains(stdout, "a-2 s1") || !strings.Contains(stdout, "a s1") {
		t.Errorf("stdout:\n%s\nstderr:\n%s\nwant the second document's issues under a-2, with a warning", stdout, stderr)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The translation sides of a --side both export, records "ID#target", are said once however their
// documents are named: IDs that are words, not numbers, gave a line each ("hard-blank#target …").
func TestImportGroupsWarningsNamingDocuments(t *testing.T) {
	var b strings.Builder
	for _, id := range []string{"alpha", "beta-gamma", "delta"} {
		b.WriteString(`{"id": "` + id + `", "text": "Emmanuel Macron est à Paris.", "entities": [], "relations": []}` + "\n")
		b.WriteString(`{"id": "` + id + `#target", "text": "Emmanuel Macron is in Paris.", "entities": [], "relations": []}` + "\n")
	}
	in := writeFile(t, t.TempDir(), "both.jsonl", b.String())
	code, _, stderr := runCLI(t, "import", "--from", "doccano", "-o", in+".glose.jsonl", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	sides := linesWith(stderr, "is the translation side of document")
	if len(sides) != 1 || !strings.Contains(sides[0], "3 documents") {
		t.Errorf("translation-side warnings %q, want one line counting 3 documents; stderr:\n%s", sides, stderr)
	}
}

// linesWith returns the lines of out that hold s.
func linesWith(out, s string) []string {
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.Contains(l, s) {
			lines = append(lines, l)
		}
	}
	return lines
}

// Two warnings of one kind about one document, told apart by their spans, are said as the first and
// how many: the second, grouped with the first, was not said at all.
func TestOneDocumentsWarningsOfAKindAreCounted(t *testing.T) {
	in := writeFile(t, t.TempDir(), "a.jsonl", `{"id": "a", "text": "Je vais à  Paris avec Anne Hidalgo .", "entities": [[9, 16, "LOC"], [21, 34, "PER"]]}`+"\n")
	code, _, stderr := runCLI(t, "export", "--to", "spacy", "-o", in+".spacy.jsonl", in)
	lines := linesWith(stderr, "does not start and end on token boundaries")
	if code != 0 || len(lines) != 1 || !strings.Contains(lines[0], `span t1 LOC "Paris"`) || !strings.HasSuffix(lines[0], "— alike 2 times") {
		t.Errorf("exit %d, token-boundary warnings %q; want one line, the first span's, alike 2 times; stderr:\n%s", code, lines, stderr)
	}
}

// TestImportSeveralFilesPointsToExport: import reads one file; given several (a team's corrected
// files), the usage error says how to make one corpus of them.
func TestImportSeveralFilesPointsToExport(t *testing.T) {
	code, _, stderr := runCLI(t, "import", "a.json", "b.json")
	if code != 2 || !strings.Contains(stderr, "glose-cli export --to jsonl -o corpus.jsonl a.json b.json") {
		t.Errorf("exit %d, stderr %q; want 2 and the export that reads them all", code, stderr)
	}
}

// A brat .ann's warnings name their lines, not documents: three lines of one file left out were
// said to be "alike 3 documents".
func TestImportGroupsBratLinesAsLines(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "doc.txt", "Emmanuel Macron est à Paris.\n")
	writeFile(t, dir, "doc.ann", "T1\tPER 0 15\tEmmanuel Macron\nN1\tReference T1 Wikipedia:3052772\tMacron\n*\tEquiv T1 T1\nE1\tSpeak:T1\n")
	code, _, stderr := runCLI(t, "import", "-o", dir+"/out.json", dir)
	lines := linesWith(stderr, "is not a span, relation or attribute")
	if code != 0 || len(lines) != 1 || !strings.Contains(lines[0], "alike 3 lines: ") || strings.Contains(lines[0], "document") {
		t.Errorf("exit %d, warnings %q; want one line counting 3 lines of doc.ann; stderr:\n%s", code, lines, stderr)
	}
}
