package app

import (
	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
)

// stripView is the line under the English field that shows its spans: a TextView that, once a span
// is clicked there, takes the span keys (a accepts, r rejects, s links a speaker, a label key
// relabels, Delete removes) as the source column does, and the app's shortcuts.
type stripView struct {
	textview.TextView
	row *row
}

func newStripView(r *row) *stripView {
	s := &stripView{row: r}
	s.Wrap = true
	s.ExtendBaseWidget(s)
	s.SetMeasurer(r.ui.measurer)
	s.OnTapSpan = func(id string) { r.ui.tapSpan(r, id) }
	s.OnFocus = func() { r.ui.targetFocused(r) }
	return s
}

// TypedRune is part of fyne.Focusable.
func (s *stripView) TypedRune(k rune) {
	s.row.ui.tips.hide()
	s.row.ui.spanRune(s.row, annotate.Target, k)
}

// TypedKey is part of fyne.Focusable: Delete removes the selected span, Escape leaves link mode,
// Enter goes back to the English field.
func (s *stripView) TypedKey(ev *fyne.KeyEvent) {
	ui := s.row.ui
	ui.tips.hide()
	switch ev.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		ui.run(ui.removeSelectedSpan)
	case fyne.KeyEscape:
		ui.cancelLink()
	case fyne.KeyF1:
		ui.showShortcuts()
	case fyne.KeyReturn, fyne.KeyEnter:
		ui.focusSegment(s.row.seg, annotate.Target)
	default:
		s.TextView.TypedKey(ev)
		ui.selectionMoved()
	}
}

// TypedShortcut is part of fyne.Shortcutable: the app's shortcuts first, then the TextView's own.
func (s *stripView) TypedShortcut(sc fyne.Shortcut) {
	if s.row.ui.handleShortcut(sc) {
		return
	}
	s.TextView.TypedShortcut(sc)
	s.row.ui.selectionMoved()
}
