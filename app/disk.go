package app

import (
	"errors"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// The document's file may change under the window: another Glose window, another program, a sync
// tool. The window keeps the version of the file it read or last saved (ui.disk), so that a save
// never replaces work it has not seen (resolveConflict), and looks at the file when it gets the focus
// back and every few seconds (checkDisk), to offer the new version. A lock file tells a second window
// that the document is open already (askOpenTaken).

// diskCheckEvery is how often the window looks whether its file changed on disk (a stat; the file is
// read only when its size or time changed).
const diskCheckEvery = 2 * time.Second

// holdLock keeps l as the lock of the document shown, releasing the previous document's.
func (ui *UI) holdLock(l *workspace.Lock) {
	if ui.lock != nil && (l == nil || ui.lock.File() != l.File()) {
		ui.lock.Release()
	}
	ui.lock = l
}

// lockAfterSaveAs locks the file the document was just saved as, in place of its old one; a file
// another window holds is saved all the same (the Save As dialog asked), unlocked.
func (ui *UI) lockAfterSaveAs(path string) {
	l, err := workspace.AcquireLock(path)
	ui.holdLock(l)
	var taken *workspace.LockedError
	ui.second = errors.As(err, &taken)
}

// keepLock keeps the document locked while this window edits it: a window opened anyway takes the
// lock over once the window that held it has closed (or crashed), and a window whose lock went
// takes it back, so that a third window is still told the document is open. A read-only window
// never locks: it saves nothing to the file.
func (ui *UI) keepLock() {
	if ui.readOnly || (ui.lock == nil && !ui.second) {
		return
	}
	if l, err := workspace.KeepLock(ui.path, ui.lock); err == nil {
		ui.lock = l
	}
}

// Answers to askOpenTaken's question; a lock of another computer adds takeOver before Cancel.
const (
	takenReadOnly = iota
	takenAnyway
	takenTakeOver
)

// askOpenTaken asks what to do with a document another window (or another person) has open: open it
// read-only (Save then asks for another file), open it anyway, or leave it. A lock of another
// computer (a shared folder), which this one cannot check, may be left by a Glose that crashed or a
// computer switched off there, as LibreOffice's may: the user can also take it over, as they can
// there, and this window then holds the lock.
func (ui *UI) askOpenTaken(l *loaded, origin string) {
	o := l.taken.Owner
	args := map[string]any{"Name": filepath.Base(l.path), "User": o.User, "Host": o.Host, "Since": sinceWhen(o.Since, time.Now())}
	msg := lang.L("“{{.Name}}” is already open in Glose: by {{.User}} on {{.Host}} {{.Since}}. Two windows saving the same file would overwrite each other’s work.", args)
	if o.User == "" {
		msg = lang.L("“{{.Name}}” is already open in Glose on {{.Host}} {{.Since}}. Two windows saving the same file would overwrite each other’s work.", args)
	}
	choices := []string{lang.L("Open read-only"), lang.L("Open anyway")}
	if !o.OnThisHost() {
		msg += "\n\n" + lang.L("This computer cannot tell whether Glose still runs on {{.Host}}. If it does not (it was closed badly, or the computer was switched off), take the document over: this window then holds it, and other windows are told.", args)
		choices = append(choices, lang.L("Take over"))
	}
	choices = append(choices, lang.L("Cancel"))
	ui.choose(lang.L("Document already open"), msg, choices, func(choice int) {
		switch {
		case choice == takenReadOnly:
			ui.show(l, origin, true)
		case choice == takenAnyway:
			ui.show(l, origin, false)
		case choice == takenTakeOver && len(choices) == 4:
			ui.takeOver(l, origin)
		}
	})
}

// takeOver takes over the lock the user was shown and opens the document for editing; a lock taken
// since by another window is asked about again, naming it.
func (ui *UI) takeOver(l *loaded, origin string) {
	lock, err := workspace.TakeOverLock(l.path, l.taken.Owner)
	var taken *workspace.LockedError
	switch {
	case errors.As(err, &taken):
		l.taken = taken
		ui.askOpenTaken(l, origin)
	case err != nil:
		ui.showError(failed(lang.L("Could not take over {{.Name}}.", map[string]any{"Name": quoteName(l.path)}), err))
	default:
		args := map[string]any{"Name": quoteName(l.path), "Host": l.taken.Owner.Host}
		l.lock, l.taken = lock, nil
		l.status = lang.L("{{.Name}} taken over from {{.Host}}: this window holds it now.", args)
		ui.show(l, origin, false)
	}
}

// sinceWhen says since when for people, in the interface's language: "since today at 10:42", "since
// yesterday at 18:05", else with the date as the language writes it ("since 27 Nov 2026 at 09:56",
// « depuis le 27/11/2026 à 09:56 »).
func sinceWhen(t, now time.Time) string {
	t, now = t.Local(), now.Local()
	at := map[string]any{"Time": t.Format("15:04")}
	day := func(x time.Time) time.Time { return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.Local) }
	switch day(now).Sub(day(t)).Round(time.Hour) / (24 * time.Hour) {
	case 0:
		return lang.L("since today at {{.Time}}", at)
	case 1:
		return lang.L("since yesterday at {{.Time}}", at)
	}
	at["Date"] = t.Format(lang.X("date.layout", "2 Jan 2006"))
	return lang.L("since {{.Date}} at {{.Time}}", at)
}

