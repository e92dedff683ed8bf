package project_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
)

const wikinewsID = "2017_02_24-003"

// wikinewsDoc loads the Wikinews article of the second measure with its hand translation, its gold
// entities (from shared/data, checked against ours) and our gold quotations.
func wikinewsDoc(t testing.TB) (*annotate.Document, expected) {
	t.Helper()
	path := filepath.Join(repoRoot(t), "..", "shared", "data", "ner-wikinews-dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	var rec struct {
		ID       string `json:"id"`
		Text     string `json:"text"`
		Entities []struct {
			Label string `json:"label"`
			Start int    `json:"start_offset"`
			End   int    `json:"end_offset"`
		} `json:"entities"`
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if rec.ID == wikinewsID {
			break
		}
	}
	if rec.ID != wikinewsID {
		t.Fatalf("%s: no article %s", path, wikinewsID)
	}
	d := translated(t, wikinewsID+".txt", rec.Text, "testdata/wikinews-"+wikinewsID+".en.json")
	var golds []goldSpan
	readJSON(t, "testdata/wikinews-"+wikinewsID+".gold.json", &golds)
	want := addGold(t, d, golds)
	theirs := map[[3]any]bool{}
	o := annotate.NewOffsets(rec.Text)
	for _, e := range rec.Entities {
		a, err1 := o.Convert(e.Start, annotate.CodePoints, annotate.Bytes)
		b, err2 := o.Convert(e.End, annotate.CodePoints, annotate.Bytes)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: entity %v: bad offsets", path, e)
		}
		theirs[[3]any{e.Label, a, b}] = true
	}
	ours := map[[3]any]bool{}
	for _, sp := range d.Spans {
		if sp.Label != annotate.LabelQuote {
			ours[[3]any{sp.Label, sp.Start, sp.End}] = true
		}
	}
	if len(ours) != len(theirs) {
		t.Fatalf("gold entities: ours %v, shared data %v", ours, theirs)
	}
	for k := range theirs {
		if !ours[k] {
			t.Fatalf("gold entity %v of shared data missing from ours", k)
		}
	}
	return d, want
}

// TestMeasure projects the gold source spans of two hand-translated articles and checks that every
// quotation and every name is found, logging precision and recall per configuration.
func TestMeasure(t *testing.T) {
	configs := []struct {
		name     string
		opts     project.Options
		complete bool // must find everything
	}{
		{"bare", project.Options{}, false},
		{"bare-noalign", project.Options{NoAlign: true}, false},
		{"names", project.Options{Names: project.NamerFunc(ner.EnglishName)}, true},
		{"names-noalign", project.Options{Names: project.NamerFunc(ner.EnglishName), NoAlign: true}, true},
	}
	docs := []struct {
		name string
		load func(testing.TB) (*annotate.Document, expected)
	}{{"sample", sampleDoc}, {"wikinews-" + wikinewsID, wikinewsDoc}}
	for _, doc := range docs {
		for _, c := range configs {
			t.Run(doc.name+"/"+c.name, func(t *testing.T) {
				d, want := doc.load(t)
				e := annotate.NewEditor(d)
				if _, err := project.Document(e, c.opts); err != nil {
					t.Fatal(err)
				}
				all, q, n := scoreLinks(t, d, want)
				t.Logf("all %v; quotes %v; names %v", all, q, n)
				names := map[string]bool{}
				for _, sp := range d.Spans {
					if sp.Side == annotate.Source && sp.Label != annotate.LabelQuote {
						names[sp.Label+project.Fold(d.SpanText(sp))] = true
					}
				}
				if c.complete && len(d.Entities) != len(names) {
					t.Errorf("%d entities for %d distinct names", len(d.Entities), len(names))
				}
				if c.complete && (all.correct != all.gold || all.predicted != all.gold) {
					t.Errorf("projection missed or misplaced spans: %v", all)
				}
			})
		}
	}
}
