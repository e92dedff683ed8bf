package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/workspace"
)

// TestAnalyze analyses two documents against a memory holding one sentence of the sample: the text
// names each file and its bands, then the total, and --json gives the same counts.
func TestAnalyze(t *testing.T) {
	doc := writeSampleDoc(t)
	d, _, err := workspace.Load(doc)
	if err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(t.TempDir(), "two.txt")
	os.WriteFile(txt, []byte("Le porte-parole l’a dit. Le porte-parole l’a dit."), 0o644)
	path := filepath.Join(t.TempDir(), "tm.db")
	m, err := tm.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	u := tm.Unit{SourceLang: "fr", TargetLang: "en", Source: d.SourceText(d.Segments[0]), Target: "Title", Origin: "elsewhere"}
	if err := m.Add(context.Background(), u); err != nil {
		t.Fatal(err)
	}
	m.Close()
	code, out, stderr := runCLI(t, "analyze", "--tm", path, doc, txt)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{doc + ": 19 segments", txt + ": 2 segments, 10 words", "Total (2 documents): 21 segments",
		"\n100%                         1", "\nRepetitions                  1      5"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, stderr = runCLI(t, "analyze", "--tm", path, "--json", "--weights", "repetitions=50", txt)
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, stderr)
	}
	var got struct {
		Total struct {
			Total struct{ Words int }
			Bands map[string]struct {
				Segments, Words int
				Weight          float64 `json:"weight_percent"`
			}
			Weighted float64 `json:"weighted_words"`
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	rep := got.Total.Bands["repetitions"]
	if got.Total.Total.Words != 10 || rep.Words != 5 || rep.Weight != 50 || got.Total.Weighted != 7.5 {
		t.Errorf("--json total = %+v, want 10 words, 5 repeated at 50 %%, 7.5 weighted", got.Total)
	}
}

// TestAnalyzeRefuses a mistyped memory and bad weights, naming what is wrong.
func TestAnalyzeRefuses(t *testing.T) {
	doc := writeSampleDoc(t)
	if code, _, stderr := runCLI(t, "analyze", "--tm", filepath.Join(t.TempDir(), "nope.db"), doc); code == 0 || !strings.Contains(stderr, "nope.db") {
		t.Errorf("missing --tm: exit %d, %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "analyze", "--weights", "fuzzy=3", doc); code != 2 || !strings.Contains(stderr, `unknown band "fuzzy"`) {
		t.Errorf("bad --weights: exit %d, %s", code, stderr)
	}
}
