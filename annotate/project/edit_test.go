package project_test

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// TestFollowsEdits checks idempotence, undo, re-proposal after an edit removed a span, entities in
// both languages and the speaker of the English quotation.
func TestFollowsEdits(t *testing.T) {
	d, spans := small(t, "« C'est fini », a dit M. Lavrov à Moscou.", []string{"“It’s over,” Mr Lavrov said in Moscow."},
		[2]string{"QUOTE", "« C'est fini »"}, [2]string{"PER", "Lavrov"}, [2]string{"LOC", "Moscou"})
	quote, lavrov := spans[0], spans[1]
	e := annotate.NewEditor(d)
	if err := e.AddEntity(&annotate.Entity{Type: "PER", Names: map[string]string{"fr": "Sergueï Lavrov"}, Mentions: []string{lavrov.ID}}); err != nil {
		t.Fatal(err)
	}
	if err := e.SetSpeaker(quote.ID, lavrov.ID); err != nil {
		t.Fatal(err)
	}
	before := len(d.Spans)
	n, err := project.Segment(e, "s1", project.Options{})
	if err != nil || n != 3 {
		t.Fatalf("first projection: %d, %v", n, err)
	}
	if n, _ := project.Document(e, project.Options{}); n != 0 || len(d.Spans) != before+3 {
		t.Fatalf("second projection added %d (spans %d, want %d)", n, len(d.Spans), before+3)
	}
	ent := d.EntityOf(lavrov.ID)
	en := english(d, lavrov)
	if len(ent.Mentions) != 2 || ent.Names["en"] != "Lavrov" || len(en) != 1 {
		t.Fatalf("entity %+v, English %q", ent, en)
	}
	tq := d.Span(d.LinkFrom(quote.ID, annotate.LinkTranslation).To)
	if sl := d.LinkFrom(tq.ID, annotate.LinkSpeaker); sl == nil || d.SpanText(d.Span(sl.To)) != "Lavrov" {
		t.Fatalf("English quote has no speaker link to Lavrov: %+v", sl)
	}
	if moscow := d.EntityOf(spans[2].ID); moscow == nil || moscow.Names["en"] != "Moscow" || len(moscow.Mentions) != 2 {
		t.Fatalf("Moscou entity: %+v", moscow)
	}

	// The translator retypes the name: the span is swallowed, then re-proposed on the new text.
	seg := d.Segment("s1")
	a := strings.Index(seg.Target, "Mr Lavrov")
	if _, err := e.ReplaceTarget("s1", a, a+len("Mr Lavrov"), "Sergei Lavrov"); err != nil {
		t.Fatal(err)
	}
	if len(english(d, lavrov)) != 0 {
		t.Fatalf("the edit should have removed the English Lavrov")
	}
	if n, _ := project.Segment(e, "s1", project.Options{}); n != 1 {
		t.Fatalf("re-projection added %d, want 1", n)
	}
	if got := english(d, lavrov); len(got) != 1 || got[0] != "Lavrov" {
		t.Fatalf("re-projected %q", got)
	}
	// Undo the re-projection, the edit, then the first projection: back to the start.
	for range 3 {
		e.Undo()
	}
	if len(d.Spans) != before || len(ent.Mentions) != 1 || ent.Names["en"] != "" {
		t.Fatalf("after undo: %d spans (want %d), entity %+v", len(d.Spans), before, ent)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestProposeDoesNotChange(t *testing.T) {
	d, _ := small(t, "Il a vu Sergueï Lavrov.", []string{"He saw Sergei Lavrov."}, [2]string{"PER", "Sergueï Lavrov"})
	props, err := project.Propose(d, "s1", project.Options{})
	if err != nil || len(props) != 1 || len(d.Spans) != 1 {
		t.Fatalf("props %+v, err %v, spans %d", props, err, len(d.Spans))
	}
	if p := props[0]; d.Segment("s1").Target[p.Start:p.End] != "Sergei Lavrov" || p.Method != "similar" {
		t.Fatalf("proposal %+v", p)
	}
	if _, err := project.Propose(d, "s9", project.Options{}); err == nil {
		t.Fatal("no error for an unknown segment")
	}
}
