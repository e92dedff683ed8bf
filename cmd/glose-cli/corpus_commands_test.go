package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// translatedCorpus writes the translated sample twice, as documents a and b, to a JSON Lines corpus.
func translatedCorpus(t *testing.T, ids ...string) string {
	t.Helper()
	d := readGlose(t, translatedSample(t))
	var docs []*annotate.Document
	for _, id := range ids {
		c := d.Clone()
		c.ID = id
		docs = append(docs, c)
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	writeCorpusFile(t, path, docs)
	return path
}

// TestProjectCorpus: project on a corpus projects every document and writes them all back, in their
// order, as JSON Lines (it opened the first and wrote only it, losing the others given -o CORPUS).
func TestProjectCorpus(t *testing.T) {
	corpus := translatedCorpus(t, "a", "b")
	code, _, stderr := runCLI(t, "project", "-o", corpus, corpus)
	if code != 0 || !strings.Contains(stderr, "proposed in 2 documents") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	docs := readCorpus(t, corpus)
	if ids(docs) != "a b" {
		t.Fatalf("documents %q, want a b", ids(docs))
	}
	for _, d := range docs {
		n := 0
		for _, l := range d.Links {
			if l.Type == annotate.LinkTranslation {
				n++
			}
		}
		if n != 3 {
			t.Errorf("%s: %d translation links, want 3", d.ID, n)
		}
	}
	dup := translatedCorpus(t, "a", "a")
	if code, _, stderr := runCLI(t, "project", dup); code != 1 || !strings.Contains(stderr, dup+":2: the document ID \"a\" is also that of "+dup+":1") {
		t.Errorf("two documents of one ID: exit %d, %s; want both places named", code, stderr)
	}
}

// TestQACorpus: qa checks each document of a corpus, each issue saying its document.
func TestQACorpus(t *testing.T) {
	corpus := translatedCorpus(t, "a", "b")
	code, out, stderr := runCLI(t, "qa", "--json", "--disable", "pending-suggestions,spelling,name-untagged", corpus) // the sample tags one mention of each name
	var issues []struct{ Document, Check, Segment string }
	if err := json.Unmarshal([]byte(out), &issues); err != nil || code != 1 {
		t.Fatalf("exit %d, %v: %s", code, err, stderr)
	}
	var got []string
	for _, is := range issues {
		got = append(got, is.Document+" "+is.Segment+" "+is.Check)
	}
	if strings.Join(got, "|") != "a s5 untranslated|b s5 untranslated" {
		t.Errorf("issues %q, want s5 untranslated in a and in b", got)
	}
	_, out, _ = runCLI(t, "qa", "--disable", "pending-suggestions,spelling", corpus)
	if !strings.HasPrefix(out, "a s5\terror\tuntranslated\t") || !strings.Contains(out, "\nb s5\terror\tuntranslated\t") {
		t.Errorf("qa of a corpus printed %q, want each line to begin with its document's ID", out)
	}
}
