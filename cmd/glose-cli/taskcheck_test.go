package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// doccanoLine returns one doccano relation-JSONL line for text with an entity per label:text pair,
// offsets in code points at the first occurrence of the text.
func doccanoLine(t *testing.T, text string, ents ...[2]string) string {
	t.Helper()
	type ent struct {
		ID    int    `json:"id"`
		Label string `json:"label"`
		Start int    `json:"start_offset"`
		End   int    `json:"end_offset"`
	}
	var es []ent
	for i, e := range ents {
		b := strings.Index(text, e[1])
		if b < 0 {
			t.Fatalf("%q not in %q", e[1], text)
		}
		s := utf8.RuneCountInString(text[:b])
		es = append(es, ent{i + 1, e[0], s, s + utf8.RuneCountInString(e[1])})
	}
	data, err := json.Marshal(map[string]any{"text": text, "entities": es, "relations": []any{}})
	if err != nil {
		t.Fatal(err)
	}
	return string(data) + "\n"
}

// TestScoresRefuseFilesWithoutTheTaskLabels: eval and agree refuse a file with documents but
// nothing of the task to score (no QUOTE span for quotes, no span of the compared labels for ner)
// rather than print zero scores with exit 0, and say which task fits what the file holds.
func TestScoresRefuseFilesWithoutTheTaskLabels(t *testing.T) {
	const text = "« Ça ira 👍🏽 », a dit Élodie Martin à Paris 🇫🇷 devant l'ONU, e\u0301mue."
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	entities := write("ner.jsonl", doccanoLine(t, text, [2]string{"PER", "Élodie Martin"}, [2]string{"LOC", "Paris"}, [2]string{"ORG", "ONU"}))
	entities2 := write("ner2.jsonl", doccanoLine(t, text, [2]string{"PER", "Élodie Martin"}, [2]string{"LOC", "Paris 🇫🇷"}))
	quotes := write("quotes.jsonl", doccanoLine(t, text, [2]string{"QUOTE", "« Ça ira 👍🏽 »"}, [2]string{"SPEAKER", "Élodie Martin"}))
	misc := write("misc.jsonl", doccanoLine(t, text, [2]string{"MISC", "e\u0301mue"}))
	bare := write("bare.jsonl", doccanoLine(t, text))
	for _, tt := range []struct {
		args  []string
		wants []string
	}{
		// agree's default task is quotes: two NER files are refused, pointing to --task ner
		{[]string{"agree", entities, entities2}, []string{"no QUOTE span in " + entities + " (1 document)", "it holds LOC, ORG, PER spans: use --task ner"}},
		{[]string{"agree", quotes, entities2}, []string{"no QUOTE span in " + entities2, "use --task ner"}},
		{[]string{"eval", "--gold", entities, "--task", "quotes"}, []string{"no QUOTE span in " + entities, "use --task ner"}},
		{[]string{"eval", "--gold", bare, "--task", "quotes"}, []string{"no QUOTE span in " + bare + " (1 document): nothing to score for --task quotes"}},
		// and the other way round
		{[]string{"agree", "--task", "ner", quotes, quotes}, []string{"no PER, ORG, LOC span in " + quotes, "it holds QUOTE, SPEAKER spans: use --task quotes"}},
		{[]string{"eval", "--gold", quotes}, []string{"no PER, ORG, LOC span in " + quotes, "use --task quotes"}},
		{[]string{"agree", "--task", "ner", entities, misc}, []string{"no PER, ORG, LOC span in " + misc, "it holds MISC spans: use --labels"}},
		{[]string{"eval", "--gold", entities, "--labels", "MISC"}, []string{"no MISC span in " + entities}},
	} {
		code, stdout, stderr := runCLI(t, tt.args...)
		if code != 1 || stdout != "" {
			t.Errorf("%v: exit %d, stdout %q; want 1 and nothing", tt.args, code, stdout)
		}
		for _, w := range tt.wants {
			if !strings.Contains(stderr, w) {
				t.Errorf("%v: stderr %q, want %q", tt.args, stderr, w)
			}
		}
	}
	// Files that hold what the task scores still pass, whatever the other file lacks of other labels.
	for _, args := range [][]string{
		{"agree", "--task", "ner", entities, entities2},
		{"agree", quotes, quotes},
		{"agree", "--task", "ner", "--labels", "MISC", misc, misc},
		{"eval", "--gold", entities},
	} {
		if code, _, stderr := runCLI(t, args...); code != 0 {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
	}
}
