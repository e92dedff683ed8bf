package app

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// A crash leaves the work since the last save in an autosave. Opening the document again offers it
// (offerRecovery), but a document never saved (pasted from the clipboard, imported) has no file to
// open again, and someone who starts Glose from a menu does not know the work is there. So the start
// lists every work an autosave holds that no running Glose has open (workspace.ListUnsaved), as word
// processors do, and File › Recover unsaved work… lists them at any time: Recover opens one, Set aside
// moves its autosave out of the way (never deleting it), Later leaves them to be offered again.

// startDocument runs open, which shows the document the start opens, and lists the unsaved work
// meanwhile; the list shows once the document is (or could not be), under the question of the
// document's own autosave, which is answered first. A screenshot offers nothing.
func (ui *UI) startDocument(open func()) {
	if ui.afterLoad != nil {
		open()
		return
	}
	s := &startOffer{}
	ui.startWork = s
	ui.listUnsaved(true, func(list []workspace.Unsaved) { ui.startListed(s, list) })
	open()
}

// startOffer is the unsaved work the start offers, once both listed and the document shown.
type startOffer struct {
	list          []workspace.Unsaved
	listed, shown bool
	// edited says the document shown was changed before the list came (reading big autosaves takes
	// seconds): the translator is typing, and a dialog then would take the keys, Enter recovering
	// another document, so the status line tells of the work instead.
	edited bool
	queued bool // offerAtStart has run, waiting for no dialog
}

// startListed takes the work the start listed.
func (ui *UI) startListed(s *startOffer, list []workspace.Unsaved) {
	s.list, s.listed = list, true
	ui.offerAtStart()
}

// editedAtStart notes an edit of the document the start shows, before its list of unsaved work came.
func (ui *UI) editedAtStart() {
	if s := ui.startWork; s != nil && s.shown {
		s.edited = true
	}
}

// startSettled says the start's document is shown, or could not be.
func (ui *UI) startSettled() {
	if s := ui.startWork; s != nil {
		s.shown = true
		ui.offerAtStart()
	}
}

// offerAtStart shows the work the start listed, once the document is shown too and the questions
// asked meanwhile (the document's own autosave, an error) are answered.
func (ui *UI) offerAtStart() {
	s := ui.startWork
	if s == nil || !s.listed || !s.shown || s.queued {
		return
	}
	s.queued = true
	ui.whenNoDialog(func() {
		if ui.startWork == s {
			ui.startWork = nil
			ui.offerUnsaved(s.list, true, s.edited)
		}
	})
}

// listUnsaved lists the unsaved work autosaves hold off the UI goroutine, and hands it to then on it.
// At start it first prunes the autosaves that hold nothing (see workspace.PruneAutosaves and
// PruneSaved).
func (ui *UI) listUnsaved(atStart bool, then func([]workspace.Unsaved)) {
	work := func() func() {
		if atStart {
			workspace.PruneAutosaves(workspace.AutosaveMaxAge, time.Now())
			workspace.PruneSaved()
		}
		all := workspace.ListUnsaved()
		return func() { then(all) }
	}
	ui.offUI(caught(lang.L("Recover unsaved work…"), work, func(err error) { ui.hint(err.Error()) }))
}

// recoverUnsavedWork is File › Recover unsaved work…: the list, or a word that there is nothing to
// recover.
func (ui *UI) recoverUnsavedWork() {
	ui.listUnsaved(false, func(all []workspace.Unsaved) { ui.offerUnsaved(all, false, false) })
}

// offerUnsaved shows the work of all but the document shown's; at start, nothing when there is none,
// and only a word on the status line when quiet (the translator has begun typing).
func (ui *UI) offerUnsaved(all []workspace.Unsaved, atStart, quiet bool) {
	var list []workspace.Unsaved
	for _, u := range all {
		if !u.Of(ui.path, workspace.AutosaveID(ui.doc)) {
			list = append(list, u)
		}
	}
	switch {
	case len(list) > 0 && quiet:
		ui.setStatus(lang.N("{{.N}} other documents have unsaved work, kept: File › Recover unsaved work… lists it",
			len(list), map[string]any{"N": len(list)}))
	case len(list) > 0:
		ui.showUnsavedList(list)
	case !atStart:
		ui.showInfo(lang.L("Recover unsaved work"), lang.L("No unsaved work to recover: every document’s changes were saved, or are open in a Glose window."))
	}
}

// unsavedList is the dialog listing the unsaved work.
type unsavedList struct {
	ui    *UI
	d     *dialog.CustomDialog
	items []workspace.Unsaved
	rows  *fyne.Container
	room  *container.Scroll // the rows', as high as they are, up to a few
	// recover and setAside are each item's buttons, in the order of items.
	recover, setAside []*widget.Button
	later             *widget.Button
}

