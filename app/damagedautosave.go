package app

import (
	"errors"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
	"github.com/glose-app/glose/workspace"
)

// Answers to damagedAutosave's question.
const (
	autosaveSetAside = iota
	autosaveKeep
)

// damagedAutosave says that the autosave side, offered for recovery, cannot be read (err), why in an
// autosave's terms, and offers to set it aside: moved out of the autosaves under a name of its own,
// never deleted, so that it is not offered at every opening. Keep leaves it where it is.
func (ui *UI) damagedAutosave(side string, err error) {
	args := map[string]any{"Name": ui.documentName(), "File": side, "Cause": autosaveDamage(err)}
	dir, _ := workspace.SetAsideDir()
	msg := lang.L("The changes to “{{.Name}}” cannot be recovered: their autosave cannot be read. {{.Cause}} The document is as it was last saved.", args) +
		"\n\n" + lang.L("Set aside: move the autosave into {{.Dir}}, where it is kept but no longer offered.", map[string]any{"Dir": quoteDir(dir)}) +
		"\n" + lang.L("Keep: leave it as {{.File}}; it is offered again the next time the document opens.", args)
	ui.choose(lang.L("Damaged autosave"), msg, []string{lang.L("Set aside"), lang.L("Keep")}, func(choice int) {
		if choice != autosaveSetAside {
			ui.setStatus(lang.L("The autosave of “{{.Name}}” is kept as {{.File}}.", args))
			return
		}
		to, err := workspace.SetAsideAutosave(side, time.Now())
		if err != nil {
			ui.showError(failed(lang.L("Could not set the autosave aside: {{.Reason}} It is still {{.File}}.",
				map[string]any{"Reason": ioReason(err), "File": side}), nil))
			return
		}
		ui.setStatus(lang.L("The autosave of “{{.Name}}” is set aside as {{.File}}.", map[string]any{"Name": ui.documentName(), "File": to}))
	})
}

// newerAutosave says that the autosave side, of the document shown, was written by a newer Glose
// (in format): this one does not recover it, as it would drop what it does not know, and keeps it as
// it is (workspace.NewerError), its own autosaves of the document going beside it. No question: there
// is nothing to choose, and nothing to set aside.
func (ui *UI) newerAutosave(side, format string) {
	ui.showInfo(lang.L("Changes autosaved by a newer Glose"), lang.L("The changes to “{{.Name}}” were autosaved by a newer version of Glose: their autosave is in version {{.Version}} of the Glose format, and this Glose reads {{.Supported}}. Open the document with that version of Glose to recover them; the autosave is kept as it is, as {{.File}}. Here the document is as it was last saved.",
		map[string]any{"Name": ui.documentName(), "Version": format, "Supported": annotate.Format, "File": side}))
}

// autosaveDamage says why an autosave cannot be read, in the words of an autosave: Glose wrote it,
// so a file cut short is a write stopped by a crash, not a download interrupted.
func autosaveDamage(err error) string {
	var ve *annotate.ValidationError
	var ie *infile.Error
	if format, newer := workspace.IsNewer(err); newer {
		return lang.L("It was written by a newer version of Glose (version {{.Version}} of the Glose format; this one reads {{.Supported}}): open it with that version. It is kept as it is.",
			map[string]any{"Version": format, "Supported": annotate.Format})
	}
	switch {
	case errors.As(err, &ve) && ve.Code == annotate.InvalidFormatVersion:
		return lang.L("It was written by a newer version of Glose: update Glose to recover it.")
	case errors.As(err, &ie) && (ie.Code == infile.ErrJSONCutShort || ie.Code == infile.ErrJSONEmpty || ie.Code == infile.ErrCutShort):
		return lang.L("It is cut short: Glose or the computer stopped while it was being written.")
	}
	detail := importErrorText(err)
	if detail == "" {
		detail = err.Error()
	}
	return lang.L("It is damaged: {{.Detail}}", map[string]any{"Detail": sentence(detail)})
}
