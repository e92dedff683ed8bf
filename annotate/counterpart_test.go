package annotate

import "testing"

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
