package app

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// A side panel's list of tall rows (a quote is three lines) showed a row cut in half at its top after
// a jump: Fyne's List.ScrollTo, and its Down key, put a row below the view at the bottom, so the
// row at the top was whatever part the view's height left. The keyList's rows are all of one height
// (the Entities, Quotes and QA lists set none of their own): showRow lands on whole rows instead.

// showRow scrolls the list as little as needed to show row i whole, with a whole row at the top of the
// view (unless the list's end or a view shorter than a row leaves none), then fills every row on
// screen again, as List.ScrollTo does.
func (l *keyList) showRow(i int) {
	l.alignRow(i)
	l.Refresh()
}

// alignRow scrolls as showRow does, filling only the rows that come into view (as the arrows do).
func (l *keyList) alignRow(i int) {
	n := l.Length()
	if i < 0 || i >= n {
		return
	}
	row := l.CreateItem().MinSize().Height
	stride := row + l.Theme().Size(theme.SizeNamePadding)
	view := l.Size().Height
	l.ScrollToOffset(wholeRowsOffset(l.GetScrollOffset(), float32(i)*stride, row, stride, view, float32(n)*stride-stride+row))
	l.kept, l.keptAt = i, l.GetScrollOffset()
}

// wholeRowsOffset returns the scroll offset nearest off that shows the row at y, row high, whole in a
// view view high, rows stride apart and all of them end high: a multiple of stride when one does
// (rounded up first: the row at the top goes, rather than one more at the bottom showing in part).
func wholeRowsOffset(off, y, row, stride, view, end float32) float32 {
	switch {
	case y < off:
		off = y
	case y+row > off+view:
		off = y + row - view
	}
	last := max(end-view, 0)
	shows := func(o float32) bool { return o <= y && y+row <= o+view && o <= last }
	up := float32(math.Ceil(float64(off/stride))) * stride
	down := float32(math.Floor(float64(off/stride))) * stride
	for _, o := range []float32{up, down} {
		if shows(o) {
			return o
		}
	}
	return off
}

// Resize is part of fyne.Widget: a list made shorter (the QA message or the status bar taking its
// room from below) shows the row showRow showed last whole again, unless it was scrolled since.
func (l *keyList) Resize(size fyne.Size) {
	shorter := size.Height < l.Size().Height
	l.List.Resize(size)
	if shorter && l.kept >= 0 && l.GetScrollOffset() == l.keptAt {
		l.alignRow(l.kept)
	}
}
