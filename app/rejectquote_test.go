package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestRejectQuoteTakesItsVerbAndPronoun: r on a false quotation rejects, in the same undo step, its
// suggested verb and pronoun speaker, which stood for it alone and which the analyst had to reject
// one by one after it; the status line names them, and one Ctrl+Z brings the three back.
func TestRejectQuoteTakesItsVerbAndPronoun(t *testing.T) {
	text := "Il parle d'une « crise 😀 » passagère, a-t-il dit. Le maire de Lyon e\u0301tait là."
	d := annotate.NewDocument("rq", "Rq", annotate.NFC(text), "fr", "en")
	d.AddSegment(0, len(d.Text), 0, annotate.KindSentence)
	ui, _ := newTestUI(t, d, false)
	add := func(s, label string, mention annotate.MentionKind) *annotate.Span {
		i := strings.LastIndex(d.Text, s)
		sp := &annotate.Span{Side: annotate.Source, Start: i, End: i + len(s), Label: label, Origin: annotate.Auto, Confidence: 0.6, Mention: mention}
		must(t, ui.ed.AddSpan(sp))
		return sp
	}
	q := add("« crise 😀 »", annotate.LabelQuote, "")
	cue := add("dit", annotate.LabelCue, "")
	il := add("il", annotate.LabelPER, annotate.MentionPronoun)
	lyon := add("Lyon", annotate.LabelLOC, "")
	must(t, ui.ed.AddLink(&annotate.Link{Type: annotate.LinkCue, From: q.ID, To: cue.ID, Origin: annotate.Auto, Confidence: 0.6}))
	must(t, ui.ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: q.ID, To: il.ID, Origin: annotate.Auto, Confidence: 0.6}))
	ui.selectSpan(q.ID)
	must(t, ui.rejectSelected())
	for _, sp := range []*annotate.Span{q, cue, il} {
		if d.Span(sp.ID) != nil {
			t.Errorf("%s still there after r on the quotation", d.Describe(sp))
		}
	}
	if d.Span(lyon.ID) == nil || len(d.Rejected) != 3 {
		t.Errorf("Lyon kept %v, rejections %d; want Lyon kept and three rejections", d.Span(lyon.ID) != nil, len(d.Rejected))
	}
	if want := "Rejected QUOTE « crise 😀 », and with it CUE “dit”, PER “il”"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if d.Span(q.ID) == nil || d.Span(cue.ID) == nil || d.Span(il.ID) == nil || len(d.Rejected) != 0 || len(d.Links) != 2 {
		t.Errorf("one Ctrl+Z: %d spans, %d links, %d rejections; want the three spans, two links, none", len(d.Spans), len(d.Links), len(d.Rejected))
	}
}
