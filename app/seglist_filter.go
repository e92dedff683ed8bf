package app

// The segment filter (segfilter.go) leaves rows out of the list by giving them no height and no gap
// (rowHeights.hide): the list, its rows and every caller keep speaking in segment indices. Mapping
// rows to a slice of the segments shown would have changed the meaning of the index at each of the
// forty-odd places that scroll to a segment or look its row up, where a row index taken for a segment
// index types into the wrong segment; here there is no second index to confuse. Without a filter the
// table has no marks, and the only cost is a nil check.

// SetHidden leaves out of the list the rows hide marks, one mark a row; nil (or marks for another
// number of rows) shows them all.
func (l *segList) SetHidden(hide []bool) {
	l.sync()
	if len(hide) != l.heights.len() {
		hide = nil
	}
	l.heights.setHidden(hide)
	l.refit()
	l.Refresh()
}

// reveal shows row i again if the filter hid it, and tells OnReveal. ScrollTo reveals the row it
// goes to: every way to a segment (Go to segment, Find, a QA or side-panel row, undo following a
// change) goes through it, so none lands on a row that is not there.
func (l *segList) reveal(i int) {
	if !l.heights.reveal(i) {
		return
	}
	l.content.Resize(l.lay.MinSize(nil).Max(l.scroller.Size()))
	l.bar.Refresh()
	if l.OnReveal != nil {
		l.OnReveal(i)
	}
}

// filtered reports whether a filter leaves rows out (or could: it may have none left out).
func (l *segList) filtered() bool { return l.heights.hide != nil }

// hidden reports whether the filter leaves row i out.
func (l *segList) hidden(i int) bool { return l.heights.hidden(i) }

// shownCount returns how many rows the list shows.
func (l *segList) shownCount() int {
	l.sync()
	return l.heights.count()
}

// nextShown returns the first row after i that the list shows, its length when none is.
func (l *segList) nextShown(i int) int { return l.heights.nextShown(i) }

// prevShown returns the last row before i that the list shows, -1 when none is.
func (l *segList) prevShown(i int) int { return l.heights.prevShown(i) }

// shownMarks marks the rows the list shows, one mark a row.
func (l *segList) shownMarks() []bool {
	l.sync()
	marks := make([]bool, l.heights.len())
	for i := range marks {
		marks[i] = !l.heights.hidden(i)
	}
	return marks
}
