package app

import (
	"errors"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
)

// A locked segment (annotate.Segment.Locked) is one not to translate or change: a unit the client's
// file marks translate="no", or a segment the translator locked once approved, as CAT tools lock
// segments. Its row shows a lock mark in the gap between the columns, whose tip says who locked it
// (annotate.Segment.LockReason: the client's file, or a translator), and its
// English greyed under a veil; the field refuses typing, pasting and cutting (saying so on the status
// line), though it still takes the focus, so that the keys move through it and its words can be
// selected and copied. Ctrl+Enter and Ctrl+U pass it by. Segment › Unlock segment makes it editable
// again, deliberately, as one undo step; Segment › Lock segment (Ctrl+Shift+L) locks one.

// lockMarkIcon is Material Design's "lock" icon (Apache License 2.0), as Fyne's theme icons are.
var lockMarkIcon = theme.NewThemedResource(fyne.NewStaticResource("lock.svg", []byte(
	`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M18 8h-1V6c0-2.76-2.24-5-5-5S7 3.24 7 6v2H6c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V10c0-1.1-.9-2-2-2zm-6 9c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2zm3.1-9H8.9V6c0-1.71 1.39-3.1 3.1-3.1 1.71 0 3.1 1.39 3.1 3.1v2z"/></svg>`)))

// newLockMark returns the mark of row r shown when its segment is locked: its tip says who locked it
// and how to unlock it.
func newLockMark(r *row) *tipMark {
	return newTipMark(r, lockMarkIcon, func() string {
		if !r.locked() {
			return ""
		}
		return lockTip(r.ui.doc.Segments[r.seg].LockReason)
	})
}

// lockTip is the lock mark's tip for a segment locked for reason why: whether unlocking it goes
// against the client's file, which asked for it to stay as it is, and what an edit then does to the
// file sent back (the merge-back leaves a unit marked translate="no" as the client sent it, but
// writes the English of a segment memoQ or Trados locked), or only against a translator's own lock.
func lockTip(why annotate.LockReason) string {
	switch why {
	case annotate.LockTranslateNo:
		return lang.L("Locked by the client’s file ({{.Mark}}): they want it left as it is, and an edit would not go back to them. Segment › Unlock segment to edit it anyway", map[string]any{"Mark": `translate="no"`})
	case annotate.LockMemoQ, annotate.LockTrados:
		mark := map[annotate.LockReason]string{annotate.LockMemoQ: "memoQ mq:locked", annotate.LockTrados: `Trados sdl:seg locked="true"`}[why]
		return lang.L("Locked by the client’s file ({{.Mark}}): they want it left as it is, and an edit goes back to them. Segment › Unlock segment to edit it anyway", map[string]any{"Mark": mark})
	case annotate.LockTranslator:
		return lang.L("Locked by you or another translator (Segment › Lock segment), not by the client’s file. Segment › Unlock segment to edit it")
	}
	return lang.L("Locked: not to be translated or changed (the client’s file marks it translate=\"no\", or it was locked once approved). Segment › Unlock segment to edit it")
}

// showLock shows the lock mark and the veil over the English when the row's segment is locked.
func (r *row) showLock(seg *annotate.Segment) {
	if !seg.Locked {
		r.lock.Hide()
		r.veil.Hide()
		return
	}
	bg := color.NRGBAModel.Convert(theme.Color(theme.ColorNameBackground)).(color.NRGBA)
	bg.A = 0x99 // the words show through, greyed
	if r.veil.FillColor != color.Color(bg) {
		r.veil.FillColor = bg
		r.veil.Refresh()
	}
	r.lock.Show()
	r.veil.Show()
}

// locked reports whether the row shows a locked segment.
func (r *row) locked() bool {
	return r.seg >= 0 && r.seg < len(r.ui.doc.Segments) && r.ui.doc.Segments[r.seg].Locked
}

// lockedHint says on the status line that segment i is locked, and how to unlock it.
func (ui *UI) lockedHint(i int) {
	ui.hint(lang.L("Segment {{.N}} is locked: Segment › Unlock segment to change its English", map[string]any{"N": i + 1}))
}

// setLocked locks or unlocks the current segment, as one undo step, and says so.
func (ui *UI) setLocked(locked bool) {
	if ui.cur < 0 || ui.cur >= len(ui.doc.Segments) {
		return
	}
	seg := ui.doc.Segments[ui.cur]
	if seg.Locked == locked {
		if locked {
			ui.hint(lang.L("Segment {{.N}} is already locked", map[string]any{"N": ui.cur + 1}))
		} else {
			ui.hint(lang.L("Segment {{.N}} is not locked", map[string]any{"N": ui.cur + 1}))
		}
		return
	}
	if err := ui.ed.SetLocked(seg.ID, locked); err != nil {
		ui.showError(err)
		return
	}
	if locked {
		ui.setStatus(lang.L("Segment {{.N}} locked: its English can no longer be edited", map[string]any{"N": ui.cur + 1}))
	} else {
		ui.setStatus(lang.L("Segment {{.N}} unlocked: its English can be edited", map[string]any{"N": ui.cur + 1}))
	}
}

// currentLocked and currentUnlocked say whether the Segment menu's Unlock and Lock items apply.
func (ui *UI) currentLocked() bool {
	return ui.cur >= 0 && ui.cur < len(ui.doc.Segments) && ui.doc.Segments[ui.cur].Locked
}

func (ui *UI) currentUnlocked() bool {
	return ui.cur >= 0 && ui.cur < len(ui.doc.Segments) && !ui.doc.Segments[ui.cur].Locked
}

// nextOpen returns the first segment after i that is not locked, and that the filter shows, or -1.
func (ui *UI) nextOpen(i int) int {
	for j := i + 1; j < len(ui.doc.Segments); j++ {
		if !ui.doc.Segments[j].Locked && !ui.list.hidden(j) {
			return j
		}
	}
	return -1
}

// refuseLocked reports whether the row's segment is locked, saying so: the key that would edit its
// English is dropped.
func (e *targetEntry) refuseLocked() bool {
	if !e.row.locked() {
		return false
	}
	e.row.ui.lockedHint(e.row.seg)
	return true
}

// editingKey reports whether a key changes the text of a multi-line Entry.
func editingKey(k fyne.KeyName) bool {
	switch k {
	case fyne.KeyBackspace, fyne.KeyDelete, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyTab:
		return true
	}
	return false
}

// editingShortcut reports whether a shortcut changes the text of an Entry.
func editingShortcut(sc fyne.Shortcut) bool {
	switch sc.(type) {
	case *fyne.ShortcutPaste, *fyne.ShortcutCut:
		return true
	}
	return false
}

// sayLocked says on the status line, in the user's language, which segment err (the editor's refusal
// to change a locked segment) is about, and how to unlock it; it reports whether err was that.
func (ui *UI) sayLocked(err error) bool {
	var le *annotate.LockedError
	if !errors.As(err, &le) {
		return false
	}
	i := ui.doc.SegmentIndex(le.Segment)
	if i < 0 {
		i = ui.cur
	}
	ui.lockedHint(i)
	return true
}