// unsavableHere is the lasting warning for a document just opened that cannot be saved to its file,
// or "".
func (ui *UI) unsavableHere(l *loaded) string {
	name := quoteName(l.path)
	switch {
	case l.path == "":
		return ""
	case ui.readOnly:
		return lang.L("{{.Name}} is open in another window, and here read-only: Save asks for another file.", map[string]any{"Name": name})
	case l.unwritable != nil: // just opened: no changes yet, only those to come
		return lang.L("{{.Name}} cannot be saved where it is: {{.Reason}} Any changes you make are autosaved; use Save As to keep them.",
			map[string]any{"Name": name, "Reason": ioReason(l.unwritable)})
	}
	return ""
}

// saveFailed is the lasting warning of a save to path that failed with err. A document with unsaved
// changes has them autosaved; one without has nothing to lose, and the warning speaks of the changes
// to come (it stays up while they are made).
func saveFailed(path string, err error, changed bool) string {
	args := map[string]any{"Name": quoteName(path), "Reason": ioReason(errors.Unwrap(err))}
	if !changed {
		return lang.L("{{.Name}} could not be saved: {{.Reason}} Any changes you make are autosaved; use Save As to keep them.", args)
	}
	return lang.L("{{.Name}} could not be saved: {{.Reason}} Your changes are autosaved; use Save As to keep them.", args)
}

// Answers to resolveConflict's question.
const (
	conflictOverwrite = iota
	conflictReload
	conflictSaveAs
	conflictCancel
)

// resolveConflict asks what to do when the document's file changed on disk since it was opened or
// last saved, then runs then once the document is saved. Neither side's work is lost: Overwrite keeps
// the version on disk as a copy beside the file, Reload keeps this window's as a copy.
func (ui *UI) resolveConflict(then func()) {
	msg := lang.L("“{{.Name}}” was changed on disk by another window or program since you opened or last saved it.", map[string]any{"Name": filepath.Base(ui.path)}) +
		"\n\n" + lang.L("Overwrite: save your version, and keep the one on disk as a copy beside it.") +
		"\n" + lang.L("Reload: open the version on disk, and keep yours as a copy beside it.")
	ui.choose(lang.L("File changed on disk"), msg,
		[]string{lang.L("Overwrite"), lang.L("Reload"), lang.L("Save As…"), lang.L("Cancel")}, func(choice int) {
			switch choice {
			case conflictOverwrite:
				ui.overwrite(then)
			case conflictReload:
				ui.reloadKeepingMine()
			case conflictSaveAs:
				ui.saveAsThen(then)
			}
		})
}

