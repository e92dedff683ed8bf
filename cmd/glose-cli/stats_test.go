package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// statsCorpus writes three documents as a team has them half reviewed: a.json with Marseille an ORG
// (confirmed) and a person still suggested, b.json with Marseille a LOC and Lyon suggested, and
// c.jsonl, all confirmed.
func statsCorpus(t *testing.T) (dir string, files []string) {
	t.Helper()
	dir = t.TempDir()
	write := func(name, record string, auto ...string) string {
		docs, _, err := formats.Read(name+".jsonl", []byte(record), formats.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		d := docs[0]
		for _, a := range auto { // the first span of these words is still a suggestion
			for _, sp := range d.Spans {
				if d.SpanText(sp) == a {
					sp.Origin, sp.Confidence = annotate.Auto, 0.8
					break
				}
			}
		}
		var b bytes.Buffer
		if err := annotate.Encode(&b, d); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name+".json")
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	a := write("a", `{"id": "a", "text": "Marseille reçoit Paul Martin. « Oui », dit Paul Martin.", "entities": [`+
		`{"id": 1, "label": "ORG", "start_offset": 0, "end_offset": 9}, {"id": 2, "label": "PER", "start_offset": 17, "end_offset": 28},`+
		`{"id": 3, "label": "QUOTE", "start_offset": 30, "end_offset": 37}, {"id": 4, "label": "PER", "start_offset": 43, "end_offset": 54}],`+
		`"relations": [{"id": 1, "from_id": 3, "to_id": 4, "type": "speaker"}]}`, "Paul Martin")
	b := write("b", `{"id": "b", "text": "MARSEILLE et Lyon.", "entities": [`+
		`{"id": 1, "label": "LOC", "start_offset": 0, "end_offset": 9}, {"id": 2, "label": "LOC", "start_offset": 13, "end_offset": 17}]}`, "Lyon")
	c := write("c", `{"id": "c", "text": "« Non. »", "entities": [{"id": 1, "label": "QUOTE", "start_offset": 0, "end_offset": 8}]}`)
	return dir, []string{a, b, c}
}

// TestStatsCountsConfirmedAndSuggested: the counts a team checks before exporting training data:
// spans by label and origin, links, the documents left to review, confirmed quotes without a speaker,
// and a name labelled ORG in one document and LOC in another (told apart from case).
func TestStatsCountsConfirmedAndSuggested(t *testing.T) {
	_, files := statsCorpus(t)
	code, stdout, stderr := runCLI(t, append([]string{"stats", "--json"}, files...)...)
	if code != 0 {
		t.Fatalf("stats exit %d: %s", code, stderr)
	}
	var s corpusStats
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatal(err)
	}
	want := map[string]countPair{"ORG": {1, 0}, "LOC": {1, 1}, "PER": {1, 1}, "QUOTE": {2, 0}}
	for label, c := range want {
		if got := s.Labels[label]; got == nil || *got != c {
			t.Errorf("%s: %+v, want %+v", label, got, c)
		}
	}
	if s.Documents != 3 || s.Confirmed != 1 || len(s.Pending) != 2 || s.Pending[0] != (pendingDoc{"a", 4, 1}) || s.Pending[1] != (pendingDoc{"b", 2, 1}) {
		t.Errorf("documents %d, confirmed %d, pending %+v; want 3, 1 (c), a 1 of 4 and b 1 of 2", s.Documents, s.Confirmed, s.Pending)
	}
	if sp := s.Links["speaker"]; sp == nil || *sp != (countPair{1, 0}) || s.NoSpeaker != 1 {
		t.Errorf("speaker links %+v, quotes without speaker %d; want 1 confirmed, 1 (c's)", sp, s.NoSpeaker)
	}
	if len(s.Conflicts) != 1 || s.Conflicts[0].Text != "Marseille" || s.Conflicts[0].Labels["LOC"].Documents[0] != "b" ||
		s.Conflicts[0].Labels["ORG"].Confirmed != 1 {
		t.Errorf("inconsistent %+v; want Marseille, ORG confirmed in a and LOC in b", s.Conflicts)
	}

	code, stdout, _ = runCLI(t, append([]string{"stats"}, files...)...)
	for _, w := range []string{"3 documents, 1 with every source span confirmed", "PER          1          1      2",
		"  a: 1 of 4 spans", `"Marseille": LOC ×1, 1 confirmed (b), ORG ×1, 1 confirmed (a)`, "1 confirmed quote without a speaker"} {
		if code != 0 || !strings.Contains(stdout, w) {
			t.Errorf("stats exit %d, output lacks %q:\n%s", code, w, stdout)
		}
	}
}

