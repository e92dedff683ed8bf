package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/qa"
)

// TappedSecondary is part of fyne.SecondaryTappable: a right click on a word marked as misspelt
// offers its suggestions, Add to dictionary and Ignore, as the QA tab does; elsewhere the Entry's
// own menu.
func (e *targetEntry) TappedSecondary(ev *fyne.PointEvent) {
	if is, ok := e.row.marks.issueAt(ev.Position); ok {
		e.row.ui.offerSpelling(is, ev.AbsolutePosition)
		return
	}
	e.Entry.TappedSecondary(ev)
}

// offerSpelling shows at pos the menu of a misspelt word.
func (ui *UI) offerSpelling(is qa.Issue, pos fyne.Position) {
	p, word := ui.qa, is.Args["word"]
	var items []*fyne.MenuItem
	if s := is.Args["suggestions"]; s != "" {
		for _, w := range strings.Split(s, ", ") {
			items = append(items, fyne.NewMenuItem(w, func() { ui.run(func() error { return p.replaceWord(is, w) }) }))
		}
	} else {
		none := fyne.NewMenuItem(lang.L("No suggestion"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	items = append(items, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Add to dictionary"), func() { ui.run(func() error { return p.addWord(word) }) }),
		fyne.NewMenuItem(lang.L("Ignore"), func() { p.ignoreWord(word) }))
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), ui.win.Canvas(), pos)
}
