package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// Edit › Track changes (Ctrl+Shift+E, Word's key for it) is the reviewer's switch, as in Word,
// memoQ and Trados: while it is on, an edit of the English of a translated or reviewed segment keeps
// the translator's version and shows as a change to accept or reject (annotate/changes.go); off, a
// translator revising their own segments makes no changes to accept. The document keeps it, so that
// it is on again when the file is opened again, and a translator may turn it on before sending the
// file for review. The menu item shows a check mark while it is on, and the status bar a badge
// that turns it off when clicked.

// trackingChanges reports whether the open document tracks changes.
func (ui *UI) trackingChanges() bool { return ui.doc != nil && ui.doc.TrackChanges }

// toggleTrackChanges turns the tracking of changes on or off, as one undo step, and says what it means.
func (ui *UI) toggleTrackChanges() {
	on := !ui.trackingChanges()
	ui.ed.SetTrackChanges(on)
	if on {
		ui.setStatus(lang.L("Track changes on: every edit of the English of a translated or reviewed segment now shows as a change to accept or reject (Segment › Changes since the translator)"))
	} else {
		ui.setStatus(lang.L("Track changes off: your edits are no longer shown as changes; those made so far stay until accepted or rejected"))
	}
}

// newTrackBadge returns the status bar's badge saying that changes are tracked, hidden until they are.
func (ui *UI) newTrackBadge() *tipButton {
	b := newTipButton(ui.tips, lang.L("Your edits of the English of translated or reviewed segments show as changes to accept or reject. Click to stop tracking them (Edit › Track changes)"),
		theme.HistoryIcon(), ui.toggleTrackChanges)
	b.SetText(lang.L("Tracking changes"))
	b.Importance = widget.LowImportance
	b.Hide()
	return b
}

// showTrackBadge shows the badge while changes are tracked. The bar is laid out again either way: the
// desktop driver lays out a container when a child's minimum size changes, which a hidden child's
// does not, so the status line would otherwise start after an empty place where the badge was.
func (ui *UI) showTrackBadge() {
	on := ui.trackingChanges()
	if b := ui.trackBadge; b != nil && b.Visible() != on {
		if on {
			b.Show()
		} else {
			b.Hide()
		}
		if ui.trackBar != nil {
			ui.trackBar.Refresh()
		}
	}
}

// checkMarks brings the check marks of the switches' menu items in line with them, and reports
// whether one changed (the menu bar is then redrawn).
func (ui *UI) checkMarks() bool {
	changed := false
	for _, a := range ui.acts.all() {
		if a.checked != nil && a.item != nil && a.item.Checked != a.checked() {
			a.item.Checked, changed = a.checked(), true
		}
	}
	return changed
}

// statusBar is the status line with the badge of tracked changes before it.
func (ui *UI) statusBar() fyne.CanvasObject {
	ui.trackBadge = ui.newTrackBadge()
	ui.trackBar = container.NewBorder(nil, nil, ui.trackBadge, nil, ui.status)
	return ui.trackBar
}

// untrackedHint says, from the first edit of the English of a segment that was already translated or
// reviewed when the document was opened, while that segment stays the current one, that Track
// changes is off: a reviewer who forgot to turn it on learns it at the first word, not when the
// translator finds no changes to accept. Segments confirmed in this window are the translator's own
// work going on and say nothing; once said, it is not said of other segments.
type untrackedHint struct {
	confirmed map[string]bool // the segments translated or reviewed when the document was opened
	seg       string          // the segment it was said of, "" before
}

// newUntrackedHint notes the segments of d confirmed as it is opened.
func newUntrackedHint(d *annotate.Document) untrackedHint {
	h := untrackedHint{confirmed: map[string]bool{}}
	for _, s := range d.Segments {
		if s.Status == annotate.StatusTranslated || s.Status == annotate.StatusReviewed {
			h.confirmed[s.ID] = true
		}
	}
	return h
}

// due reports whether an untracked edit of segment id is the one to say it of.
func (h *untrackedHint) due(id string) bool { return h.seg == "" && h.confirmed[id] }

// sayUntracked notes that the edit of segment i, confirmed before the document was opened, is not
// tracked: the status line says so while the segment is the current one (untrackedNote).
func (ui *UI) sayUntracked(i int) {
	ui.untracked.seg = ui.doc.Segments[i].ID
	ui.showState()
}

// untrackedNote is what the status line adds for seg: that its edits are not tracked, when they were
// said to be and Track changes is still off.
func (ui *UI) untrackedNote(seg *annotate.Segment) string {
	if seg.ID != ui.untracked.seg || ui.trackingChanges() {
		return ""
	}
	return " — " + lang.L("edits not tracked: Track changes is off (Ctrl+Shift+E)")
}
