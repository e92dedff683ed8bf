package annotate

import "testing"

// TestModifiedFollowsTheSavePoint: the document is modified exactly when the history is not at the
// point where it was saved: undo and redo back to it leave it unmodified, a save point dropped by a
// new change after undo (or by the history's limit) can no longer be reached, keystrokes typed after
// a save are a step of their own, and work recovered outside the history stays modified.
func TestModifiedFollowsTheSavePoint(t *testing.T) {
	type op func(t *testing.T, e *Editor, seg *Segment)
	typ := func(s string) op {
		return func(t *testing.T, e *Editor, seg *Segment) {
			if _, err := e.TypeTarget(seg.ID, seg.Target+s); err != nil {
				t.Fatal(err)
			}
		}
	}
	undo := func(t *testing.T, e *Editor, _ *Segment) {
		if !e.Undo() {
			t.Fatal("nothing to undo")
		}
	}
	redo := func(t *testing.T, e *Editor, _ *Segment) {
		if !e.Redo() {
			t.Fatal("nothing to redo")
		}
	}
	save := func(_ *testing.T, e *Editor, _ *Segment) { e.MarkSaved() }
	recovered := func(_ *testing.T, e *Editor, _ *Segment) { e.MarkUnsaved() }
	for _, c := range []struct {
		name     string
		ops      []op
		modified bool
	}{
		{"opened", nil, false},
		{"typed", []op{typ("Le café")}, true},
		{"typed, undone", []op{typ("Le café"), undo}, false},
		{"typed, undone, redone", []op{typ("Le café"), undo, redo}, true},
		{"typed, saved", []op{typ("« été »"), save}, false},
		{"saved, typed on, undone", []op{typ("« été »"), save, typ(" 👍🏽"), undo}, false},
		{"saved, typed on, undone twice", []op{typ("Zoe\u0301"), save, typ(" dit"), undo, undo}, true},
		{"undone past the save point, redone to it", []op{typ("Zoe\u0301"), save, undo, redo}, false},
		{"saved, undone, a new edit", []op{typ("A"), typ("B"), save, undo, typ("C"), undo}, true},
		{"saved after undo, redone", []op{typ("A"), undo, save, redo}, true},
		{"saved after undo, redone, undone", []op{typ("A"), undo, save, redo, undo}, false},
		{"recovered", []op{recovered}, true},
		{"recovered, typed, undone", []op{recovered, typ("x"), undo}, true},
		{"recovered, saved", []op{recovered, save}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := testDoc(t)
			e := NewEditor(d)
			seg := d.Segments[1]
			for _, o := range c.ops {
				o(t, e, seg)
			}
			if e.Modified() != c.modified {
				t.Errorf("modified %v, want %v (English %q)", e.Modified(), c.modified, seg.Target)
			}
		})
	}
}

// TestSavePointPastTheHistoryLimit: once the history's limit dropped the steps after the state saved,
// undoing all that is left does not bring it back: the document stays modified.
func TestSavePointPastTheHistoryLimit(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	e.limit = 2
	for i, s := range []string{"un", "deux", "un, trois"} { // from one segment to another: three steps
		if _, err := e.SetTarget(d.Segments[i%2].ID, s); err != nil {
			t.Fatal(err)
		}
	}
	for e.Undo() {
	}
	if !e.Modified() || d.Segments[0].Target != "un" {
		t.Errorf("modified %v with the first English %q after undoing all the history kept", e.Modified(), d.Segments[0].Target)
	}
}
