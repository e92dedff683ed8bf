package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// splitCorpus is n doccano records, each with a meta the import does not keep, texts with accents,
// « » with no-break spaces, emoji and e + U+0301; record i has url u(i/per).
func splitCorpus(t *testing.T, n, per int) []string {
	t.Helper()
	var lines []string
	for i := range n {
		text := fmt.Sprintf("«\u00a0Article %d\u00a0», a de\u0301clare\u0301 Élise Dupont 😀 à Besançon.", i)
		start := len([]rune(text[:strings.Index(text, "Élise")]))
		b, err := json.Marshal(map[string]any{"id": fmt.Sprintf("d%02d", i), "text": text,
			"entities":  []map[string]any{{"id": 1, "label": "PER", "start_offset": start, "end_offset": start + len([]rune("Élise Dupont"))}},
			"relations": []any{}, "meta": map[string]any{"url": fmt.Sprintf("https://example.org/u%d", i/per), "annotator": "b"}})
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	return lines
}

// partLines reads the non-blank lines of the part files prefix-NAME.jsonl, by name.
func partLines(t *testing.T, prefix string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, name := range splitNames {
		data, err := os.ReadFile(prefix + "-" + name + ".jsonl")
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		out[name] = strings.Split(strings.TrimSpace(string(data)), "\n")
	}
	return out
}

// TestSplitKeepsRecords: a doccano file is split by document into parts of the shares asked, each
// record written as it was (its meta, which import drops, included), every record in one part; the
// same seed gives the same parts whatever the order of the lines, another seed others.
func TestSplitKeepsRecords(t *testing.T) {
	dir := t.TempDir()
	lines := splitCorpus(t, 40, 1)
	in := writeFile(t, dir, "corpus.jsonl", strings.Join(lines, "\n")+"\n")
	reversed := slices.Clone(lines)
	slices.Reverse(reversed)
	inReversed := writeFile(t, dir, "reversed.jsonl", strings.Join(reversed, "\r\n")+"\r\n")
	tests := []struct {
		args   []string
		counts map[string]int
	}{
		{[]string{"-o", filepath.Join(dir, "a"), in}, map[string]int{"train": 32, "dev": 4, "test": 4}},
		{[]string{"-o", filepath.Join(dir, "b"), inReversed}, map[string]int{"train": 32, "dev": 4, "test": 4}},
		{[]string{"--seed", "7", "-o", filepath.Join(dir, "c"), in}, map[string]int{"train": 32, "dev": 4, "test": 4}},
		{[]string{"--ratio", "0.75,0.25", "-o", filepath.Join(dir, "d"), in}, map[string]int{"train": 30, "dev": 10}},
		{[]string{"--ratio", "90,0,10", "-o", filepath.Join(dir, "e"), in}, map[string]int{"train": 36, "test": 4}},
	}
	parts := map[string]map[string][]string{}
	for _, tc := range tests {
		code, stdout, stderr := runCLI(t, append([]string{"split"}, tc.args...)...)
		prefix := tc.args[len(tc.args)-2]
		if code != 0 {
			t.Fatalf("split %v: exit %d, %s", tc.args, code, stderr)
		}
		got := partLines(t, prefix)
		var all []string
		for name, want := range tc.counts {
			if len(got[name]) != want || !strings.Contains(stdout, fmt.Sprintf("%-5s %d documents → %s-%s.jsonl", name, want, prefix, name)) {
				t.Errorf("split %v: %s has %d documents, want %d; stdout %q", tc.args, name, len(got[name]), want, stdout)
			}
			all = append(all, got[name]...)
		}
		if len(got) != len(tc.counts) {
			t.Errorf("split %v: parts %v, want %v", tc.args, len(got), tc.counts)
		}
		slices.Sort(all)
		if want := slices.Sorted(slices.Values(lines)); !slices.Equal(all, want) {
			t.Errorf("split %v: the parts' records are not the input's, each once", tc.args)
		}
		parts[filepath.Base(prefix)] = got
	}
	sorted := func(p map[string][]string, name string) []string { return slices.Sorted(slices.Values(p[name])) }
	if !slices.Equal(sorted(parts["a"], "test"), sorted(parts["b"], "test")) || !slices.Equal(sorted(parts["a"], "dev"), sorted(parts["b"], "dev")) {
		t.Errorf("the same records in another order gave another split")
	}
	if slices.Equal(sorted(parts["a"], "test"), sorted(parts["c"], "test")) {
		t.Errorf("--seed 7 gave the test set of seed 0")
	}
}

// TestSplitGroups: --group-by keeps the documents of one value (of a nested key) in one part, and
// documents of one text always go together; a document without the key is a group of its own, with
// a warning.
func TestSplitGroups(t *testing.T) {
	dir := t.TempDir()
	lines := splitCorpus(t, 30, 3)  // 10 urls of 3 documents
	lines = append(lines, lines[0]) // a document given twice
	noURL := strings.Replace(splitCorpus(t, 31, 1)[30], `"url"`, `"link"`, 1)
	in := writeFile(t, dir, "corpus.jsonl", strings.Join(append(lines, noURL), "\n")+"\n")
	for seed := range 5 {
		prefix := filepath.Join(dir, fmt.Sprint("s", seed))
		code, stdout, stderr := runCLI(t, "split", "--group-by", "meta.url", "--seed", fmt.Sprint(seed), "-o", prefix, in)
		if code != 0 || !strings.Contains(stderr, `1 document has no "meta.url": each is a group of its own`) || !strings.Contains(stdout, " groups → ") {
			t.Fatalf("split --group-by: exit %d, %q %q", code, stdout, stderr)
		}
		partOf := map[string]string{}
		for name, recs := range partLines(t, prefix) {
			for _, r := range recs {
				var d struct {
					ID   string
					Meta struct{ URL string }
				}
				if err := json.Unmarshal([]byte(r), &d); err != nil {
					t.Fatal(err)
				}
				for _, k := range []string{"url " + d.Meta.URL, "id " + d.ID} {
					if p, ok := partOf[k]; ok && p != name && d.Meta.URL != "" {
						t.Errorf("seed %d: %s in %s and %s", seed, k, p, name)
					}
					partOf[k] = name
				}
			}
		}
	}
}

// TestSplitOtherInputs: Label Studio tasks are split task by task as they are, a brat collection into
// brat collections beside it (never inside it), and files of several formats into Glose JSON Lines;
// --to writes the parts in a format of one's choosing, into a directory for -o DIR/.
func TestSplitOtherInputs(t *testing.T) {
	dir := t.TempDir()
	corpus := writeFile(t, dir, "corpus.jsonl", strings.Join(splitCorpus(t, 10, 1), "\n")+"\n")
	tasks := filepath.Join(dir, "tasks.json")
	brat := filepath.Join(dir, "brat")
	for _, args := range [][]string{{"--to", "labelstudio", "-o", tasks, corpus}, {"--to", "brat", "-o", brat, corpus}} {
		if code, _, stderr := runCLI(t, append([]string{"export"}, args...)...); code != 0 {
			t.Fatal(stderr)
		}
	}
	text := writeFile(t, dir, "article.txt", "Élise Dupont est arrivée à Besançon 😀.\n")
	tests := []struct {
		args  []string
		files []string // relative to dir
	}{
		{[]string{"--ratio", "50,50", tasks}, []string{"tasks-train.json", "tasks-dev.json"}},
		{[]string{"--ratio", "50,50", brat + "/"}, []string{"brat-train/d00.ann", "brat-dev/annotation.conf"}},
		{[]string{"--ratio", "50,50", "-o", filepath.Join(dir, "mixed"), corpus, text}, []string{"mixed-train.jsonl", "mixed-dev.jsonl"}},
		{[]string{"--to", "spacy", "-o", filepath.Join(dir, "spacy") + "/", corpus}, []string{"spacy/train.jsonl", "spacy/dev.jsonl", "spacy/test.jsonl"}},
	}
	for _, tc := range tests {
		code, stdout, stderr := runCLI(t, append([]string{"split"}, tc.args...)...)
		if code != 0 {
			t.Fatalf("split %v: exit %d, %s", tc.args, code, stderr)
		}
		for _, f := range tc.files {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Errorf("split %v: %v; stdout %q", tc.args, err, stdout)
			}
		}
	}
	var train, dev []json.RawMessage
	for p, v := range map[string]*[]json.RawMessage{"tasks-train.json": &train, "tasks-dev.json": &dev} {
		data, _ := os.ReadFile(filepath.Join(dir, p))
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	if len(train) != 5 || len(dev) != 5 {
		t.Errorf("Label Studio parts of %d and %d tasks, want 5 and 5", len(train), len(dev))
	}
	if entries, _ := os.ReadDir(brat); len(entries) != 21 { // 10 documents and annotation.conf, untouched
		t.Errorf("the brat collection split now holds %d files, want 21", len(entries))
	}
	mixed := partLines(t, filepath.Join(dir, "mixed"))
	if n := len(mixed["train"]) + len(mixed["dev"]); n != 11 || !strings.HasPrefix(mixed["train"][0], `{"format":"glose/1"`) {
		t.Errorf("mixed inputs gave %d Glose documents (%.40q), want 11", n, mixed["train"])
	}
}

// TestSplitRefuses: a mistake in the command line, or parts already there, write nothing.
func TestSplitRefuses(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "corpus.jsonl", strings.Join(splitCorpus(t, 10, 1), "\n")+"\n")
	writeFile(t, dir, "old-dev.jsonl", "kept\n")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--ratio", "80", in}, 2, "two or three shares"},
		{[]string{"--ratio", "80,10,10,0", in}, 2, "two or three shares"},
		{[]string{"--ratio", "80,-10,10", in}, 2, `the dev share "-10"`},
		{[]string{"--ratio", "0,0", in}, 2, "every share is 0"},
		{[]string{"--to", "text", in}, 2, "translation of one document"},
		{[]string{"--to", "glose", in}, 2, "--to jsonl"},
		{[]string{"-"}, 2, "-o PREFIX"},
		{[]string{"-o", filepath.Join(dir, "old"), in}, 2, "old-dev.jsonl already there; give --force"},
		{[]string{"-o", filepath.Join(dir, "x"), filepath.Join(dir, "missing.jsonl")}, 1, "missing.jsonl"},
	}
	for _, tc := range tests {
		code, _, stderr := runCLI(t, append([]string{"split"}, tc.args...)...)
		if code != tc.code || !strings.Contains(stderr, tc.want) {
			t.Errorf("split %v: exit %d, %q; want %d and %q", tc.args, code, stderr, tc.code, tc.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files written: %v", entries)
	}
	if code, _, stderr := runCLI(t, "split", "--force", "-o", filepath.Join(dir, "old"), in); code != 0 {
		t.Errorf("split --force: exit %d, %s", code, stderr)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "old-dev.jsonl.bak")); string(data) != "kept\n" {
		t.Errorf("--force kept %q as old-dev.jsonl.bak, want the previous version", data)
	}
}
