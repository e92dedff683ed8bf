package annotate

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// namer proposes English names as a small table does, "" for a name it does not know.
func namer(names map[string]string) Namer {
	return func(name, typ string) string { return names[name] }
}

var testNamer = namer(map[string]string{"Poutine": "Putin", "Vladimir Poutine": "Vladimir Putin"})

// putinDoc is a document with one PER entity, named "Poutine" in French and "Putin" in English, the
// English proposed (proposed true) or a person's.
func putinDoc(t *testing.T, proposed bool) (*Document, *Editor, *Entity) {
	t.Helper()
	text := "Poutine a parlé."
	d := NewDocument("p", "", text, "fr", "en")
	d.AddSegment(0, len(text), 0, KindSentence)
	e := NewEditor(d)
	sp := &Span{Side: Source, Start: 0, End: 7, Label: LabelPER, Origin: Auto, Confidence: 0.9}
	must(t, e.AddSpan(sp))
	ent := &Entity{ID: "e1", Type: LabelPER, Names: map[string]string{"fr": "Poutine", "en": "Putin"}, Mentions: []string{sp.ID}}
	if proposed {
		ent.Proposed = []string{"en"}
	}
	must(t, e.AddEntity(ent))
	return d, NewEditor(d), ent
}

// TestRenameFollowingProposedEnglish: renaming the French of an entity whose English was proposed
// from it proposes the English anew, in one undo step that undo and redo take back and bring back whole.
func TestRenameFollowingProposedEnglish(t *testing.T) {
	_, ed, ent := putinDoc(t, true)
	must(t, ed.RenameFollowing("e1", "fr", "Vladimir Poutine", "en", testNamer))
	if ent.Names["fr"] != "Vladimir Poutine" || ent.Names["en"] != "Vladimir Putin" || !ent.IsProposed("en") {
		t.Fatalf("after rename: names %v, proposed %v", ent.Names, ent.Proposed)
	}
	if ed.UndoName() != stepRename {
		t.Errorf("undo step %q, want %q", ed.UndoName(), stepRename)
	}
	if !ed.Undo() {
		t.Fatal("nothing to undo")
	}
	if ent.Names["fr"] != "Poutine" || ent.Names["en"] != "Putin" || !ent.IsProposed("en") {
		t.Errorf("one undo: names %v, proposed %v, want Poutine / Putin proposed", ent.Names, ent.Proposed)
	}
	if !ed.Redo() {
		t.Fatal("nothing to redo")
	}
	if ent.Names["en"] != "Vladimir Putin" {
		t.Errorf("redo: names %v", ent.Names)
	}
}

// TestRenameFollowingKeepsPersonsEnglish: an English name a person set, or confirmed by setting it as
// it was proposed, stays when the French is renamed.
func TestRenameFollowingKeepsPersonsEnglish(t *testing.T) {
	_, ed, ent := putinDoc(t, false)
	must(t, ed.RenameFollowing("e1", "fr", "Vladimir Poutine", "en", testNamer))
	if ent.Names["en"] != "Putin" {
		t.Errorf("a person's English became %q", ent.Names["en"])
	}
	_, ed, ent = putinDoc(t, true)
	must(t, ed.RenameEntity("e1", "en", "Putin")) // confirmed as it reads
	if ent.IsProposed("en") {
		t.Fatal("an English name set as proposed is still a proposal")
	}
	must(t, ed.RenameFollowing("e1", "fr", "Vladimir Poutine", "en", testNamer))
	if ent.Names["en"] != "Putin" {
		t.Errorf("a confirmed English became %q", ent.Names["en"])
	}
}

// TestRenameFollowingDropsStaleProposal: when no English is known for the new French name, the one
// proposed for the old goes rather than stay on a spelling the entity no longer has.
func TestRenameFollowingDropsStaleProposal(t *testing.T) {
	_, ed, ent := putinDoc(t, true)
	must(t, ed.RenameFollowing("e1", "fr", "Le président russe", "en", testNamer))
	if en, ok := ent.Names["en"]; ok || len(ent.Proposed) != 0 {
		t.Errorf("English %q kept (proposed %v)", en, ent.Proposed)
	}
}

// TestProposedSurvivesFileAndMerge: the proposed English is written to the file and read back, is
// absent from a file whose names are all a person's, and comes along when a merge fills keep's names.
func TestProposedSurvivesFileAndMerge(t *testing.T) {
	d, _, _ := putinDoc(t, true)
	var buf bytes.Buffer
	must(t, Encode(&buf, d))
	if !strings.Contains(buf.String(), `"proposed": [`) {
		t.Fatalf("no proposed names in the file:\n%s", buf.String())
	}
	back, err := Decode(&buf, "p.json")
	must(t, err)
	if !back.Entity("e1").IsProposed("en") {
		t.Errorf("read back: proposed %v", back.Entity("e1").Proposed)
	}
	d, _, _ = putinDoc(t, false)
	buf.Reset()
	must(t, Encode(&buf, d))
	if strings.Contains(buf.String(), "proposed") {
		t.Errorf("proposed written for a person's names")
	}

	d, ed, ent := putinDoc(t, true)
	sp := &Span{Side: Source, Start: 10, End: 16, Label: LabelPER, Origin: Auto, Confidence: 0.9}
	must(t, ed.AddSpan(sp))
	must(t, ed.AddEntity(&Entity{ID: "e2", Type: LabelPER, Names: map[string]string{"fr": "Poutine"}, Mentions: []string{sp.ID}}))
	must(t, ed.MergeEntities("e2", "e1"))
	if keep := d.Entity("e2"); keep.Names["en"] != "Putin" || !slices.Contains(keep.Proposed, "en") {
		t.Errorf("merged: names %v, proposed %v (dropped %v)", keep.Names, keep.Proposed, ent.Proposed)
	}
}
