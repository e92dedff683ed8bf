package app

// ScrollToWithContext scrolls the list to show row i whole with the row shown before it whole above
// it, as a jump does in an editor (Go to segment, Ctrl+J, a Quotes row): ScrollTo put the row
// at the very top of the view when it came from below, and the sentence before a quotation, where its
// speaker usually is, was out of sight. Rows in view so already do not move; when the two do not fit,
// row i goes at the top (see ScrollTo).
func (l *segList) ScrollToWithContext(i int) {
	l.sync()
	if i < 0 || i >= l.heights.len() {
		return
	}
	l.reveal(i)
	prev := l.prevShown(i)
	if prev < 0 {
		l.ScrollTo(i)
		return
	}
	l.exactAround(prev, i)
	off, view := l.scroller.Offset.Y, l.scroller.Size().Height
	y, bottom := l.heights.top(prev), l.heights.top(i)+l.heights.height(i)
	switch {
	case bottom-y > view: // the two do not fit: the row itself at the top
		l.ScrollToOffset(l.heights.top(i))
	case y < off || bottom > off+view:
		l.ScrollToOffset(y)
	}
	l.Refresh()
}
