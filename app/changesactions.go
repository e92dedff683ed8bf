package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// The reviewer's changes are settled as in memoQ and Trados, from Segment › Changes since the
// translator or a right click on a row's line of changes: Accept changes makes the English the
// translator's version, Reject changes gives the English that version back; each for one segment, or
// for all (Accept all changes, Reject all changes), as one undo step.

// changedIn returns the IDs of the changed segments among segment i, or every segment (all).
func (ui *UI) changedIn(all bool, i int) []string {
	var ids []string
	for k, seg := range ui.doc.Segments {
		if (all || k == i) && seg.Changed() {
			ids = append(ids, seg.ID)
		}
	}
	return ids
}

// acceptChanges makes the English of the current segment, or of every segment (all), the
// translator's version, as one undo step, and says how many.
func (ui *UI) acceptChanges(all bool) { ui.acceptChangesOf(all, ui.cur) }

// rejectChanges gives the current segment, or every segment (all), its translator's version back.
func (ui *UI) rejectChanges(all bool) { ui.rejectChangesOf(all, ui.cur) }

func (ui *UI) acceptChangesOf(all bool, i int) {
	ids := ui.changedIn(all, i)
	if len(ids) == 0 {
		ui.hint(lang.L("No change to accept: the English is the translator’s version"))
		return
	}
	n, err := ui.ed.AcceptChanges(ids...)
	if err != nil {
		ui.showError(err)
		return
	}
	if all {
		ui.setStatus(lang.N("Changes accepted in {{.Count}} segments", n, map[string]any{"Count": n}))
	} else {
		ui.setStatus(lang.L("Changes accepted in segment {{.N}}: its English is now the translator’s version", map[string]any{"N": i + 1}))
	}
}

// rejectChangesOf gives segment i, or every changed segment (all), the translator's version back, as
// one undo step: the spans on the words that stay stay, the segments are projected again after the
// pause, as after typing, and the memory takes the English of the translated ones, as after a
// replacement. A locked segment keeps its English, and the status line says so.
func (ui *UI) rejectChangesOf(all bool, i int) {
	ids := ui.changedIn(all, i)
	if len(ids) == 0 {
		ui.hint(lang.L("No change to reject: the English is the translator’s version"))
		return
	}
	if !all && ui.doc.Segments[i].Locked {
		ui.lockedHint(i)
		return
	}
	rejected, locked, err := ui.ed.RejectChanges(ids...)
	if err != nil {
		ui.showError(err)
		return
	}
	var done []int
	for _, id := range rejected {
		ui.projectLater(id)
		if k := ui.doc.SegmentIndex(id); k >= 0 && ui.doc.Segments[k].Status.Done() && ui.sugg.memo.storing(ui.doc.Segments[k]) {
			done = append(done, k)
		}
	}
	ui.rememberAll(done)
	var nums []int
	for _, id := range locked {
		nums = append(nums, ui.doc.SegmentIndex(id)+1)
	}
	n, args := len(rejected), map[string]any{"Count": len(rejected), "N": i + 1, "Numbers": formats.NumberList(nums)}
	switch {
	case !all:
		ui.setStatus(lang.L("Changes rejected in segment {{.N}}: its English is the translator’s version again", args))
	case len(locked) > 0:
		ui.setStatus(lang.N("Changes rejected in {{.Count}} segments; the locked ones keep theirs: {{.Numbers}} (Segment › Unlock segment)", n, args))
	default:
		ui.setStatus(lang.N("Changes rejected in {{.Count}} segments", n, args))
	}
}

// currentHasChanges and anyChanged say whether the Segment menu's items on changes apply.
func (ui *UI) currentHasChanges() bool {
	return ui.cur >= 0 && ui.cur < len(ui.doc.Segments) && ui.doc.Segments[ui.cur].Changed()
}

func (ui *UI) anyChanged() bool {
	return countSegments(ui.doc, (*annotate.Segment).Changed) > 0
}

// TappedSecondary is part of fyne.SecondaryTappable: a right click on the line of changes offers to
// accept or reject them, as memoQ and Trados offer on a tracked change.
func (v *changesView) TappedSecondary(ev *fyne.PointEvent) {
	v.row.ui.offerChanges(v.row.seg, ev.AbsolutePosition)
}

// offerChanges shows at pos the menu of segment i's changes.
func (ui *UI) offerChanges(i int, pos fyne.Position) {
	if i < 0 || i >= len(ui.doc.Segments) || !ui.doc.Segments[i].Changed() {
		return
	}
	widget.ShowPopUpMenuAtPosition(ui.changesMenu(i), ui.win.Canvas(), pos)
}

// changesMenu is the menu of segment i's changes.
func (ui *UI) changesMenu(i int) *fyne.Menu {
	return fyne.NewMenu("",
		fyne.NewMenuItem(lang.L("Accept changes"), func() { ui.acceptChangesOf(false, i) }),
		fyne.NewMenuItem(lang.L("Reject changes"), func() { ui.rejectChangesOf(false, i) }))
}

// changesKept says, after Ctrl+Enter confirmed segment i and kept its changes (annotate/changes.go),
// that they are kept and where to settle them: a reviewer who confirms from habit sees their changes
// stay, and a translator who revises a segment confirmed before learns why its line is still there.
func (ui *UI) changesKept(i int) {
	ui.setStatus(lang.L("Segment {{.N}} confirmed; its changes since the translator’s version stay until accepted or rejected (Segment › Changes since the translator)", map[string]any{"N": i + 1}))
}
