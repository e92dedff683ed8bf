package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// shortcutRows returns the help sheet's content: every action with its keys, by group.
func (ui *UI) shortcutRows() [][2]string {
	t := &ui.acts
	var rows [][2]string
	groups := []struct {
		name string
		acts []*action
	}{
		{lang.L("File"), t.file}, {lang.L("Edit"), t.edit}, {lang.L("Tag"), t.tag},
		{lang.L("Segment"), t.segment}, {lang.L("Tools"), t.tools}, {lang.L("View"), t.view}, {lang.L("Help"), t.help},
	}
	for _, g := range groups {
		rows = append(rows, [2]string{g.name, ""})
		for _, a := range g.acts {
			if a.keys != "" {
				rows = append(rows, [2]string{a.name, a.keys})
			}
		}
	}
	rows = append(rows,
		[2]string{lang.L("In the French text"), ""},
		[2]string{lang.L("Select with the mouse or Shift+arrows; double-click selects a word"), ""},
		[2]string{lang.L("Extend the selection into another segment (a quotation over several sentences): drag or Shift+click there, or Shift+arrows past the segment's end or start"), "Shift+click"},
		[2]string{lang.L("Tag the selection (label keys)"), "p o l m q c"},
		[2]string{lang.L("Correct a span's bounds: select the right words, press its label's key"), "p o l m q c"},
		[2]string{lang.L("The keys below act on the span clicked, or whose words are selected, or where the cursor is"), ""},
		[2]string{lang.L("Accept / reject the selected suggestion"), "a / r"},
		[2]string{lang.L("Link the selected quote to its speaker or reporting verb, then click it"), "s"},
		[2]string{lang.L("… or put the cursor on the speaker's name or the reporting verb and press s again"), "s"},
		[2]string{lang.L("… or choose the speaker from the list of people (arrows, Enter)"), "Alt+S"},
		[2]string{lang.L("Remove the selected span"), "Del"},
		[2]string{lang.L("Add the selected words to the glossary, with the English selected as their translation"), "Ctrl+Shift+G"},
		[2]string{lang.L("Go to the English"), "Enter"},
		[2]string{lang.L("In the English"), ""},
		[2]string{lang.L("Go to the next segment's English, without confirming it"), "Enter"},
		[2]string{lang.L("Break the line (a segment is one sentence: rarely wanted)"), "Shift+Enter"},
		[2]string{lang.L("Tag the selection"), "Alt+P, Alt+O, …"},
		[2]string{lang.L("Correct a span's bounds: select the right words, press its label's key"), "Alt+P, Alt+O, …"},
		[2]string{lang.L("A span clicked in the line under the field takes the French keys"), "a / r, Del"},
		[2]string{lang.L("Go to the start / the end of the whole text (with Shift, selecting)"), "Ctrl+Home / Ctrl+End"},
		[2]string{lang.L("Word before / word after, across the rows the text wraps into (with Shift, selecting)"), "Ctrl+← / Ctrl+→"},
		[2]string{lang.L("The spelling menu of the word marked at the cursor"), "Menu, Shift+F10"},
		[2]string{lang.L("In the Find and Replace bar (Ctrl+H)"), ""},
		[2]string{lang.L("Next match"), "Enter"},
		[2]string{lang.L("Replace the match and go to the next"), "Ctrl+Enter"},
		[2]string{lang.L("Replace every match, in one step that Ctrl+Z undoes"), "Ctrl+Alt+Enter"},
		[2]string{lang.L("From field to field, to the buttons and options"), "Tab"},
		[2]string{lang.L("On a memory proposal or concordance hit, its buttons reached with Tab"), ""},
		[2]string{lang.L("Delete the pair from the translation memory (it asks first)"), "Del"},
		[2]string{lang.L("In the Entities, Quotes and QA lists"), ""},
		[2]string{lang.L("Move / go to the item (an entity: show its details)"), "↑ / ↓, Enter"},
		[2]string{lang.L("Back to the segment"), "Esc, " + backKeys},
		[2]string{lang.L("In the Quotes list: accept / reject the quote, then on to the next"), "a / r"},
	)
	rows = append(rows, entityKeyRows()...)
	for i := range rows {
		rows[i][1] = keyNames(rows[i][1]) // written as Fyne's menus write keys, shown in the interface's language
	}
	return rows
}

