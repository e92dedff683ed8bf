package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// spellingQA runs glose-cli qa with only the spelling check and returns its lines.
func spellingQA(t *testing.T, args ...string) []string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	disable := "untranslated,same-as-source,quote-missing,name-inconsistent,number-mismatch,unbalanced-quotes,french-typography,quote-style,symbol-missing,pending-suggestions"
	if err := cmdQA(append([]string{"--fail-on", "never", "--disable", disable}, args...), &stdout, &stderr); err != nil {
		t.Fatalf("qa %q: %v\n%s", args, err, stderr.String())
	}
	return strings.FieldsFunc(stdout.String(), func(r rune) bool { return r == '\n' })
}

// TestQASpellingWithTheUsersWords: qa --english us flags the sample's British spellings with
// suggestions, and leaves alone the words of the app's word list, or of --words.
func TestQASpellingWithTheUsersWords(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	doc := "../../annotate/qa/testdata/sample-translated.json"
	got := spellingQA(t, "--english", "us", doc)
	want := "s3\twarning\tspelling\t\"characterised\" may be misspelt: characterized, characterizes, characterize?"
	if len(got) != 2 || got[1] != want {
		t.Fatalf("got %q, want two issues, the second %q", got, want)
	}
	if err := os.MkdirAll(filepath.Join(config, "glose"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(config, "glose", "words.txt"), []byte("characterised\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := spellingQA(t, "--english", "us", doc); len(got) != 1 || !strings.Contains(got[0], `"ideologisation"`) {
		t.Errorf("with the app's word list: %q", got)
	}
	words := filepath.Join(t.TempDir(), "mine.txt")
	if err := os.WriteFile(words, []byte("ideologisation\ncharacterised\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := spellingQA(t, "--words", words, doc); len(got) != 0 {
		t.Errorf("with --words: %q", got)
	}
	var stdout, stderr bytes.Buffer
	err := cmdQA([]string{"--words", filepath.Join(t.TempDir(), "none.txt"), doc}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "--words: reading the word list") || !strings.Contains(err.Error(), "none.txt") {
		t.Errorf("a missing --words file: %v", err)
	}
}

// TestQAEnglishVariety: the sample's English (target "en") is British; by default either spelling
// passes, --english gb accepts it and us flags it; --english overrides a document's en-GB, and a
// variety qa does not know is refused.
func TestQAEnglishVariety(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	doc := "../../annotate/qa/testdata/sample-translated.json"
	for _, args := range [][]string{{doc}, {"--english", "gb", doc}, {"--english", "ANY", doc}} {
		if got := spellingQA(t, args...); len(got) != 1 || !strings.Contains(got[0], `"ideologisation"`) {
			t.Errorf("qa %q: %q, want ideologisation alone", args, got)
		}
	}
	data, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	gb := filepath.Join(t.TempDir(), "gb.json")
	if err := os.WriteFile(gb, bytes.Replace(data, []byte(`"lang": "en"`), []byte(`"lang": "en-GB"`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := spellingQA(t, gb); len(got) != 1 {
		t.Errorf("en-GB: %q", got)
	}
	if got := spellingQA(t, "--english", "us", gb); len(got) != 2 || !strings.Contains(got[1], "characterized") {
		t.Errorf("en-GB with --english us: %q", got)
	}
	var stdout, stderr bytes.Buffer
	err = cmdQA([]string{"--english", "uk", doc}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), `--english: expected us, gb or any, got "uk"`) {
		t.Errorf("--english uk: %v", err)
	}
}
