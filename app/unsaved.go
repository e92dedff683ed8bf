package app

import (
	"errors"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/workspace"
)

// What the user answers when the document has unsaved changes and another is about to replace it, or
// the window to close.
const (
	saveFirst = iota
	dontSave
	cancel
)

// settleUnsaved runs then once the document's unsaved changes are settled: saved, or given up when the
// user says so. Cancel (or closing the question) leaves everything as it is and runs nothing. While the
// question is open the changes are in the autosave, so a crash loses none of them.
func (ui *UI) settleUnsaved(question string, then func()) {
	if !ui.dirty {
		then()
		return
	}
	ui.AutosaveNow()
	ui.choose(lang.L("Unsaved changes"), question,
		[]string{lang.L("Save"), lang.L("Don't save"), lang.L("Cancel")}, func(choice int) {
			switch choice {
			case saveFirst:
				ui.saveThen(then)
			case dontSave:
				ui.discardAutosave(ui.path)
				then()
			}
		})
}

// documentName is how questions and the window title name the document, to be put between quotation
// marks: its file, the file it was imported from, the client's XLIFF file it keeps for merge-back
// (its unsaved work recovered from the autosave, which has no file, was named by its first French
// words), or else its title (without a final full stop, which the sentence around it may repeat).
func (ui *UI) documentName() string {
	switch {
	case ui.path != "":
		return filepath.Base(ui.path)
	case ui.origin != "":
		return filepath.Base(ui.origin)
	case ui.doc.Meta.Original != nil && ui.doc.Meta.Original.Name != "":
		return ui.doc.Meta.Original.Name
	case ui.doc.Title != "":
		return strings.TrimRight(ui.doc.Title, ".")
	}
	return ui.doc.ID
}

// choose asks a question with several answers through Options.Choose or a dialog whose buttons are
// the choices, the first one the default (Enter); done gets the index of the answer, or cancel when the
// dialog is closed otherwise (Escape).
func (ui *UI) choose(title, message string, choices []string, done func(int)) {
	if ui.opts.Choose != nil {
		ui.opts.Choose(title, message, choices, done)
		return
	}
	answered := false
	var d *dialog.CustomDialog
	buttons := make([]fyne.CanvasObject, len(choices))
	for i := len(choices) - 1; i >= 0; i-- { // the default on the right, as Fyne's dialogs have it
		b := ui.newDialogButton(choices[i], nil, func() {
			answered = true
			d.Hide()
			done(i)
		})
		switch i { // the icons of Fyne's own Confirm dialogs, as the other dialogs have
		case 0:
			b.Importance = widget.HighImportance
			b.SetIcon(theme.ConfirmIcon())
		case len(choices) - 1:
			b.SetIcon(theme.CancelIcon())
		}
		buttons[len(choices)-1-i] = b
	}
	d = dialog.NewCustomWithoutButtons(title, container.NewPadded(newMessageText(message, false)), ui.win)
	d.SetButtons(buttons)
	d.SetOnClosed(func() {
		if !answered {
			done(len(choices) - 1) // the last answer, Cancel
		}
	})
	d.Resize(fyne.NewSize(480, 0))
	ui.present(d, d.Hide, func() { // Escape is Cancel, Enter the default
		answered = true
		d.Hide()
		done(0)
	})
}

// NewFromClipboard opens the text on the clipboard as a new document, segmented and pre-annotated
// as an opened text file is: a translator copies an article from a web page and pastes it here.
func (ui *UI) NewFromClipboard() {
	text := ui.app.Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		ui.showError(errors.New(lang.L("The clipboard holds no text: copy an article, then try again.")))
		return
	}
	if len(text) > workspace.MaxFileSize {
		ui.showError(errors.New(lang.L("The clipboard holds {{.Size}} MB of text, more than Glose opens ({{.Max}} MB).",
			map[string]any{"Size": len(text) >> 20, "Max": workspace.MaxFileSize >> 20})))
		return
	}
	name := "pasted-" + time.Now().Format("2006-01-02-150405") + ".txt" // its ID, one per paste
	terms := ui.userGlossary()
	ui.load(lang.L("Opening the text from the clipboard…"), "", func() (*loaded, error) {
		d, warns, err := workspace.LoadBytes(name, []byte(text))
		if err != nil {
			return nil, err
		}
		l := &loaded{doc: d, warns: importWarningTexts(warns)}
		ui.preannotateOpened(l, terms)
		return l, nil
	})
}
