package qa

import (
	"testing"

	"github.com/glose-app/glose/annotate"
)

// What curate left to settle is listed with its reason until the adjudicator settles it: a disputed
// suggestion until accepted, a confirmed quotation until its suggested speaker is.
func TestDisputedUntilSettled(t *testing.T) {
	td := newTagDoc(t, "« Non », a déclaré Zoé Müller à Genève.")
	loc := td.tag("LOC", "Genève", 1, false)
	q, zoe := td.tag("QUOTE", "« Non »", 1, false), td.tag("PER", "Zoé Müller", 1, false)
	sp := td.d.Span(loc)
	sp.Origin, sp.Note = annotate.Auto, annotate.DisputedNote+"alice: LOC; bob: ORG"
	td.d.Span(q).Note = annotate.DisputedNote + "speaker: alice “Zoé Müller”, bob none"
	if err := td.e.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: q, To: zoe, Origin: annotate.Auto, Confidence: 0.5}); err != nil {
		t.Fatal(err)
	}
	got := td.only(Disputed)
	if len(got) != 2 || got[0].Span != loc || got[1].Span != q || got[0].Args["views"] != "alice: LOC; bob: ORG" || got[0].Args["words"] != "Genève" {
		t.Fatalf("issues %q; want the quotation's speaker and Genève, with their reasons", messages(got))
	}
	if err := td.e.Accept(loc); err != nil {
		t.Fatal(err)
	}
	if err := td.e.SetSpeaker(q, zoe); err != nil {
		t.Fatal(err)
	}
	if got := td.only(Disputed); len(got) != 0 {
		t.Errorf("settled, still %q", messages(got))
	}
}