// entityKeyRows are the help sheet's rows for the Entities tab, beside its list's: its filter
// (entitiesPanel.filterKey, and the Tab chain), the name fields and the merge picker
// (mergePicker.key). TestHelpSheetEntityKeys presses the keys each row gives.
func entityKeyRows() [][2]string {
	return [][2]string{
		{lang.L("In the Entities tab"), ""},
		{lang.L("From the filter to the list, on the selected entity"), "↓, Enter, Tab"},
		{lang.L("Rename: type the name in its field (French or English), then"), "Enter"},
		{lang.L("Merge into another entity: on the Merge into… button"), "Space"},
		{lang.L("Find the entity to merge into: type part of its name, then"), "↑ / ↓, Enter"},
		{lang.L("Close the merge list without merging"), "Esc"},
	}
}

// showShortcuts shows the help sheet: each action's description, which wraps, beside its keys, in a
// column as wide as the widest keys. A description wraps at ordinary spaces only (a messageText):
// Fyne's word wrapping put French's « : » alone at the start of a line (QA17 #10).
func (ui *UI) showShortcuts() {
	rows := ui.shortcutRows()
	var keyWidth float32
	for _, r := range rows {
		keyWidth = max(keyWidth, keyLabel(r[1]).MinSize().Width)
	}
	room := ui.win.Canvas().Size()
	width := min(720, room.Width-warningsMarginX)
	// The rows go into the box at once: Container.Add lays the box out again, measuring every row
	// added before, which made opening the sheet quadratic in its rows.
	objs := make([]fyne.CanvasObject, 0, len(rows))
	for _, r := range rows {
		if r[1] == "" {
			l := widget.NewLabelWithStyle(r[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			l.Wrapping = fyne.TextWrapWord
			objs = append(objs, l)
			continue
		}
		l := newMessageText(r[0], false).fitWidth(width - keyWidth - theme.Padding()) // the Border's gap
		keys := container.NewStack(spacer(keyWidth), keyLabel(r[1]))
		objs = append(objs, container.NewBorder(nil, nil, nil, keys, l))
	}
	list := container.NewVBox(objs...)
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(width, min(520, room.Height-2*warningsMarginX)))
	d := ui.newCloseDialog(lang.L("Keyboard shortcuts"), lang.L("Close"), scroll)
	ui.present(d, d.Hide, d.Hide).keys = scrollKeys(scroll)
	ui.help = list
}

// scrollKeys returns a modal's key handler that scrolls s with the arrows, Page Up and Page Down,
// Home and End: the help sheet scrolled only with the wheel (QA16 #9), for nothing in it takes the
// focus.
func scrollKeys(s *container.Scroll) func(*fyne.KeyEvent) bool {
	return func(ev *fyne.KeyEvent) bool {
		line := theme.TextSize() * 2
		page := max(s.Size().Height-line, line)
		y := s.Offset.Y
		switch ev.Name {
		case fyne.KeyDown:
			y += line
		case fyne.KeyUp:
			y -= line
		case fyne.KeyPageDown, fyne.KeySpace:
			y += page
		case fyne.KeyPageUp:
			y -= page
		case fyne.KeyHome:
			y = 0
		case fyne.KeyEnd:
			y = s.Content.MinSize().Height
		default:
			return false
		}
		y = max(0, min(y, s.Content.MinSize().Height-s.Size().Height))
		s.ScrollToOffset(fyne.NewPos(s.Offset.X, y))
		return true
	}
}

// keyLabel shows keys in the help sheet.
func keyLabel(keys string) *widget.Label {
	return widget.NewLabelWithStyle(keys, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
}

// spacer is an empty object w wide.
func spacer(w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 0))
	return r
}