// overwrite keeps the file's version on disk as a copy, then saves over it.
func (ui *UI) overwrite(then func()) {
	path := ui.path
	copyPath, err := workspace.KeepCopy(path, "disk", nil, time.Now())
	if err != nil {
		ui.showError(failed(lang.L("Could not keep a copy of {{.Name}}: nothing was saved.", map[string]any{"Name": quoteName(path)}), err))
		return
	}
	if err := ui.saveOver(path, true); err != nil {
		ui.showError(err)
		return
	}
	ui.setStatus(lang.L("Saved {{.Name}}; the version that was on disk is kept as {{.Copy}}", map[string]any{"Name": path, "Copy": filepath.Base(copyPath)}))
	if then != nil {
		then()
	}
}

// reloadKeepingMine writes the document as a copy beside its file, then opens the file's version.
func (ui *UI) reloadKeepingMine() {
	path := ui.path
	data, err := annotate.Marshal(ui.doc)
	var copyPath string
	if err == nil {
		copyPath, err = workspace.KeepCopy(path, "mine", data, time.Now())
	}
	if err != nil {
		ui.showError(failed(lang.L("Could not keep a copy of your version: nothing was reloaded."), err))
		return
	}
	ui.discardAutosave(path) // the copy has the changes
	ui.markSaved()
	ui.reload(func() {
		ui.setStatus(lang.L("Reloaded {{.Name}}; your version is kept as {{.Copy}}", map[string]any{"Name": path, "Copy": filepath.Base(copyPath)}))
	})
}

// reload opens the document's file again, as it is on disk, then runs then.
func (ui *UI) reload(then func()) {
	path, origin := ui.path, ui.origin
	ui.afterReload = then
	ui.loadNow(lang.L("Opening {{.Name}}…", map[string]any{"Name": filepath.Base(path)}), origin, func() (*loaded, error) {
		l, err := readNative(path)
		if err == nil {
			l.again = true // this window has it open: no question about another window's lock
		}
		return l, err
	})
}

// checkDisk looks whether the document's file changed on disk since it was read or last saved, and
// tells once about each new version: with no unsaved changes it offers to reload it; with some, it
// warns that saving will ask what to do. quick trusts an unchanged size and time (for the frequent
// look); without it the file is read and hashed (when the window gets the focus back).
func (ui *UI) checkDisk(quick bool) {
	if ui.path == "" || ui.closed {
		return
	}
	ui.keepLock()
	if !ui.disk.Exists || ui.dialogOpen() {
		return
	}
	changed, now, err := workspace.Changed(ui.path, ui.disk, quick)
	if err != nil {
		return // unreadable: a save says why, or writes it again
	}
	if !now.Exists {
		ui.fileGone()
		return
	}
	ui.fileBack()
	if !changed {
		ui.disk = now // touched only: the next quick look needs no hash
		return
	}
	if now.SameContent(ui.diskSeen) {
		return // already told
	}
	ui.diskSeen = now
	name := map[string]any{"Name": filepath.Base(ui.path)}
	if ui.dirty {
		ui.showMessage(lang.L("File changed on disk"), lang.L("“{{.Name}}” was changed on disk by another window or program. You have unsaved changes here: saving will ask whether to overwrite the other version or reload it, and keep the one you leave as a copy.", name), theme.NewWarningThemedResource(theme.WarningIcon()))
		return
	}
	ui.confirm(lang.L("File changed on disk"), lang.L("“{{.Name}}” was changed on disk by another window or program. Reload it?", name), func(yes bool) {
		if yes && !ui.dirty {
			ui.reload(nil)
		}
	})
}

// watchDisk looks at the document's file every diskCheckEvery and when the window gets the focus back.
func (ui *UI) watchDisk() {
	ui.app.Lifecycle().SetOnEnteredForeground(func() { ui.checkDisk(false) })
	go func() {
		tick := time.NewTicker(diskCheckEvery)
		defer tick.Stop()
		for range tick.C {
			closed := false
			fyne.DoAndWait(ui.ending.guard(func() {
				closed = ui.closed
				if !closed {
					ui.checkDisk(true)
				}
			}))
			if closed || ui.ending.stopped.Load() {
				return
			}
		}
	}()
}
