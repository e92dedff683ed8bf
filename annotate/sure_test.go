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
	if n != 1 || d.Span(quote.ID).Origin != Human || len(d.Pending()) != before-1 {
		t.Fatalf("AcceptSure(0.9) confirmed %d, quote %s, %d pending (want 1, human, %d)", n, d.Span(quote.ID).Origin, len(d.Pending()), before-1)
	}
	if l := d.LinkFrom(quote.ID, LinkSpeaker); l == nil || l.Origin != Human {
		t.Errorf("the sure quote's speaker link was not confirmed with it: %+v", l)
	}
	if !e.Undo() || d.Span(quote.ID).Origin != Auto || len(d.Pending()) != before {
		t.Error("one undo did not bring the suggestions back")
	}
	if n, _ := e.AcceptSure(0.99); n != 0 || len(d.Pending()) != before {
		t.Errorf("nothing is that sure, yet %d were confirmed", n)
	}
}
