package app

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/workspace"
)

// File › Close (Ctrl+W) closes the document and leaves the window on the start view, as LibreOffice
// goes back to its Start Center and OmegaT to its empty editor once a project is closed: the work is
// done with, and the sample article in its place would be a document of its own, to close in turn.
// The start view says no document is open, with Open… and the files last opened as buttons.

// startRecent is how many recent files the start view lists; File › Open Recent has them all.
const startRecent = 5

// closeDocument closes the document, asking first to save its unsaved changes as quitting does
// (Cancel keeps it open), and shows the start view.
func (ui *UI) closeDocument() {
	ui.settleUnsaved(lang.L("Save the changes to “{{.Name}}” before closing?", map[string]any{"Name": ui.documentName()}), func() {
		name := ui.documentName()
		ui.setDocument(ui.blank, "")
		ui.annotateOffer.hide()
		ui.origin, ui.fromCorpus = "", false
		ui.disk, ui.diskSeen = workspace.Version{}, workspace.Version{}
		ui.holdLock(nil) // another window may now open it for writing
		ui.readOnly, ui.second, ui.goneSeen = false, false, false
		ui.unblockSave()
		for _, a := range []int{alertSave, alertAutosave, alertGone} {
			ui.alerts.set(a, "")
		}
		ui.updateTitle()
		ui.setStatus(lang.L("Closed “{{.Name}}”", map[string]any{"Name": name}))
	})
}

// startView is what the window shows where the segments are when there are none: a message (see
// showEmptyHint) and, with no document open, buttons that open one.
type startView struct {
	box     *fyne.Container
	buttons *fyne.Container // Open…, the sample, the recent files; shown with no document open
}

// newStartView returns the start view of ui, whose message is ui.emptyHint.
func (ui *UI) newStartView() *startView {
	v := &startView{buttons: container.NewVBox()}
	v.buttons.Hide()
	v.box = container.NewVBox(layout.NewSpacer(), ui.emptyHint, container.NewCenter(v.buttons), layout.NewSpacer())
	return v
}

// showButtons shows the buttons when no document is open, made afresh from the recent files, or
// hides them.
func (ui *UI) showStartButtons(show bool) {
	v := ui.start
	if !show {
		v.buttons.Hide()
		return
	}
	open := ui.newDialogButton(lang.L("Open…"), theme.FolderOpenIcon(), ui.openDialog)
	open.Importance = widget.HighImportance
	sample := ui.newDialogButton(lang.L("Open the sample article"), theme.DocumentIcon(), ui.OpenSample)
	objs := []fyne.CanvasObject{container.NewCenter(container.NewHBox(open, sample))}
	recent := ui.recentFiles()
	if len(recent) > 0 {
		objs = append(objs, widget.NewLabelWithStyle(lang.L("Recent files"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	for _, p := range recent[:min(len(recent), startRecent)] {
		label := filepath.Base(p) + " — " + shortFolder(filepath.Dir(p))
		if !isNative(p) {
			label += " " + lang.L("(new import)")
		}
		b := ui.newDialogButton(label, theme.FileIcon(), func() { ui.Open(p) })
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		objs = append(objs, b)
	}
	v.buttons.Objects = objs
	v.buttons.Show()
	v.buttons.Refresh()
}

// shortFolder names folder for the start view's list: the home folder as "~", and a folder of more
// than startFolderLen characters by its start and end, the end kept longer, as it names the client or
// the project: a button as wide as a deep path went past the pane.
func shortFolder(folder string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" && (folder == home || strings.HasPrefix(folder, home+string(filepath.Separator))) {
		folder = "~" + folder[len(home):]
	}
	r := []rune(folder)
	if len(r) <= startFolderLen {
		return folder
	}
	head := startFolderLen / 3
	return string(r[:head]) + "…" + string(r[len(r)-(startFolderLen-head-1):])
}

// startFolderLen is how many characters of a recent file's folder the start view shows at most.
const startFolderLen = 48