// showUnsavedList shows the work of list, the newest first, each with Recover and Set aside; Later
// (Escape) closes it, leaving everything to be offered again; Enter recovers the newest.
func (ui *UI) showUnsavedList(list []workspace.Unsaved) {
	l := &unsavedList{ui: ui, items: list, rows: container.NewVBox()}
	l.room = container.NewVScroll(l.rows)
	l.build()
	dir, _ := workspace.SetAsideDir()
	intro := newMessageText(lang.L("Glose ended without saving this work. Each autosave holds it as it was when written, at the time shown: what was typed in the last seconds before Glose stopped may be missing.")+"\n"+
		lang.L("Recover opens it. Set aside moves its autosave into {{.Dir}}, where it is kept but no longer offered. Later offers it again at the next start, and File › Recover unsaved work… at any time.",
			map[string]any{"Dir": quoteDir(dir)}), false)
	l.later = widget.NewButtonWithIcon(lang.L("Later"), theme.CancelIcon(), l.postpone)
	l.d = dialog.NewCustomWithoutButtons(lang.L("Recover unsaved work"), fitDialogContent(ui.win, container.NewBorder(intro, nil, nil, nil, l.room)), ui.win)
	l.d.SetButtons([]fyne.CanvasObject{l.later})
	l.d.Resize(fyne.NewSize(640, 0))
	ui.unsavedList = l
	ui.present(l.d, l.postpone, func() {
		for i, u := range l.items {
			if u.Err == nil {
				l.recover[i].OnTapped()
				return
			}
		}
	})
}

// build makes a row of each item: what it is, and its buttons.
func (l *unsavedList) build() {
	l.rows.RemoveAll()
	l.recover, l.setAside = nil, nil
	now := time.Now()
	for i, u := range l.items {
		title := widget.NewLabelWithStyle(unsavedTitle(u), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Truncation = fyne.TextTruncateEllipsis
		detail := newFluidText(unsavedDetail(u, now))
		rec := widget.NewButtonWithIcon(lang.L("Recover"), theme.DocumentIcon(), func() { l.recoverItem(u) })
		if i == 0 {
			rec.Importance = widget.HighImportance
		}
		if u.Err != nil {
			rec.Disable() // set aside, or kept for a newer Glose
		}
		aside := widget.NewButtonWithIcon(lang.L("Set aside"), theme.MoveDownIcon(), func() { l.setItemAside(u) })
		if _, newer := workspace.IsNewer(u.Err); newer {
			aside.Disable() // the newer Glose's to recover: kept where it offers it
		}
		l.recover, l.setAside = append(l.recover, rec), append(l.setAside, aside)
		buttons := container.NewVBox(rec, aside)
		l.rows.Add(container.NewBorder(nil, nil, nil, buttons, container.NewVBox(title, detail)))
		if i < len(l.items)-1 {
			l.rows.Add(widget.NewSeparator())
		}
	}
	l.room.SetMinSize(fyne.NewSize(560, min(float32(len(l.items))*110, 340)))
	l.rows.Refresh()
	if l.d != nil {
		l.d.Resize(fyne.NewSize(640, 0)) // fits the rows left
	}
}

// unsavedTitle names u's document: its title or first words, else its file's name.
func unsavedTitle(u workspace.Unsaved) string {
	switch {
	case u.Title != "":
		return u.Title
	case u.DocPath != "":
		return filepath.Base(u.DocPath)
	}
	return filepath.Base(u.Sidecar)
}

// unsavedDetail says where u's document is (its file, or never saved), when it was autosaved and how
// much of it is translated, or why its autosave cannot be read.
func unsavedDetail(u workspace.Unsaved, now time.Time) string {
	where := lang.L("never saved")
	if u.DocPath != "" {
		where = u.DocPath
		if _, err := os.Stat(u.DocPath); errors.Is(err, os.ErrNotExist) {
			where = lang.L("{{.File}} (deleted or moved)", map[string]any{"File": u.DocPath})
		} else if u.FileChanged {
			where = lang.L("{{.File}} (changed on disk since)", map[string]any{"File": u.DocPath})
		}
	}
	what := unsavedProgress(u)
	if u.Err != nil {
		what = autosaveDamage(u.Err)
	}
	return where + " · " + autosavedWhen(u.Autosaved, now) + " · " + what
}

// unsavedProgress says how far u's translation had come: the segments translated or reviewed of those
// to translate, then the drafts and the locked segments (not to translate) when there are any.
func unsavedProgress(u workspace.Unsaved) string {
	toDo := u.Segments - u.Locked
	what := lang.N("{{.Translated}} of {{.N}} segments translated", u.Translated, map[string]any{"Translated": u.Translated, "N": toDo})
	if u.Drafts > 0 {
		what += ", " + lang.N("{{.N}} drafts", u.Drafts, map[string]any{"N": u.Drafts})
	}
	if u.Locked > 0 {
		what += ", " + lang.N("{{.N}} locked segments, not to translate", u.Locked, map[string]any{"N": u.Locked})
	}
	return what
}

// autosavedWhen says when an autosave was written, as sinceWhen says since when.
func autosavedWhen(t, now time.Time) string {
	t, now = t.Local(), now.Local()
	at := map[string]any{"Time": t.Format("15:04")}
	day := func(x time.Time) time.Time { return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.Local) }
	switch day(now).Sub(day(t)).Round(time.Hour) / (24 * time.Hour) {
	case 0:
		return lang.L("autosaved today at {{.Time}}", at)
	case 1:
		return lang.L("autosaved yesterday at {{.Time}}", at)
	}
	at["Date"] = t.Format(lang.X("date.layout", "2 Jan 2006"))
	return lang.L("autosaved {{.Date}} at {{.Time}}", at)
}

