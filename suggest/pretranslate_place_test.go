package suggest

import (
	"context"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/tm"
)

// TestPretranslateSameSegmentFirst: the memory holds three Englishes of one French, from segments
// s2 and s5 of the document being pre-translated and, most recently, from another document.
// Pre-translation, as a segment opened does, gives each segment the English confirmed in it, and a
// segment of the same document that has none the English of that document rather than the most recent.
func TestPretranslateSameSegmentFirst(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t)
	e.MT = nil
	const fr = "Le ministre a démenti « toute ingérence »."
	d := &annotate.Document{ID: "doc-D", Text: fr + " " + fr + " " + fr + " Fin.", SourceLang: "fr", TargetLang: "en"}
	n := len(fr) // segments count bytes of Text
	for k, id := range []string{"s2", "s5", "s7"} {
		d.Segments = append(d.Segments, &annotate.Segment{ID: id, Start: k * (n + 1), End: k*(n+1) + n})
	}
	d.Segments = append(d.Segments, &annotate.Segment{ID: "s9", Start: 3 * (n + 1), End: 3*(n+1) + 4})
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	units := []tm.Unit{
		{Source: fr, Target: "EN of s2", Origin: "doc-D", Segment: "s2", Changed: base},
		{Source: fr, Target: "EN of s5", Origin: "doc-D", Segment: "s5", Changed: base.Add(time.Hour)},
		{Source: fr, Target: "EN elsewhere", Origin: "doc-X", Segment: "s1", Changed: base.Add(2 * time.Hour)},
	}
	for _, u := range units {
		u.SourceLang, u.TargetLang, u.Created = "fr", "en", u.Changed
		if err := e.TM.Add(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	drafts, err := e.Pretranslate(ctx, DocumentSegments(d), PretranslateOptions{NoMT: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, dr := range drafts {
		got[d.Segments[dr.Index].ID] = dr.Text
	}
	want := map[string]string{"s2": "EN of s2", "s5": "EN of s5", "s7": "EN of s5"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("segment %s pre-translated %q, want %q (all: %v)", id, got[id], w, got)
		}
	}
}

// TestPretranslateSameSegmentAmongMany: when more Englishes of the French than a look-up keeps
// were confirmed elsewhere, more recently, the segment still gets its own.
func TestPretranslateSameSegmentAmongMany(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t)
	e.MT = nil
	const fr = "La séance est levée."
	d := &annotate.Document{ID: "doc-D", Text: fr, SourceLang: "fr", TargetLang: "en",
		Segments: []*annotate.Segment{{ID: "s1", End: len(fr)}}}
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	units := []tm.Unit{{Source: fr, Target: "The sitting is closed.", Origin: "doc-D", Segment: "s1", Changed: base}}
	for k := range 2 * seenTop {
		units = append(units, tm.Unit{Source: fr, Target: "Meeting adjourned " + string(rune('A'+k)), Origin: "doc-X",
			Segment: string(rune('a' + k)), Changed: base.Add(time.Duration(k+1) * time.Hour)})
	}
	for _, u := range units {
		u.SourceLang, u.TargetLang, u.Created = "fr", "en", u.Changed
		if err := e.TM.Add(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	drafts, err := e.Pretranslate(ctx, DocumentSegments(d), PretranslateOptions{NoMT: true})
	if err != nil || len(drafts) != 1 || drafts[0].Text != "The sitting is closed." {
		t.Errorf("drafts %+v, %v; want the English of segment s1", drafts, err)
	}
}
