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
