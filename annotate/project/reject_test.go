package project_test

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// projected returns the auto target span projected from src into segment s1, or nil.
func projected(d *annotate.Document, src *annotate.Span) *annotate.Span {
	for _, l := range d.LinksOf(src.ID) {
		if l.Type == annotate.LinkTranslation && l.From == src.ID {
			return d.Span(l.To)
		}
	}
	return nil
}

// TestRejectedStaysRejected rejects a projected suggestion, edits the translation, projects again and
// checks that the suggestion does not come back, then undoes the rejection.
func TestRejectedStaysRejected(t *testing.T) {
	cases := []struct {
		name        string
		src, target string
		spans       [][2]string
		reject      int // index of the source span whose projection is rejected
		edit        func(tg string) (a, b int, text string)
		wantBack    []string // English of the other spans after re-projection
	}{
		{"type before the name", "« C'est fini », a dit M. Lavrov à Moscou.", "“It’s over,” Mr Lavrov said in Moscow.",
			[][2]string{{"QUOTE", "« C'est fini »"}, {"PER", "Lavrov"}, {"LOC", "Moscou"}}, 1,
			func(tg string) (int, int, string) { i := strings.Index(tg, "Mr"); return i, i, "😀 é " },
			[]string{"“It’s over,”", "", "Moscow"}},
		{"retype the name itself", "« C'est fini », a dit M. Lavrov à Moscou.", "“It’s over,” Mr Lavrov said in Moscow.",
			[][2]string{{"QUOTE", "« C'est fini »"}, {"PER", "Lavrov"}, {"LOC", "Moscou"}}, 1,
			func(tg string) (int, int, string) {
				i := strings.Index(tg, "Mr Lavrov")
				return i, i + len("Mr Lavrov"), "Sergei Lavrov"
			},
			[]string{"“It’s over,”", "", "Moscow"}},
		{"reject the quotation, combining accent", "Sébastien a dit « c'est fini » à Moscou.", "Se\u0301bastien said “it’s over” in Moscow.",
			[][2]string{{"QUOTE", "« c'est fini »"}, {"LOC", "Moscou"}}, 0,
			func(tg string) (int, int, string) { return len(tg) - 1, len(tg), " today." },
			[]string{"", "Moscow"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, spans := small(t, c.src, []string{c.target}, c.spans...)
			e := annotate.NewEditor(d)
			if _, err := project.Segment(e, "s1", project.Options{NoAlign: true}); err != nil {
				t.Fatal(err)
			}
			tgt := projected(d, spans[c.reject])
			if tgt == nil || tgt.Origin != annotate.Auto {
				t.Fatalf("nothing auto projected for %s: %+v", d.Describe(spans[c.reject]), tgt)
			}
			if err := e.Reject(tgt.ID); err != nil {
				t.Fatal(err)
			}
			if len(d.Rejected) != 1 || d.Span(tgt.ID) != nil {
				t.Fatalf("after Reject: rejections %+v, span still there: %v", d.Rejected, d.Span(tgt.ID) != nil)
			}
			undoReject := len(d.Rejected)
			a, b, text := c.edit(d.Segment("s1").Target)
			if _, err := e.ReplaceTarget("s1", a, b, text); err != nil {
				t.Fatal(err)
			}
			if _, err := project.Segment(e, "s1", project.Options{NoAlign: true}); err != nil {
				t.Fatal(err)
			}
			if _, err := project.Document(e, project.Options{}); err != nil {
				t.Fatal(err)
			}
			for i, sp := range spans {
				got := ""
				if p := projected(d, sp); p != nil {
					got = d.SpanText(p)
				}
				if got != c.wantBack[i] {
					t.Errorf("after re-projection, %s → %q, want %q", d.Describe(sp), got, c.wantBack[i])
				}
			}
			if err := d.Validate(); err != nil {
				t.Fatalf("invalid after edits: %v", err)
			}
			data, err := annotate.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			back, err := annotate.ValidateJSON(data, "rejected.json")
			if err != nil {
				t.Fatalf("reloading: %v\n%s", err, data)
			}
			if n, _ := project.Document(annotate.NewEditor(back), project.Options{}); projected(back, back.Span(spans[c.reject].ID)) != nil {
				t.Fatalf("after a reload the rejected projection came back (%d added)", n)
			}
			// Undo the projections, the edit and the rejection: the suggestion is back, the rejection gone.
			for e.UndoName() != "reject" {
				if !e.Undo() {
					t.Fatal("never reached the rejection in the undo history")
				}
			}
			e.Undo()
			if len(d.Rejected) != undoReject-1 || d.Span(tgt.ID) != tgt || projected(d, spans[c.reject]) != tgt {
				t.Fatalf("undo of the rejection: rejections %+v, span back %v", d.Rejected, d.Span(tgt.ID) != nil)
			}
			e.Redo()
			if len(d.Rejected) != 1 || d.Span(tgt.ID) != nil {
				t.Fatalf("redo of the rejection: rejections %+v", d.Rejected)
			}
		})
	}
}

// TestRejectedPlaceOtherLabel checks that a rejection blocks only its own label at its place.
func TestRejectedPlaceOtherLabel(t *testing.T) {
	d, spans := small(t, "Le président Lavrov est arrivé.", []string{"President Lavrov arrived."},
		[2]string{"PER", "Lavrov"})
	e := annotate.NewEditor(d)
	if _, err := project.Segment(e, "s1", project.Options{}); err != nil {
		t.Fatal(err)
	}
	tgt := projected(d, spans[0])
	if tgt == nil {
		t.Fatal("Lavrov not projected")
	}
	if err := e.Reject(tgt.ID); err != nil {
		t.Fatal(err)
	}
	// The same source range tagged ORG: a different suggestion, which projection may make.
	org := &annotate.Span{Side: annotate.Source, Start: spans[0].Start, End: spans[0].End, Label: annotate.LabelORG}
	if err := e.AddSpan(org); err != nil {
		t.Fatal(err)
	}
	if _, err := project.Segment(e, "s1", project.Options{}); err != nil {
		t.Fatal(err)
	}
	if p := projected(d, org); p == nil || d.SpanText(p) != "Lavrov" || p.Label != annotate.LabelORG {
		t.Fatalf("ORG at the rejected PER place not projected: %+v", p)
	}
	if p := projected(d, spans[0]); p != nil {
		t.Fatalf("rejected PER projected again: %s", d.Describe(p))
	}
}
