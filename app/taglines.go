package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// A translated segment shows its English twice: in its field, and under it the line of its tags (the
// names and quotations projected onto it), where they are clicked, accepted and rejected. An analyst
// wants that line under every segment; a translator going through a long article reads the rows
// around the current one for context, and the second copy of each English halved how many of them
// the window showed, where memoQ, Trados and OmegaT show one target. View › "The English’s tags under
// every segment", unticked, shows the line under the current segment alone (where Ctrl+J, Alt+A and
// the span keys still act on what it shows), kept in the preferences.

// prefTagLines is the preference: true (the default) for a line under every segment.
const prefTagLines = "englishTagLinesEverywhere"

// tagLines is which rows show the line of their English's tags.
type tagLines struct {
	current bool           // the current segment's row alone
	item    *fyne.MenuItem // the View menu's item, ticked for every row
}

// showsTagLine reports whether segment i's row shows the line of its English's tags, when it has
// tags.
func (ui *UI) showsTagLine(i int) bool { return !ui.tagLines.current || i == ui.cur }

// toggleTagLines shows the line of the English's tags under every segment, or under the current one
// alone, and keeps the choice.
func (ui *UI) toggleTagLines() {
	ui.tagLines.current = !ui.tagLines.current
	ui.app.Preferences().SetBool(prefTagLines, !ui.tagLines.current)
	if it := ui.tagLines.item; it != nil {
		it.Checked = !ui.tagLines.current
		if ui.menu != nil {
			ui.menu.Refresh()
		}
	}
	ui.updateHeights(true)
	ui.list.Refresh()
	if ui.tagLines.current {
		ui.setStatus(lang.L("The English’s tags show under the current segment alone"))
	} else {
		ui.setStatus(lang.L("The English’s tags show under every segment"))
	}
	ui.keepInView(ui.cur)
}

// tagLineMoved gives the line of the English's tags from segment was's row to the current one's, when
// only the current segment shows it.
func (ui *UI) tagLineMoved(was int) {
	if !ui.tagLines.current || was == ui.cur {
		return
	}
	for _, i := range []int{was, ui.cur} {
		if i < 0 || i >= len(ui.doc.Segments) || ui.width <= 0 || i >= len(ui.cache.heights) {
			continue
		}
		if ui.measureRow(i) {
			ui.list.SetItemHeight(i, ui.cache.heights[i]) // shows the row anew
		} else {
			ui.list.lay.rebind(i)
		}
	}
}
