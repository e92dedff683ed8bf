package annotate

import (
	"slices"
	"strings"
	"testing"
)

// TestQuoteCompanions: a false quotation's suggested verb and its suggested pronoun speaker stand for
// it alone; its speaker's name, a confirmed verb and a verb two quotations share do not.
func TestQuoteCompanions(t *testing.T) {
	text := "« C'est 😀 fini », a-t-il dit. « Ça e\u0301tait prévu », a déclaré Lavrov, « et voilà »."
	d := NewDocument("d", "", NFC(text), "fr", "en")
	d.AddSegment(0, len(d.Text), 0, KindSentence)
	e := NewEditor(d)
	add := func(s, label string, origin Origin, mention MentionKind, nth int) *Span {
		t.Helper()
		s = NFC(s)
		i := -1
		for range nth + 1 {
			i += 1 + strings.Index(d.Text[i+1:], s)
		}
		sp := &Span{Side: Source, Start: i, End: i + len(s), Label: label, Origin: origin, Confidence: 0.8, Mention: mention}
		if err := e.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
		return sp
	}
	link := func(typ string, from, to *Span) {
		t.Helper()
		if err := e.AddLink(&Link{Type: typ, From: from.ID, To: to.ID, Origin: Auto, Confidence: 0.7}); err != nil {
			t.Fatal(err)
		}
	}
	q1 := add("« C'est 😀 fini »", LabelQuote, Auto, "", 0)
	dit := add("dit", LabelCue, Auto, "", 0)
	il := add("il", LabelPER, Auto, MentionPronoun, 0)
	link(LinkCue, q1, dit)
	link(LinkSpeaker, q1, il)
	q2 := add("« Ça e\u0301tait prévu »", LabelQuote, Auto, "", 0)
	q3 := add("« et voilà »", LabelQuote, Auto, "", 0)
	declare := add("déclaré", LabelCue, Auto, "", 0)
	lavrov := add("Lavrov", LabelPER, Auto, "", 0)
	for _, q := range []*Span{q2, q3} {
		link(LinkCue, q, declare)
		link(LinkSpeaker, q, lavrov)
	}
	if got, want := d.QuoteCompanions(q1.ID), []string{dit.ID, il.ID}; !slices.Equal(got, want) {
		t.Errorf("companions of the first quotation: %v, want its verb and its pronoun %v", got, want)
	}
	if got := d.QuoteCompanions(q2.ID); len(got) != 0 {
		t.Errorf("companions of a quotation whose verb another shares and whose speaker is a name: %v, want none", got)
	}
	if err := e.Accept(dit.ID); err != nil {
		t.Fatal(err)
	}
	if got, want := d.QuoteCompanions(q1.ID), []string{il.ID}; !slices.Equal(got, want) {
		t.Errorf("after the verb is confirmed: %v, want the pronoun alone %v", got, want)
	}
	if got := d.QuoteCompanions(lavrov.ID); got != nil {
		t.Errorf("companions of a name: %v, want none", got)
	}
}
