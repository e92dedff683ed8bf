package annotate

import (
	"slices"
	"strings"
	"testing"
)

// entityDoc is a document whose entities break no rule of entity.go: Washington (LOC) mentioned
// twice in French and once in English, the mosque Ammar ben Yasser pre-annotated PER with one mention
// on each side, and Marie Curie, a suggestion with one French mention.
func entityDoc(t *testing.T) (*Document, *Editor) {
	t.Helper()
	text := "Washington a répondu. La mosquée Ammar ben Yasser est à Washington. Marie Curie aussi."
	d := NewDocument("ents", "", text, "fr", "en")
	d.AddSegment(0, len(text), 0, KindSentence)
	d.Segments[0].Target = "Washington answered. The Ammar ben Yasser mosque is in Washington."
	e := NewEditor(d)
	src := func(s string, nth int, label string) string {
		t.Helper()
		at := -1
		for range nth {
			at += 1 + strings.Index(text[at+1:], s)
		}
		sp := &Span{Side: Source, Start: at, End: at + len(s), Label: label, Origin: Auto, Confidence: 0.6}
		must(t, e.AddSpan(sp))
		return sp.ID
	}
	tgt := func(s, label string) string {
		t.Helper()
		at := strings.Index(d.Segments[0].Target, s)
		sp := &Span{Side: Target, Segment: "s1", Start: at, End: at + len(s), Label: label, Origin: Auto, Confidence: 0.5}
		must(t, e.AddSpan(sp))
		return sp.ID
	}
	w1, w2, ammar, curie := src("Washington", 1, LabelLOC), src("Washington", 2, LabelLOC), src("Ammar ben Yasser", 1, LabelPER), src("Marie Curie", 1, LabelPER)
	wEN, ammarEN := tgt("Washington", LabelLOC), tgt("Ammar ben Yasser", LabelPER)
	must(t, e.AddEntity(&Entity{ID: "e1", Type: LabelLOC, Names: map[string]string{"fr": "Washington", "en": "Washington"}, Mentions: []string{w1, w2, wEN}}))
	must(t, e.AddEntity(&Entity{ID: "e2", Type: LabelPER, Names: map[string]string{"fr": "Ammar ben Yasser", "en": "Ammar ben Yasser"}, Mentions: []string{ammar, ammarEN}}))
	must(t, e.AddEntity(&Entity{ID: "e3", Type: LabelPER, Names: map[string]string{"fr": "Marie Curie"}, Mentions: []string{curie}}))
	return d, NewEditor(d)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// spanAt returns the span on side whose text is s (the nth from the start), or fails.
func spanAt(t *testing.T, d *Document, side Side, s string, nth int) *Span {
	t.Helper()
	for _, sp := range d.Spans {
		if sp.Side == side && d.SpanText(sp) == s {
			if nth--; nth == 0 {
				return sp
			}
		}
	}
	t.Fatalf("no %s span %q", side, s)
	return nil
}

// agreeing fails when the document has an entity without mention or a mention whose label is not
// its entity's type.
func agreeing(t *testing.T, d *Document, when string) {
	t.Helper()
	if err := d.Validate(); err != nil {
		t.Fatalf("%s: %v", when, err)
	}
	for _, w := range d.EntityWarnings() {
		t.Errorf("%s: %s: %s", when, w.Path, w.Msg)
	}
}

// undoesInOneStep undoes once and checks that the document is back to before, then redoes and checks
// that it is at after again.
func undoesInOneStep(t *testing.T, d *Document, e *Editor, before []byte) {
	t.Helper()
	after, _ := Marshal(d)
	if !e.Undo() {
		t.Fatal("nothing to undo")
	}
	if got, _ := Marshal(d); string(got) != string(before) {
		t.Fatalf("one undo did not restore the document:\n%s", got)
	}
	if e.CanUndo() {
		t.Errorf("more than one undo step: %q", e.UndoName())
	}
	e.Redo()
	if got, _ := Marshal(d); string(got) != string(after) {
		t.Fatalf("redo did not give the document again:\n%s", got)
	}
}

// TestRelabelMovesTheEntityOfItsOnlyMention: PER "Ammar ben Yasser", a mosque, relabelled LOC in the
// French (its only French mention): the entity becomes LOC, and its English mention too; the span is
// a person's with confidence 1; one undo step takes it all back.
func TestRelabelMovesTheEntityOfItsOnlyMention(t *testing.T) {
	d, e := entityDoc(t)
	before, _ := Marshal(d)
	sp := spanAt(t, d, Source, "Ammar ben Yasser", 1)
	must(t, e.Relabel(sp.ID, LabelLOC))
	ent := d.Entity("e2")
	if ent == nil || ent.Type != LabelLOC || d.EntityOf(sp.ID) != ent {
		t.Fatalf("entity %+v, want e2 of type LOC holding %s", ent, sp.ID)
	}
	if en := spanAt(t, d, Target, "Ammar ben Yasser", 1); en.Label != LabelLOC || en.Origin != Auto {
		t.Errorf("English mention %s %s, want LOC and still a suggestion", en.Label, en.Origin)
	}
	if sp.Origin != Human || sp.Confidence != 1 {
		t.Errorf("relabelled span: %s, confidence %v; want human, 1", sp.Origin, sp.Confidence)
	}
	agreeing(t, d, "after the relabelling")
	undoesInOneStep(t, d, e, before)
}

// TestRelabelOneOfSeveralMentions: "Washington a répondu" is the government: relabelled ORG, that
// mention leaves the LOC entity for a new ORG one named alike; the second Washington relabelled ORG
// joins it, and when the English mention follows, the LOC entity, now without mention, is gone: the
// three are in one ORG Washington.
func TestRelabelOneOfSeveralMentions(t *testing.T) {
	d, e := entityDoc(t)
	w1 := spanAt(t, d, Source, "Washington", 1)
	w2 := spanAt(t, d, Source, "Washington", 2)
	wEN := spanAt(t, d, Target, "Washington", 1)
	before, _ := Marshal(d)
	must(t, e.Relabel(w1.ID, LabelORG))
	org := d.EntityOf(w1.ID)
	if loc := d.Entity("e1"); org == nil || org == loc || org.Type != LabelORG || loc.Type != LabelLOC ||
		org.Names["fr"] != "Washington" || org.Names["en"] != "Washington" || strings.Join(loc.Mentions, " ") != w2.ID+" "+wEN.ID {
		t.Fatalf("after relabelling one mention: new %+v, old %+v", org, loc)
	}
	agreeing(t, d, "one mention relabelled")
	undoesInOneStep(t, d, e, before)

	must(t, e.Relabel(w2.ID, LabelORG)) // the LOC entity's last French mention: merged into the ORG one
	if d.EntityOf(w2.ID) != org || d.Entity("e1") != nil || d.EntityOf(wEN.ID) != org || wEN.Label != LabelORG {
		t.Fatalf("after relabelling the second: %+v holds %s; e1 %+v; English %s %s", org, w2.ID, d.Entity("e1"), wEN.Label, d.EntityOf(wEN.ID).ID)
	}
	agreeing(t, d, "both French mentions relabelled")
}

// TestRelabelToQuoteLeavesTheEntity: a name relabelled QUOTE is no mention any more; the entity it was
// the last mention of goes with it.
func TestRelabelToQuoteLeavesTheEntity(t *testing.T) {
	d, e := entityDoc(t)
	before, _ := Marshal(d)
	curie := spanAt(t, d, Source, "Marie Curie", 1)
	must(t, e.Relabel(curie.ID, LabelQuote))
	if d.EntityOf(curie.ID) != nil || d.Entity("e3") != nil {
		t.Fatalf("QUOTE %s still in %+v", curie.ID, d.Entity("e3"))
	}
	agreeing(t, d, "relabelled QUOTE")
	undoesInOneStep(t, d, e, before)
	w1 := spanAt(t, d, Source, "Washington", 1)
	must(t, e.Relabel(w1.ID, LabelCue))
	if d.EntityOf(w1.ID) != nil || len(d.Entity("e1").Mentions) != 2 {
		t.Errorf("CUE still a mention of %+v", d.EntityOf(w1.ID))
	}
}

// TestEntityGoesWithItsLastMention: every way of taking an entity's last mention away takes the
// entity too, in the same undo step, and one undo brings both back where they were.
func TestEntityGoesWithItsLastMention(t *testing.T) {
	for _, tt := range []struct {
		name string
		gone string // the entity that must go
		do   func(d *Document, e *Editor) error
	}{
		{"reject", "e3", func(d *Document, e *Editor) error { return e.Reject(spanAt(t, d, Source, "Marie Curie", 1).ID) }},
		{"reject all", "e3", func(d *Document, e *Editor) error { return e.RejectAll() }},
		{"remove", "e3", func(d *Document, e *Editor) error { return e.RemoveSpan(spanAt(t, d, Source, "Marie Curie", 1).ID) }},
		{"detach", "e3", func(d *Document, e *Editor) error {
			return e.SetMentionEntity(spanAt(t, d, Source, "Marie Curie", 1).ID, "")
		}},
		{"file under another", "e3", func(d *Document, e *Editor) error {
			return e.SetMentionEntity(spanAt(t, d, Source, "Marie Curie", 1).ID, "e2")
		}},
		{"new entity from it", "e3", func(d *Document, e *Editor) error {
			return e.AddEntity(&Entity{Type: LabelPER, Mentions: []string{spanAt(t, d, Source, "Marie Curie", 1).ID}})
		}},
		{"remove both sides", "e2", func(d *Document, e *Editor) error {
			return e.Batch("x", func() error {
				must(t, e.RemoveSpan(spanAt(t, d, Target, "Ammar ben Yasser", 1).ID))
				if d.Entity("e2") == nil {
					t.Error("e2 went with its English mention while its French one is left")
				}
				return e.RemoveSpan(spanAt(t, d, Source, "Ammar ben Yasser", 1).ID)
			})
		}},
		{"typing over the English", "e4", func(d *Document, e *Editor) error {
			en := spanAt(t, d, Target, "Ammar ben Yasser", 1)
			must(t, e.SetMentionEntity(en.ID, ""))
			must(t, e.AddEntity(&Entity{ID: "e4", Type: LabelMISC, Mentions: []string{en.ID}}))
			_, err := e.ReplaceTarget("s1", en.Start-1, en.End+1, " ")
			return err
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, e := entityDoc(t)
			if tt.gone == "e4" { // made inside the case: undo to the state just before the typing
				tt.do(d, e)
				e.Undo()
				if d.Entity("e4") == nil {
					t.Fatal("undoing the typing did not bring the entity back")
				}
				e.Redo()
				if d.Entity("e4") != nil {
					t.Fatal("typing over its only mention left e4")
				}
				return
			}
			before, _ := Marshal(d)
			must(t, tt.do(d, e))
			if d.Entity(tt.gone) != nil {
				t.Fatalf("%s still there: %+v", tt.gone, d.Entity(tt.gone))
			}
			agreeing(t, d, tt.name)
			undoesInOneStep(t, d, e, before)
		})
	}
}

// TestSetEntityType relabels all of an entity's mentions, on both sides, in one undo step, keeping
// their origin; QUOTE and CUE are no entity types.
func TestSetEntityType(t *testing.T) {
	d, e := entityDoc(t)
	before, _ := Marshal(d)
	n, err := e.SetEntityType("e2", LabelLOC)
	must(t, err)
	if n != 2 || d.Entity("e2").Type != LabelLOC {
		t.Fatalf("relabelled %d, type %s; want 2, LOC", n, d.Entity("e2").Type)
	}
	for _, m := range d.Entity("e2").Mentions {
		if sp := d.Span(m); sp.Label != LabelLOC || sp.Origin != Auto {
			t.Errorf("mention %s: %s %s, want LOC, still auto", m, sp.Label, sp.Origin)
		}
	}
	agreeing(t, d, "retyped")
	undoesInOneStep(t, d, e, before)
	for _, bad := range []string{LabelQuote, LabelCue, "NOPE"} {
		if _, err := e.SetEntityType("e2", bad); err == nil {
			t.Errorf("type %s accepted", bad)
		}
	}
	if _, err := e.SetEntityType("e9", LabelORG); err == nil {
		t.Error("a missing entity accepted")
	}
}

// TestEntityWarnings: a file made elsewhere (or by an older Glose) with a PER entity holding a LOC
// mention and an entity without mention is valid, with a warning for each; DropEmptyEntities takes
// the empty one out.
func TestEntityWarnings(t *testing.T) {
	d, _ := entityDoc(t)
	spanAt(t, d, Source, "Ammar ben Yasser", 1).Label = LabelLOC // as an older Relabel left it
	d.Entities = append(d.Entities, &Entity{ID: "e9", Type: LabelPER, Names: map[string]string{"fr": "Al-Fateh de Sinjar"}})
	if err := d.Validate(); err != nil {
		t.Fatalf("Validate refused what files made elsewhere may hold: %v", err)
	}
	var got []string
	for _, w := range d.Warnings() {
		got = append(got, w.Path+": "+w.Msg)
	}
	want := []string{
		`entities[1].mentions[0]: span t3 "Ammar ben Yasser" is labelled LOC but its entity e2 "Ammar ben Yasser" is PER: relabel the span, or change the entity's type`,
		`entities[3].mentions: entity e9 PER "Al-Fateh de Sinjar" has no mention; the app leaves it out when it opens the document`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if gone := d.DropEmptyEntities(); len(gone) != 1 || gone[0].ID != "e9" || d.Entity("e9") != nil || len(d.Entities) != 3 {
		t.Errorf("dropped %v, left %d entities", gone, len(d.Entities))
	}
}

// TestMergeRelabelsTheDroppedMentions: merged into a LOC entity, the mentions of a PER one become LOC.
func TestMergeRelabelsTheDroppedMentions(t *testing.T) {
	d, e := entityDoc(t)
	before, _ := Marshal(d)
	must(t, e.MergeEntities("e1", "e3"))
	if sp := spanAt(t, d, Source, "Marie Curie", 1); sp.Label != LabelLOC || d.EntityOf(sp.ID) != d.Entity("e1") {
		t.Errorf("merged mention %s in %+v; want LOC, in e1", sp.Label, d.EntityOf(sp.ID))
	}
	agreeing(t, d, "merged")
	undoesInOneStep(t, d, e, before)
}

// TestMergeKeepsTheLookups: after a merge, changed in place for speed, the lookups say what a fresh
// index says: the dropped entity is gone and its mentions are the kept one's; Undo gives them back.
func TestMergeKeepsTheLookups(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	keep, drop := d.Entity("e1"), d.Entity("e2")
	moved := slices.Clone(drop.Mentions)
	must(t, e.MergeEntities("e1", "e2"))
	check := func(when string) {
		t.Helper()
		if d.Entity("e2") != nil || d.Entity("e1") != keep {
			t.Errorf("%s: Entity(e2) = %v, Entity(e1) = %v", when, d.Entity("e2"), d.Entity("e1"))
		}
		for _, m := range moved {
			if got := d.EntityOf(m); got != keep {
				t.Errorf("%s: mention %s is of %v, want e1", when, m, got)
			}
		}
	}
	check("after the merge")
	d.Reindex()
	check("after reindexing")
	e.Undo()
	for _, m := range moved {
		if d.Entity("e2") != drop || d.EntityOf(m) != drop {
			t.Errorf("after Undo: Entity(e2) = %v, mention %s of %v", d.Entity("e2"), m, d.EntityOf(m))
		}
	}
}
