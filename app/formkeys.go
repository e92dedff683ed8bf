package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// formSelect is a Select of a dialog's form that gives Return and Escape to the dialog.
type formSelect struct {
	choiceSelect  // opens its list on the current choice
	enter, escape func()
}

func newFormSelect(options []string) *formSelect {
	s := &formSelect{}
	s.Options, s.outer = options, s
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey implements fyne.Focusable.
func (s *formSelect) TypedKey(ev *fyne.KeyEvent) {
	if !dialogKey(ev, s.enter, s.escape) {
		s.choiceSelect.TypedKey(ev)
	}
}

// formCheck is a Check of a dialog's form that gives Return and Escape to the dialog.
type formCheck struct {
	widget.Check
	enter, escape func()
}

func newFormCheck(text string) *formCheck {
	c := &formCheck{}
	c.Text = text
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey implements fyne.Focusable.
func (c *formCheck) TypedKey(ev *fyne.KeyEvent) {
	if !dialogKey(ev, c.enter, c.escape) {
		c.Check.TypedKey(ev)
	}
}

// dialogKey calls enter for Return or Enter and escape for Escape, and reports whether it did.
func dialogKey(ev *fyne.KeyEvent, enter, escape func()) bool {
	switch {
	case (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && enter != nil:
		enter()
	case ev.Name == fyne.KeyEscape && escape != nil:
		escape()
	default:
		return false
	}
	return true
}
