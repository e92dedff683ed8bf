package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Articles with names and quotations, as a team pre-annotates them before sharing them out.
var teamTexts = []string{
	"« Nous resterons », a déclaré Emmanuel Macron à Paris.\n",
	"Angela Merkel a affirmé à Berlin : « Nous y arriverons. »\n",
	"« La mission est un succès », a dit Thomas Pesquet depuis Houston.\n",
	"Le maire de Lyon, Grégory Doucet, a annoncé : « Le tramway sera gratuit. »\n",
}

// copyFile copies src to dst, as a team member takes a share of the pre-annotated files.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestAFolderOfGloseFilesReadsAsItsFiles: the folder annotate --out-dir wrote, once reviewed, is
// read by train, eval, agree, export, split, import and stats as its .json files in name order
// (hidden files and backups aside), where they refused it as a brat collection without .ann files
// and agree, which takes two arguments, could not be given a team member's files at all.
func TestAFolderOfGloseFilesReadsAsItsFiles(t *testing.T) {
	dir := t.TempDir()
	files := annotatedFiles(t, dir, teamTexts)
	folder := filepath.Dir(files[0])
	writeFile(t, folder, ".t0.json.tmp-1234", "{")  // a partial write: not read
	writeFile(t, folder, "t0.json.bak", "not json") // annotate --force's backup: not read
	writeFile(t, folder, "notes.txt", "to do")      // not a Glose file: not read
	scores := func(args ...string) string {
		t.Helper()
		code, stdout, stderr := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
		first, rest, _ := strings.Cut(stdout, "\n") // eval's first line ends with the time taken
		return first[:strings.LastIndex(first, ",")] + "\n" + rest
	}
	want := scores(append([]string{"eval", "--task", "quotes", "--gold"}, files...)...)
	if !strings.Contains(want, "4 documents") {
		t.Fatalf("eval on the files: %s; want 4 documents", want)
	}
	if got := scores("eval", "--task", "quotes", "--gold", folder); got != want {
		t.Errorf("eval --gold FOLDER:\n%s\nwant as its files:\n%s", got, want)
	}
	if code, _, stderr := runCLI(t, "train", "-o", filepath.Join(dir, "m.model"), "--train", folder); code != 0 {
		t.Errorf("train --train FOLDER: exit %d: %s", code, stderr)
	}
	same := func(name string, args ...string) {
		t.Helper()
		out := func(files ...string) string {
			t.Helper()
			o := filepath.Join(dir, name+"-"+filepath.Base(files[0]))
			code, _, stderr := runCLI(t, append(append(slices.Clone(args), "-o", o+".jsonl"), files...)...)
			if name == "split" { // -o is the prefix of the parts
				code, _, stderr = runCLI(t, append(append(slices.Clone(args), "-o", o), files...)...)
				o += "-dev"
			}
			data, err := os.ReadFile(o + ".jsonl")
			if code != 0 || err != nil {
				t.Fatalf("%q: exit %d, %v: %s", args, code, err, stderr)
			}
			return string(data)
		}
		if got, want := out(folder), out(files...); got != want || !strings.Contains(got, `"t3"`) {
			t.Errorf("%q on the folder:\n%s\nwant as on its files:\n%s", args, got, want)
		}
	}
	same("export", "export", "--to", "jsonl")
	same("split", "split", "--ratio", "50,50", "--group-by", "file")
	exported := filepath.Join(dir, "export-"+filepath.Base(files[0])+".jsonl")
	imported := filepath.Join(dir, "imported.jsonl")
	if code, _, stderr := runCLI(t, "import", "-o", imported, folder); code != 0 {
		t.Fatalf("import FOLDER: exit %d: %s", code, stderr)
	}
	if got, want := readFile(t, imported), readFile(t, exported); got != want {
		t.Errorf("import FOLDER:\n%s\nwant the corpus of its files:\n%s", got, want)
	}
	if code, stdout, stderr := runCLI(t, "stats", folder); code != 0 || !strings.HasPrefix(stdout, "4 documents") {
		t.Errorf("stats FOLDER: exit %d, %q %s; want its 4 documents", code, stdout, stderr)
	}
	for _, task := range []string{"quotes", "ner"} {
		code, stdout, stderr := runCLI(t, "agree", "--task", task, folder, folder)
		if code != 0 || !strings.Contains(stdout, ": 4 documents") {
			t.Errorf("agree --task %s FOLDER FOLDER: exit %d, %q, %s; want the 4 documents", task, code, stdout, stderr)
		}
	}
}

