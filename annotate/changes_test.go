package annotate

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestTranslatorTargetRules: while changes are tracked, the translator's version is set by the first
// edit of a confirmed segment, kept by later edits and by every confirmation (Ctrl+Enter from a
// reviewer's habit, Alt+Enter, the unreview of an edited reviewed segment, and the translator's own
// Ctrl+Enter too: only Accept settles a change), cleared by accepting the changes and by an edit back
// to it; a segment never confirmed keeps none.
func TestTranslatorTargetRules(t *testing.T) {
	const v1 = "“I think it's over,” said Sergei Lavrov in Moscow."
	type step struct {
		name string
		do   func(e *Editor) error
		want string // the translator's version after the step
	}
	set := func(s string) func(e *Editor) error {
		return func(e *Editor) error { _, err := e.SetTarget("s1", s); return err }
	}
	status := func(st Status) func(e *Editor) error { return func(e *Editor) error { return e.SetStatus("s1", st) } }
	edited := "“I think it's finished,” said Sergei Lavrov in Moscow « café » 😀 e\u0301."
	mine := "“I think it's done,” said Sergei Lavrov in Moscow."
	steps := []step{
		{"edit of a translated segment", set(edited), v1},
		{"a second edit", set(edited + " Again."), v1},
		{"confirmed translated (a reviewer's Ctrl+Enter)", status(StatusTranslated), v1},
		{"marked reviewed", status(StatusReviewed), v1},
		{"reviewed made translated by an edit (MarkEdited)", func(e *Editor) error { _, err := e.MarkEdited(e.Doc.Segment("s1")); return err }, v1},
		{"confirmed translated again", status(StatusTranslated), v1},
		{"edited back to the translator's version", set(v1), ""},
		{"edited again", set(edited), v1},
		{"accepted", func(e *Editor) error { _, err := e.AcceptChanges("s1"); return err }, ""},
		{"made a draft", status(StatusDraft), ""},
		{"edit of a draft with no version kept", set(mine), ""},
		{"the draft confirmed translated", status(StatusTranslated), ""},
		{"edit after that confirmation", set(edited), mine},
		{"confirmed translated again (no guess of whose it is)", status(StatusTranslated), mine},
		{"marked reviewed", status(StatusReviewed), mine},
	}
	d := testDoc(t)
	e := NewEditor(d)
	e.SetTrackChanges(true)
	for _, s := range steps {
		if err := s.do(e); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if got := d.Segment("s1").TranslatorTarget; got != s.want {
			t.Fatalf("%s: translator's version %q, want %q", s.name, got, s.want)
		}
		if got, want := d.Segment("s1").Changed(), s.want != ""; got != want {
			t.Errorf("%s: Changed() = %v, want %v", s.name, got, want)
		}
	}
	if d.Segment("s2").TranslatorTarget != "" {
		t.Error("a segment never edited has a translator's version")
	}
}

// TestTrackChangesSwitch: with the switch off (a new document's default) an edit of a translated or
// reviewed segment keeps no translator's version, so a translator revising their own segments, in this
// session or a later one, has nothing to accept; turned on, the next edit keeps it; turned off again,
// the changes made stay (with the words typed since) until accepted, rejected or typed back; no
// confirmation settles them, tracked or not. The switch is one undo step that leaves the document
// modified, and TrackingAnyway tracks an update's edits with the switch off.
func TestTrackChangesSwitch(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	seg := d.Segment("s1")
	v1 := seg.Target
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	set := func(s string) {
		t.Helper()
		_, err := e.SetTarget("s1", s)
		must(err)
	}
	if d.TrackChanges {
		t.Fatal("a new document tracks changes")
	}
	set("“I think it's done,” said Sergei Lavrov in Moscow.")
	must(e.SetStatus("s1", StatusReviewed))
	set("“I think it's finished,” said Sergei Lavrov « à Moscou » 😀 e\u0301.")
	if seg.Changed() || seg.TranslatorTarget != "" {
		t.Fatalf("edits with the switch off kept the translator's version %q", seg.TranslatorTarget)
	}
	own := seg.Target
	e.MarkSaved()
	e.SetTrackChanges(true)
	if !d.TrackChanges || !e.Modified() || e.UndoName() != StepTrackChanges {
		t.Fatalf("turned on: %v, modified %v, undo step %q", d.TrackChanges, e.Modified(), e.UndoName())
	}
	e.Undo()
	if d.TrackChanges || e.Modified() {
		t.Fatalf("undone: switch %v, modified %v", d.TrackChanges, e.Modified())
	}
	e.Redo()
	set(own + " Revised.")
	if seg.TranslatorTarget != own {
		t.Fatalf("edit with the switch on: translator's version %q, want %q", seg.TranslatorTarget, own)
	}
	e.SetTrackChanges(false)
	set(own + " Revised twice.")
	must(e.SetStatus("s1", StatusTranslated))
	must(e.SetStatus("s1", StatusReviewed))
	if seg.TranslatorTarget != own {
		t.Fatalf("switched off, edited and confirmed: translator's version %q, want %q kept", seg.TranslatorTarget, own)
	}
	set(own)
	if seg.Changed() || seg.TranslatorTarget != "" {
		t.Fatal("typed back to the translator's version, still changed")
	}
	must(e.TrackingAnyway(func() error { _, err := e.SetTarget("s1", v1); return err }))
	if d.TrackChanges || seg.TranslatorTarget != own {
		t.Errorf("TrackingAnyway: switch %v, translator's version %q, want off and %q", d.TrackChanges, seg.TranslatorTarget, own)
	}
	set(v1 + " x")
	if seg.TranslatorTarget != own {
		t.Errorf("after TrackingAnyway the switch is on again: %q", seg.TranslatorTarget)
	}
}

