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
