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
	var files *filesKeys
	m := ui.present(d, d.Dismiss, func() { // Enter opens or saves, as the button does, when it may
		if files != nil && save == nil {
			files.chooseHighlighted() // a file, which the button then opens, or a folder, which disables it
		}
		if confirm != nil && !confirm.Disabled() {
			confirm.OnTapped()
		}
	})
	pop, ok := ui.win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	confirm = confirmButton(pop.Content)
	files = ui.filesListKeys(pop.Content)
	m.keys = files.key
	ui.escapeNameBox(pop.Content, d.Dismiss)
	replacePlaces(pop.Content, d)
	if save != nil && confirm != nil {
		ui.askBeforeReplacing(d, pop.Content, confirm, save)
	}
}

// filesKeys moves in the list of files of a file dialog from the keyboard. Fyne's list, while it has
// the focus, takes Enter and does nothing with it (widget.List.TypedKey), and Fyne gives the app no way
// to see the key before it: Down, Down, Enter on a file did nothing, and only Space chose it. So the
// arrows, while no widget has the focus (as when an Open dialog opens), move the list's highlight
// without giving it the focus, and Enter, which then reaches the dialog, chooses the highlighted row
// as Space does (in an Open dialog: a file, which it then opens, or a folder, which it goes into).
// Space in a list that has the focus (reached with Tab) gives the focus up once it chose a row, so
// that Enter reaches the dialog too.
type filesKeys struct {
	ui      *UI
	content fyne.CanvasObject
	last    *widget.List // the list hooked: Fyne makes another when the grid is chosen and back
	driven  *widget.List // the list whose highlight the arrows moved, until a row is chosen
}

// filesListKeys hooks the list of files of the file dialog whose content is o.
func (ui *UI) filesListKeys(o fyne.CanvasObject) *filesKeys {
	f := &filesKeys{ui: ui, content: o}
	f.hook()
	return f
}

// hook returns the dialog's list of files, wrapping its OnSelected the first time it is seen.
func (f *filesKeys) hook() *widget.List {
	l := filesList(f.content)
	if l != nil && l != f.last {
		f.last = l
		chosen := l.OnSelected
		l.OnSelected = func(id widget.ListItemID) {
			chosen(id) // a folder opens; a file is chosen
			if c := f.ui.win.Canvas(); c.Focused() == l {
				c.Unfocus()
			}
		}
	}
	return l
}

// key takes Up, Down and Space while no widget has the focus, reporting whether it took ev.
func (f *filesKeys) key(ev *fyne.KeyEvent) bool {
	l := f.hook()
	if l == nil || f.ui.win.Canvas().Focused() != nil {
		return false
	}
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown:
		if f.driven != l { // from the top: the list keeps its row from the folder it showed before
			up := &fyne.KeyEvent{Name: fyne.KeyUp}
			for range l.Length() {
				l.TypedKey(up)
			}
		}
		l.FocusGained() // draws the highlight, the canvas's focus staying nowhere
		l.TypedKey(ev)
		f.driven = l
		return true
	case fyne.KeySpace:
		if f.driven == l {
			f.chooseHighlighted()
			return true
		}
	}
	return false
}

// chooseHighlighted chooses the row the arrows highlighted, as Space does in the list: a file, or a
// folder, which opens.
func (f *filesKeys) chooseHighlighted() {
	l := f.hook()
	if l == nil || f.driven != l || f.ui.win.Canvas().Focused() != nil {
		return
	}
	f.driven = nil
	l.FocusLost()
	l.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
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
