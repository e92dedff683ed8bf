package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dialogButton is a button of a dialog that takes the keys a dialog's user expects: Enter presses it,
// as Space does, and Escape (like any other key it does not use) goes where it would go were nothing
// focused, to the window's handler, which gives it to the top dialog. Fyne sends keys only to the
// focused widget, and its Button uses Space alone: once Tab had put the focus on a button, Escape
// left the dialog open and Enter did nothing. Every button of the app's dialogs is one, including
// the row of buttons at their foot (newDialog, newConfirm) that Fyne's builders made of its own.
type dialogButton struct {
	widget.Button
	keys func(*fyne.KeyEvent) // the keys the button does not use
}

// newDialogButton makes a dialog's button; icon may be nil.
func (ui *UI) newDialogButton(text string, icon fyne.Resource, tapped func()) *dialogButton {
	b := &dialogButton{keys: ui.onTypedKey}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey implements fyne.Focusable.
func (b *dialogButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil) // does nothing when disabled
	case fyne.KeySpace:
		b.Button.TypedKey(ev)
	default:
		if b.keys != nil {
			b.keys(ev)
		}
	}
}

// ownButton returns a dialog button that looks as b does and does what it does, for a button Fyne
// makes inside a widget of a dialog, such as a SelectEntry's list button (its ActionItem), to put in
// its place before the widget is first drawn. The dialog sets its keys.
func ownButton(b *widget.Button) *dialogButton {
	o := &dialogButton{}
	o.Text, o.Icon, o.OnTapped = b.Text, b.Icon, b.OnTapped
	o.ExtendBaseWidget(o)
	o.Importance, o.Alignment, o.IconPlacement = b.Importance, b.Alignment, b.IconPlacement
	if b.Disabled() {
		o.Disable()
	}
	return o
}

// newDialog makes a dialog whose buttons, at its foot, are the app's: Fyne's dialog.NewCustom,
// NewCustomConfirm, NewForm, NewConfirm and NewInformation make theirs of Fyne's Button, deaf to Enter
// and Escape. The app uses none of those: it builds every dialog with buttons through this function,
// newCloseDialog or newConfirm.
func (ui *UI) newDialog(title string, content fyne.CanvasObject, buttons ...*dialogButton) *dialog.CustomDialog {
	d := dialog.NewCustomWithoutButtons(title, content, ui.win)
	objs := make([]fyne.CanvasObject, len(buttons))
	for i, b := range buttons {
		objs[i] = b
	}
	d.SetButtons(objs)
	return d
}

// newCloseDialog makes a dialog with one button, reading dismiss, that closes it (what Fyne's
// dialog.NewCustom makes).
func (ui *UI) newCloseDialog(title, dismiss string, content fyne.CanvasObject) *dialog.CustomDialog {
	var d *dialog.CustomDialog
	b := ui.newDialogButton(dismiss, nil, func() { d.Hide() })
	d = ui.newDialog(title, content, b)
	return d
}

// confirmDialog is a dialog that asks to confirm, with a button that dismisses it and the default
// one, on the right, that confirms (what Fyne's dialog.NewCustomConfirm makes, with the app's buttons).
type confirmDialog struct {
	*dialog.CustomDialog
	ok  *dialogButton
	yes bool // the answer, when closed
}

// newConfirm makes a dialog that asks to confirm; done, when not nil, gets the answer once it is
// closed, false when closed otherwise than by the confirm button or Confirm.
func (ui *UI) newConfirm(title, confirm, dismiss string, content fyne.CanvasObject, done func(bool)) *confirmDialog {
	c := &confirmDialog{}
	no := ui.newDialogButton(dismiss, theme.CancelIcon(), c.Dismiss)
	c.ok = ui.newDialogButton(confirm, theme.ConfirmIcon(), c.Confirm)
	c.ok.Importance = widget.HighImportance
	c.CustomDialog = ui.newDialog(title, content, no, c.ok)
	c.SetOnClosed(func() {
		if done != nil {
			done(c.yes)
		}
	})
	return c
}

// newFormConfirm makes a dialog of form whose confirm button is disabled while the form does not
// validate (what Fyne's dialog.NewForm makes). The form scrolls in a window too small for it.
func (ui *UI) newFormConfirm(title, confirm, dismiss string, form *widget.Form, done func(bool)) *confirmDialog {
	c := ui.newConfirm(title, confirm, dismiss, fitDialogContent(ui.win, form), done)
	valid := func(err error) {
		if err != nil {
			c.ok.Disable()
		} else {
			c.ok.Enable()
		}
	}
	valid(form.Validate())
	form.SetOnValidationChanged(valid)
	return c
}

// Confirm closes the dialog with a yes, unless its confirm button is disabled.
func (c *confirmDialog) Confirm() {
	if c.ok.Disabled() {
		return
	}
	c.yes = true
	c.Hide()
}

// Dismiss closes the dialog with a no.
func (c *confirmDialog) Dismiss() {
	c.yes = false
	c.Hide()
}
