package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// fileSave is a save dialog with the function it was made with: the app's own question before
// replacing a file calls it, as Fyne's dialog does after its own.
type fileSave struct {
	*dialog.FileDialog
	done func(fyne.URIWriteCloser, error)
}

// newFileSave makes a save dialog calling done with the file chosen (nil when cancelled), as
// dialog.NewFileSave does; show it with showSaveDialog.
func (ui *UI) newFileSave(done func(fyne.URIWriteCloser, error)) *fileSave {
	return &fileSave{FileDialog: dialog.NewFileSave(done, ui.win), done: done}
}

// showSaveDialog shows s as showFileDialogIn does, starting in dir when it is given.
func (ui *UI) showSaveDialog(s *fileSave, title, dir string) {
	ui.showFileDialogAt(s.FileDialog, title, dir, s.done)
}

// askBeforeReplacing makes the Save button (save, in the dialog whose content is o) ask the app's
// own question before replacing a file, in the interface's language, Enter answering yes and Escape
// no: Fyne 2.7.1 asks "Overwrite?" and "Are you sure you want to overwrite the file" in English,
// through no lang.L, and tells "Cannot overwrite" a folder in English too (dialog/file.go
// makeOpenButton), in dialogs neither key closed; o is d's content. Enter in the name box and a double click on a file
// tap the button, so they ask the same. A name that is no file yet goes to Fyne's code as before.
func (ui *UI) askBeforeReplacing(d *dialog.FileDialog, o fyne.CanvasObject, save *widget.Button, done func(fyne.URIWriteCloser, error)) {
	name := saveNameEntry(o)
	if name == nil {
		return
	}
	fyneSave := save.OnTapped
	save.OnTapped = func() {
		dir := dialogFolder()
		if dir == nil || name.Text == "" {
			fyneSave()
			return
		}
		loc, err := storage.Child(dir, name.Text)
		if exists, _ := storage.Exists(loc); err != nil || !exists {
			fyneSave()
			return
		}
		if isDir, _ := storage.CanList(loc); isDir {
			ui.showInfo(lang.L("Cannot replace a folder"),
				lang.L("“{{.Name}}” is a folder: give the file another name.", map[string]any{"Name": name.Text}))
			return
		}
		ui.confirm(lang.L("Replace the file?"),
			lang.L("“{{.Name}}” already exists in {{.Folder}}. Replace it?", map[string]any{"Name": name.Text, "Folder": quoteName(dir.Path())}),
			func(yes bool) {
				if !yes {
					return
				}
				d.Hide() // as Fyne's dialog hides once the file is chosen
				done(storage.Writer(loc))
			})
	}
	// The rows of the folder shown took the button's function for their double click when Fyne
	// drew them (dialog/file.go setView): drawn again, they take this one.
	if files := filesList(o); files != nil {
		files.Refresh()
	}
}

// saveNameEntry returns the name box of the save dialog whose content is o: Fyne's Entry, which
// its Save button reads, alone in a horizontal scroller (dialog/file.go makeUI) or behind the app's
// own box (escapeNameBox).
func saveNameEntry(o fyne.CanvasObject) *widget.Entry {
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			if e := saveNameEntry(c); e != nil {
				return e
			}
		}
	case *container.Split:
		if e := saveNameEntry(o.Leading); e != nil {
			return e
		}
		return saveNameEntry(o.Trailing)
	case *container.Scroll:
		switch c := o.Content.(type) {
		case *widget.Entry:
			return c
		case *nameEntry:
			return c.fyne
		}
		return saveNameEntry(o.Content)
	}
	return nil
}

// filesList returns the list of the folder's files in the file dialog whose content is o, nil in
// the grid view.
func filesList(o fyne.CanvasObject) *widget.List {
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			if l := filesList(c); l != nil {
				return l
			}
		}
	case *container.Split:
		return filesList(o.Trailing) // the leading side lists the places
	case *container.Scroll:
		return filesList(o.Content)
	case *widget.List:
		return o
	}
	return nil
}
