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

// The notes curate adds for what reviewers did otherwise beyond the spans (a status, a name) are
// listed until deleted; a note of another category is not.
func TestDisputedNotesUntilDeleted(t *testing.T) {
	td := newTagDoc(t, "« Non », a déclaré Zoé Müller à Genève.")
	td.d.Notes = []annotate.Note{{Text: "Check the source", Glose: true},
		{Category: "curation", Glose: true, Text: "Names of PER “Zoé Müller” (e1): en alice “Zoé Müller”, bob “Zoe Muller” (“Zoé Müller” kept)"}}
	seg := td.d.Segments[0]
	seg.Notes = []annotate.Note{{Category: "curation", Glose: true, Text: "Statuses: alice reviewed, bob translated; translated kept"}}
	got := td.only(Disputed)
	if len(got) != 2 || got[0].Segment != "" || got[1].Segment != seg.ID || got[1].Args["note"] != seg.Notes[0].Text {
		t.Fatalf("issues %q; want the document's curation note and the segment's", messages(got))
	}
	td.d.Notes, seg.Notes = td.d.Notes[:1], nil
	if got := td.only(Disputed); len(got) != 0 {
		t.Errorf("notes deleted, still %q", messages(got))
	}
}
