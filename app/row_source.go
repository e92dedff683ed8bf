package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
)

// sourceView is the source column: a TextView that also takes label keys and the app's shortcuts, and
// extends its selection into other segments' rows (see crosssel.go).
type sourceView struct {
	textview.TextView
	row *row
	// crossed is set when the last press of the mouse extended the selection into this row from
	// another segment: the tap that follows must not undo it.
	crossed bool
	drag    sourceDrag // a drag that began here
}

func newSourceView(r *row) *sourceView {
	s := &sourceView{row: r}
	s.Wrap = true
	s.ExtendBaseWidget(s)
	s.SetMeasurer(r.ui.measurer)
	s.OnTapSpan = func(id string) { r.ui.tapSpan(r, id) }
	s.OnFocus = func() { r.ui.sourceFocused(r) }
	s.OnSelect = func(int, int) { r.ui.sourceSelected(r) }
	return s
}

// focus gives this widget (not the embedded TextView, which is not in the canvas) the keyboard focus.
func (s *sourceView) focus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil && c.Focused() != s {
		c.Focus(s)
	}
}

// MouseDown is part of desktop.Mouseable: a press with Shift in another segment than the selection's
// anchor extends the selection over several segments; one without Shift lets go of such a selection.
func (s *sourceView) MouseDown(ev *desktop.MouseEvent) {
	s.crossed = false
	if ev.Button == desktop.MouseButtonPrimary {
		shift := ev.Modifier&fyne.KeyModifierShift != 0 || s.row.ui.shiftHeld()
		if s.row.ui.crossClick(s.row, ev.Position, shift) {
			s.crossed = true
			return
		}
	}
	s.TextView.MouseDown(ev)
}

// Tapped is part of fyne.Tappable.
func (s *sourceView) Tapped(ev *fyne.PointEvent) {
	if s.crossed { // the press extended the selection here, and gave this row the focus
		s.crossed = false
		return
	}
	if s.TextView.StaleTap() { // the focus went elsewhere since the press (Ctrl+F right after a click)
		s.TextView.Tapped(ev) // which does nothing but forget the press
		return
	}
	s.focus()
	s.TextView.Tapped(ev)
}

// DoubleTapped is part of fyne.DoubleTappable.
func (s *sourceView) DoubleTapped(ev *fyne.PointEvent) {
	s.row.ui.dropCrossSelection()
	s.focus()
	s.TextView.DoubleTapped(ev)
}

// Dragged is part of fyne.Draggable: inside the row, the TextView selects; over another segment's
// French, the selection runs on to there (see dragAcross).
func (s *sourceView) Dragged(ev *fyne.DragEvent) {
	ui := s.row.ui
	if s.row.seg < 0 || s.row.seg >= len(ui.doc.Segments) {
		return
	}
	switch {
	case s.drag.on:
	case s.crossed && ui.crossActive(): // Shift+click, then a drag: from the selection's anchor still
		s.drag = sourceDrag{on: true, seg: ui.xsel.aSeg, anchor: ui.xsel.anchor}
	default: // the TextView sets the anchor: where the button was pressed
		s.focus()
		s.TextView.Dragged(ev)
		a, _ := s.Ends()
		s.drag = sourceDrag{on: true, seg: s.row.seg, anchor: ui.doc.Segments[s.row.seg].Start + a}
	}
	if ui.dragAcross(s, &s.drag, ev.AbsolutePosition) {
		return
	}
	s.focus()
	s.TextView.Dragged(ev)
}

// DragEnd is part of fyne.Draggable.
func (s *sourceView) DragEnd() {
	s.drag = sourceDrag{}
	s.TextView.DragEnd()
}

// TypedRune is part of fyne.Focusable: label keys tag the selection, other letters act on the
// selected span.
func (s *sourceView) TypedRune(r rune) {
	if f := s.row.ui.revealTyping(s.row, s); f != s {
		if f != nil { // the list shows the segment in another row now
			f.TypedRune(r)
		}
		return
	}
	s.row.ui.spanRune(s.row, annotate.Source, r)
}

// TypedKey is part of fyne.Focusable: Delete removes the selected span, Escape leaves link mode.
func (s *sourceView) TypedKey(ev *fyne.KeyEvent) {
	ui := s.row.ui
	if f := ui.revealTyping(s.row, s); f != s {
		if f != nil {
			f.TypedKey(ev)
		}
		return
	}
	switch ev.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		ui.run(ui.removeSelectedSpan)
		return
	case fyne.KeyEscape:
		ui.cancelLink()
	case fyne.KeyF1:
		ui.showShortcuts()
		return
	case fyne.KeyReturn, fyne.KeyEnter:
		ui.focusSegment(s.row.seg, annotate.Target)
		return
	}
	if ui.crossKey(s.row, ev.Name) {
		return
	}
	s.TextView.TypedKey(ev)
	ui.caretMoved(s.row)
}

// TypedShortcut is part of fyne.Shortcutable: the app's shortcuts first, then the TextView's own, which
// Shift+Ctrl+arrows continue into the next or previous segment. Copy takes the whole of a selection
// over several segments.
func (s *sourceView) TypedShortcut(sc fyne.Shortcut) {
	ui := s.row.ui
	if ui.handleShortcut(sc) {
		return
	}
	switch sc := sc.(type) {
	case *desktop.CustomShortcut:
		if ui.crossShortcut(s.row, sc) {
			return
		}
	case *fyne.ShortcutCopy:
		if ui.crossActive() && sc.Clipboard != nil {
			a, b := ui.xsel.bounds()
			sc.Clipboard.SetContent(ui.doc.Text[a:b])
			return
		}
	case *fyne.ShortcutSelectAll:
		ui.dropCrossSelection()
	}
	s.TextView.TypedShortcut(sc)
	ui.caretMoved(s.row)
}
