package project_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// goldEntity is an entity of a doccano relation-JSONL line; FrID (names) or FrStart and FrEnd
// (quotations) say which French span of the article an English one renders.
type goldEntity struct {
	ID      int    `json:"id"`
	Label   string `json:"label"`
	Start   int    `json:"start_offset"`
	End     int    `json:"end_offset"`
	FrID    int    `json:"fr_id"`
	FrStart int    `json:"fr_start"`
	FrEnd   int    `json:"fr_end"`
}

type goldArticle struct {
	ID       string       `json:"id"`
	Text     string       `json:"text"`
	Entities []goldEntity `json:"entities"`
	Quotes   [][2]int     `json:"fr_quotes_dropped"`
}

func readArticles(t testing.TB, path string) []goldArticle {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for line := 1; sc.Scan(); line++ {
		var a goldArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, a)
	}
	return out
}

// ntrexArticle is one article of the measure: the French with its gold entities, the English gold.
type ntrexArticle struct{ fr, en goldArticle }

// ntrexArticles pairs the French entity gold of annotate/ner/testdata with our English gold, checking
// that each English line is the NTREX sentence of ../shared/data that translates its French line.
func ntrexArticles(t *testing.T, split string) []ntrexArticle {
	t.Helper()
	pairs := ntrexPairs(t)
	byDoc := map[string][]ntrexPair{}
	for _, p := range pairs {
		byDoc[p.Doc] = append(byDoc[p.Doc], p)
	}
	frs := readArticles(t, filepath.Join("..", "ner", "testdata", "ntrex-entities-"+split+".jsonl"))
	ens := readArticles(t, filepath.Join("testdata", "ntrex-en-gold-"+split+".jsonl"))
	if len(frs) != len(ens) {
		t.Fatalf("%s: %d French articles, %d English", split, len(frs), len(ens))
	}
	out := make([]ntrexArticle, len(frs))
	for i := range frs {
		fl, el := strings.Split(frs[i].Text, "\n"), strings.Split(ens[i].Text, "\n")
		if frs[i].ID != ens[i].ID || len(fl) != len(el) {
			t.Fatalf("%s: article %d: %s (%d lines) against %s (%d lines)", split, i, frs[i].ID, len(fl), ens[i].ID, len(el))
		}
		doc := strings.TrimPrefix(frs[i].ID, "ntrex-")
		ps := byDoc[doc]
		for k := range fl {
			if k >= len(ps) || ps[k].FR != fl[k] || ps[k].EN != el[k] {
				t.Fatalf("%s line %d: English %q is not the NTREX translation of %q", frs[i].ID, k, el[k], fl[k])
			}
		}
		out[i] = ntrexArticle{frs[i], ens[i]}
	}
	return out
}

// byteRange converts code-point offsets of text to bytes.
func byteRange(t testing.TB, o *annotate.Offsets, a, b int) (int, int) {
	t.Helper()
	x, err1 := o.Convert(a, annotate.CodePoints, annotate.Bytes)
	y, err2 := o.Convert(b, annotate.CodePoints, annotate.Bytes)
	if err1 != nil || err2 != nil {
		t.Fatalf("offsets %d-%d: %v %v", a, b, err1, err2)
	}
	return x, y
}

// ntrexDoc builds the Glose document of an article: a segment per line, its English as translation.
func ntrexDoc(art ntrexArticle) *annotate.Document {
	d := annotate.NewDocument(art.fr.ID, art.fr.ID, art.fr.Text, "fr", "en")
	start := 0
	for _, line := range strings.Split(art.en.Text, "\n") {
		end := strings.IndexByte(d.Text[start:], '\n')
		if end < 0 {
			end = len(d.Text) - start
		}
		s := d.AddSegment(start, start+end, 0, annotate.KindSentence)
		s.Target, s.Status = line, annotate.StatusTranslated
		start += end + 1
	}
	return d
}

// addFrenchGold adds the French gold names as a person's spans, each name (label and folded text) one
// entity, and the French quotations the English gold pairs.
func addFrenchGold(t *testing.T, d *annotate.Document, art ntrexArticle) {
	t.Helper()
	e := annotate.NewEditor(d)
	o := annotate.NewOffsets(d.Text)
	ents := map[string]*annotate.Entity{}
	var order []string
	for _, g := range art.fr.Entities {
		a, b := byteRange(t, o, g.Start, g.End)
		sp := &annotate.Span{Side: annotate.Source, Start: a, End: b, Label: g.Label, Origin: annotate.Human, Confidence: 1}
		if err := e.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
		key := g.Label + "\x00" + project.Fold(d.Text[a:b])
		if ents[key] == nil {
			ents[key] = &annotate.Entity{Type: g.Label, Names: map[string]string{"fr": d.Text[a:b]}}
			order = append(order, key)
		}
		ents[key].Mentions = append(ents[key].Mentions, sp.ID)
	}
	for _, k := range order {
		if err := e.AddEntity(ents[k]); err != nil {
			t.Fatal(err)
		}
	}
	quotes := map[[2]int]bool{}
	for _, g := range art.en.Entities {
		if g.Label == annotate.LabelQuote {
			quotes[[2]int{g.FrStart, g.FrEnd}] = true
		}
	}
	for _, q := range art.en.Quotes {
		quotes[q] = true
	}
	for q := range quotes {
		a, b := byteRange(t, o, q[0], q[1])
		sp := &annotate.Span{Side: annotate.Source, Start: a, End: b, Label: annotate.LabelQuote, Origin: annotate.Human, Confidence: 1}
		if err := e.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
	}
}

// tspan is an English span: segment index, byte range in its target text, label.
type tspan struct {
	seg, start, end int
	label           string
}

// englishGold returns the gold English spans of an article by segment.
func englishGold(t *testing.T, art ntrexArticle) []tspan {
	t.Helper()
	o := annotate.NewOffsets(art.en.Text)
	lineStarts := []int{0}
	for i, c := range []byte(art.en.Text) {
		if c == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	var out []tspan
	for _, g := range art.en.Entities {
		a, b := byteRange(t, o, g.Start, g.End)
		k := 0
		for k+1 < len(lineStarts) && lineStarts[k+1] <= a {
			k++
		}
		out = append(out, tspan{k, a - lineStarts[k], b - lineStarts[k], g.Label})
	}
	return out
}

// targetSpans returns the target spans of d by segment index.
func targetSpans(d *annotate.Document) []tspan {
	idx := map[string]int{}
	for i, s := range d.Segments {
		idx[s.ID] = i
	}
	var out []tspan
	for _, sp := range d.Spans {
		if sp.Side == annotate.Target && sp.Label != annotate.LabelCue {
			out = append(out, tspan{idx[sp.Segment], sp.Start, sp.End, sp.Label})
		}
	}
	return out
}
