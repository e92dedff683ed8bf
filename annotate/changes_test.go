package annotate

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestTranslatorTargetRules: the translator's version is set by the first edit of a confirmed segment,
// kept by later edits, by marking it reviewed and by the unreview of an edited reviewed segment,
// cleared by a confirmation as translated, by accepting the changes and by an edit back to it; a
// segment never confirmed keeps none.
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
	steps := []step{
		{"edit of a translated segment", set(edited), v1},
		{"a second edit", set(edited + " Again."), v1},
		{"marked reviewed", status(StatusReviewed), v1},
		{"reviewed made translated by an edit (MarkEdited)", func(e *Editor) error { _, err := e.MarkEdited(e.Doc.Segment("s1")); return err }, v1},
		{"edited back to the translator's version", set(v1), ""},
		{"edited again", set(edited), v1},
		{"confirmed translated again", status(StatusTranslated), ""},
		{"edit after the new confirmation", set(v1), edited},
		{"accepted", func(e *Editor) error { _, err := e.AcceptChanges("s1"); return err }, ""},
		{"made a draft", status(StatusDraft), ""},
		{"edit of a draft with no version kept", set(edited), ""},
	}
	d := testDoc(t)
	e := NewEditor(d)
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

// TestTranslatorTargetUndo: undoing the edit that kept the translator's version drops it with the
// text, redo brings both back, and undoing an acceptance or a confirmation restores it exactly.
func TestTranslatorTargetUndo(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
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
		func() error { return e.SetStatus("s1", StatusTranslated) },
	} {
		if err := do(); err != nil {
			t.Fatal(err)
		}
		if seg.TranslatorTarget != "" {
			t.Fatal("still kept after accepting or confirming")
		}
		e.Undo()
		if seg.TranslatorTarget != v1 || seg.Target != typed {
			t.Fatalf("undo: translator's version %q, want %q", seg.TranslatorTarget, v1)
		}
	}
	if _, err := e.AcceptChanges("s9"); err == nil || !strings.Contains(err.Error(), "s9") {
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
