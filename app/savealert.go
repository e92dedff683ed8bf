package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// The save warning (alertSave) of a save that failed, or of a document opened where it cannot be
// saved, goes as soon as a save could succeed: each autosave, while it is up, also writes as many
// bytes as a save would to a temporary file beside the file, and takes that file away (saveProbe).
// The document itself is written only when the user saves.

// saveBlock is why the save warning is up: the file a save could not write, the warning shown and
// the problem behind it.
type saveBlock struct {
	path    string
	msg     string
	problem workspace.Problem
}

// blockSave shows msg as the save warning, about path, which could not be written because of err.
func (ui *UI) blockSave(path, msg string, err error) {
	ui.alerts.set(alertSave, msg)
	ui.saveBlock = &saveBlock{path: path, msg: msg, problem: workspace.IOProblem(err)}
}

// unblockSave takes the save warning away.
func (ui *UI) unblockSave() {
	ui.alerts.set(alertSave, "")
	ui.saveBlock = nil
}

// saveProbe returns what looks, off the UI goroutine, whether the problem of the save warning is
// over, for snap, the document as a save would write it; it returns what takes the answer on the UI
// goroutine. It is nil when no such warning is up.
func (ui *UI) saveProbe(snap *annotate.Document) func() func() {
	b := ui.saveBlock
	if b == nil {
		return nil
	}
	return func() func() {
		size := 0
		if data, err := annotate.Marshal(snap); err == nil {
			size = len(data)
		}
		err := workspace.ProbeSave(b.path, size)
		return func() { ui.probed(b, err) }
	}
}

// probed takes saveProbe's answer err for the warning b: the warning goes when a save could succeed,
// and says the new cause when the cause changed. A warning other than b (a save since, which
// succeeded or failed anew) is newer than the answer, and stays as it is.
func (ui *UI) probed(b *saveBlock, err error) {
	if ui.saveBlock != b || ui.closed {
		return
	}
	if err == nil {
		ui.unblockSave()
		ui.setStatus(lang.L("{{.Name}} can be saved again: what stopped the save is over. Save to keep your changes in it.",
			map[string]any{"Name": quoteName(b.path)}))
		return
	}
	if workspace.IOProblem(err) != b.problem {
		ui.blockSave(b.path, saveFailed(b.path, failed("", err), ui.dirty), err)
	}
}
