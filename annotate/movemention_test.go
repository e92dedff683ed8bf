package annotate

import (
	"strings"
	"testing"
)

// TestMoveMentionSplitsOffWithItsEnglish: the first French "Washington" (the city in entityDoc, its
// English projected from it) moved to an entity of its own takes its English suggestion along; the
// second stays in e1, which keeps it; one undo step puts all back. Moved back into e1, both return
// and the new entity goes with its last mention.
func TestMoveMentionSplitsOffWithItsEnglish(t *testing.T) {
	d, e, fr, en := linkedWashington(t)
	w2 := spanAt(t, d, Source, "Washington", 2)
	before, _ := Marshal(d)
	to, err := e.MoveMention(fr.ID, "")
	must(t, err)
	if d.EntityOf(fr.ID) != to || to.ID == "e1" || to.Names["fr"] != "Washington" || to.Type != LabelLOC {
		t.Fatalf("French mention in %+v, want a new LOC entity named Washington", d.EntityOf(fr.ID))
	}
	if d.EntityOf(en.ID) != to {
		t.Errorf("the English suggestion projected from it stayed in %+v", d.EntityOf(en.ID))
	}
	if old := d.Entity("e1"); old == nil || len(old.Mentions) != 1 || old.Mentions[0] != w2.ID {
		t.Errorf("e1 = %+v, want the second Washington alone", old)
	}
	agreeing(t, d, "split off")
	undoesInOneStep(t, d, e, before)

	back, err := e.MoveMention(fr.ID, "e1")
	must(t, err)
	if back.ID != "e1" || d.EntityOf(en.ID) != back || d.Entity(to.ID) != nil {
		t.Errorf("moved back: French in %v, English in %v, new entity still there: %v", back.ID, d.EntityOf(en.ID).ID, d.Entity(to.ID) != nil)
	}
	agreeing(t, d, "moved back")
}

// TestMoveMentionLeavesAConfirmedEnglish: an English mention a person confirmed stays in its entity,
// as a relabelling leaves it.
func TestMoveMentionLeavesAConfirmedEnglish(t *testing.T) {
	d, e, fr, en := linkedWashington(t)
	must(t, e.Accept(en.ID))
	to, err := e.MoveMention(fr.ID, "")
	must(t, err)
	if d.EntityOf(en.ID) == to || d.EntityOf(en.ID).ID != "e1" {
		t.Errorf("the confirmed English moved to %+v", d.EntityOf(en.ID))
	}
	agreeing(t, d, "split off, English confirmed")
}

// TestMoveMentionRefusesWhatIsNoMention: a quotation is no entity's mention, and an entity that does
// not exist is named.
func TestMoveMentionRefusesWhatIsNoMention(t *testing.T) {
	d, e, fr, _ := linkedWashington(t)
	q := &Span{Side: Source, Start: 0, End: len("Washington a répondu"), Label: LabelQuote}
	must(t, e.AddSpan(q))
	if _, err := e.MoveMention(q.ID, ""); err == nil || !strings.Contains(err.Error(), "not an entity mention") {
		t.Errorf("moving a quotation: %v, want a refusal", err)
	}
	if _, err := e.MoveMention(fr.ID, "e9"); err == nil || !strings.Contains(err.Error(), `"e9"`) {
		t.Errorf("moving into e9: %v, want a refusal naming it", err)
	}
	if d.EntityOf(fr.ID).ID != "e1" {
		t.Errorf("a refused move moved the mention to %s", d.EntityOf(fr.ID).ID)
	}
}
