package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestTaggedNameTakesTheSuggestionsPlace: the analyst tags ORG a council's whole name over the
// suggested PER "le Conseil" (the speaker of its two quotations) and LOC "France" inside it; both
// suggestions are rejected in the same step, the quotations keep a suggested speaker, now the council's
// name, the status line says what was replaced, and one Ctrl+Z brings everything back. A confirmed
// name and a quotation it overlaps stay.
func TestTaggedNameTakesTheSuggestionsPlace(t *testing.T) {
	text := "Le Conseil représentatif des institutions juives de France (CRIF) a dénoncé «\u00a0une honte 😀\u00a0» et «\u00a0un re\u0301cit faux\u00a0»."
	council := "Conseil représentatif des institutions juives de France"
	d := annotate.NewDocument("crif", "CRIF", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	ed := annotate.NewEditor(d)
	span := func(s, label string, origin annotate.Origin) *annotate.Span {
		i := strings.Index(text, s)
		sp := &annotate.Span{Side: annotate.Source, Start: i, End: i + len(s), Label: label, Origin: origin, Confidence: 0.7}
		must(t, ed.AddSpan(sp))
		return sp
	}
	wrong := span("Le Conseil", annotate.LabelPER, annotate.Auto)
	france := span("France", annotate.LabelLOC, annotate.Auto)
	crif := span("CRIF", annotate.LabelORG, annotate.Human)
	q1 := span("«\u00a0une honte 😀\u00a0»", annotate.LabelQuote, annotate.Auto)
	q2 := span("«\u00a0un re\u0301cit faux\u00a0»", annotate.LabelQuote, annotate.Auto)
	for _, q := range []*annotate.Span{q1, q2} {
		must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: q.ID, To: wrong.ID, Origin: annotate.Auto, Confidence: 0.6}))
	}
	ui, _ := newTestUI(t, d, false)
	n, nl := len(d.Spans), len(d.Links)

	tagSource(t, ui, council, 'o')
	name := d.Span(ui.selSpan)
	if name == nil || d.SpanText(name) != council || name.Label != annotate.LabelORG {
		t.Fatalf("selected span %v, want ORG %q", name, council)
	}
	if d.Span(wrong.ID) != nil || d.Span(france.ID) != nil {
		t.Errorf("the suggestions the name overlaps are still there")
	}
	if d.Span(crif.ID) == nil || d.Span(q1.ID) == nil || d.Span(q2.ID) == nil {
		t.Errorf("a confirmed name or a quotation went")
	}
	for _, q := range []*annotate.Span{q1, q2} {
		l := d.LinkFrom(q.ID, annotate.LinkSpeaker)
		if l == nil || l.To != name.ID || l.Origin != annotate.Auto {
			t.Errorf("speaker of %q: %+v, want a suggested link to the council's name", d.SpanText(q), l)
		}
	}
	if !strings.Contains(ui.status.Text, "in place of the suggestion PER “Le Conseil”, LOC “France”") {
		t.Errorf("status %q does not say what the name replaced", ui.status.Text)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if len(d.Spans) != n || len(d.Links) != nl || d.Span(wrong.ID) == nil || d.LinkFrom(q1.ID, annotate.LinkSpeaker).To != wrong.ID {
		t.Errorf("one undo left %d spans and %d links (want %d and %d), or the suggestion's links", len(d.Spans), len(d.Links), n, nl)
	}
}
