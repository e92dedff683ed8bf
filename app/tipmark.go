package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// tipMark is a mark of a row, in the gap between its columns: an icon, hidden until the row's
// segment calls for it, whose tip says what it marks (the inline codes of the French, a lock).
type tipMark struct {
	widget.Icon
	row *row
	tip func() string // the tip's text, read as the pointer comes in
}

var _ desktop.Hoverable = (*tipMark)(nil)

// newTipMark returns a hidden mark of row r showing icon, whose tip tip gives.
func newTipMark(r *row, icon fyne.Resource, tip func() string) *tipMark {
	m := &tipMark{row: r, tip: tip}
	m.Resource = icon
	m.ExtendBaseWidget(m)
	m.Hide()
	return m
}

// MouseIn is part of desktop.Hoverable: it shows the tip.
func (m *tipMark) MouseIn(ev *desktop.MouseEvent) { m.row.ui.tips.enter(m, ev, m.tip) }

// MouseMoved is part of desktop.Hoverable.
func (m *tipMark) MouseMoved(*desktop.MouseEvent) {}

// MouseOut is part of desktop.Hoverable.
func (m *tipMark) MouseOut() { m.row.ui.tips.leave(m) }
