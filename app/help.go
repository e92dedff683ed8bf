package app

import (
	"regexp"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
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
				rows = append(rows, [2]string{a.name, keyNames(a.keys)})
			}
		}
	}
	rows = append(rows,
		[2]string{lang.L("In the French text"), ""},
		[2]string{lang.L("Select with the mouse or Shift+arrows; double-click selects a word"), ""},
		[2]string{lang.L("Extend the selection into another segment (a quotation over several sentences): drag or Shift+click there, or Shift+arrows past the segment's end or start"), keyNames("Shift+click")},
		[2]string{lang.L("Tag the selection (label keys)"), "p o l m q c"},
		[2]string{lang.L("Correct a span's bounds: select the right words, press its label's key"), "p o l m q c"},
		[2]string{lang.L("The keys below act on the span clicked, or whose words are selected, or where the cursor is"), ""},
		[2]string{lang.L("Accept / reject the selected suggestion"), "a / r"},
		[2]string{lang.L("Link the selected quote to a speaker, then click the speaker"), "s"},
		[2]string{lang.L("… or put the cursor on the speaker's name and press s again"), "s"},
		[2]string{lang.L("… or choose the speaker from the list of people (arrows, Enter)"), "Alt+S"},
		[2]string{lang.L("Remove the selected span"), keyNames("Delete")},
		[2]string{lang.L("Go to the English"), keyNames("Enter")},
		[2]string{lang.L("In the English"), ""},
		[2]string{lang.L("Tag the selection"), "Alt+P, Alt+O, …"},
		[2]string{lang.L("Correct a span's bounds: select the right words, press its label's key"), "Alt+P, Alt+O, …"},
		[2]string{lang.L("A span clicked in the line under the field takes the French keys"), "a / r, " + keyNames("Delete")},
		[2]string{lang.L("In the Quotes and QA lists"), ""},
		[2]string{lang.L("Move / go to the item"), keyNames("Up / Down, Enter")},
		[2]string{lang.L("Back to the segment"), keyNames("Escape, Ctrl+Shift+0")},
	)
	return rows
}

// keyWord matches the names of keys in a list of shortcuts such as "Ctrl+Shift+Z, Ctrl+Y".
var keyWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// keyNames writes the names of keys in keys as the user's keyboard has them: Entrée, Suppr, Maj,
// Haut and Bas on a French one.
func keyNames(keys string) string {
	return keyWord.ReplaceAllStringFunc(keys, func(k string) string {
		switch k {
		case "Enter":
			return lang.X("key.enter", "Enter")
		case "Delete":
			return lang.X("key.delete", "Delete")
		case "Shift":
			return lang.X("key.shift", "Shift")
		case "Up":
			return lang.X("key.up", "Up")
		case "Down":
			return lang.X("key.down", "Down")
		case "click":
			return lang.X("key.click", "click")
		case "Escape":
			return lang.X("key.escape", "Escape")
		}
		return k
	})
}

// showShortcuts shows the help sheet.
func (ui *UI) showShortcuts() {
	rows := ui.shortcutRows()
	grid := container.New(layout.NewFormLayout())
	for _, r := range rows {
		l := widget.NewLabel(r[0])
		if r[1] == "" {
			l.TextStyle = fyne.TextStyle{Bold: true}
		}
		grid.Add(l)
		grid.Add(widget.NewLabelWithStyle(r[1], fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
	}
	scroll := container.NewVScroll(grid)
	scroll.SetMinSize(fyne.NewSize(640, 520))
	d := dialog.NewCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), scroll, ui.win)
	ui.present(d, d.Hide, d.Hide)
}
