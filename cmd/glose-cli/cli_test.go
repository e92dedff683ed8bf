package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// runCLI runs glose-cli in-process and returns its exit status and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestImportThenValidateSample(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "sample.json")
	if code, _, stderr := runCLI(t, "import", "-o", out, "../../assets/sample-article.fr.txt"); code != 0 {
		t.Fatalf("import exit %d: %s", code, stderr)
	}
	code, stdout, stderr := runCLI(t, "validate", out)
	if code != 0 || !strings.Contains(stdout, "valid glose/1") {
		t.Fatalf("validate exit %d: %s %s", code, stdout, stderr)
	}
	// Without -o the document goes to stdout.
	code, stdout, _ = runCLI(t, "import", "../../assets/sample-article.fr.txt")
	if code != 0 {
		t.Fatal("import to stdout failed")
	}
	if _, err := annotate.Unmarshal([]byte(stdout), "stdout"); err != nil {
		t.Fatal(err)
	}
}

func TestValidateRefusesCorruptFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	if code, _, stderr := runCLI(t, "import", "-o", good, "../../assets/sample-article.fr.txt"); code != 0 {
		t.Fatal(stderr)
	}
	data, _ := os.ReadFile(good)
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(map[string]any)
		want string
	}{
		{"segment past the text", func(m map[string]any) { seg(m, 2)["end"] = 99999 }, "segments[2]"},
		{"unknown status", func(m map[string]any) { seg(m, 0)["status"] = "finished" }, "segments[0].status"},
		{"future version", func(m map[string]any) { m["format"] = "glose/2" }, `format: written by a newer version of Glose: it is in version "glose/2" of the format, and this Glose reads "glose/1"`},
		{"missing key", func(m map[string]any) { delete(m, "segments") }, "segments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var m map[string]any
			_ = json.Unmarshal(data, &m)
			tc.edit(m)
			b, _ := json.Marshal(m)
			bad := filepath.Join(dir, "bad.json")
			if err := os.WriteFile(bad, b, 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, stderr := runCLI(t, "validate", good, bad)
			if code != 1 || !strings.Contains(stderr, bad) || !strings.Contains(stderr, tc.want) {
				t.Fatalf("exit %d, stderr %q; want 1 and a message naming %s and %s", code, stderr, bad, tc.want)
			}
		})
	}
}

// TestValidateCorpus: the JSON Lines corpus annotate writes for several files validates, document by
// document, and a bad document is named by its line.
func TestValidateCorpus(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	_ = os.WriteFile(a, []byte("« Déjà vu », a dit Zoé 😀 à Paris.\n"), 0o644)
	_ = os.WriteFile(b, []byte("Le cafe\u0301 de Lyon ferme.\n"), 0o644)
	corpus := filepath.Join(dir, "corpus.out")
	if code, _, stderr := runCLI(t, "annotate", "-o", corpus, a, b); code != 0 {
		t.Fatal(stderr)
	}
	code, stdout, stderr := runCLI(t, "validate", corpus)
	if code != 0 || !strings.Contains(stdout, "valid glose/1, 2 documents") {
		t.Fatalf("validate: exit %d, %q %q; want 0 and 2 documents", code, stdout, stderr)
	}
	data, _ := os.ReadFile(corpus)
	lines := strings.SplitAfter(string(data), "\n")
	broken := filepath.Join(dir, "broken.jsonl")
	_ = os.WriteFile(broken, []byte(lines[0]+strings.Replace(lines[1], `"status":"new"`, `"status":"finished"`, 1)), 0o644)
	code, _, stderr = runCLI(t, "validate", broken)
	if code != 1 || !strings.Contains(stderr, "broken.jsonl: line 2") || !strings.Contains(stderr, "status") {
		t.Fatalf("validate: exit %d, %q; want 1 and line 2's status named", code, stderr)
	}
}

// TestValidateWarnsOfCutCharacters: a span ending inside a flag (imported from a tool that counts code
// points) is valid, but validate says where it cuts the character in two.
func TestValidateWarnsOfCutCharacters(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "flag.jsonl"), filepath.Join(dir, "flag.json")
	text := "L’Union « européenne » 🇪🇺 a parlé."
	end := len([]rune(text[:strings.Index(text, "🇪🇺")])) + 1
	line := fmt.Sprintf(`{"id": "f", "text": %q, "entities": [{"id": 1, "label": "ORG", "start_offset": 2, "end_offset": %d}], "relations": []}`, text, end)
	_ = os.WriteFile(in, []byte(line+"\n"), 0o644)
	if code, _, stderr := runCLI(t, "import", "-o", out, in); code != 0 {
		t.Fatal(stderr)
	}
	code, stdout, stderr := runCLI(t, "validate", out)
	if code != 0 || !strings.Contains(stdout, "valid glose/1") || !strings.Contains(stderr, "glose-cli validate: warning: "+out+": document f: spans[0].end") {
		t.Fatalf("validate: exit %d, %q %q; want 0, valid, and a warning on spans[0].end", code, stdout, stderr)
	}
}

