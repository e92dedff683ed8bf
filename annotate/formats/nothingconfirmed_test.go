package formats

import (
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestNothingConfirmedIsSaid: a confirmed-only export to a recogniser's format of a document nobody
// reviewed (only suggestions) says that it goes out with no annotation, counting the suggestions;
// a document with one span confirmed, an export of everything, or of labels with nothing to confirm,
// says nothing of the kind.
func TestNothingConfirmedIsSaid(t *testing.T) {
	const text = "Paul Martin est à Paris."
	doc := func(confirmed bool) *annotate.Document {
		d := annotate.NewDocument("unreviewed", "", text, "fr", "en")
		d.AddSegment(0, len(text), 0, annotate.KindSentence)
		e := annotate.NewEditor(d)
		o := annotate.Auto
		if confirmed {
			o = annotate.Human
		}
		for _, sp := range []*annotate.Span{
			{ID: "per", Side: annotate.Source, Start: 0, End: len("Paul Martin"), Label: annotate.LabelPER, Origin: o, Confidence: 0.9},
			{ID: "loc", Side: annotate.Source, Start: len("Paul Martin est à "), End: len(text) - 1, Label: annotate.LabelLOC, Origin: annotate.Auto, Confidence: 0.9},
		} {
			if err := e.AddSpan(sp); err != nil {
				t.Fatal(err)
			}
			if err := e.AddEntity(&annotate.Entity{Type: sp.Label, Mentions: []string{sp.ID}}); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	saidOf := func(code WarningCode, d *annotate.Document, format string, opts WriteOptions) *Warning {
		t.Helper()
		_, warns, err := Write(format, []*annotate.Document{d}, opts)
		if err != nil {
			t.Fatal(err)
		}
		if i := slices.IndexFunc(warns, func(w Warning) bool { return w.Code == code }); i >= 0 {
			return &warns[i]
		}
		return nil
	}
	said := func(d *annotate.Document, format string, opts WriteOptions) *Warning {
		t.Helper()
		return saidOf(WarnNothingConfirmed, d, format, opts)
	}
	for _, f := range []string{"doccano", "spacy", "conll", "brat", "labelstudio", "w3c"} {
		w := said(doc(false), f, WriteOptions{Confirmed: true})
		if w == nil || w.Args["N"] != 2 || w.Doc != "unreviewed" {
			t.Errorf("%s: an unreviewed document exported confirmed-only says %+v", f, w)
		}
	}
	for _, c := range []struct {
		name      string
		confirmed bool
		opts      WriteOptions
	}{
		{"one span confirmed", true, WriteOptions{Confirmed: true}},
		{"everything", false, WriteOptions{}},
		{"only labels nobody suggested", false, WriteOptions{Confirmed: true, Labels: []string{annotate.LabelORG}}},
	} {
		if w := said(doc(c.confirmed), "doccano", c.opts); w != nil {
			t.Errorf("%s: says %q", c.name, w.Msg)
		}
	}
	// the entities a confirmed-only export would keep are those with a confirmed mention
	for _, c := range []struct {
		confirmed bool
		opts      WriteOptions
		want      any
	}{{false, WriteOptions{Confirmed: true}, nil}, {true, WriteOptions{Confirmed: true}, 1}, {false, WriteOptions{}, 2}} {
		var got any // the count of entities said to be left out, nil when none is
		if w := saidOf(WarnNoEntities, doc(c.confirmed), "doccano", c.opts); w != nil {
			got = w.Args["N"]
		}
		if got != c.want {
			t.Errorf("person confirmed %v, %+v: %v entities said left out, want %v", c.confirmed, c.opts, got, c.want)
		}
	}
}

// TestLeaveOutUnreviewed: the documents a confirmed-only export leaves out on request are those the
// warning above names, with their suggestions counted; a text with no span (reviewed as naming no
// one) stays, and so does every document of an export that is not confirmed-only.
func TestLeaveOutUnreviewed(t *testing.T) {
	const text = "Paul Martin est à Paris."
	unreviewed := annotate.NewDocument("unreviewed", "", text, "fr", "en")
	unreviewed.AddSegment(0, len(text), 0, annotate.KindSentence)
	if err := annotate.NewEditor(unreviewed).AddSpan(&annotate.Span{ID: "per", Side: annotate.Source, End: len("Paul Martin"), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.9}); err != nil {
		t.Fatal(err)
	}
	none := annotate.NewDocument("none", "", text, "fr", "en")
	none.AddSegment(0, len(text), 0, annotate.KindSentence)
	docs := []*annotate.Document{unreviewed, none}
	kept, out := LeaveOutUnreviewed("doccano", docs, WriteOptions{Confirmed: true})
	if len(kept) != 1 || kept[0] != none || len(out) != 1 || out[0] != (Unreviewed{"unreviewed", 1}) {
		t.Errorf("kept %d, left out %+v", len(kept), out)
	}
	if kept, out := LeaveOutUnreviewed("doccano", docs, WriteOptions{}); len(kept) != 2 || out != nil {
		t.Errorf("not confirmed-only: kept %d, left out %+v", len(kept), out)
	}
}