// TestTranslatorTargetUndo: undoing the edit that kept the translator's version drops it with the
// text, redo brings both back, and undoing an acceptance or a rejection restores it exactly.
func TestTranslatorTargetUndo(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	e.SetTrackChanges(true)
	seg := d.Segment("s1")
	v1 := seg.Target
	for _, r := range []string{"it", "'s ", "done"} { // typing, coalesced into one step
		if _, err := e.TypeTarget("s1", seg.Target+r); err != nil {
			t.Fatal(err)
		}
	}
	if seg.TranslatorTarget != v1 {
		t.Fatalf("after typing: %q, want %q", seg.TranslatorTarget, v1)
	}
	typed := seg.Target
	e.Undo()
	if seg.Target != v1 || seg.TranslatorTarget != "" {
		t.Fatalf("undo: target %q, translator's version %q; want %q and none", seg.Target, seg.TranslatorTarget, v1)
	}
	e.Redo()
	if seg.Target != typed || seg.TranslatorTarget != v1 {
		t.Fatalf("redo: target %q, translator's version %q", seg.Target, seg.TranslatorTarget)
	}
	for _, do := range []func() error{
		func() error { _, err := e.AcceptChanges("s1", "s2"); return err },
		func() error { _, _, err := e.RejectChanges("s1", "s2"); return err },
	} {
		if err := do(); err != nil {
			t.Fatal(err)
		}
		if seg.TranslatorTarget != "" {
			t.Fatal("still kept after accepting or rejecting")
		}
		e.Undo()
		if seg.TranslatorTarget != v1 || seg.Target != typed {
			t.Fatalf("undo: English %q, translator's version %q, want %q, %q", seg.Target, seg.TranslatorTarget, typed, v1)
		}
	}
	if _, err := e.AcceptChanges("s9"); err == nil || !strings.Contains(err.Error(), "s9") {
		t.Errorf("unknown segment: %v", err)
	}
}

