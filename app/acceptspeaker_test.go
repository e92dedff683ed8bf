package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestAcceptConfirmsTheSuggestedSpeakerOfAConfirmedQuote (QA20): a quote whose bounds a person
// corrected is theirs, but its speaker stays a suggestion; the Quotes tab said "suggested speaker"
// while Accept was greyed, so the only way to confirm that speaker was to link it again. Accept is
// now offered for such a quote and confirms its speaker link and the speaker's mention.
func TestAcceptConfirmsTheSuggestedSpeakerOfAConfirmedQuote(t *testing.T) {
	d := testDoc(t)
	var quote, per *annotate.Span
	for _, sp := range d.Spans {
		switch sp.Label {
		case annotate.LabelQuote:
			quote = sp
		case annotate.LabelPER:
			per = sp
		}
	}
	ed := annotate.NewEditor(d)
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Auto, Confidence: 0.9}))
	quote.Origin, quote.Confidence = annotate.Human, 1 // as correcting its bounds leaves it
	ui, _ := newTestUI(t, d, false)
	ui.jumpToSpan(quote.ID) // a click in the Quotes tab
	ui.updateMenus()
	if ui.palette.accept.Disabled() || ui.palette.reject.Disabled() == false {
		t.Fatalf("confirmed quote with a suggested speaker: Accept disabled %v, Reject disabled %v; want Accept only",
			ui.palette.accept.Disabled(), ui.palette.reject.Disabled())
	}
	test.Tap(ui.palette.accept)
	l := ui.doc.LinkFrom(quote.ID, annotate.LinkSpeaker)
	if l == nil || l.Origin != annotate.Human || ui.doc.Span(per.ID).Origin != annotate.Human {
		t.Fatalf("after Accept: speaker link %+v, speaker mention %v; want both confirmed", l, ui.doc.Span(per.ID).Origin)
	}
	if !ui.palette.accept.Disabled() {
		t.Error("Accept still offered with nothing left to confirm")
	}
}
