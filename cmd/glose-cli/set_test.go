package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

func readDocFile(t *testing.T, path string) *annotate.Document {
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

// TestSetLanguages: glose-cli set gives a document British then American English (tags typed as a
// person would: en_gb), its entities' names following; qa then reads the spelling the document's
// language names (the sample's British "characterised" passes as en-GB, is flagged as en-US); the
// XLIFF export carries the tag; the document can be its own output; bad tags, the same language on
// both sides and nothing to set are usage errors naming the flag, the file untouched.
func TestSetLanguages(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	doc := filepath.Join(t.TempDir(), "doc.json")
	data, err := os.ReadFile("../../annotate/qa/testdata/sample-translated.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(doc, data, 0o644); err != nil {
		t.Fatal(err)
	}
	before := readDocFile(t, doc)
	if code, _, stderr := runCLI(t, "set", "--target-lang", "en_gb", "--title", "For a UK client", "-o", doc, doc); code != 0 {
		t.Fatalf("set: exit %d: %s", code, stderr)
	}
	d := readDocFile(t, doc)
	if d.TargetLang != "en-GB" || d.SourceLang != before.SourceLang || d.Title != "For a UK client" || d.ID != before.ID {
		t.Fatalf("after set: %+v", d.Properties())
	}
	for i, e := range d.Entities {
		if e.Names["en-GB"] != before.Entities[i].Names["en"] || e.Names["en"] != "" {
			t.Errorf("entity %s: names %v, were %v", e.ID, e.Names, before.Entities[i].Names)
		}
	}
	if got := spellingQA(t, doc); len(got) != 0 && strings.Contains(strings.Join(got, "\n"), "characterised") {
		t.Errorf("en-GB: British spelling flagged: %q", got)
	}
	if code, _, stderr := runCLI(t, "set", "--target-lang", "en-US", "-o", doc, doc); code != 0 {
		t.Fatalf("set: exit %d: %s", code, stderr)
	}
	if got := spellingQA(t, doc); !strings.Contains(strings.Join(got, "\n"), `"characterised"`) {
		t.Errorf("en-US: British spelling not flagged: %q", got)
	}
	code, xlf, stderr := runCLI(t, "export", "--to", "xliff", doc)
	if code != 0 || !strings.Contains(xlf, `trgLang="en-US"`) {
		t.Errorf("export: exit %d %s\n%.300s", code, stderr, xlf)
	}
	saved, _ := os.ReadFile(doc)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--target-lang", "english"}, `--target-lang: "english" is not a BCP 47 language tag`},
		{[]string{"--source-lang", "und"}, `--source-lang: "und" names no language`},
		{[]string{"--source-lang", "en-us"}, "--source-lang and --target-lang: the document would be in en-US on both sides"},
		{[]string{"--id", " "}, "--id: empty"},
		{nil, "nothing to set"},
	} {
		code, _, stderr := runCLI(t, append(append([]string{"set"}, c.args...), "-o", doc, doc)...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("set %q: exit %d, %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
	if now, _ := os.ReadFile(doc); string(now) != string(saved) {
		t.Error("a refused set changed the document")
	}
}

// TestImportAndAnnotateLanguages: import --source-lang and --target-lang give a text its languages;
// a client's XLIFF that names others gets them too, with a warning naming the file's; annotate gives
// the entities it finds their names under the document's tags; a bad tag is refused before any work.
func TestImportAndAnnotateLanguages(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "a.json")
	code, _, stderr := runCLI(t, "import", "--source-lang", "fr-ch", "--target-lang", "en-GB", "-o", out, "../../assets/sample-article.fr.txt")
	if d := readDocFile(t, out); code != 0 || d.SourceLang != "fr-CH" || d.TargetLang != "en-GB" || stderr != "" {
		t.Errorf("import a text: exit %d, %s→%s, %q", code, d.SourceLang, d.TargetLang, stderr)
	}
	code, _, stderr = runCLI(t, "import", "--target-lang", "en-US", "-o", out, "../../annotate/formats/testdata/merge/client.xlf")
	if d := readDocFile(t, out); code != 0 || d.TargetLang != "en-US" || d.SourceLang != "fr-FR" ||
		!strings.Contains(stderr, "target language en-GB → en-US, as the command line says") {
		t.Errorf("import a client's XLIFF: exit %d, %s→%s, %q", code, d.SourceLang, d.TargetLang, stderr)
	}
	code, _, stderr = runCLI(t, "annotate", "--target-lang", "en-GB", "-o", out, "../../assets/sample-article.fr.txt")
	d := readDocFile(t, out)
	if code != 0 || d.TargetLang != "en-GB" || len(d.Entities) == 0 {
		t.Fatalf("annotate: exit %d, %s, %d entities: %s", code, d.TargetLang, len(d.Entities), stderr)
	}
	for _, e := range d.Entities {
		if _, ok := e.Names["en"]; ok {
			t.Errorf("entity %s named under en in an en-GB document: %v", e.ID, e.Names)
		}
	}
	if e := d.Entities[1]; e.Names["en-GB"] != "White House" {
		t.Errorf("entity %v", e.Names)
	}
	for _, cmd := range []string{"import", "annotate"} {
		if code, _, stderr := runCLI(t, cmd, "--target-lang", "en-", "../../assets/sample-article.fr.txt"); code != 2 || !strings.Contains(stderr, `--target-lang: "en-" is not`) {
			t.Errorf("%s with a bad tag: exit %d, %q", cmd, code, stderr)
		}
	}
}

// TestSetCorpus: set changes the languages of every document of a JSON Lines corpus and writes it
// back whole; --id, which would give them all one ID, is refused naming the count.
func TestSetCorpus(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(a, []byte("Sergueï Lavrov est arrivé à Moscou.\n"), 0o644))
	must(os.WriteFile(b, []byte("« Nous discutons », a dit M. Trump.\n"), 0o644))
	if code, _, stderr := runCLI(t, "annotate", "-o", corpus, a, b); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := runCLI(t, "set", "--target-lang", "en-AU", "-o", corpus, corpus); code != 0 {
		t.Fatalf("set on a corpus: exit %d: %s", code, stderr)
	}
	code, out, _ := runCLI(t, "export", "--to", "jsonl", corpus)
	if code != 0 || strings.Count(out, `"lang":"en-AU"`)+strings.Count(out, `"lang": "en-AU"`) != 2 {
		t.Errorf("corpus after set: exit %d\n%.400s", code, out)
	}
	if code, _, stderr := runCLI(t, "set", "--id", "x", "-o", corpus, corpus); code != 2 || !strings.Contains(stderr, "holds 2 documents") {
		t.Errorf("--id on a corpus: exit %d, %q", code, stderr)
	}
}
