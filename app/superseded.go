package app

import (
	"os"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/workspace"
)

// offerOlder offers, once the document just opened is shown, the autosave of a session that did not
// end cleanly whose file another program or window saved since (workspace.Superseded): older than
// the file, it is not the one offerRecovery asks about, but it holds work the file lacks. Comparing
// them reads both, seconds for a long article: it runs behind the progress dialog, which keeps the
// keys from a document the answer may replace. Then the start's list of unsaved work may come.
func (ui *UI) offerOlder() {
	shown, path, id := ui.doc, ui.path, workspace.AutosaveID(ui.doc)
	what := lang.L("Comparing the autosave of “{{.Name}}” with its file…", map[string]any{"Name": ui.documentName()})
	ui.progress.run(what, func() func() {
		workspace.PruneStale(path, id) // those holding nothing the file lacks
		side, ok := workspace.Superseded(path, id)
		return func() {
			if !ok || ui.doc != shown || ui.path != path {
				ui.startSettled()
				return
			}
			ui.askOlder(side)
		}
	})
}

// askOlder asks whether to recover the autosave side, older than the document's file: saving the
// work recovered then asks before replacing the version on disk (see restoreAutosave).
func (ui *UI) askOlder(side string) {
	var at time.Time
	if si, err := os.Stat(side); err == nil {
		at = si.ModTime()
	}
	msg := lang.L("Glose was closed without saving the changes to “{{.Name}}” ({{.When}}), and the file has changed on disk since: another program or window saved it. Recover your changes? Saving them will then ask before replacing the version on disk, and keep the one you replace as a copy.",
		map[string]any{"Name": ui.documentName(), "When": autosavedWhen(at, time.Now())})
	ui.confirm(lang.L("Recover unsaved changes"), msg, func(yes bool) {
		if !yes {
			ui.recovered = side
			ui.discardAutosave(ui.path)
			ui.startSettled()
			return
		}
		ui.recoverFrom(side)
	})
}

// forgetBase makes the window, which has just taken the changes of the autosave side, ask before a
// save replaces its file when the file is no older than the autosave: the changes were made on an
// earlier version of the file, which is gone, and the one on disk now holds someone else's work. The
// question offers to overwrite it (keeping it as a copy), reload it or save elsewhere. The version on
// disk counts as told about: the recovery's question said it changed.
func (ui *UI) forgetBase(side string) {
	if ui.path == "" || !workspace.FileNewerThan(ui.path, side) {
		return
	}
	if v, err := workspace.ReadVersion(ui.path); err == nil {
		ui.diskSeen = v
	}
	ui.disk = workspace.Version{Exists: true} // matches no file: the save asks
}

// restoreInPlace puts the work recovered in l over the document shown, its file's version just
// opened, as one undo step (annotate.Editor.Restore): Ctrl+Z gives the file's version back, Ctrl+Y
// the work. It does not for a document without a file (no version of it to go back to), nor when
// another document is shown, and reports whether it did.
func (ui *UI) restoreInPlace(l *loaded) bool {
	if l.annotating != nil || ui.path == "" || ui.path != l.path || ui.doc == nil || ui.doc.Text != l.doc.Text {
		return false
	}
	if err := ui.ed.Restore(l.doc); err != nil {
		return false
	}
	ui.colors = labelColors(ui.doc) // the work may have labels the file had not
	ui.refreshTagMenu()
	ui.palette.rebuild()
	return true
}
