package app

import (
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/workspace"
)

// modal is a dialog the app shows, with what Escape and Enter do while it is the top one. Fyne's
// dialogs handle neither key: a key typed while no widget of the dialog has the focus reaches the
// canvas's handler (onTypedKey), which passes it to the top modal. File dialogs are shown through
// showFileDialog, which also makes their name box take Escape.
type modal struct {
	overlay       fyne.CanvasObject // the dialog's pop-up, to tell whether it is on top
	escape, enter func()            // nil: the key does nothing
	// keys takes the other keys no widget took, reporting whether it used them; nil for none
	keys func(*fyne.KeyEvent) bool
}

// present shows d and makes Escape run escape and Enter run enter while it is the top dialog. Use
// it for every dialog the app shows, so that every one can be closed from the keyboard.
// It returns the dialog's modal, whose keys may be set.
func (ui *UI) present(d dialog.Dialog, escape, enter func()) *modal {
	m := &modal{escape: escape, enter: enter}
	d.SetOnClosed(func() {
		ui.modals = slices.DeleteFunc(ui.modals, func(o *modal) bool { return o == m })
		if len(ui.modals) == 0 {
			then := ui.afterModals
			ui.afterModals = nil
			for _, f := range then {
				f()
			}
		}
	})
	d.Show()
	m.overlay = ui.win.Canvas().Overlays().Top()
	ui.modals = append(ui.modals, m)
	return m
}

// whenNoDialog runs f now when none of the dialogs present showed is open, else once the last closes:
// something that comes on its own (the work listed at start) then waits for the question asked
// before it, rather than hiding it and taking its Enter.
func (ui *UI) whenNoDialog(f func()) {
	if len(ui.modals) == 0 {
		f()
		return
	}
	ui.afterModals = append(ui.afterModals, f)
}

// topModal returns the dialog on top of the window when it is one present showed, else nil (no
// dialog, or another pop-up over it, such as a progress dialog or an open drop-down).
func (ui *UI) topModal() *modal {
	top := ui.win.Canvas().Overlays().Top()
	if top == nil || len(ui.modals) == 0 {
		return nil
	}
	if m := ui.modals[len(ui.modals)-1]; m.overlay == top {
		return m
	}
	return nil
}

// dialogOpen reports whether a dialog (or any pop-up) covers the window: the app's shortcuts then do
// nothing, so that a key meant for the dialog does not act on the document behind it. Every way a
// shortcut comes in checks it: the canvas's shortcuts (registerShortcuts), the focused field's
// (handleShortcut) and the main menu's (guardMenu).
func (ui *UI) dialogOpen() bool { return ui.win.Canvas().Overlays().Top() != nil }