// TestRejectChanges: rejecting gives the English the translator's version back, keeps the spans on
// the words that stay and removes those on the words that go, makes a reviewed segment translated,
// leaves a locked segment and a segment without changes alone, and is one undo step.
func TestRejectChanges(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	e.SetTrackChanges(true)
	seg := d.Segment("s1")
	v1 := seg.Target
	for _, r := range [][2]string{{"Moscow", "« Moscou » 😀 e\u0301"}, {"over", "finished"}} { // around the span
		i := strings.Index(seg.Target, r[0])
		if _, err := e.ReplaceTarget("s1", i, i+len(r[0]), r[1]); err != nil {
			t.Fatal(err)
		}
	}
	if len(d.TargetSpans("s1")) != 1 {
		t.Fatalf("the test document has %d English spans, want 1", len(d.TargetSpans("s1")))
	}
	i := strings.Index(seg.Target, "Moscou")
	if err := e.AddSpan(&Span{Side: Target, Segment: "s1", Start: i, End: i + len("Moscou"), Label: LabelLOC}); err != nil {
		t.Fatal(err)
	}
	if err := e.SetStatus("s1", StatusReviewed); err != nil {
		t.Fatal(err)
	}
	before := len(e.undo)
	rejected, locked, err := e.RejectChanges("s1", "s2")
	if err != nil || len(rejected) != 1 || len(locked) != 0 {
		t.Fatalf("rejected %v, locked %v, %v", rejected, locked, err)
	}
	if seg.Target != v1 || seg.Changed() || seg.TranslatorTarget != "" || seg.Status != StatusTranslated {
		t.Fatalf("after rejecting: %q, version %q, %s", seg.Target, seg.TranslatorTarget, seg.Status)
	}
	var words []string
	for _, sp := range d.TargetSpans("s1") {
		words = append(words, seg.Target[sp.Start:sp.End])
	}
	if want := []string{"Sergei Lavrov"}; !slices.Equal(words, want) {
		t.Errorf("English spans %q after rejecting, want %q", words, want)
	}
	if len(e.undo) != before+1 {
		t.Errorf("%d undo steps, want one", len(e.undo)-before)
	}
	e.Undo()
	if seg.Target == v1 || !seg.Changed() || seg.Status != StatusReviewed || len(d.TargetSpans("s1")) != 2 {
		t.Errorf("undo: %q, %s, %d spans", seg.Target, seg.Status, len(d.TargetSpans("s1")))
	}
	seg.Locked = true
	rejected, locked, err = e.RejectChanges("s1")
	if err != nil || len(rejected) != 0 || !slices.Equal(locked, []string{"s1"}) || !seg.Changed() {
		t.Errorf("a locked segment: rejected %v, locked %v, %v, changed %v", rejected, locked, err, seg.Changed())
	}
	if _, _, err := e.RejectChanges("s9"); err == nil || !strings.Contains(err.Error(), "s9") {
		t.Errorf("unknown segment: %v", err)
	}
}

// TestTranslatorTargetRoundTrip: the translator's version is written as translatorTarget, validates
// against the schema, reads back exactly (accents, « » with no-break spaces, emoji, e + U+0301) and
// survives a clone and the change tracker; a document without one writes no key.
func TestTranslatorTargetRoundTrip(t *testing.T) {
	plain, err := Marshal(testDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte(`"translatorTarget"`)) {
		t.Error("a document without changes has a \"translatorTarget\" key")
	}
	d := testDoc(t)
	kept := "“I think it's over,” said «\u00a0Sergei\u00a0» 😀 e\u0301 in Moscow."
	d.Segment("s1").TranslatorTarget = kept
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ValidateJSON(data, "changed.json"); err != nil {
		t.Fatalf("schema: %v", err)
	}
	back, err := Unmarshal(data, "changed.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, dd := range []*Document{back, back.Clone()} {
		if got := dd.Segment("s1").TranslatorTarget; got != kept {
			t.Errorf("read back %q, want %q", got, kept)
		}
	}
	again, err := Marshal(back)
	if err != nil || !bytes.Equal(again, data) {
		t.Errorf("not lossless: %v\n%s\n---\n%s", err, again, data)
	}
	tr := NewTracker(testDoc(t))
	rec, err := tr.Change(d)
	if err != nil {
		t.Fatal(err)
	}
	replayed := testDoc(t) // the autosave's state written in full, then its record of changes
	if err := replayed.ApplyChange(rec); err != nil || replayed.Segment("s1").TranslatorTarget != kept {
		t.Errorf("the change journal lost the translator's version: %v, %q", err, replayed.Segment("s1").TranslatorTarget)
	}
}

// TestTranslatorTargetRefused: an empty or non-string translatorTarget is refused, naming the file
// and the JSON path; the schema refuses the empty one too.
func TestTranslatorTargetRefused(t *testing.T) {
	d := testDoc(t)
	d.Segment("s2").TranslatorTarget = "x"
	good, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, value, want string }{
		{"empty", `""`, "segments[1].translatorTarget"},
		{"a number", `5`, "translatorTarget"},
	} {
		bad := bytes.Replace(good, []byte(`"translatorTarget": "x"`), []byte(`"translatorTarget": `+tc.value), 1)
		_, err := Unmarshal(bad, "review.json")
		if err == nil || !strings.Contains(err.Error(), "review.json") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error naming review.json and %s", tc.name, err, tc.want)
		}
		if tc.name == "empty" {
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Path != tc.want {
				t.Errorf("empty: path %v, want %s", err, tc.want)
			}
			if _, err := ValidateJSON(bad, "review.json"); err == nil {
				t.Error("the schema accepts an empty translatorTarget")
			}
		}
	}
}
