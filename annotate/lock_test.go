package annotate

import (
	"bytes"
	"errors"
	"testing"
)

// TestLockedRoundTrip: a locked segment says so in Glose JSON ("locked": true), which validates
// against the schema and reads back; an unlocked one has no key, so that files written before locks
// read as unlocked and write as before; a clone keeps the lock.
func TestLockedRoundTrip(t *testing.T) {
	plain, err := Marshal(testDoc(t))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte(`"locked"`)) {
		t.Error("a document without locked segments has a \"locked\" key")
	}
	old, err := Unmarshal(plain, "old.json")
	if err != nil {
		t.Fatal(err)
	}
	if old.Locked() != 0 {
		t.Errorf("a file without the key reads with %d locked segments, want 0", old.Locked())
	}
	d := testDoc(t)
	d.Segments[1].Locked = true
	data, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"locked": true`)) {
		t.Errorf("the locked segment is not written locked:\n%s", data)
	}
	if _, err := ValidateJSON(data, "locked.json"); err != nil {
		t.Fatalf("schema: %v", err)
	}
	back, err := Unmarshal(data, "locked.json")
	if err != nil {
		t.Fatal(err)
	}
	if back.Segments[0].Locked || !back.Segments[1].Locked {
		t.Errorf("read back locked %v, %v; want false, true", back.Segments[0].Locked, back.Segments[1].Locked)
	}
	if c := back.Clone(); !c.Segments[1].Locked {
		t.Error("the clone lost the lock")
	}
}

// TestLockedRefusesEdits: the editor refuses to change a locked segment's English or status, saying
// why (ErrLocked), and leaves it as it was; unlocking is one undo step, after which the segment can be
// edited, and undo locks it again.
func TestLockedRefusesEdits(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	seg := d.Segments[0]
	before := seg.Target
	if err := e.SetLocked(seg.ID, true); err != nil {
		t.Fatal(err)
	}
	if _, err := e.SetTarget(seg.ID, "Something else."); !errors.Is(err, ErrLocked) {
		t.Errorf("SetTarget on a locked segment: %v, want ErrLocked", err)
	}
	if _, err := e.TypeTarget(seg.ID, before+"x"); !errors.Is(err, ErrLocked) {
		t.Errorf("TypeTarget on a locked segment: %v, want ErrLocked", err)
	}
	if err := e.SetStatus(seg.ID, StatusReviewed); !errors.Is(err, ErrLocked) {
		t.Errorf("SetStatus on a locked segment: %v, want ErrLocked", err)
	}
	if seg.Target != before || seg.Status != StatusTranslated {
		t.Fatalf("the locked segment changed: %q, %s", seg.Target, seg.Status)
	}
	if err := e.SetLocked(seg.ID, false); err != nil {
		t.Fatal(err)
	}
	if e.UndoName() != "unlock" {
		t.Errorf("the step is %q, want unlock", e.UndoName())
	}
	if _, err := e.SetTarget(seg.ID, "Something else."); err != nil || seg.Target != "Something else." {
		t.Fatalf("after unlocking, SetTarget: %v, target %q", err, seg.Target)
	}
	e.Undo()
	e.Undo()
	if !seg.Locked || seg.Target != before {
		t.Errorf("undoing the edit and the unlock: locked %v, target %q; want locked, %q", seg.Locked, seg.Target, before)
	}
}
