package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestQuotesTabShowsWhatIsLeftToConfirm: a confirmed quotation whose cue verb is still a suggestion
// (as linking its speaker by hand left it before) says "cue to confirm" in the Quotes tab and is
// counted over the list; linking a suggested quotation's speaker by hand confirms its cue too, so
// nothing is left to confirm, and one undo brings all of it back.
func TestQuotesTabShowsWhatIsLeftToConfirm(t *testing.T) {
	d, quotes := reviewDoc(t)
	ed := annotate.NewEditor(d)
	text := d.Text
	a := strings.Index(text, "a-t-il dit")
	cue := &annotate.Span{Side: annotate.Source, Start: a, End: a + len("a-t-il dit"), Label: annotate.LabelCue, Origin: annotate.Auto, Confidence: 0.8}
	must(t, ed.AddSpan(cue))
	must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkCue, From: quotes[0], To: cue.ID, Origin: annotate.Auto, Confidence: 0.8}))
	ui, _ := newTestUI(t, d, false)
	p := shownQuotes(t, ui)
	if _, _, _, note, _ := quoteRow(p, 0); note != "cue to confirm" {
		t.Errorf("the confirmed quote with a suggested cue says %q", note)
	}
	if got := p.summary.Text; !strings.HasSuffix(got, " · 1 with something to confirm") {
		t.Errorf("summary %q", got)
	}

	// A suggested quotation whose speaker the user links by hand.
	q := d.Span(quotes[0])
	q.Origin = annotate.Auto
	speaker := d.LinkFrom(q.ID, annotate.LinkSpeaker)
	must(t, ui.ed.SetSpeaker(q.ID, speaker.To))
	p.refresh()
	if _, _, _, note, _ := quoteRow(p, 0); note != "" || cue.Origin != annotate.Human {
		t.Errorf("after linking the speaker by hand: note %q, cue %s; want none and human", note, cue.Origin)
	}
	if strings.Contains(p.summary.Text, "to confirm") {
		t.Errorf("summary %q still counts something to confirm", p.summary.Text)
	}
	ui.ed.Undo()
	p.refresh()
	if _, _, _, note, _ := quoteRow(p, 0); !strings.HasPrefix(note, "suggestion") {
		t.Errorf("after undo the quote says %q, want a suggestion again", note)
	}
}
