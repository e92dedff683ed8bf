package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unreviewedCorpus pre-annotates texts into Glose files in a folder and confirms every span of those
// named in reviewed, as a reviewer accepting them would; it returns the files in the order of texts.
func unreviewedCorpus(t *testing.T, texts map[string]string, reviewed ...string) []string {
	t.Helper()
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	var names []string
	for name, text := range texts {
		writeFile(t, in, name+".txt", text)
	}
	if code, _, stderr := runCLI(t, "annotate", "--out-dir", out, in); code != 0 {
		t.Fatalf("annotate: exit %d: %s", code, stderr)
	}
	for _, name := range []string{"a", "b", "c"} {
		if _, ok := texts[name]; !ok {
			continue
		}
		p := filepath.Join(out, name+".json")
		names = append(names, p)
		for _, r := range reviewed {
			if r == name {
				confirmAll(t, p)
			}
		}
	}
	return names
}

// confirmAll makes every span of a Glose file human.
func confirmAll(t *testing.T, path string) {
	t.Helper()
	var d map[string]any
	data, err := os.ReadFile(path)
	if err == nil {
		err = json.Unmarshal(data, &d)
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d["spans"].([]any) {
		s.(map[string]any)["origin"] = "human"
	}
	if data, err = json.Marshal(d); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSkipUnreviewed: a data team exports its corpus half reviewed for training, confirmed only;
// the documents nobody reviewed went out as texts with no annotation, which a recogniser learns as
// texts naming no one, with only a warning. --skip-unreviewed leaves them out, naming them; without
// it the export is as it was.
func TestSkipUnreviewed(t *testing.T) {
	files := unreviewedCorpus(t, map[string]string{
		"a": "Emmanuel Macron est à Paris.\n",
		"b": "Angela Merkel est à Berlin.\n",
		"c": "Vladimir Poutine est à Moscou.\n",
	}, "b")
	code, stdout, stderr := runCLI(t, append([]string{"export", "--to", "doccano", "--confirmed", "--skip-unreviewed"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if lines := strings.Split(strings.TrimSpace(stdout), "\n"); len(lines) != 1 || !strings.Contains(lines[0], `"id":"b"`) {
		t.Errorf("want the reviewed document alone, got:\n%s", stdout)
	}
	if !strings.Contains(stderr, "2 documents left out, with nothing confirmed yet") || !strings.Contains(stderr, ": a, c\n") {
		t.Errorf("standard error does not name the documents left out: %s", stderr)
	}
	code, stdout, _ = runCLI(t, append([]string{"export", "--to", "doccano", "--confirmed"}, files...)...)
	if n := strings.Count(stdout, "\n"); code != 0 || n != 3 {
		t.Errorf("without --skip-unreviewed: exit %d, %d records; want 3", code, n)
	}
}

// TestSkipUnreviewedRefusals: an export left with no document is refused, naming them, rather than
// written empty; the flag without --confirmed, or for a translation to deliver, is a usage error.
func TestSkipUnreviewedRefusals(t *testing.T) {
	files := unreviewedCorpus(t, map[string]string{"a": "Emmanuel Macron est à Paris.\n"})
	code, stdout, stderr := runCLI(t, "export", "--to", "conll", "--confirmed", "--skip-unreviewed", files[0])
	if code != 1 || stdout != "" || !strings.Contains(stderr, "nothing is confirmed yet in a: review it") {
		t.Errorf("nothing left: exit %d, %q, %q", code, stdout, stderr)
	}
	for _, args := range [][]string{{"--to", "conll"}, {"--to", "text", "--confirmed"}} {
		code, _, stderr := runCLI(t, append(append([]string{"export"}, args...), "--skip-unreviewed", files[0])...)
		if code != 2 || !strings.Contains(stderr, "--skip-unreviewed: ") {
			t.Errorf("%v: exit %d, %s", args, code, stderr)
		}
	}
}
