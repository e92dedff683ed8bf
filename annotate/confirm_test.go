package annotate

import "testing"

// quoteParts returns testDoc's quotation, its speaker's mention and its reporting verb, all three made
// suggestions again, as pre-annotation leaves them.
func quoteParts(t *testing.T, d *Document) (quote, per, cue *Span) {
	t.Helper()
	for _, sp := range d.Spans {
		switch {
		case sp.Label == LabelQuote:
			quote = sp
		case sp.Label == LabelPER && sp.Side == Source:
			per = sp
		case sp.Label == LabelCue:
			cue = sp
		}
	}
	if quote == nil || per == nil || cue == nil {
		t.Fatal("the test document lacks its quotation, speaker or cue")
	}
	for _, sp := range []*Span{quote, per, cue} {
		sp.Origin = Auto
	}
	for _, l := range d.LinksOf(quote.ID) {
		l.Origin = Auto
	}
	return quote, per, cue
}

// TestAcceptConfirmsWhatTheQuoteLinksTo: accepting a quotation confirms its speaker and cue links,
// and with them the mentions they point to: who said it is part of the judgement, and a confirmed-only
// export would otherwise lose the speaker with its mention. One undo takes all of it back.
func TestAcceptConfirmsWhatTheQuoteLinksTo(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	quote, per, cue := quoteParts(t, d)
	pending := len(d.Pending())
	if err := e.Accept(quote.ID); err != nil {
		t.Fatal(err)
	}
	for _, sp := range []*Span{quote, per, cue} {
		if sp.Origin != Human {
			t.Errorf("after accepting the quote, %s %q is %s, want human", sp.Label, d.SpanText(sp), sp.Origin)
		}
	}
	for _, typ := range []string{LinkSpeaker, LinkCue} {
		if l := d.LinkFrom(quote.ID, typ); l == nil || l.Origin != Human {
			t.Errorf("the %s link after accepting the quote: %+v, want human", typ, l)
		}
	}
	if got := len(d.Pending()); got != pending-3 {
		t.Errorf("%d suggestions left, want %d", got, pending-3)
	}
	if !e.Undo() {
		t.Fatal("nothing to undo")
	}
	for _, sp := range []*Span{quote, per, cue} {
		if sp.Origin != Auto {
			t.Errorf("after one undo, %s %q is %s, want auto", sp.Label, d.SpanText(sp), sp.Origin)
		}
	}
	if e.CanUndo() {
		t.Errorf("accepting took more than one undo step: %q is left to undo", e.UndoName())
	}

	// Accepting the speaker's mention alone says nothing about the quotation.
	if err := e.Accept(per.ID); err != nil {
		t.Fatal(err)
	}
	if quote.Origin != Auto || cue.Origin != Auto {
		t.Errorf("accepting the speaker confirmed the quote (%s) or the cue (%s)", quote.Origin, cue.Origin)
	}
}

// TestSetSpeakerConfirmsTheSpeakerMention: naming a quotation's speaker by hand confirms the mention
// chosen, and the quotation's cue verb and cue link (left suggestions, the confirmed quote's cue fell
// out of a confirmed-only export, and nothing offered it for review again), in the same undo step as
// the link.
func TestSetSpeakerConfirmsTheSpeakerMention(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	quote, per, cue := quoteParts(t, d)
	if err := e.SetSpeaker(quote.ID, per.ID); err != nil {
		t.Fatal(err)
	}
	if quote.Origin != Human || per.Origin != Human {
		t.Errorf("after linking the speaker: quote %s, speaker %s; want both human", quote.Origin, per.Origin)
	}
	cueLink := d.LinkFrom(quote.ID, LinkCue)
	if cue.Origin != Human || cueLink == nil || cueLink.Origin != Human {
		t.Errorf("after linking the speaker: cue %s, cue link %+v; want both human", cue.Origin, cueLink)
	}
	if !e.Undo() {
		t.Fatal("nothing to undo")
	}
	if quote.Origin != Auto || per.Origin != Auto || cue.Origin != Auto || cueLink.Origin != Auto {
		t.Errorf("after one undo: quote %s, speaker %s, cue %s, cue link %s; want all auto", quote.Origin, per.Origin, cue.Origin, cueLink.Origin)
	}
}
