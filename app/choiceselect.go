package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// choiceSelect is a Select whose list opens on the current choice: Fyne 2.7.1's Select opens a
// PopUpMenu with no item active, so that Down went to the first item whatever was chosen, and a
// translator who pressed Space, Down, Down on "XLIFF 2.1" in the Export dialog exported JSON Lines.
// With the current item active, as in the lists of GTK, Windows and browsers, Down goes to the one
// after it, Up to the one before, and Enter keeps it.
type choiceSelect struct {
	widget.Select
	outer    fyne.CanvasObject // the widget on the canvas: this one, or the one embedding it (formSelect)
	maxWidth float32           // the widest it asks to be, its text cut with "…" beyond; 0: no limit
}

// MinSize is the Select's, no wider than maxWidth: the status bar's speaker list, as wide as the
// speaker's name and words, left the status line beside it too little room to say what to press.
func (s *choiceSelect) MinSize() fyne.Size {
	m := s.Select.MinSize()
	if s.maxWidth > 0 {
		m.Width = min(m.Width, s.maxWidth)
	}
	return m
}

var _ fyne.Widget = (*choiceSelect)(nil)

// newChoiceSelect makes a choiceSelect of options; changed is called with the option chosen.
func newChoiceSelect(options []string, changed func(string)) *choiceSelect {
	s := &choiceSelect{}
	s.Options, s.OnChanged, s.outer = options, changed, s
	s.ExtendBaseWidget(s)
	return s
}

// Tapped opens the list (a click, or segfilter's Ctrl+Shift+F) on the current choice.
func (s *choiceSelect) Tapped(ev *fyne.PointEvent) {
	if canvasFor(s.outer) == nil {
		return // Fyne's Select would open its list on no canvas, and panic
	}
	s.Select.Tapped(ev)
	s.activateCurrent()
}

// TypedKey opens the list on Space, Up or Down (Fyne's keys), on the current choice.
func (s *choiceSelect) TypedKey(ev *fyne.KeyEvent) {
	if canvasFor(s.outer) == nil {
		return
	}
	s.Select.TypedKey(ev)
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown:
		s.activateCurrent()
	}
}

// activateCurrent makes the current choice the active item of the list just opened. Select keeps
// its PopUpMenu unexported; showing it gives it the canvas's focus (on desktop), which is how it is
// found. With no choice made, no item is active and Down goes to the first, as before.
func (s *choiceSelect) activateCurrent() {
	c := canvasFor(s.outer)
	if c == nil {
		return
	}
	pop, ok := c.Focused().(*widget.PopUpMenu)
	if !ok {
		return
	}
	for range s.SelectedIndex() + 1 { // ActivateNext starts at the first item
		pop.ActivateNext()
	}
}
