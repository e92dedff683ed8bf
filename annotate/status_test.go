package annotate

import (
	"errors"
	"testing"
)

// TestNoFinishedSegmentWithoutTranslation: a segment whose English is empty or only spaces cannot be
// marked translated or reviewed, whoever asks (the app's keys and menus, the CLI), and nothing is
// recorded; every other status stays open to it.
func TestNoFinishedSegmentWithoutTranslation(t *testing.T) {
	for _, target := range []string{"", " ", "\n\t\u00a0\u202f"} {
		for _, st := range []Status{StatusTranslated, StatusReviewed} {
			d := testDoc(t)
			e := NewEditor(d)
			seg := d.Segments[1]
			seg.Target, seg.Status = target, StatusDraft
			err := e.SetStatus(seg.ID, st)
			if !errors.Is(err, ErrNoTranslation) {
				t.Errorf("target %q, %s: error %v, want ErrNoTranslation", target, st, err)
			}
			if seg.Status != StatusDraft || e.CanUndo() {
				t.Errorf("target %q, %s: status %s, undo step recorded: %v", target, st, seg.Status, e.CanUndo())
			}
			for _, ok := range []Status{StatusNew, StatusDraft} {
				if err := e.SetStatus(seg.ID, ok); err != nil || seg.Status != ok {
					t.Errorf("target %q: %s refused (%v)", target, ok, err)
				}
			}
		}
	}
	// A word is enough; and a reviewed segment without English (a file from elsewhere) can still lose
	// its review, which makes it no more finished than it was.
	d := testDoc(t)
	e := NewEditor(d)
	seg := d.Segments[1]
	seg.Target = " x "
	if err := e.SetStatus(seg.ID, StatusReviewed); err != nil || seg.Status != StatusReviewed {
		t.Fatalf("reviewing %q: %v, status %s", seg.Target, err, seg.Status)
	}
	seg.Target = ""
	if err := e.SetStatus(seg.ID, StatusTranslated); err != nil || seg.Status != StatusTranslated {
		t.Errorf("taking the review away: %v, status %s", err, seg.Status)
	}
	if err := e.SetStatus(seg.ID, StatusReviewed); !errors.Is(err, ErrNoTranslation) {
		t.Errorf("reviewing an empty translated segment: %v", err)
	}
}

// TestEmptyingAFinishedSegmentMakesItADraft: deleting all the English of a translated or reviewed
// segment (or leaving only spaces) makes it a draft in the same undo step, so that it is not left
// finished with nothing in it; one undo brings back the words and the status.
func TestEmptyingAFinishedSegmentMakesItADraft(t *testing.T) {
	for _, st := range []Status{StatusTranslated, StatusReviewed} {
		for _, left := range []string{"", "  "} {
			d := testDoc(t)
			e := NewEditor(d)
			seg := d.Segments[0]
			seg.Status = st
			text := seg.Target
			if _, err := e.TypeTarget(seg.ID, left); err != nil {
				t.Fatal(err)
			}
			if seg.Status != StatusDraft {
				t.Errorf("%s emptied to %q: status %s, want draft", st, left, seg.Status)
			}
			if !e.Undo() || seg.Target != text || seg.Status != st {
				t.Errorf("%s: undo gave %q, %s", st, seg.Target, seg.Status)
			}
			if !e.Redo() || seg.Target != left || seg.Status != StatusDraft {
				t.Errorf("%s: redo gave %q, %s", st, seg.Target, seg.Status)
			}
		}
	}
	// Editing the words keeps the status.
	d := testDoc(t)
	e := NewEditor(d)
	seg := d.Segments[0]
	if _, err := e.ReplaceTarget(seg.ID, 0, len(seg.Target), "Done."); err != nil || seg.Status != StatusTranslated {
		t.Errorf("rewriting a translated segment: %v, status %s", err, seg.Status)
	}
}
