package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
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

// spellingKey reports whether ev opens the spelling menu from the keyboard: the Menu key, or Shift+F10
// (Shift held in the field), the keys that open a context menu where the right click does.
func (e *targetEntry) spellingKey(ev *fyne.KeyEvent) bool {
	return ev.Name == desktop.KeyMenu || ev.Name == fyne.KeyF10 && e.shiftDown
}

// offerSpellingAtCaret shows, under the word, the menu of the misspelt word the caret is in or right
// after, which then takes the arrows, Enter and Escape; with no such word it says why on the status
// line. The right click was the only way to it, in an app meant to be used from the keyboard.
func (e *targetEntry) offerSpellingAtCaret() {
	ui := e.row.ui
	is, pos, ok := e.row.marks.issueAtCaret(e.caret())
	if !ok {
		ui.setStatus(lang.L("No word marked misspelt at the cursor: the spelling menu opens on one"))
		return
	}
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(e.row.marks)
	ui.offerSpelling(is, abs.Add(pos))
}

// issueAtCaret returns the spelling issue of the marked word holding code-point offset off (its end
// included: the caret right after a word is at it), and where the menu goes, under the word's first
// line, in the marks' coordinates.
func (m *spellMarks) issueAtCaret(off int) (qa.Issue, fyne.Position, bool) {
	for _, l := range m.underlines(m.Size()) {
		if w := m.words[l.word]; w[0] <= off && off <= w[1] {
			return m.issues[l.word], l.pos.Add(fyne.NewPos(0, markThickness)), true
		}
	}
	return qa.Issue{}, fyne.Position{}, false
}
