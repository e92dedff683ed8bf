package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestTrackChangesSwitch: Edit › Track changes (Ctrl+Shift+E) turns the tracking of changes on, with a
// check mark on the item, a badge on the status bar and a message; the reviewer's edits then show as
// changes. Saved and reopened in another window, the document still tracks them. Turned off (the key
// again, or a click on the badge), the check mark and the badge go, edits show no changes, and the
// changes made stay; undo turns it on again.
func TestTrackChangesSwitch(t *testing.T) {
	ui, _ := newTestUI(t, filterDoc(9), false)
	key := custom(fyne.KeyE, ctrl|shift)
	item := menuItemFor(ui.mainMenu().Items, key.ShortcutName())
	if item == nil || item.Label != "Track changes" || item.Checked || ui.trackBadge.Visible() || ui.doc.TrackChanges {
		t.Fatalf("before: item %+v, badge shown %v", item, ui.trackBadge.Visible())
	}
	pressShortcut(ui, key)
	if !ui.doc.TrackChanges || !item.Checked || !ui.trackBadge.Visible() || !ui.ed.Modified() {
		t.Fatalf("Ctrl+Shift+E: switch %v, checked %v, badge %v, modified %v", ui.doc.TrackChanges, item.Checked, ui.trackBadge.Visible(), ui.ed.Modified())
	}
	if want := "Track changes on: every edit"; !strings.HasPrefix(ui.status.full, want) {
		t.Errorf("status line %q, want it to begin %q", ui.status.full, want)
	}
	retypeEnglish(t, ui, 0, "Sentence number 1, « reviewed » 👍🏽 by José\u0301.")
	if !ui.doc.Segments[0].Changed() || !ui.rowFor(0).changes.Visible() {
		t.Fatal("the reviewer's edit shows no changes")
	}
	path := filepath.Join(t.TempDir(), "review.json")
	must(t, ui.saveTo(path))

	ui2, _ := newTestUI(t, nil, false)
	ui2.Open(path)
	layOut(ui2)
	item2 := menuItemFor(ui2.mainMenu().Items, key.ShortcutName())
	if !ui2.doc.TrackChanges || !item2.Checked || !ui2.trackBadge.Visible() || !ui2.doc.Segments[0].Changed() {
		t.Fatalf("reopened: switch %v, checked %v, badge %v", ui2.doc.TrackChanges, item2.Checked, ui2.trackBadge.Visible())
	}
	test.Tap(ui2.trackBadge)
	if ui2.doc.TrackChanges || item2.Checked || ui2.trackBadge.Visible() {
		t.Fatalf("a click on the badge: switch %v, checked %v, badge %v", ui2.doc.TrackChanges, item2.Checked, ui2.trackBadge.Visible())
	}
	if want := "Track changes off"; !strings.HasPrefix(ui2.status.full, want) {
		t.Errorf("status line %q, want it to begin %q", ui2.status.full, want)
	}
	retypeEnglish(t, ui2, 3, "Sentence number 4, « mine » 😀.")
	if ui2.doc.Segments[3].Changed() || !ui2.doc.Segments[0].Changed() {
		t.Fatalf("switched off: an edit shows changes (%v), or the reviewer's went (%v)", ui2.doc.Segments[3].Changed(), !ui2.doc.Segments[0].Changed())
	}
	ui2.undoStep() // the typing
	ui2.undoStep() // the switch
	if !ui2.doc.TrackChanges || !item2.Checked || !ui2.trackBadge.Visible() {
		t.Errorf("undo: switch %v, checked %v, badge %v", ui2.doc.TrackChanges, item2.Checked, ui2.trackBadge.Visible())
	}
	if want := "Undone: track changes switch (now on)"; !strings.HasPrefix(ui2.status.full, want) {
		t.Errorf("status line %q, want it to begin %q", ui2.status.full, want)
	}
	ui2.redoStep()
	if want := "Redone: track changes switch (now off)"; ui2.doc.TrackChanges || !strings.HasPrefix(ui2.status.full, want) {
		t.Errorf("redo: switch %v, status line %q, want it to begin %q", ui2.doc.TrackChanges, ui2.status.full, want)
	}
	ui2.undoStep()
	if ui2.doc.Segments[3].Status != annotate.StatusTranslated {
		t.Errorf("segment 4 is %s after undo", ui2.doc.Segments[3].Status)
	}
}

