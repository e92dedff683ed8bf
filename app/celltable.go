package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// newCellTable lays out a small table of text: its first and last rows bold (a header, a total), its
// first column aligned left and the others (numbers) right, each column as wide as its widest cell. A grid would make
// every column as wide as the row names; widget.Table needs its sizes set by hand and scrolls.
func newCellTable(rows [][]string) fyne.CanvasObject {
	l := &cellLayout{}
	var objs []fyne.CanvasObject
	for i, row := range rows {
		l.cols = max(l.cols, len(row))
		for k, text := range row {
			align := fyne.TextAlignTrailing
			if k == 0 {
				align = fyne.TextAlignLeading
			}
			objs = append(objs, widget.NewLabelWithStyle(text, align, fyne.TextStyle{Bold: i == 0 || i == len(rows)-1}))
		}
		for range l.cols - len(row) {
			objs = append(objs, widget.NewLabel(""))
		}
	}
	return container.New(l, objs...)
}

// cellLayout places objects row by row in cols columns.
type cellLayout struct{ cols int }

// sizes returns the width of each column and the height of each row.
func (l *cellLayout) sizes(objs []fyne.CanvasObject) (widths, heights []float32) {
	widths = make([]float32, l.cols)
	heights = make([]float32, (len(objs)+l.cols-1)/max(l.cols, 1))
	for i, o := range objs {
		m := o.MinSize()
		widths[i%l.cols] = max(widths[i%l.cols], m.Width)
		heights[i/l.cols] = max(heights[i/l.cols], m.Height)
	}
	return widths, heights
}

// MinSize is part of fyne.Layout.
func (l *cellLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	widths, heights := l.sizes(objs)
	var s fyne.Size
	for _, w := range widths {
		s.Width += w
	}
	for _, h := range heights {
		s.Height += h
	}
	return s
}

// Layout is part of fyne.Layout: the first column takes the width left over.
func (l *cellLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	widths, heights := l.sizes(objs)
	if len(widths) > 0 {
		widths[0] += max(0, size.Width-l.MinSize(objs).Width)
	}
	var y float32
	for i, o := range objs {
		c := i % l.cols
		var x float32
		for _, w := range widths[:c] {
			x += w
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(widths[c], heights[i/l.cols]))
		if c == l.cols-1 {
			y += heights[i/l.cols]
		}
	}
}