// onTypedKey handles the keys no widget took: F1 shows the help, Escape and Enter go to the top
// dialog.
func (ui *UI) onTypedKey(ev *fyne.KeyEvent) {
	ui.tips.hide()
	m := ui.topModal()
	switch {
	case ev.Name == fyne.KeyEscape && m != nil && m.escape != nil:
		m.escape()
	case (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && m != nil && m.enter != nil:
		m.enter()
	case m != nil && m.keys != nil && m.keys(ev):
	case ev.Name == fyne.KeyF1 && !ui.dialogOpen():
		ui.showShortcuts()
	case !ui.dialogOpen():
		ui.keyWithoutFocus(ev)
	}
}

// showError reports err in a dialog, for what the user must know about: a file that cannot be read
// or written, a service that failed. Slips (nothing selected, no such suggestion) go to the status
// line through hint instead. Unlike Fyne's error dialog it shows the message as it is: Fyne's
// capitalises the first letter, turning "gloss.csv" into "Gloss.csv". The status line holds the
// message, to be read again while the person mends the file, but shows it only once the dialog is
// closed: it said the dialog's message a second time under it (a refused Markdown import's four lines).
func (ui *UI) showError(err error) {
	if err == nil || ui.sayLocked(err) {
		return
	}
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	ui.setStatus(msg)
	ui.status.quietWhile(msg, true)
	ui.showMessage(lang.L("Error"), err.Error(), theme.NewErrorThemedResource(theme.ErrorIcon()))
	ui.whenNoDialog(func() { ui.status.quietWhile(msg, false) })
}

// showInfo shows a message with an OK button; Escape and Enter close it.
func (ui *UI) showInfo(title, msg string) { ui.showMessage(title, msg, theme.InfoIcon()) }

// showMessage shows msg with an icon and an OK button; Escape and Enter close it.
func (ui *UI) showMessage(title, msg string, icon fyne.Resource) {
	ui.showText(title, newMessageText(msg, true), icon)
}

// showReport shows a summary of several lines (what a job did, in counts) aligned left, as the
// update and warning dialogs show theirs, with an icon and an OK button.
func (ui *UI) showReport(title, msg string, icon fyne.Resource) {
	ui.showText(title, newMessageText(msg, false), icon)
}

// showText shows a message with an icon and an OK button; Escape and Enter close it.
func (ui *UI) showText(title string, msg *messageText, icon fyne.Resource) {
	d := ui.newCloseDialog(title, lang.L("OK"), besideIcon(icon, msg))
	ui.present(d, d.Hide, d.Hide)
}

// besideIcon lays out a dialog's message with its icon at its left, at the top: Fyne's SetIcon draws
// the icon in the dialog's top right corner, over the first lines of a message as wide as the
// dialog, which it hid in part.
func besideIcon(icon fyne.Resource, msg fyne.CanvasObject) fyne.CanvasObject {
	img := canvas.NewImageFromResource(icon)
	img.FillMode = canvas.ImageFillContain
	side := 2 * theme.IconInlineSize()
	img.SetMinSize(fyne.NewSize(side, side))
	return container.NewBorder(nil, nil, container.NewVBox(img), nil, msg)
}

// confirm asks a yes/no question through Options.Confirm or a dialog; Escape answers no, Enter yes.
func (ui *UI) confirm(title, msg string, done func(bool)) {
	if ui.opts.Confirm != nil {
		ui.opts.Confirm(title, msg, done)
		return
	}
	d := ui.newConfirm(title, lang.L("Yes"), lang.L("No"), newMessageText(msg, true), done)
	ui.present(d, d.Dismiss, d.Confirm) // Enter answers yes, the default button
}

// hint tells the user, on the status line, why an action did nothing: no modal dialog for a slip, so
// that typing goes on.
func (ui *UI) hint(msg string) { ui.setStatus(msg) }

// run performs a user action and reports its error: a file error in a dialog, anything else (nothing
// selected, no such suggestion) on the status line.
func (ui *UI) run(fn func() error) {
	err := fn()
	if err == nil {
		return
	}
	if isFileError(err) {
		ui.showError(err)
		return
	}
	if ui.sayLocked(err) { // said in the user's language, with the way out
		return
	}
	ui.hint(err.Error())
}

// isFileError reports whether err comes from reading or writing a file.
func isFileError(err error) bool {
	var pe *fs.PathError
	var fe *fileError
	return errors.As(err, &pe) || errors.As(err, &fe)
}

// fileError is a failure to read or write a file, told in a sentence that names the file and what was
// being done, with the cause's own words (often English, from the system) after it.
type fileError struct {
	msg string // the translated sentence
	err error
}

func (e *fileError) Error() string {
	if e.err == nil {
		return e.msg
	}
	if workspace.IOProblem(e.err) != workspace.ProblemOther { // a cause said in the user's words
		return e.msg + "\n" + lang.L("Cause: {{.Reason}}", map[string]any{"Reason": ioReason(e.err)})
	}
	return e.msg + "\n" + lang.L("Detail: {{.Err}}", map[string]any{"Err": e.err.Error()})
}

func (e *fileError) Unwrap() error { return e.err }

// failed wraps err in a fileError whose sentence is msg, which names the file with quoteName.
func failed(msg string, err error) error { return &fileError{msg: msg, err: err} }

// quoteName is how messages name a file or document: its base name between quotation marks, « » in
// French.
func quoteName(path string) string {
	return lang.L("“{{.Name}}”", map[string]any{"Name": filepath.Base(path)})
}
