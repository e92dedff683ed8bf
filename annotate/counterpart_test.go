package annotate

import (
	"strings"
	"testing"
)

// TestRelabelTakesTheSuggestedEnglishAlong: "Washington a répondu", projected as the English
// "Washington answered", relabelled ORG while the second French Washington stays LOC: the English
// mention projection linked to it follows into the new ORG entity and reads ORG, still a suggestion,
// in the same undo step; the other French mention stays LOC.
func TestRelabelTakesTheSuggestedEnglishAlong(t *testing.T) {
	d, e := entityDoc(t)
	w1, w2 := spanAt(t, d, Source, "Washington", 1), spanAt(t, d, Source, "Washington", 2)
	wEN := spanAt(t, d, Target, "Washington", 1)
	must(t, NewEditor(d).AddLink(&Link{Type: LinkTranslation, From: w1.ID, To: wEN.ID, Origin: Auto}))
	before, _ := Marshal(d)
	must(t, e.Relabel(w1.ID, LabelORG))
	org := d.EntityOf(w1.ID)
	if wEN.Label != LabelORG || d.EntityOf(wEN.ID) != org || wEN.Origin != Auto {
		t.Fatalf("English mention %s %s in %+v, want ORG, a suggestion, in %+v", wEN.Label, wEN.Origin, d.EntityOf(wEN.ID), org)
	}
	if w2.Label != LabelLOC || d.EntityOf(w2.ID) == org {
		t.Errorf("the other French mention became %s", w2.Label)
	}
	agreeing(t, d, "relabelled with its English")
	undoesInOneStep(t, d, e, before)
}

// TestRelabelLeavesAConfirmedEnglishMention: an English mention a person confirmed keeps its label.
func TestRelabelLeavesAConfirmedEnglishMention(t *testing.T) {
	d, e := entityDoc(t)
	w1, wEN := spanAt(t, d, Source, "Washington", 1), spanAt(t, d, Target, "Washington", 1)
	must(t, NewEditor(d).AddLink(&Link{Type: LinkTranslation, From: w1.ID, To: wEN.ID, Origin: Auto}))
	must(t, e.Accept(wEN.ID))
	must(t, e.Relabel(w1.ID, LabelORG))
	if wEN.Label != LabelLOC || d.EntityOf(wEN.ID) != d.Entity("e1") {
		t.Fatalf("confirmed English mention became %s", wEN.Label)
	}
	agreeing(t, d, "relabelled, English confirmed")
}

// linkedWashington is entityDoc with the first French "Washington" projected onto the English one: a
// suggested translation link.
func linkedWashington(t *testing.T) (d *Document, e *Editor, fr, en *Span) {
	t.Helper()
	d, e = entityDoc(t)
	fr, en = spanAt(t, d, Source, "Washington", 1), spanAt(t, d, Target, "Washington", 1)
	must(t, NewEditor(d).AddLink(&Link{Type: LinkTranslation, From: fr.ID, To: en.ID, Origin: Auto}))
	return d, e, fr, en
}

// TestRejectTakesTheProjectedEnglishAlong: rejecting the French "Washington" (no place here) removes
// the English suggestion projected from it, in the same undo step, so that no English tag is left
// linked to no French and filed in the entity; no rejection is recorded for the English, and one
// Undo brings both back with their link.
func TestRejectTakesTheProjectedEnglishAlong(t *testing.T) {
	d, e, fr, en := linkedWashington(t)
	before, _ := Marshal(d)
	must(t, e.Reject(fr.ID))
	if d.Span(en.ID) != nil {
		t.Fatalf("the English %q stayed after its French was rejected", d.SpanText(en))
	}
	if len(d.Rejected) != 1 || d.Rejected[0].Side != Source {
		t.Errorf("rejections %+v, want the French one only", d.Rejected)
	}
	agreeing(t, d, "rejected with its English")
	undoesInOneStep(t, d, e, before)
}

// TestRejectAllWithCounterparts: Reject all suggestions at once, the English among them after its
// French, is no error about the English gone already.
func TestRejectAllWithCounterparts(t *testing.T) {
	d, e, _, _ := linkedWashington(t)
	must(t, e.RejectAll())
	if n := len(d.Spans); n != 0 {
		t.Fatalf("%d spans left after rejecting all", n)
	}
	agreeing(t, d, "all rejected")
}

// TestRejectKeepsAnEnglishOfAPerson: an English mention a person confirmed, or one another French span
// is projected onto too, stays when the French is rejected; so does the French's entity's other
// English.
func TestRejectKeepsAnEnglishOfAPerson(t *testing.T) {
	for _, c := range []struct {
		what string
		prep func(e *Editor, d *Document, en *Span)
	}{
		{"confirmed", func(e *Editor, _ *Document, en *Span) { must(t, e.Accept(en.ID)) }},
		{"projected from another French span too", func(e *Editor, d *Document, en *Span) {
			must(t, e.AddLink(&Link{Type: LinkTranslation, From: spanAt(t, d, Source, "Washington", 2).ID, To: en.ID, Origin: Auto}))
		}},
		{"linked by hand", func(e *Editor, d *Document, en *Span) {
			must(t, e.AddLink(&Link{Type: LinkTranslation, From: spanAt(t, d, Source, "Washington", 2).ID, To: en.ID}))
		}},
	} {
		d, e, fr, en := linkedWashington(t)
		c.prep(e, d, en)
		must(t, e.Reject(fr.ID))
		if d.Span(en.ID) == nil {
			t.Errorf("%s: the English was removed with the French", c.what)
		}
		agreeing(t, d, c.what)
	}
}