func TestStatsRefusesBadArguments(t *testing.T) {
	_, files := statsCorpus(t)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"stats"}, 2, "expected at least one FILE"},
		{[]string{"stats", "--side", "both", files[0]}, 2, `--side: "both" is not source or target`},
		{[]string{"stats", filepath.Join(filepath.Dir(files[0]), "missing.json")}, 1, "missing.json"},
	} {
		code, _, stderr := runCLI(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, %q; want %d and %q", c.args, code, stderr, c.code, c.want)
		}
	}
}

// A document with no span on the side counted is not one "with every span confirmed": the English of
// documents not translated yet made stats say every target span of the corpus was confirmed.
func TestStatsCountsDocumentsWithoutSpansApart(t *testing.T) {
	dir, files := statsCorpus(t)
	empty := writeFile(t, dir, "d.txt", "Rien à signaler 👍🏽.\n")
	for _, c := range []struct {
		side, want string
	}{
		{"source", "4 documents, 1 with every source span confirmed, 1 with no source span (d)"},
		{"target", "4 documents, 0 with every target span confirmed, 4 with no target span (d, a, b and 1 more)"},
	} {
		code, stdout, stderr := runCLI(t, append([]string{"stats", "--side", c.side, empty}, files...)...)
		if code != 0 || !strings.Contains(stdout, c.want+"\n") {
			t.Errorf("stats --side %s: exit %d, output lacks %q:\n%s%s", c.side, code, c.want, stdout, stderr)
		}
	}
	// Which documents have none, to pre-annotate or translate them: named in --json too.
	code, stdout, _ := runCLI(t, append([]string{"stats", "--json", empty}, files...)...)
	var s struct {
		Without []string `json:"documents_without_spans_ids"`
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &s) != nil || !slices.Equal(s.Without, []string{"d"}) {
		t.Errorf("stats --json: exit %d, documents without spans %q, want [d]", code, s.Without)
	}
}

// TestStatsCountsChangedSegments: the segments whose English was changed since the translator's
// version (a review's changes) are counted, in JSON and in the text; none says nothing.
func TestStatsCountsChangedSegments(t *testing.T) {
	dir, files := statsCorpus(t)
	code, stdout, _ := runCLI(t, append([]string{"stats"}, files...)...)
	if code != 0 || strings.Contains(stdout, "changed in review") {
		t.Errorf("stats exit %d, a corpus without changes has a line of them:\n%s", code, stdout)
	}
	d := annotate.NewDocument("r", "", "« Oui », dit-il. Non.", "fr", "en")
	d.AddSegment(0, len("« Oui », dit-il."), 0, annotate.KindSentence)
	d.AddSegment(len("« Oui », dit-il. "), len(d.Text), 0, annotate.KindSentence)
	d.Segments[0].Target, d.Segments[0].Status = "“Yes,” he said.", annotate.StatusTranslated
	d.Segments[1].Target, d.Segments[1].Status = "No.", annotate.StatusTranslated
	e := annotate.NewEditor(d)
	e.SetTrackChanges(true)
	if _, err := e.SetTarget("s1", "“Yes,” he said 😀 e\u0301."); err != nil { // a reviewer's edit
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := annotate.Encode(&b, d); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "reviewed.json")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "stats", "--json", path)
	var s corpusStats
	if err := json.Unmarshal([]byte(stdout), &s); code != 0 || err != nil || s.Changed != 1 {
		t.Errorf("stats --json exit %d (%s), %v: %d changed, want 1", code, stderr, err, s.Changed)
	}
	code, stdout, _ = runCLI(t, "stats", path)
	if want := "1 segment changed in review since the translator's version, the changes not yet accepted or rejected"; code != 0 || !strings.Contains(stdout, want) {
		t.Errorf("stats exit %d, output lacks %q:\n%s", code, want, stdout)
	}
}
