package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// showFileDialog shows an Open, Save or folder dialog in the document's folder (see setDialogDir),
// as one of the app's dialogs: Escape cancels it, as the Cancel button does, and the shortcuts wait
// while it is open. Use it for every file dialog.
//
// Escape reaches the canvas's handler only when no widget of the dialog has the focus. A save dialog
// opens with the focus in its name box, whose Entry takes Escape and does nothing with it: that box
// is replaced by one that cancels on Escape (see escapeNameBox).
func (ui *UI) showFileDialog(d *dialog.FileDialog, title string) {
	ui.showFileDialogIn(d, title, "")
}

// The size a file dialog asks for, within the window: Fyne's own is its least, which shows a
// folder's first six files, three a row, their names broken in two ("bbc.3817" over "90"); the list
// view, which Glose asks for first, gives each its whole name.
const fileDialogWidth, fileDialogHeight = 860, 600

// fileDialogTitle is the title of the file dialog a menu item opens: the item's label without its
// ellipsis ("Import a glossary (TBX, CSV)"), which says what the file is for, where Fyne's own title
// says only "Open File" ("Ouvrir Fichier" in French).
func fileDialogTitle(menuLabel string) string { return strings.TrimSuffix(menuLabel, "…") }

// showFileDialogIn is showFileDialog, starting in dir when it is a folder one can list (the Export
// dialogs start where the last export went).
func (ui *UI) showFileDialogIn(d *dialog.FileDialog, title, dir string) {
	ui.showFileDialogAt(d, title, dir, nil)
}

// showFileDialogAt is showFileDialogIn; save, for a save dialog, is the function it was made with,
// which the app's question before replacing a file calls (see askBeforeReplacing).
func (ui *UI) showFileDialogAt(d *dialog.FileDialog, title, dir string, save func(fyne.URIWriteCloser, error)) {
	d.SetTitleText(title)
	ui.setDialogDir(d)
	if dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	// Whole names, one a row. Fyne keeps the view each dialog last showed and prefers it: a user who
	// chose the grid, or whose older Glose showed Fyne's grid, keeps it until they click the list.
	d.SetView(dialog.ListView)
	room := ui.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(fileDialogWidth, room.Width-warningsMarginX), min(fileDialogHeight, room.Height-warningsMarginX)))
	var confirm *widget.Button
	m := ui.present(d, d.Dismiss, func() { // Enter opens or saves, as the button does, when it may
		if confirm != nil && !confirm.Disabled() {
			confirm.OnTapped()
		}
	})
	pop, ok := ui.win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	confirm = confirmButton(pop.Content)
	m.keys = ui.filesListKeys(pop.Content)
	ui.escapeNameBox(pop.Content, d.Dismiss)
	replacePlaces(pop.Content, d)
	if save != nil && confirm != nil {
		ui.askBeforeReplacing(d, pop.Content, confirm, save)
	}
}

// filesListKeys lets Enter open the file chosen with Space in the list of files of the file dialog
// whose content is o: the list, while it has the focus, takes Enter and does nothing with it
// (widget.List.TypedKey), and Fyne gives the app no way to see the key before it. Once Space chose a
// file, the list gives the focus up, so that Enter reaches the dialog's handler (onTypedKey, which
// opens); the arrows, which would now reach nobody, give the list the focus back and move in it, as
// the returned handler of the dialog's other keys does.
func (ui *UI) filesListKeys(o fyne.CanvasObject) func(*fyne.KeyEvent) bool {
	var last *widget.List
	hook := func() *widget.List {
		l := filesList(o) // Fyne makes another list when the grid is chosen and back
		if l != nil && l != last {
			last = l
			chosen := l.OnSelected
			l.OnSelected = func(id widget.ListItemID) {
				chosen(id) // a folder opens; a file is chosen
				if ui.win.Canvas().Focused() == l {
					ui.win.Canvas().Unfocus()
				}
			}
		}
		return l
	}
	hook()
	return func(ev *fyne.KeyEvent) bool {
		l := hook()
		if l == nil || (ev.Name != fyne.KeyUp && ev.Name != fyne.KeyDown) || ui.win.Canvas().Focused() != nil {
			return false
		}
		ui.win.Canvas().Focus(l)
		l.TypedKey(ev)
		return true
	}
}

// confirmButton returns the Open or Save button of the file dialog whose content is o: Fyne 2.7.1
// gives it alone the high importance (dialog/file.go makeOpenButton).
func confirmButton(o fyne.CanvasObject) *widget.Button {
	switch o := o.(type) {
	case *widget.Button:
		if o.Importance == widget.HighImportance {
			return o
		}
	case *fyne.Container:
		for _, c := range o.Objects {
			if b := confirmButton(c); b != nil {
				return b
			}
		}
	}
	return nil
}

// nameEntry is a text field that runs escape on Escape (a file dialog's name box, a dialog's
// field), which Fyne's Entry takes and does nothing with; a nil escape leaves the key to the Entry.
// keys, when set, sees the other keys first and reports whether it took them (the concordance's
// field gives Down to its hits).
type nameEntry struct {
	widget.Entry
	fyne   *widget.Entry // a file dialog's own box, which this one stands for (escapeNameBox)
	escape func()
	keys   func(*fyne.KeyEvent) bool
}

func newNameEntry(escape func()) *nameEntry {
	e := &nameEntry{escape: escape}
	e.ExtendBaseWidget(e)
	return e
}

// newPasswordNameEntry is a nameEntry that hides what is typed, with the button that shows it, as
// widget.NewPasswordEntry's.
func newPasswordNameEntry() *nameEntry {
	e := &nameEntry{}
	e.Password = true
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e) // the Entry adds its reveal button when it first renders
	return e
}

// TypedKey runs escape on Escape, offers other keys to keys, and hands the rest to the Entry.
func (e *nameEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.escape != nil {
		e.escape()
		return
	}
	if e.keys != nil && e.keys(ev) {
		return
	}
	e.Entry.TypedKey(ev)
}

// escapeNameBox finds the name box of the file dialog whose content is o (Fyne 2.7.1 puts it alone
// in a horizontal scroller, dialog/file.go makeUI) and shows a nameEntry in its place, focused. Fyne's
// dialog keeps reading and writing its own Entry (the Save button reads its text, choosing a file
// writes the file's name in it), so the two are kept in step both ways. It reports whether it found
// the box: an Open or folder dialog has none.
func (ui *UI) escapeNameBox(o fyne.CanvasObject, escape func()) bool {
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			if ui.escapeNameBox(c, escape) {
				return true
			}
		}
	case *container.Split:
		return ui.escapeNameBox(o.Leading, escape) || ui.escapeNameBox(o.Trailing, escape)
	case *container.Scroll:
		orig, ok := o.Content.(*widget.Entry)
		if !ok {
			return ui.escapeNameBox(o.Content, escape)
		}
		e := newNameEntry(escape)
		e.fyne = orig
		e.SetPlaceHolder(orig.PlaceHolder)
		e.SetText(orig.Text)
		e.OnSubmitted = orig.OnSubmitted // Enter saves
		e.OnChanged = func(s string) {
			if orig.Text != s {
				orig.SetText(s) // its OnChanged enables Save, or disables it for an empty name
			}
		}
		changed := orig.OnChanged
		orig.OnChanged = func(s string) {
			if changed != nil {
				changed(s)
			}
			if e.Text != s {
				e.SetText(s)
			}
		}
		o.Content = e
		o.Refresh()
		ui.win.Canvas().Focus(e)
		return true
	}
	return false
}
