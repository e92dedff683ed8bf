package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// jsonKeys returns the keys of a JSON object, sorted.
func jsonKeys(t *testing.T, obj map[string]json.RawMessage) []string {
	t.Helper()
	var keys []string
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// documentedKeys returns the quoted names at the top level of the first {...} of text after marker:
// the fields the README or -h promise ({"query", "units": [{"source"}]} gives query and units).
func documentedKeys(t *testing.T, text, marker string) []string {
	t.Helper()
	_, after, ok := strings.Cut(text, marker)
	if !ok {
		t.Fatalf("%q not found", marker)
	}
	var keys []string
	depth, name, inName := 0, "", false
	for _, r := range after[strings.Index(after, "{"):] {
		switch {
		case r == '"' && depth == 1:
			if inName {
				keys = append(keys, name)
			}
			inName, name = !inName, ""
		case inName:
			name += string(r)
		case r == '{' || r == '[':
			depth++
		case r == '}' || r == ']':
			depth--
		}
		if depth == 0 {
			break
		}
	}
	slices.Sort(keys)
	return keys
}

// TestQAJSONFields: every issue of qa --json has exactly the fields README and -h list, span included
// when the issue is the whole segment's.
func TestQAJSONFields(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	want := documentedKeys(t, string(readme), "`--json`\nprints `[")
	if help := stdoutHelp(t, "qa"); !slices.Equal(documentedKeys(t, help, "JSON array: ["), want) {
		t.Errorf("qa -h lists other JSON fields than README's %q:\n%s", want, help)
	}
	src := filepath.Join(t.TempDir(), "untranslated.txt")
	if err := os.WriteFile(src, []byte("« Bonjour 👍🏽 », a dit Zoe\u0301 à Paris 🇫🇷.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "doc.json")
	if code, _, stderr := runCLI(t, "import", "-o", doc, src); code != 0 {
		t.Fatal(stderr)
	}
	code, out, stderr := runCLI(t, "qa", "--json", "--fail-on", "never", doc)
	var issues []map[string]json.RawMessage
	if code != 0 || json.Unmarshal([]byte(out), &issues) != nil || len(issues) == 0 {
		t.Fatalf("qa --json: exit %d, %q, %s", code, out, stderr)
	}
	for _, is := range issues {
		if got := jsonKeys(t, is); !slices.Equal(got, want) {
			t.Errorf("issue with fields %q, README lists %q", got, want)
		}
	}
}

// TestConcordanceJSONFields: tm concordance --json always has the fields -h lists, "more" included
// when false.
func TestConcordanceJSONFields(t *testing.T) {
	dir := t.TempDir()
	tmx := filepath.Join(dir, "in.tmx")
	if err := os.WriteFile(tmx, []byte(cliTMX), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "tm.db")
	if code, _, stderr := runCLI(t, "tm", "import", "--tm", db, tmx); code != 0 {
		t.Fatal(stderr)
	}
	want := documentedKeys(t, stdoutHelp(t, "tm", "concordance"), "print JSON: ")
	for _, phrase := range []string{"Lavrov", "introuvable"} {
		code, out, stderr := runCLI(t, "tm", "concordance", "--tm", db, "--json", phrase)
		var c map[string]json.RawMessage
		if code != 0 || json.Unmarshal([]byte(out), &c) != nil {
			t.Fatalf("concordance --json %s: exit %d, %q, %s", phrase, code, out, stderr)
		}
		if got := jsonKeys(t, c); !slices.Equal(got, want) {
			t.Errorf("concordance --json %s: fields %q, -h lists %q", phrase, got, want)
		}
	}
}

// stdoutHelp returns what COMMAND -h prints.
func stdoutHelp(t *testing.T, args ...string) string {
	t.Helper()
	code, out, _ := runCLI(t, append(args, "-h")...)
	if code != 0 {
		t.Fatalf("%v -h: exit %d", args, code)
	}
	return out
}

// TestEvalOnlyTimingVaries: two runs of eval on the same gold differ at most in the time taken, the end
// of the first line and "seconds" in JSON, as README says.
func TestEvalOnlyTimingVaries(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil || !strings.Contains(string(readme), "varies from run to run; the rest is the same") {
		t.Fatal("README does not say that eval's time varies")
	}
	gold := filepath.Join("..", "..", "annotate", "ner", "testdata", "wikinews-sample.jsonl")
	timing := regexp.MustCompile(`(?m)^(ner|quotes): (.*), [0-9.]+s$`)
	for _, args := range [][]string{{"--task", "ner"}, {"--task", "quotes"}, {"--json"}} {
		var outs []string
		for range 2 {
			g := gold
			if len(args) > 1 && args[1] == "quotes" { // a gold with quotations: eval refuses one with none
				g = filepath.Join("..", "..", "annotate", "preannotate", "testdata", "sample-gold.jsonl")
			}
			code, out, stderr := runCLI(t, append([]string{"eval", "--gold", g}, args...)...)
			if code != 0 {
				t.Fatalf("eval %v: exit %d: %s", args, code, stderr)
			}
			if args[0] == "--json" {
				var rep map[string]json.RawMessage
				if err := json.Unmarshal([]byte(out), &rep); err != nil || rep["seconds"] == nil {
					t.Fatalf("eval --json: %v, %s", err, out)
				}
				delete(rep, "seconds")
				data, _ := json.Marshal(rep)
				out = string(data)
			} else if !timing.MatchString(out) {
				t.Fatalf("eval %v: no time at the end of the first line: %q", args, out)
			}
			outs = append(outs, timing.ReplaceAllString(out, "$1: $2"))
		}
		if outs[0] != outs[1] {
			t.Errorf("eval %v: two runs differ beyond the time:\n%s\n%s", args, outs[0], outs[1])
		}
	}
}
