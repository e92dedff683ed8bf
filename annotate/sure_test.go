package annotate

import "testing"

func TestAcceptSure(t *testing.T) {
	d := testDoc(t) // three suggestions at 0.8: the quote (with its speaker link), the person, the emoji
	e := NewEditor(d)
	var quote *Span
	for _, sp := range d.Spans {
		if sp.Label == LabelQuote {
			quote = sp
		}
	}
	if quote == nil {
		t.Fatal("no quote in the test document")
	}
	quote.Confidence = 0.95
	before := len(d.Pending())
	n, err := e.AcceptSure(0.9)
	if err != nil {
		t.Fatal(err)
	}
	// The quote's speaker, a suggestion of 0.8, is confirmed with the quote's speaker link.
	if n != 1 || d.Span(quote.ID).Origin != Human || len(d.Pending()) != before-2 {
		t.Fatalf("AcceptSure(0.9) confirmed %d, quote %s, %d pending (want 1, human, %d)", n, d.Span(quote.ID).Origin, len(d.Pending()), before-2)
	}
	l := d.LinkFrom(quote.ID, LinkSpeaker)
	if l == nil || l.Origin != Human {
		t.Errorf("the sure quote's speaker link was not confirmed with it: %+v", l)
	} else if sp := d.Span(l.To); sp.Origin != Human {
		t.Errorf("the sure quote's speaker mention is still %s", sp.Origin)
	}
	if !e.Undo() || d.Span(quote.ID).Origin != Auto || len(d.Pending()) != before {
		t.Error("one undo did not bring the suggestions back")
	}
	if n, _ := e.AcceptSure(0.99); n != 0 || len(d.Pending()) != before {
		t.Errorf("nothing is that sure, yet %d were confirmed", n)
	}
}

// TestSetSpeakerConfirmsTheQuote links a suggested quotation's speaker by hand: the quotation becomes
// a person's with the link, and one undo brings back both the suggestion and pre-annotation's speaker.
func TestSetSpeakerConfirmsTheQuote(t *testing.T) {
	d := testDoc(t) // the quote is a suggestion, its speaker link too
	e := NewEditor(d)
	var quote, per *Span
	for _, sp := range d.Spans {
		switch {
		case sp.Label == LabelQuote:
			quote = sp
		case sp.Label == LabelPER && sp.Side == Source:
			per = sp
		}
	}
	old := d.LinkFrom(quote.ID, LinkSpeaker)
	if quote.Origin != Auto || old == nil || old.Origin != Auto {
		t.Fatalf("test document: quote %s, speaker link %+v; want both auto", quote.Origin, old)
	}
	pending := len(d.Pending())
	if err := e.SetSpeaker(quote.ID, per.ID); err != nil {
		t.Fatal(err)
	}
	l := d.LinkFrom(quote.ID, LinkSpeaker)
	// The quote and the speaker's mention are confirmed (TestSetSpeakerConfirmsTheSpeakerMention; the
	// cue is a person's here).
	if l == nil || l.Origin != Human || quote.Origin != Human || len(d.Pending()) != pending-2 {
		t.Fatalf("after linking by hand: link %+v, quote %s, %d pending (want human, human, %d)", l, quote.Origin, len(d.Pending()), pending-2)
	}
	if cue := d.LinkFrom(quote.ID, LinkCue); cue == nil {
		t.Error("linking the speaker dropped the cue link")
	}
	if !e.Undo() {
		t.Fatal("nothing to undo")
	}
	if l := d.LinkFrom(quote.ID, LinkSpeaker); quote.Origin != Auto || l != old || len(d.Pending()) != pending {
		t.Errorf("one undo: quote %s, speaker link %+v (want auto and %+v), %d pending", quote.Origin, l, old, len(d.Pending()))
	}
	// A confirmed quote stays confirmed, and relinking it is still one step.
	if err := e.Accept(quote.ID); err != nil {
		t.Fatal(err)
	}
	if err := e.SetSpeaker(quote.ID, per.ID); err != nil {
		t.Fatal(err)
	}
	if e.Undo(); quote.Origin != Human {
		t.Errorf("undoing a relink unconfirmed an accepted quote")
	}
}