// postpone closes the list: the work is offered again at the next start.
func (l *unsavedList) postpone() {
	l.d.Hide()
	l.ui.setStatus(lang.L("The unsaved work is kept: Glose offers it again at the next start (File › Recover unsaved work…)."))
}

// recoverItem opens u's work, unless another Glose has taken it or its document was saved since.
func (l *unsavedList) recoverItem(u workspace.Unsaved) {
	l.d.Hide()
	ui := l.ui
	name := unsavedTitle(u)
	if !u.StillUnsaved() {
		ui.showError(errors.New(lang.L("“{{.Name}}” is no longer to recover: another Glose window has opened it, or it was saved.", map[string]any{"Name": name})))
		return
	}
	terms := ui.userGlossary()
	ui.load(lang.L("Recovering “{{.Name}}”…", map[string]any{"Name": name}), "", func() (*loaded, error) {
		l, err := readUnsaved(u)
		if err == nil {
			ui.preannotateRecovered(l, terms)
		}
		return l, err
	})
}

// readUnsaved reads u's work as load shows it: the autosave's document, in place of its file's (which
// is locked, as opening it does), or without a file.
func readUnsaved(u workspace.Unsaved) (*loaded, error) {
	d, err := workspace.LoadRecovery(u.Sidecar)
	lost, err := partialRecovery(u.Sidecar, d, err)
	if err != nil {
		return nil, failed(lang.L("Could not recover “{{.Name}}”.", map[string]any{"Name": unsavedTitle(u)}), err)
	}
	if u.DocPath == "" {
		return &loaded{doc: d, fromAutosave: u.Sidecar, lost: lost}, nil
	}
	if _, err := os.Stat(u.DocPath); errors.Is(err, os.ErrNotExist) { // the window says it is gone
		lock, _ := workspace.AcquireLock(u.DocPath)
		return &loaded{doc: d, path: u.DocPath, lock: lock, fromAutosave: u.Sidecar, lost: lost}, nil
	}
	l, err := readNative(u.DocPath)
	if err != nil {
		return nil, err
	}
	l.doc, l.warns, l.fromAutosave, l.lost = d, integrityTexts(d), u.Sidecar, lost
	return l, nil
}

// setItemAside moves u's autosaves into the set-aside folder and takes it off the list, which closes
// once empty.
func (l *unsavedList) setItemAside(u workspace.Unsaved) {
	ui := l.ui
	to, err := workspace.SetAsideUnsaved(u, time.Now())
	if err != nil {
		ui.showError(failed(lang.L("Could not set the autosave aside: {{.Reason}} It is still {{.File}}.",
			map[string]any{"Reason": ioReason(err), "File": u.Sidecar}), nil))
		return
	}
	ui.setStatus(lang.L("The unsaved work “{{.Name}}” is set aside as {{.File}}.", map[string]any{"Name": unsavedTitle(u), "File": to}))
	for i := range l.items {
		if l.items[i].Sidecar == u.Sidecar {
			l.items = append(l.items[:i:i], l.items[i+1:]...)
			break
		}
	}
	if len(l.items) == 0 {
		l.d.Hide()
		return
	}
	l.build()
}

// restoreAutosave makes the document just shown, read from the autosave side, this window's unsaved
// changes, autosaved again at once as this window's: an autosave older than the lock is taken for a
// crashed window's (workspace.Recovery), and another window opened anyway would be offered it. When
// the file changed after the autosave, a save asks first (forgetBase). Recovered over its file's
// version as an undo step (undoable, see restoreInPlace), the work is undone as any step; otherwise
// no undo takes the document back to its file, and it stays modified until saved.
func (ui *UI) restoreAutosave(side string, undoable bool) {
	ui.forgetBase(side) // before the autosave is written again, newer than the file
	ui.recovered = side
	if !undoable {
		ui.ed.MarkUnsaved()
	}
	ui.dirty = true
	if ui.opts.Sync {
		ui.AutosaveNow()
	} else { // written on another goroutine: 25 MB for a 4 MB article, which froze the window
		ui.autosave.inBackground()
	}
	ui.updateTitle()
	ui.setStatus(lang.L("Recovered the autosave"))
	ui.focusRecovered()
}

// focusRecovered gives the focus to the English of the current segment, where the document's place
// (restorePlace, remembered at each autosave) put the person back, with its caret, once the dialogs
// the recovery may bring (work lost, warnings) are closed: after the question and the progress
// dialog no field had it, and the caret showed nowhere. The status line keeps what it says.
func (ui *UI) focusRecovered() {
	d := ui.doc
	ui.whenNoDialog(func() {
		if ui.doc != d || ui.cur < 0 || ui.cur >= len(d.Segments) {
			return
		}
		full, short := ui.status.full, ui.status.short
		ui.focusSegment(ui.cur, annotate.Target)
		ui.setStatusShort(full, short)
	})
}