// TestTrackBadgeLeavesNoGap: the status line starts after the badge while changes are tracked, and
// back at the bar's left edge once tracking is turned off, not after an empty place where the badge was.
func TestTrackBadgeLeavesNoGap(t *testing.T) {
	ui, _ := newTestUI(t, filterDoc(3), false)
	left := ui.status.Position().X
	ui.toggleTrackChanges()
	if on := ui.status.Position().X; on < ui.trackBadge.Position().X+ui.trackBadge.Size().Width {
		t.Fatalf("tracking: the status line at x=%v overlaps the badge (%v wide)", on, ui.trackBadge.Size().Width)
	}
	ui.status.Move(fyne.NewPos(left+999, ui.status.Position().Y)) // where no layout would put it: the bar must lay it out again
	ui.toggleTrackChanges()
	if off := ui.status.Position().X; off != left {
		t.Errorf("tracking off: the status line starts at x=%v, want %v as before the badge was shown", off, left)
	}
}

// TestUntrackedEditSaid: with Track changes off, the first edit of a segment confirmed before the
// document was opened makes the status line say, while the segment is the current one, that its
// edits are not tracked and how to track them (a reviewer who forgot the switch learns it at once);
// other segments, a segment confirmed in this window and a document that tracks changes say nothing
// of it, and turning the switch on ends it.
func TestUntrackedEditSaid(t *testing.T) {
	const said = "edits not tracked: Track changes is off (Ctrl+Shift+E)"
	ui, _ := newTestUI(t, filterDoc(9), false) // segments 1, 4 and 7 translated
	retypeEnglish(t, ui, 1, "Sentence number 2, « mine ».")
	if strings.Contains(ui.status.full, said) {
		t.Errorf("a draft's edit: status line %q", ui.status.full)
	}
	retypeEnglish(t, ui, 3, "Sentence number 4, « revised » 😀.")
	if want := "Segment 4 of 9 — draft — " + said; ui.status.full != want {
		t.Errorf("status line %q, want %q", ui.status.full, want)
	}
	if ui.doc.Segments[3].Changed() {
		t.Error("the untracked edit shows as a change")
	}
	retypeEnglish(t, ui, 6, "Sentence number 7, « revised » too.")
	if strings.Contains(ui.status.full, said) {
		t.Errorf("said of another segment: status line %q", ui.status.full)
	}
	ui.focusSegment(3, annotate.Target)
	if !strings.Contains(ui.status.full, said) {
		t.Errorf("back on segment 4: status line %q", ui.status.full)
	}
	pressShortcut(ui, custom(fyne.KeyE, ctrl|shift))
	ui.showState()
	if strings.Contains(ui.status.full, said) {
		t.Errorf("tracking turned on: status line %q", ui.status.full)
	}

	ui2, _ := newTestUI(t, filterDoc(9), false)
	ui2.focusSegment(1, annotate.Target)
	pressShortcut(ui2, custom(fyne.KeyReturn, ctrl)) // segment 2 confirmed in this window
	retypeEnglish(t, ui2, 1, "Sentence number 2, « mine » again.")
	if strings.Contains(ui2.status.full, said) {
		t.Errorf("a segment confirmed in this window: status line %q", ui2.status.full)
	}
	pressShortcut(ui2, custom(fyne.KeyE, ctrl|shift))
	retypeEnglish(t, ui2, 0, "Sentence number 1, « tracked ».")
	if strings.Contains(ui2.status.full, said) || !ui2.doc.Segments[0].Changed() {
		t.Errorf("tracking on: status line %q, changed %v", ui2.status.full, ui2.doc.Segments[0].Changed())
	}
}
