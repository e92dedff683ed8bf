package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// The notes the user adds: File › Notes… (Ctrl+Shift+N) and a row's note mark list the document's
// notes and the current segment's, each of the user's own with Edit… and Delete, and add one to
// either; Segment › Add a note… (Alt+N) asks for one on the current segment at once. Every change
// goes through the Editor (one undo step each) and marks the document as changed, so that autosave
// and save keep it; the notes read from a file stay as the file has them (annotate.Note.Glose).

// noteFormWidth is the width of the field a note is typed in.
const noteFormWidth = 480

// notesShown is what the last notes dialog and note form shown hold, for tests: every note as
// listed, the Edit… and Delete buttons of the user's notes in that order, the buttons that add one,
// the form's field and buttons.
type notesShown struct {
	texts          []string
	edit, del      []*dialogButton
	addSeg, addDoc *dialogButton
	entry          *noteEntry
	save, cancel   *dialogButton
}

// showNotes lists the document's notes and the current segment's, each with what the file says of
// it, in a dialog that wraps and scrolls as the warnings do, with buttons to edit and delete those
// the user added and to add one to the segment or to the document.
func (ui *UI) showNotes() {
	room := ui.win.Canvas().Size()
	width := max(min(warningsWidth, room.Width-warningsMarginX), warningsMinWidth)
	shown := &notesShown{}
	var d *dialog.CustomDialog
	redo := func(act func()) func() { return func() { d.Hide(); act() } }
	list := container.NewVBox()
	ui.noteSection(list, shown, lang.L("The whole document"), "", width, redo)
	seg := ui.curSegmentID()
	if seg != "" {
		ui.noteSection(list, shown, lang.L("Segment {{.N}}", map[string]any{"N": ui.cur + 1}), seg, width, redo)
	}
	intro := lang.L("The file's notes are read-only; the notes added in Glose can be edited and deleted.")
	content := newNoteList(intro, list, width, room)
	d = dialog.NewCustomWithoutButtons(lang.L("Notes"), content, ui.win)
	shown.addDoc = ui.newDialogButton(lang.L("Note on the document…"), nil, redo(func() { ui.noteForm("", -1, ui.showNotes) }))
	buttons := []fyne.CanvasObject{shown.addDoc}
	if seg != "" {
		shown.addSeg = ui.newDialogButton(lang.L("Note on the segment…"), nil, redo(func() { ui.noteForm(seg, -1, ui.showNotes) }))
		buttons = append(buttons, shown.addSeg)
	}
	closeB := ui.newDialogButton(lang.L("Close"), nil, d.Hide)
	closeB.Importance = widget.HighImportance
	d.SetButtons(append(buttons, closeB))
	ui.present(d, d.Hide, d.Hide)
	ui.notesShown = shown
}

// curSegmentID is the ID of the current segment, or "" when there is none.
func (ui *UI) curSegmentID() string {
	if ui.cur >= 0 && ui.cur < len(ui.doc.Segments) {
		return ui.doc.Segments[ui.cur].ID
	}
	return ""
}

// noteSection adds to list a heading and the notes of the segment seg ("" the document's), each
// wrapped to width; the user's own have Edit… and Delete, which close the dialog through redo.
func (ui *UI) noteSection(list *fyne.Container, shown *notesShown, heading, seg string, width float32, redo func(func()) func()) {
	list.Add(widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	notes := ui.doc.Notes
	if seg != "" {
		notes = ui.doc.Segment(seg).Notes
	}
	if len(notes) == 0 {
		list.Add(newMessageText(lang.L("No notes."), false).fitWidth(width))
	}
	for i := range notes {
		n := &notes[i]
		text := newMessageText(noteText(*n), false)
		shown.texts = append(shown.texts, text.Text)
		if !n.Glose {
			list.Add(text.fitWidth(width))
			continue
		}
		edit := ui.newDialogButton(lang.L("Edit…"), nil, redo(func() { ui.noteForm(seg, i, ui.showNotes) }))
		del := ui.newDialogButton(lang.L("Delete"), nil, redo(func() { ui.deleteNote(seg, i); ui.showNotes() }))
		shown.edit, shown.del = append(shown.edit, edit), append(shown.del, del)
		acts := container.NewHBox(edit, del)
		list.Add(container.NewBorder(nil, nil, nil, acts, text.fitWidth(width-acts.MinSize().Width-theme.Padding())))
	}
}

// newNoteList returns intro above list, which scrolls when it is higher than the window has room for.
func newNoteList(intro string, list *fyne.Container, width float32, room fyne.Size) fyne.CanvasObject {
	head := newMessageText(intro, false).fitWidth(width)
	height := max(min(room.Height*0.55, room.Height-warningsChrome-head.MinSize().Height), warningsMinHeight)
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(width, min(list.MinSize().Height, height)))
	return container.NewBorder(head, nil, nil, nil, scroll)
}

// addNoteHere asks for a note on the current segment (Segment › Add a note…, Alt+N).
func (ui *UI) addNoteHere() {
	seg := ui.curSegmentID()
	if seg == "" {
		ui.hint(lang.L("No segment to add a note to: File › Notes… adds one to the whole document."))
		return
	}
	ui.noteForm(seg, -1, nil)
}

