package main

import (
	"strings"
	"testing"
)

// A spaCy JSONL file (Glose's spaCy export: quotes in spans["sc"]) and a Prodigy file (a list of
// spans) are gold for agree, eval and train as import reads them: their spans were not read, so that
// agree said a spaCy export held no QUOTE span and a Prodigy file no entity.
func TestAgreeReadsSpacyAndProdigySpans(t *testing.T) {
	dir := t.TempDir()
	text := `"Zoé dit\u00a0: «\u00a0Non 😀\u00a0» À Montréal."`
	spacy := writeFile(t, dir, "a.spacy.jsonl", `{"id": "a", "text": `+text+`, "entities": [[0, 3, "PER"], [20, 28, "LOC"]], "spans": {"sc": [[10, 18, "QUOTE"]]}}`+"\n")
	prodigy := writeFile(t, dir, "a.prodigy.jsonl", `{"text": `+text+`, "spans": [{"start": 0, "end": 3, "label": "PER"}, {"start": 20, "end": 28, "label": "LOC"}], "answer": "accept"}`+"\n")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"agree", "--task", "quotes", spacy, spacy}, "quotes: 1 document"},
		{[]string{"agree", "--task", "ner", prodigy, spacy}, "micro       2      0      0"},
	} {
		code, stdout, stderr := runCLI(t, c.args...)
		if code != 0 || !strings.Contains(stdout, c.want) {
			t.Errorf("%s: exit %d, stdout:\n%s\nstderr:\n%s\nwant %q", strings.Join(c.args[:3], " "), code, stdout, stderr, c.want)
		}
	}
}