// TestValidateWarnsOfEntitiesAtOddsWithMentions: a file an older Glose wrote after relabelling PER
// "Ammar ben Yasser" LOC and rejecting "Al-Fateh de Sinjar" is valid, but validate names the PER entity
// with a LOC mention and the entity left without mention.
func TestValidateWarnsOfEntitiesAtOddsWithMentions(t *testing.T) {
	text := "La mosquée Ammar ben Yasser."
	d := annotate.NewDocument("a1", "", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	at := strings.Index(text, "Ammar")
	d.Spans = []*annotate.Span{{ID: "t7", Side: annotate.Source, Start: at, End: at + len("Ammar ben Yasser"), Label: "LOC", Origin: annotate.Human, Confidence: 1}}
	d.Entities = []*annotate.Entity{
		{ID: "e5", Type: "PER", Names: map[string]string{"fr": "Ammar ben Yasser"}, Mentions: []string{"t7"}},
		{ID: "e6", Type: "PER", Names: map[string]string{"fr": "Al-Fateh de Sinjar"}, Mentions: []string{}},
	}
	data, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "a1.json")
	_ = os.WriteFile(path, data, 0o644)
	code, stdout, stderr := runCLI(t, "validate", path)
	if code != 0 || !strings.Contains(stdout, "valid glose/1") {
		t.Fatalf("validate: exit %d, %q %q; want 0 and valid", code, stdout, stderr)
	}
	for _, want := range []string{
		`glose-cli validate: warning: ` + path + `: document a1: entities[0].mentions[0]: span t7 "Ammar ben Yasser" is labelled LOC but its entity e5 "Ammar ben Yasser" is PER`,
		`glose-cli validate: warning: ` + path + `: document a1: entities[1].mentions: entity e6 PER "Al-Fateh de Sinjar" has no mention`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("validate said %q, want %q", stderr, want)
		}
	}
}

func seg(m map[string]any, i int) map[string]any {
	return m["segments"].([]any)[i].(map[string]any)
}

func TestImportRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "latin1.txt")
	if err := os.WriteFile(bad, []byte("Le caf\xe9 est fermé."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "import", bad)
	if code != 1 || !strings.Contains(stderr, "latin1.txt: byte offset 6: invalid UTF-8") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "import"); code != 2 {
		t.Fatalf("import without FILE: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, "frobnicate"); code != 2 {
		t.Fatalf("unknown command: exit %d, want 2", code)
	}
}

// TestBinaryFileRefused: a picture or an archive under a text name, or a binary file under its own,
// is refused as no text file, naming what it looks like, by import and annotate alike; they used to
// say that it mixed UTF-8 with another encoding.
func TestBinaryFileRefused(t *testing.T) {
	dir := t.TempDir()
	files := map[string]struct{ data, looks string }{
		"photo.txt": {"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x02\xc3\xa9", "a PNG image"},
		"notes.txt": {"PK\x03\x04\x14\x00\x00\x00\x08\x00a.txt\xc3\xa9\xe9", "a ZIP archive"},
		"photo.png": {"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"},
	}
	for name, f := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(f.data), 0o644); err != nil {
			t.Fatal(err)
		}
		commands := [][]string{{"import", path}}
		if filepath.Ext(name) == ".txt" {
			commands = append(commands, []string{"annotate", path})
		}
		for _, args := range commands {
			code, _, stderr := runCLI(t, args...)
			if want := path + ": not a text file (it looks like " + f.looks + ")"; code != 1 || !strings.Contains(stderr, want) || strings.Contains(stderr, "UTF-8") {
				t.Errorf("%s %s: exit %d, %q; want %q", args[0], name, code, stderr, want)
			}
		}
	}
}

func TestSchemaCommand(t *testing.T) {
	code, stdout, _ := runCLI(t, "schema")
	var s map[string]any
	if code != 0 || json.Unmarshal([]byte(stdout), &s) != nil || s["$schema"] == nil {
		t.Fatalf("schema: exit %d, output not a JSON Schema", code)
	}
}

// TestEveryCommandIsListed guards the command table: each subcommand answers -h with its usage.
func TestEveryCommandIsListed(t *testing.T) {
	want := []string{"annotate", "eval", "export", "import", "pretranslate", "project", "qa", "schema", "tm", "train", "validate"}
	_, usage, _ := runCLI(t, "help")
	for _, name := range want {
		if !strings.Contains(usage, "  "+name+" ") {
			t.Errorf("glose-cli help does not list %q", name)
		}
		if _, ok := commands()[name]; !ok {
			t.Errorf("command %q is not registered", name)
		}
	}
}
