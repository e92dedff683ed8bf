package project_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// pair is one segment of a hand translation.
type pair struct {
	Segment string `json:"segment"`
	FR      string `json:"fr"`
	EN      string `json:"en"`
}

// goldSpan is a source span of a gold file with the English it maps to in each segment.
type goldSpan struct {
	Seg   string            `json:"seg"`
	Label string            `json:"label"`
	FR    string            `json:"fr"`
	N     int               `json:"n"`
	EN    map[string]string `json:"en"`
}

func readJSON(t testing.TB, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// translated imports text and gives each segment its hand translation, checking that the pairs line up.
func translated(t testing.TB, name, text, pairsPath string) *annotate.Document {
	t.Helper()
	d, err := plaintext.Import(name, []byte(text), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pairs []pair
	readJSON(t, pairsPath, &pairs)
	if len(pairs) != len(d.Segments) {
		t.Fatalf("%s: %d pairs for %d segments", pairsPath, len(pairs), len(d.Segments))
	}
	for i, s := range d.Segments {
		if p := pairs[i]; p.Segment != s.ID || p.FR != d.SourceText(s) {
			t.Fatalf("%s: pair %d (%s %q) does not match segment %s %q", pairsPath, i, p.Segment, p.FR, s.ID, d.SourceText(s))
		}
		s.Target, s.Status = pairs[i].EN, annotate.StatusTranslated
	}
	return d
}

// nth returns the byte offset of the n-th occurrence of sub in s at or after from, or -1.
func nth(s, sub string, from, n int) int {
	for k := 0; ; k++ {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return -1
		}
		if k == n {
			return from + i
		}
		from += i + len(sub)
	}
}

// expected maps a source span ID and a segment ID to the gold target range there.
type expected map[[2]string][2]int

// addGold adds the gold source spans to d (as a person's) and returns where their English is.
func addGold(t testing.TB, d *annotate.Document, golds []goldSpan) expected {
	t.Helper()
	e := annotate.NewEditor(d)
	want := expected{}
	for _, g := range golds {
		seg := d.Segment(g.Seg)
		if seg == nil {
			t.Fatalf("gold %q: no segment %s", g.FR, g.Seg)
		}
		a := nth(d.Text, g.FR, seg.Start, g.N)
		if a < 0 {
			t.Fatalf("gold %q not found from segment %s", g.FR, g.Seg)
		}
		sp := &annotate.Span{Side: annotate.Source, Start: a, End: a + len(g.FR), Label: g.Label}
		if err := e.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
		for segID, en := range g.EN {
			ts := d.Segment(segID)
			b := nth(ts.Target, en, 0, 0)
			if b < 0 {
				t.Fatalf("gold English %q not found in segment %s %q", en, segID, ts.Target)
			}
			want[[2]string{sp.ID, segID}] = [2]int{b, b + len(en)}
		}
	}
	return want
}

// score compares the translation links of d with the gold: exact ranges count.
type score struct{ correct, predicted, gold int }

func (s score) String() string {
	p, r := float64(s.correct)/float64(max(s.predicted, 1)), float64(s.correct)/float64(max(s.gold, 1))
	return fmt.Sprintf("P %.3f (%d/%d) R %.3f (%d/%d)", p, s.correct, s.predicted, r, s.correct, s.gold)
}

func scoreLinks(t testing.TB, d *annotate.Document, want expected) (all, quotes, names score) {
	t.Helper()
	for _, l := range d.Links {
		if l.Type != annotate.LinkTranslation {
			continue
		}
		src, tgt := d.Span(l.From), d.Span(l.To)
		sc := &names
		if src.Label == annotate.LabelQuote {
			sc = &quotes
		}
		sc.predicted++
		if w, ok := want[[2]string{src.ID, tgt.Segment}]; ok && w == [2]int{tgt.Start, tgt.End} {
			sc.correct++
		} else {
			t.Logf("wrong: %s → %s %q (want %v)", d.Describe(src), tgt.Segment, d.SpanText(tgt), w)
		}
	}
	for k, w := range want {
		if l := findLink(d, k[0], k[1]); l == nil {
			t.Logf("missed: %s in %s, want %q", d.Describe(d.Span(k[0])), k[1], d.Segment(k[1]).Target[w[0]:w[1]])
		}
		if d.Span(k[0]).Label == annotate.LabelQuote {
			quotes.gold++
		} else {
			names.gold++
		}
	}
	all = score{quotes.correct + names.correct, quotes.predicted + names.predicted, quotes.gold + names.gold}
	return all, quotes, names
}

func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func sampleDoc(t testing.TB) (*annotate.Document, expected) {
	t.Helper()
	text, err := os.ReadFile(filepath.Join(repoRoot(t), "assets", "sample-article.fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := translated(t, "sample-article.fr.txt", string(text), "testdata/sample-article.en.json")
	var golds []goldSpan
	readJSON(t, "testdata/sample-gold.json", &golds)
	return d, addGold(t, d, golds)
}

// findLink returns the translation link from a source span to a span of the segment, or nil.
func findLink(d *annotate.Document, srcID, segID string) *annotate.Link {
	for _, l := range d.LinksOf(srcID) {
		if l.Type == annotate.LinkTranslation && l.From == srcID && d.Span(l.To).Segment == segID {
			return l
		}
	}
	return nil
}