// TestRemoveTagTakesTheProjectedEnglishAlong: deleting a French tag (a person's or a suggestion)
// removes the English suggestion projected from it and names it; RemoveSpan alone does not.
func TestRemoveTagTakesTheProjectedEnglishAlong(t *testing.T) {
	d, e, fr, en := linkedWashington(t)
	must(t, NewEditor(d).Accept(fr.ID)) // a tag of a person's, its link to the English confirmed with it
	before, _ := Marshal(d)
	gone, err := e.RemoveTag(fr.ID)
	must(t, err)
	if len(gone) != 1 || gone[0] != en.ID || d.Span(en.ID) != nil {
		t.Fatalf("removed along %v, English span left: %v", gone, d.Span(en.ID) != nil)
	}
	agreeing(t, d, "removed with its English")
	undoesInOneStep(t, d, e, before)

	d, e, fr, en = linkedWashington(t)
	must(t, e.RemoveSpan(fr.ID))
	if d.Span(en.ID) == nil {
		t.Fatal("RemoveSpan removed the English too")
	}
}

// twoSpeakers is "« Non », a dit Lavrov devant Merkel." translated "“No,” said Lavrov in front of
// Merkel.", both names and the quotation linked to their English, the quotation given to Lavrov on
// both sides as projection gives it.
func twoSpeakers(t *testing.T) (d *Document, e *Editor, sp map[string]*Span) {
	t.Helper()
	text := "« Non », a dit Lavrov devant Merkel."
	d = NewDocument("sp", "", text, "fr", "en")
	d.AddSegment(0, len(text), 0, KindSentence)
	d.Segments[0].Target = "“No,” said Lavrov in front of Merkel."
	e = NewEditor(d)
	sp = map[string]*Span{}
	add := func(key string, side Side, s, label string) {
		in := text
		if side == Target {
			in = d.Segments[0].Target
		}
		at := strings.Index(in, s)
		x := &Span{Side: side, Start: at, End: at + len(s), Label: label, Origin: Auto, Confidence: 0.9}
		if side == Target {
			x.Segment = "s1"
		}
		must(t, e.AddSpan(x))
		sp[key] = x
	}
	add("q", Source, "« Non »", LabelQuote)
	add("lavrov", Source, "Lavrov", LabelPER)
	add("merkel", Source, "Merkel", LabelPER)
	add("qEN", Target, "“No,”", LabelQuote)
	add("lavrovEN", Target, "Lavrov", LabelPER)
	add("merkelEN", Target, "Merkel", LabelPER)
	for _, l := range [][3]string{{LinkTranslation, "q", "qEN"}, {LinkTranslation, "lavrov", "lavrovEN"},
		{LinkTranslation, "merkel", "merkelEN"}, {LinkSpeaker, "q", "lavrov"}, {LinkSpeaker, "qEN", "lavrovEN"}} {
		must(t, e.AddLink(&Link{Type: l[0], From: sp[l[1]].ID, To: sp[l[2]].ID, Origin: Auto, Confidence: 0.8}))
	}
	return d, NewEditor(d), sp
}

// TestSpeakerFollowsInTheEnglish: giving the French quotation another speaker gives its English
// quotation that speaker's English mention, in the same undo step, where it stayed said by the old
// one; an English speaker a person chose elsewhere stays; with no English for the new speaker, the
// old English speaker goes.
func TestSpeakerFollowsInTheEnglish(t *testing.T) {
	d, e, sp := twoSpeakers(t)
	before, _ := Marshal(d)
	must(t, e.SetSpeaker(sp["q"].ID, sp["merkel"].ID))
	if l := d.LinkFrom(sp["qEN"].ID, LinkSpeaker); l == nil || l.To != sp["merkelEN"].ID {
		t.Fatalf("the English quotation's speaker is %+v, want the English Merkel", l)
	}
	if n := len(d.LinksOf(sp["lavrovEN"].ID)); n != 1 {
		t.Errorf("the English Lavrov has %d links, want its translation link only", n)
	}
	agreeing(t, d, "speaker followed")
	undoesInOneStep(t, d, e, before)

	d, e, sp = twoSpeakers(t)
	mine := &Span{Side: Target, Segment: "s1", Start: strings.Index(d.Segments[0].Target, "front"), Label: LabelPER}
	mine.End = mine.Start + len("front")
	must(t, e.AddSpan(mine))
	must(t, e.SetSpeaker(sp["qEN"].ID, mine.ID)) // a person's choice in the English
	must(t, e.SetSpeaker(sp["q"].ID, sp["merkel"].ID))
	if l := d.LinkFrom(sp["qEN"].ID, LinkSpeaker); l == nil || l.To != mine.ID {
		t.Errorf("the English speaker a person chose became %+v", l)
	}

	d, e, sp = twoSpeakers(t)
	must(t, e.Reject(sp["merkelEN"].ID))
	must(t, e.SetSpeaker(sp["q"].ID, sp["merkel"].ID))
	if l := d.LinkFrom(sp["qEN"].ID, LinkSpeaker); l != nil {
		t.Errorf("the English quotation is still said by %q", d.SpanText(d.Span(l.To)))
	}
	agreeing(t, d, "no English for the new speaker")
}

// TestRemoveSpeakerInTheEnglishToo: "(no speaker)" on the French quotation takes the English one's
// speaker that followed it, in one undo step.
func TestRemoveSpeakerInTheEnglishToo(t *testing.T) {
	d, e, sp := twoSpeakers(t)
	before, _ := Marshal(d)
	must(t, e.RemoveSpeaker(sp["q"].ID))
	if d.LinkFrom(sp["q"].ID, LinkSpeaker) != nil || d.LinkFrom(sp["qEN"].ID, LinkSpeaker) != nil {
		t.Fatal("a speaker link is left")
	}
	undoesInOneStep(t, d, e, before)
}