// noteForm asks for the text of a new note (i < 0) or of note i, on the segment seg ("" the
// document), then saves it through the Editor. Return saves (Shift+Return starts a new line),
// Escape cancels; back, when not nil, runs after either (the notes list again).
func (ui *UI) noteForm(seg string, i int, back func()) {
	title, text := lang.L("New note"), ""
	if i >= 0 {
		title = lang.L("Edit the note")
		if n := ui.noteAt(seg, i); n != nil {
			text = n.Text
		}
	}
	entry := newNoteEntry()
	entry.SetText(text)
	about := newMessageText(ui.noteAbout(seg), false).fitWidth(noteFormWidth)
	d := dialog.NewCustomWithoutButtons(title, container.NewBorder(about, nil, nil, nil, entry), ui.win)
	closed := false
	finish := func(ok bool) {
		if closed || ok && strings.TrimSpace(entry.Text) == "" {
			return
		}
		closed = true
		d.Hide()
		if ok {
			ui.saveNote(seg, i, entry.Text)
		}
		if back != nil {
			back()
		}
	}
	save := ui.newDialogButton(lang.L("Save"), nil, func() { finish(true) })
	save.Importance = widget.HighImportance
	cancel := ui.newDialogButton(lang.L("Cancel"), nil, func() { finish(false) })
	entry.save, entry.cancel = func() { finish(true) }, func() { finish(false) }
	entry.OnChanged = func(s string) {
		if strings.TrimSpace(s) == "" {
			save.Disable()
		} else {
			save.Enable()
		}
	}
	entry.OnChanged(text)
	d.SetButtons([]fyne.CanvasObject{cancel, save})
	d.Resize(fyne.NewSize(noteFormWidth+2*dialogMarginX, 0))
	ui.present(d, entry.cancel, entry.save)
	ui.win.Canvas().Focus(entry)
	entry.CursorRow, entry.CursorColumn = entry.lastRowCol()
	if ui.notesShown == nil {
		ui.notesShown = &notesShown{}
	}
	ui.notesShown.entry, ui.notesShown.save, ui.notesShown.cancel = entry, save, cancel
}

// noteAt returns note i of the segment seg ("" the document's), or nil.
func (ui *UI) noteAt(seg string, i int) *annotate.Note {
	notes := ui.doc.Notes
	if seg != "" {
		s := ui.doc.Segment(seg)
		if s == nil {
			return nil
		}
		notes = s.Notes
	}
	if i < 0 || i >= len(notes) {
		return nil
	}
	return &notes[i]
}

// noteAbout says what a note is on: the whole document, or the segment, by its number and the start
// of its French.
func (ui *UI) noteAbout(seg string) string {
	s := ui.doc.Segment(seg)
	if s == nil {
		return lang.L("On the whole document:")
	}
	french := annotate.Shorten(strings.Join(strings.Fields(ui.doc.Text[s.Start:s.End]), " "), 60)
	return lang.L("On segment {{.N}}, “{{.Text}}”:", map[string]any{"N": ui.doc.SegmentIndex(seg) + 1, "Text": french})
}

// saveNote adds the note (i < 0) or gives note i its new text, and says so on the status line.
func (ui *UI) saveNote(seg string, i int, text string) {
	var err error
	said := lang.L("Note added (Ctrl+Z removes it)")
	if i < 0 {
		err = ui.ed.AddNote(seg, annotate.Note{Text: text})
	} else {
		err = ui.ed.EditNote(seg, i, text)
		said = lang.L("Note saved (Ctrl+Z takes the change back)")
	}
	if err != nil {
		ui.hint(err.Error())
		return
	}
	ui.setStatus(said)
}

// deleteNote deletes note i of the segment seg ("" the document's), which Undo brings back.
func (ui *UI) deleteNote(seg string, i int) {
	if err := ui.ed.RemoveNote(seg, i); err != nil {
		ui.hint(err.Error())
		return
	}
	ui.setStatus(lang.L("Note deleted (Ctrl+Z brings it back)"))
}

// noteEntry is the field a note is typed in: several lines that wrap; Return saves, Shift+Return
// starts a new line, Escape cancels.
type noteEntry struct {
	widget.Entry
	save, cancel func()
	shiftDown    bool
}

func newNoteEntry() *noteEntry {
	e := &noteEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey implements fyne.Focusable.
func (e *noteEntry) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && !e.shiftDown && e.save != nil:
		e.save()
	case ev.Name == fyne.KeyEscape && e.cancel != nil:
		e.cancel()
	default:
		e.Entry.TypedKey(ev)
	}
}

// KeyDown is part of desktop.Keyable: it notes Shift, for Shift+Return.
func (e *noteEntry) KeyDown(ev *fyne.KeyEvent) {
	if isShiftKey(ev.Name) {
		e.shiftDown = true
	}
	e.Entry.KeyDown(ev)
}

// KeyUp is part of desktop.Keyable.
func (e *noteEntry) KeyUp(ev *fyne.KeyEvent) {
	if isShiftKey(ev.Name) {
		e.shiftDown = false
	}
	e.Entry.KeyUp(ev)
}

var _ desktop.Keyable = (*noteEntry)(nil)

// lastRowCol is the row and column of the end of the text, where editing a note starts.
func (e *noteEntry) lastRowCol() (int, int) {
	lines := strings.Split(e.Text, "\n")
	return len(lines) - 1, len([]rune(lines[len(lines)-1]))
}
