package annotate

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestLockedRoundTrip: a locked segment says so in Glose JSON ("locked": true), which validates
// against the schema and reads back; an unlocked one has no key, so that files written before locks
// read as unlocked and write as before; a clone keeps the lock. One whose reason is unknown (a file
// written before reasons were) has no lockReason.
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
	if !bytes.Contains(data, []byte(`"locked": true`)) || bytes.Contains(data, []byte(`"lockReason"`)) {
		t.Errorf("the locked segment is not written locked, without a reason:\n%s", data)
	}
	if _, err := ValidateJSON(data, "locked.json"); err != nil {
		t.Fatalf("schema: %v", err)
	}
	back, err := Unmarshal(data, "locked.json")
	if err != nil {
		t.Fatal(err)
	}
	if back.Segments[0].Locked || !back.Segments[1].Locked || back.Segments[1].LockReason != LockUnknown {
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

// TestLockReasonRoundTrip: why a segment is locked (lockReason) is written beside "locked", validates
// against the schema and reads back, and a clone keeps it, for each reason; a reason on a segment that
// is not locked, or one Glose does not know, is refused by the schema and by Validate, naming the
// segment.
func TestLockReasonRoundTrip(t *testing.T) {
	for _, why := range LockReasons() {
		d := testDoc(t)
		d.Segments[1].Locked, d.Segments[1].LockReason = true, why
		data, err := Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if want := `"lockReason": "` + string(why) + `"`; !bytes.Contains(data, []byte(want)) {
			t.Errorf("%s: no %s in\n%s", why, want, data)
		}
		back, err := ValidateJSON(data, "why.json")
		if err != nil {
			t.Fatalf("%s: %v", why, err)
		}
		if s := back.Segments[1]; !s.Locked || s.LockReason != why || back.Clone().Segments[1].LockReason != why {
			t.Errorf("%s: read back locked %v (%q), or the clone lost the reason", why, s.Locked, s.LockReason)
		}
	}
	for _, c := range []struct {
		name   string
		locked bool
		why    LockReason
		want   string
	}{
		{"reason without lock", false, LockTranslator, "segments[1].locked"},
		{"unknown reason", true, "client", "segments[1].lockReason"},
	} {
		d := testDoc(t)
		d.Segments[1].Locked, d.Segments[1].LockReason = c.locked, c.why
		if err := d.Validate(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Validate says %v, want an error at %s", c.name, err, c.want)
		}
		d.Segments[1].Locked, d.Segments[1].LockReason = true, LockTranslator
		data, err := Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		bad := bytes.Replace(data, []byte(`"lockReason": "translator"`), []byte(`"lockReason": "`+string(c.why)+`"`), 1)
		if !c.locked {
			bad = bytes.Replace(bad, []byte(`"locked": true`), []byte(`"locked": false`), 1)
		}
		if _, err := ValidateJSON(bad, "bad.json"); err == nil || !strings.Contains(err.Error(), "bad.json") {
			t.Errorf("%s: ValidateJSON says %v, want an error naming the file", c.name, err)
		}
		if _, err := Unmarshal(bad, "bad.json"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Unmarshal says %v, want an error at %s", c.name, err, c.want)
		}
	}
}

// TestSetLockedSaysTheTranslator: Segment › Lock segment is the translator's lock; unlocking a segment
// the client's file locked, then undoing it, gives the file's reason back, so the tip still says so.
func TestSetLockedSaysTheTranslator(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	open, fileLocked := d.Segments[0], d.Segments[1]
	fileLocked.Locked, fileLocked.LockReason = true, LockTranslateNo
	if err := e.SetLocked(open.ID, true); err != nil {
		t.Fatal(err)
	}
	if open.LockReason != LockTranslator {
		t.Errorf("a segment locked in Glose says %q, want translator", open.LockReason)
	}
	if err := e.SetLocked(fileLocked.ID, false); err != nil {
		t.Fatal(err)
	}
	if fileLocked.Locked || fileLocked.LockReason != LockUnknown {
		t.Errorf("unlocked: locked %v (%q), want false, no reason", fileLocked.Locked, fileLocked.LockReason)
	}
	if err := d.Validate(); err != nil {
		t.Errorf("after the unlock: %v", err)
	}
	e.Undo()
	if !fileLocked.Locked || fileLocked.LockReason != LockTranslateNo {
		t.Errorf("undoing the unlock: locked %v (%q), want true, translate-no", fileLocked.Locked, fileLocked.LockReason)
	}
}
