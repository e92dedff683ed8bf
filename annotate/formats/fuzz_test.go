package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// fuzzDoc is a small document over tricky French text (guillemets, dashes, both apostrophes, no-break
// spaces, an emoji outside the BMP, a combining mark without precomposed form) with source and target
// spans and links, whose exports seed FuzzRead.
func fuzzDoc(t testing.TB) *annotate.Document {
	t.Helper()
	text := "« Je pense que c’est fini », a déclaré Sergueï Lavrov.\n\n— Non\u202f! dit-elle 😀 x\u0301 à l'ONU\u00a0»."
	d := annotate.NewDocument("fuzz-1", "Titre « test »", text, "fr", "en")
	p := strings.Index(text, "\n\n")
	d.AddSegment(0, p, 0, annotate.KindSentence)
	d.AddSegment(p+2, len(text), 1, annotate.KindSentence)
	d.Segments[0].Target = "“I think it's over,” said Sergei Lavrov 😀."
	e := annotate.NewEditor(d)
	add := func(side annotate.Side, seg, s, label string) *annotate.Span {
		base := d.Text
		if side == annotate.Target {
			base = d.Segments[0].Target
		}
		i := strings.Index(base, s)
		sp := &annotate.Span{Side: side, Segment: seg, Start: i, End: i + len(s), Label: label, Origin: annotate.Auto, Confidence: 0.8}
		mustDo(t, e.AddSpan(sp))
		return sp
	}
	q := add(annotate.Source, "", "« Je pense que c’est fini »", annotate.LabelQuote)
	per := add(annotate.Source, "", "Sergueï Lavrov", annotate.LabelPER)
	add(annotate.Source, "", "😀 x\u0301", annotate.LabelMISC)
	tper := add(annotate.Target, "s1", "Sergei Lavrov", annotate.LabelPER)
	mustDo(t, e.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: q.ID, To: per.ID}))
	mustDo(t, e.AddLink(&annotate.Link{Type: annotate.LinkTranslation, From: per.ID, To: tper.ID}))
	return d
}

// readable returns the formats Read accepts, in a fixed order.
func readable() []Format {
	var out []Format
	for _, f := range All() {
		if f.CanRead() {
			out = append(out, f)
		}
	}
	return out
}

// FuzzRead reads arbitrary bytes as each importable format (with a companion file for brat): an
// error or valid documents, never a panic nor an invalid document caught only by Read's final check
// (readers must refuse bad input themselves, saying why); accepted documents export to native JSON.
func FuzzRead(f *testing.F) {
	fs := readable()
	d := fuzzDoc(f)
	for i, fm := range fs {
		f.Add(uint8(i), []byte("\xff\xfe« \xc3"), []byte(d.Text))
		f.Add(uint8(i), []byte(`{"text":"e\u0301 😀","entities":[[0,9,"PER"]]}`), []byte("T1\tPER 0 9\tx"))
		if !fm.CanWrite() {
			continue
		}
		docs, opts := exportable(fm, []*annotate.Document{d}, WriteOptions{})
		files, _, err := fm.Write(docs, opts)
		if err != nil {
			f.Fatalf("writing %s: %v", fm.Name, err)
		}
		for _, file := range files {
			f.Add(uint8(i), file.Data, []byte(d.Text))
		}
	}
	f.Add(uint8(0), []byte("<html><body><article><p>« Oui », dit-il.</p></article></body></html>"), []byte{})
	f.Fuzz(func(t *testing.T, which uint8, data, companion []byte) {
		fm := fs[int(which)%len(fs)]
		opts := ReadOptions{Format: fm.Name, Open: func(string) ([]byte, error) { return companion, nil }}
		docs, _, err := Read("fuzz"+fm.Extensions[0], data, opts)
		if err != nil {
			if strings.Contains(err.Error(), "the imported document is not valid") {
				t.Fatalf("%s: the reader built an invalid document instead of refusing its input: %v", fm.Name, err)
			}
			return
		}
		for _, d := range docs {
			if err := d.Validate(); err != nil {
				t.Fatalf("%s: Read returned an invalid document: %v", fm.Name, err)
			}
			if _, err := annotate.Marshal(d); err != nil {
				t.Fatalf("%s: Marshal of an imported document: %v", fm.Name, err)
			}
		}
	})
}