// TestAgreePairsTheDocumentsBothReviewed: two team members review a share of the articles each, a
// few of them both; agree compares those, found by their text in any order and under any file name,
// and names the others, left out, where it refused files that were not the same documents in the
// same order.
func TestAgreePairsTheDocumentsBothReviewed(t *testing.T) {
	dir := t.TempDir()
	files := annotatedFiles(t, dir, teamTexts) // t0 … t3
	alice, bob := filepath.Join(dir, "alice"), filepath.Join(dir, "bob")
	copyFile(t, files[0], filepath.Join(alice, "t0.json"))
	copyFile(t, files[1], filepath.Join(alice, "t1.json"))
	copyFile(t, files[2], filepath.Join(alice, "t2.json"))
	copyFile(t, files[2], filepath.Join(bob, "a-second.json")) // before t1 in name order
	copyFile(t, files[1], filepath.Join(bob, "b-first.json"))
	copyFile(t, files[3], filepath.Join(bob, "t3.json"))
	for _, task := range []string{"quotes", "ner"} {
		code, stdout, stderr := runCLI(t, "agree", "--task", task, alice, bob)
		if code != 0 {
			t.Fatalf("agree --task %s: exit %d: %s", task, code, stderr)
		}
		if !strings.Contains(stdout, ": 2 documents") || !strings.Contains(stdout, "1.000  1.000  1.000") {
			t.Errorf("agree --task %s:\n%s\nwant the 2 documents both hold, in full agreement", task, stdout)
		}
		for _, want := range []string{alice + ": 1 document not in " + bob + ", left out: t0", bob + ": 1 document not in " + alice + ", left out: t3"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("agree --task %s: stderr %q; want %q", task, stderr, want)
			}
		}
	}

	// Bob's t1 is another version of the article: same ID, other text.
	other := annotatedFiles(t, filepath.Join(dir, "v2"), []string{teamTexts[0], strings.Replace(teamTexts[1], "Berlin", "Bonn", 1)})
	copyFile(t, other[1], filepath.Join(bob, "b-first.json"))
	code, _, stderr := runCLI(t, "agree", alice, bob)
	if want := "document 2 (t1) holds different texts, at line 1, column "; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("another version of t1: exit %d, %q; want 1 and %q", code, stderr, want)
	}

	only := filepath.Join(dir, "only")
	copyFile(t, files[3], filepath.Join(only, "t3.json"))
	code, _, stderr = runCLI(t, "agree", "--task", "ner", alice, only)
	if want := alice + " and " + only + " share no document (3 documents and 1 document, no text nor ID in common)"; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("no document in common: exit %d, %q; want 1 and %q", code, stderr, want)
	}
}

// doccanoRecord is a doccano relation-JSONL record of text with the spans given as label and words
// (the first occurrence, or the one after the words of after, "after|words"), and speaker links
// from span i to span j.
func doccanoRecord(t *testing.T, text string, spans [][2]string, speakers [][2]int) string {
	t.Helper()
	var ents, rels []map[string]any
	for i, s := range spans {
		words, from := s[1], 0
		if before, w, ok := strings.Cut(words, "|"); ok {
			words, from = w, strings.Index(text, before)
		}
		at := from + strings.Index(text[from:], words)
		start := len([]rune(text[:at]))
		ents = append(ents, map[string]any{"id": i + 1, "label": s[0], "start_offset": start, "end_offset": start + len([]rune(words))})
	}
	for k, l := range speakers {
		rels = append(rels, map[string]any{"id": k + 1, "from_id": l[0] + 1, "to_id": l[1] + 1, "type": "speaker"})
	}
	b, err := json.Marshal(map[string]any{"id": "a", "text": text, "entities": ents, "relations": rels})
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// TestAgreeErrorsListsWhatToSettle: agree --errors lists each difference between the two annotators
// with its words and context, as eval --errors lists a model's, so that a curator settles them
// before merging, where agree gave scores alone and the places had to be found by hand.
func TestAgreeErrorsListsWhatToSettle(t *testing.T) {
	text := "« Nous partons », a déclaré René Lévesque à Québec. « Adieu », dit Élise Dupont.\n"
	dir := t.TempDir()
	a := writeFile(t, dir, "alice.jsonl", doccanoRecord(t, text, [][2]string{
		{"QUOTE", "« Nous partons »"}, {"PER", "René Lévesque"}, {"LOC", "Québec"}, {"QUOTE", "« Adieu »"}, {"PER", "Élise Dupont"},
	}, [][2]int{{0, 1}, {3, 4}}))
	b := writeFile(t, dir, "bob.jsonl", doccanoRecord(t, text, [][2]string{
		{"QUOTE", "« Nous partons »"}, {"ORG", "René Lévesque"}, {"LOC", "Nous"}, {"PER", "Élise|Dupont"},
	}, [][2]int{{0, 3}}))
	for _, tt := range []struct {
		task   string
		errors int
		want   []string
	}{
		{"ner", 4, []string{`a: label PER "René Lévesque", B: ORG`, `a: A only LOC "Québec"`, `a: bounds PER "Élise Dupont", B: PER "Dupont"`,
			`a: B only LOC "Nous"`, "René Lévesque à 【Québec】. « Adieu »"}},
		{"quotes", 2, []string{`a: speaker QUOTE "« Nous partons »", A: "René Lévesque", B: "Dupont"`, `a: A only QUOTE "« Adieu »"`}},
	} {
		code, stdout, stderr := runCLI(t, "agree", "--errors", "--task", tt.task, a, b)
		if code != 0 {
			t.Fatalf("agree --errors --task %s: exit %d: %s", tt.task, code, stderr)
		}
		for _, w := range tt.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("agree --errors --task %s:\n%s\nwant %q", tt.task, stdout, w)
			}
		}
		code, stdout, stderr = runCLI(t, "agree", "--errors", "--json", "--task", tt.task, a, b)
		var got struct {
			Errors []agreeDiff
		}
		if code != 0 || json.Unmarshal([]byte(stdout), &got) != nil || len(got.Errors) != tt.errors {
			t.Errorf("agree --errors --json --task %s: exit %d, %s %s; want %d errors", tt.task, code, stdout, stderr, tt.errors)
		}
		code, stdout, _ = runCLI(t, "agree", "--errors", "--json", "--task", tt.task, a, a)
		if code != 0 || !strings.Contains(stdout, `"errors": []`) {
			t.Errorf("agree --errors --json --task %s of a file with itself: exit %d, %s; want no error", tt.task, code, stdout)
		}
	}
}
