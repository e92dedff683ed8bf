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
		out = append(out, fmt.Sprintf("[%d,%d) p%d %s %q %s", s.Start, s.End, s.Paragraph, s.Kind, s.Target, s.Status))
	}
	return out
}

func TestRoundTripXLIFF(t *testing.T) {
	for seed := int64(1); seed <= 25; seed++ {
		d := genDoc(t, seed)
		// A heading, and a dateline starting a paragraph of several segments.
		d.Segments[0].Kind = annotate.KindHeading
		if k := len(d.Segments) - 2; k > 0 && d.Segments[k].Paragraph == d.Segments[k+1].Paragraph {
			d.Segments[k].Kind = annotate.KindDateline
		}
		xliff, _ := Lookup("xliff")
		docs := exportImport(t, "xliff", d, WriteOptions{Side: xliff.DefaultSide()}, ReadOptions{})
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
				want = append(want, d.SourceText(s)+" → "+s.Target+" "+string(s.Status))
			}
		}
		var got []string
		for _, s := range docs[0].Segments {
			got = append(got, docs[0].SourceText(s)+" → "+s.Target+" "+string(s.Status))
		}
		if len(want) > 0 && !slices.Equal(got, want) {
			t.Fatalf("seed %d: pairs differ:\n got %v\nwant %v", seed, got, want)
		}
	}
}

// TestXLIFFOneSideWarns: an export of one side of a bilingual file says how many spans of the other side
// it leaves out, instead of dropping them silently.
func TestXLIFFOneSideWarns(t *testing.T) {
	d := genDoc(t, 3)
	var src, tgt int
	for _, sp := range d.Spans {
		if sp.Side == annotate.Target {
			tgt++
		} else {
			src++
		}
	}
	if src == 0 || tgt == 0 {
		t.Fatalf("the generated document has %d source and %d target spans; want both", src, tgt)
	}
	for _, c := range []struct {
		side Side
		want string
	}{
		{SourceSide, fmt.Sprintf("%d spans of the target (English) text left out", tgt)},
		{TargetSide, fmt.Sprintf("%d spans of the source (French) text left out", src)},
		{BothSides, ""},
	} {
		_, warns, err := Write("xliff", []*annotate.Document{d}, WriteOptions{Side: c.side})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, w := range warns {
			if strings.Contains(w.Msg, "text left out") {
				got = append(got, w.Msg)
			}
		}
		if (c.want == "") != (len(got) == 0) || (c.want != "" && !strings.HasPrefix(got[0], c.want)) {
			t.Errorf("side %d: warnings %q, want one starting %q", c.side, got, c.want)
		}
	}
}

// TestTMXLanguages: the target is the variant in the target language wherever it stands, and the
// variants of a third language are reported, not silently dropped.
func TestTMXLanguages(t *testing.T) {
	data := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="fr" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu><prop type="x-glose-status">reviewed</prop><tuv xml:lang="fr"><seg>« Bonjour » 😀</seg></tuv><tuv xml:lang="de"><seg>„Hallo“ 😀</seg></tuv><tuv xml:lang="en-GB"><seg>"Hello" 😀</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Déjà vu</seg></tuv><tuv xml:lang="en-GB"><seg>Already seen</seg></tuv></tu>
</body></tmx>`)
	docs, warns, err := Read("m.tmx", data, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range docs[0].Segments {
		got = append(got, s.Target+" "+string(s.Status))
	}
	want := []string{`"Hello" 😀 reviewed`, "Already seen translated"}
	if !slices.Equal(got, want) || docs[0].TargetLang != "en-GB" {
		t.Errorf("targets %q in %s, want %q in en-GB", got, docs[0].TargetLang, want)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Msg, "variants in de left out") {
		t.Errorf("warnings %v, want one about the German variants", warns)
	}
}

// TestXMLUnfitWarned: a translation holding a character XML cannot hold is written as U+FFFD, and the
// XML exports say where.
func TestXMLUnfitWarned(t *testing.T) {
	d := genDoc(t, 2)
	s := d.Segments[len(d.Segments)-1]
	s.Target += " « fin » 😀\x01"
	at := len(s.Target) - 1
	for _, f := range []string{"xliff", "tmx"} {
		_, warns, err := Write(f, []*annotate.Document{d}, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("segment %s: the translation holds U+0001 (byte %d)", s.ID, at)
		if !slices.ContainsFunc(warns, func(w Warning) bool { return strings.HasPrefix(w.Msg, want) }) {
			t.Errorf("%s: warnings %v, want one starting %q", f, warns, want)
		}
	}
}
