package app

import (
	"errors"
	"io/fs"
	"os"

	"fyne.io/fyne/v2/lang"
)

// A document's file deleted or moved by another program while it is open: the window's look at the
// file (checkDisk) says so across the top of the window, and a save asks before writing the file
// there again. The work stays in the window and in its autosave whatever the answer.

// Answers to askSaveGone's question.
const (
	goneSaveHere = iota
	goneSaveAs
	goneCancel // does nothing
)

// isGone reports whether the document's file, read or saved by this window, is no longer there.
func (ui *UI) isGone() bool {
	if ui.path == "" || !ui.disk.Exists {
		return false
	}
	_, err := os.Lstat(ui.path)
	return errors.Is(err, fs.ErrNotExist)
}

// fileGone says, once, that the document's file was deleted or moved.
func (ui *UI) fileGone() {
	if ui.goneSeen {
		return
	}
	ui.goneSeen = true
	ui.alerts.set(alertGone, lang.L("{{.Name}} was deleted or moved by another program. Your work is still here, and autosaved: Save asks before writing the file there again; Save As writes it elsewhere.",
		map[string]any{"Name": quoteName(ui.path)}))
}

// fileBack takes away the warning of fileGone: the file is there again, or was just saved.
func (ui *UI) fileBack() {
	if ui.goneSeen {
		ui.goneSeen = false
		ui.alerts.set(alertGone, "")
	}
}

// askSaveGone asks what to do with a save whose file was deleted or moved meanwhile: write it there
// again, save it elsewhere, or nothing; then runs then (if not nil) once the document is saved.
func (ui *UI) askSaveGone(then func()) {
	ui.fileGone()
	args := map[string]any{"Name": quoteName(ui.path), "Path": ui.path}
	msg := lang.L("{{.Name}} was deleted or moved by another program since you opened or last saved it.", args) +
		"\n\n" + lang.L("Save here again: write the document as {{.Path}} again.", args) +
		"\n" + lang.L("Save As: write it elsewhere (if the file was moved, where it is now).")
	ui.choose(lang.L("File deleted or moved"), msg,
		[]string{lang.L("Save here again"), lang.L("Save As…"), lang.L("Cancel")}, func(choice int) {
			switch choice {
			case goneSaveHere:
				ui.saveHere(then)
			case goneSaveAs:
				ui.saveAsThen(then)
			}
		})
}
