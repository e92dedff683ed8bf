package app

// The list may hold estimated heights (see lazyheights.go): it has its rows measured exactly, through
// Exact, before it shows them, and as their heights change it keeps the row at the top of the view
// where it is on screen, moving the offset by as much as the rows above it grew or shrank.

// inView returns the first and last rows in the list's view.
func (s *segListLayout) inView() (first, last int) {
	l := s.list
	h := &l.heights
	off, view := l.scroller.Offset.Y, l.scroller.Size().Height
	first, last = h.at(off), h.at(off+view)
	if last > first && h.top(last) >= off+view {
		last = h.prevShown(last)
	}
	return first, last
}

// exactView has the rows in view measured exactly, and a screen of rows on either side, so that a
// wheel notch or a page down shows rows already measured.
func (s *segListLayout) exactView() {
	l := s.list
	for range 4 { // rows measured shorter than their estimate bring more rows into view
		first, last := s.inView()
		n := last - first + 1
		changed := l.measureKeepingView(func(exact func(int)) {
			for i := first - n; i <= last+n; i++ {
				exact(i)
			}
		})
		if !changed {
			return
		}
	}
}

// exactAround has rows first to last measured exactly, and a view's height of rows on either side, so
// that scrolling them into view, at the top or the bottom, shows them where their exact heights put them.
func (l *segList) exactAround(first, last int) {
	view, pad := l.scroller.Size().Height, l.heights.pad
	l.measureKeepingView(func(exact func(int)) {
		for i := first; i <= last; i++ {
			exact(i)
		}
		for i, y := first-1, float32(0); i >= 0 && y < view; i-- {
			exact(i)
			y += l.heights.height(i) + pad
		}
		for i, y := last+1, float32(0); i < l.heights.len() && y < view; i++ {
			exact(i)
			y += l.heights.height(i) + pad
		}
	})
}

// measureKeepingView calls measure with a function that has row i measured exactly, if it is a row and
// its height an estimate, then keeps the view's top row where it was on screen. It reports whether a
// height changed.
func (l *segList) measureKeepingView(measure func(exact func(i int))) bool {
	if l.Exact == nil || l.lay.measuring {
		return false
	}
	l.lay.measuring = true
	defer func() { l.lay.measuring = false }()
	l.sync()
	top, within := l.anchor()
	changed := false
	measure(func(i int) {
		if i < 0 || i >= l.heights.len() || l.heights.hidden(i) {
			return
		}
		if h, ok := l.Exact(i); ok && l.heights.setHeight(i, h) {
			changed = true
		}
	})
	if changed {
		l.keepAnchor(top, within)
	}
	return changed
}

// SetHeightsKeepingView gives the rows listed their heights from hs (indexed by row), keeping the
// view's top row where it is on screen.
func (l *segList) SetHeightsKeepingView(rows []int, hs []float32) {
	l.sync()
	top, within := l.anchor()
	changed := false
	for _, i := range rows {
		if i < l.heights.len() && l.heights.setHeight(i, hs[i]) {
			changed = true
		}
	}
	if changed {
		l.keepAnchor(top, within)
	}
}

// anchor returns the row at the top of the view and how far the view starts below its top.
func (l *segList) anchor() (row int, within float32) {
	off := l.scroller.Offset.Y
	row = l.heights.at(off)
	if row < 0 {
		return 0, 0
	}
	return row, off - l.heights.top(row)
}

// keepAnchor scrolls the list to show row where anchor found it, after heights changed, and fits the
// content to the rows' new total height.
func (l *segList) keepAnchor(row int, within float32) {
	off := float32(0)
	if row < l.heights.len() {
		off = l.heights.top(row) + within
	}
	off = max(min(off, l.heights.total()-l.scroller.Size().Height), 0)
	l.scroller.Offset.Y = off
	l.content.Resize(l.lay.MinSize(nil).Max(l.scroller.Size()))
	// The scroller's own Refresh would refresh every row on screen too, though none changed: its Base
	// moves the content to the offset and updates the bars.
	l.scroller.Base.Refresh()
	l.lay.place(false)
	l.bar.Refresh()
}
