package formats

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// spanKey describes a span independently of IDs: side, segment position (target), range, label, origin.
func spanKeys(d *annotate.Document, withOrigin bool) []string {
	var out []string
	for _, sp := range d.Spans {
		seg := ""
		if sp.Side == annotate.Target {
			seg = fmt.Sprint(d.SegmentIndex(sp.Segment))
		}
		k := fmt.Sprintf("%s/%s [%d,%d) %s %q", sp.Side, seg, sp.Start, sp.End, sp.Label, d.SpanText(sp))
		if withOrigin {
			k += " " + string(sp.Origin)
		}
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func linkKeys(d *annotate.Document) []string {
	var out []string
	for _, l := range d.Links {
		a, b := d.Span(l.From), d.Span(l.To)
		if a.Side != b.Side {
			continue
		}
		out = append(out, fmt.Sprintf("%s [%d,%d)→[%d,%d)", l.Type, a.Start, a.End, b.Start, b.End))
	}
	sort.Strings(out)
	return out
}

// sourceOnly copies d keeping only source spans and the links between them.
func sourceOnly(d *annotate.Document) *annotate.Document {
	c := *d
	c.Spans, c.Links, c.Entities = nil, nil, nil
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source {
			c.Spans = append(c.Spans, sp)
		}
	}
	for _, l := range d.Links {
		if a, b := d.Span(l.From), d.Span(l.To); a.Side == annotate.Source && b.Side == annotate.Source {
			c.Links = append(c.Links, l)
		}
	}
	return &c
}

// exportImport writes d in format f and reads the result back.
func exportImport(t *testing.T, f string, d *annotate.Document, wo WriteOptions, ro ReadOptions) []*annotate.Document {
	t.Helper()
	files, _, err := Write(f, []*annotate.Document{d}, wo)
	if err != nil {
		t.Fatalf("%s: export: %v", f, err)
	}
	byName := map[string][]byte{}
	main := files[0]
	for _, fl := range files {
		byName[fl.Name] = fl.Data
		if fl.Main || strings.HasSuffix(fl.Name, ".ann") {
			main = fl
		}
	}
	ro.Open = func(name string) ([]byte, error) {
		if b, ok := byName[filepath.Base(name)]; ok {
			return b, nil
		}
		return nil, fmt.Errorf("no file %s", name)
	}
	ro.Format = f
	docs, _, err := Read(main.Name, main.Data, ro)
	if err != nil {
		t.Fatalf("%s: import: %v\n%s", f, err, annotate.Shorten(string(main.Data), 2000))
	}
	return docs
}

func TestRoundTripSpanFormats(t *testing.T) {
	cases := []struct {
		format     string
		unit       string
		withOrigin bool
	}{
		{"doccano", "", false}, {"doccano", "utf16", false},
		{"labelstudio", "", true}, {"labelstudio", "utf16", true},
		{"brat", "", true},
	}
	for _, c := range cases {
		for seed := int64(1); seed <= 25; seed++ {
			d := genDoc(t, seed)
			docs := exportImport(t, c.format, d, WriteOptions{Unit: c.unit}, ReadOptions{Unit: c.unit})
			if len(docs) != 1 {
				t.Fatalf("%s seed %d: %d documents back", c.format, seed, len(docs))
			}
			got, want := docs[0], sourceOnly(d)
			if got.Text != d.Text || got.ID != d.ID {
				t.Fatalf("%s seed %d: text or ID changed: %q %q", c.format, seed, got.ID, got.Text)
			}
			if g, w := spanKeys(got, c.withOrigin), spanKeys(want, c.withOrigin); !slices.Equal(g, w) {
				t.Fatalf("%s/%s seed %d: spans differ:\n got %v\nwant %v", c.format, c.unit, seed, g, w)
			}
			if g, w := linkKeys(got), linkKeys(want); !slices.Equal(g, w) {
				t.Fatalf("%s seed %d: links differ:\n got %v\nwant %v", c.format, seed, g, w)
			}
		}
	}
}

func TestRoundTripLossless(t *testing.T) {
	for _, f := range []string{"glose", "jsonl"} {
		d := genDoc(t, 7)
		docs := exportImport(t, f, d, WriteOptions{}, ReadOptions{})
		a, _ := annotate.Marshal(d)
		b, _ := annotate.Marshal(docs[0])
		if string(a) != string(b) {
			t.Fatalf("%s: not lossless", f)
		}
	}
}

func segKeys(d *annotate.Document) []string {
	var out []string
	for _, s := range d.Segments {
		out = append(out, fmt.Sprintf("[%d,%d) p%d %q %s", s.Start, s.End, s.Paragraph, s.Target, s.Status))
	}
	return out
}

func TestRoundTripXLIFF(t *testing.T) {
	for seed := int64(1); seed <= 25; seed++ {
		d := genDoc(t, seed)
		docs := exportImport(t, "xliff", d, WriteOptions{Side: BothSides}, ReadOptions{})
		got := docs[0]
		if got.Text != d.Text || got.SourceLang != "fr" || got.TargetLang != "en" {
			t.Fatalf("seed %d: text changed:\n%q\n%q", seed, got.Text, d.Text)
		}
		if g, w := segKeys(got), segKeys(d); !slices.Equal(g, w) {
			t.Fatalf("seed %d: segments differ:\n got %v\nwant %v", seed, g, w)
		}
		if g, w := spanKeys(got, true), spanKeys(d, true); !slices.Equal(g, w) {
			t.Fatalf("seed %d: spans differ:\n got %v\nwant %v", seed, g, w)
		}
	}
}

func TestRoundTripTMX(t *testing.T) {
	for seed := int64(1); seed <= 10; seed++ {
		d := genDoc(t, seed)
		docs := exportImport(t, "tmx", d, WriteOptions{}, ReadOptions{})
		var want []string
		for _, s := range d.Segments {
			if done(s) {
				want = append(want, d.SourceText(s)+" → "+s.Target)
			}
		}
		var got []string
		for _, s := range docs[0].Segments {
			got = append(got, docs[0].SourceText(s)+" → "+s.Target)
		}
		if len(want) > 0 && !slices.Equal(got, want) {
			t.Fatalf("seed %d: pairs differ:\n got %v\nwant %v", seed, got, want)
		}
	}
}
