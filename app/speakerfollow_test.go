package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestCorrectedSpeakerFollowsTheParagraph: pre-annotation gave the three quotations of a paragraph
// the wrong speaker "France"; the analyst links the first to "le secrétaire général", and the other
// two of that paragraph whose speaker was that same suggestion follow, still as suggestions, in the
// same undo step. A quotation of another paragraph, and one whose speaker a person confirmed, keep
// theirs.
func TestCorrectedSpeakerFollowsTheParagraph(t *testing.T) {
	p1 := "La Conférence des évêques de France a réagi 😀 : le secrétaire général a dénoncé «\u00a0une honte\u00a0», «\u00a0un re\u0301cit faux\u00a0» et «\u00a0un mépris\u00a0», puis «\u00a0assez\u00a0»."
	p2 := "En France, «\u00a0rien\u00a0» a changé."
	text := p1 + "\n\n" + p2
	d := annotate.NewDocument("cef", "CEF", text, "fr", "en")
	d.AddSegment(0, len(p1), 0, annotate.KindSentence)
	d.AddSegment(len(p1)+2, len(text), 1, annotate.KindSentence)
	ed := annotate.NewEditor(d)
	span := func(s string, from int, label string) *annotate.Span {
		i := from + strings.Index(text[from:], s)
		sp := &annotate.Span{Side: annotate.Source, Start: i, End: i + len(s), Label: label, Origin: annotate.Auto, Confidence: 0.7}
		must(t, ed.AddSpan(sp))
		return sp
	}
	france := span("France", 0, annotate.LabelORG)
	sg := span("le secrétaire général", 0, annotate.LabelPER)
	q1 := span("«\u00a0une honte\u00a0»", 0, annotate.LabelQuote)
	q2 := span("«\u00a0un re\u0301cit faux\u00a0»", 0, annotate.LabelQuote)
	q3 := span("«\u00a0un mépris\u00a0»", 0, annotate.LabelQuote)
	q5 := span("«\u00a0assez\u00a0»", 0, annotate.LabelQuote)
	q4 := span("«\u00a0rien\u00a0»", len(p1), annotate.LabelQuote)
	for _, q := range []*annotate.Span{q1, q2, q3, q4, q5} {
		origin := annotate.Auto
		if q == q5 {
			origin = annotate.Human
		}
		must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: q.ID, To: france.ID, Origin: origin, Confidence: 0.6}))
	}
	ui, _ := newTestUI(t, d, false)
	n := len(d.Links)

	must(t, ui.linkSpeaker(q1.ID, sg.ID))
	speaker := func(q *annotate.Span) *annotate.Link { return d.LinkFrom(q.ID, annotate.LinkSpeaker) }
	if l := speaker(q1); l == nil || l.To != sg.ID || l.Origin != annotate.Human {
		t.Fatalf("the corrected quotation's speaker %+v", l)
	}
	for _, q := range []*annotate.Span{q2, q3} {
		if l := speaker(q); l == nil || l.To != sg.ID || l.Origin != annotate.Auto {
			t.Errorf("%q: speaker %+v, want the suggestion le secrétaire général", d.SpanText(q), l)
		}
	}
	for _, q := range []*annotate.Span{q4, q5} {
		if l := speaker(q); l == nil || l.To != france.ID {
			t.Errorf("%q: speaker %+v, want France still", d.SpanText(q), l)
		}
	}
	if !strings.Contains(ui.status.Text, "suggested too for the 2 other quotations of the paragraph") {
		t.Errorf("status %q", ui.status.Text)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	for _, q := range []*annotate.Span{q1, q2, q3, q4, q5} {
		if l := speaker(q); l == nil || l.To != france.ID {
			t.Errorf("after one undo, %q: speaker %+v, want France", d.SpanText(q), l)
		}
	}
	if len(d.Links) != n {
		t.Errorf("after one undo %d links, want %d", len(d.Links), n)
	}
}
