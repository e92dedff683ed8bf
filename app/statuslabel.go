package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// statusLabel draws the status line's text, one or two lines (statusLines), in the theme's text
// colour and size. A label puts its lines a text's height apart and pads them above and below, which
// made the bar of two lines taller than the row of buttons beside it; these lines are drawn at most
// half the room apart, so that two fit in the height of one button: 18 pixels apart at the theme's
// 14, where the font's ascent and descent make 19 and the glyphs themselves, accents and descenders
// included, some 17.
type statusLabel struct {
	Text  string // the lines shown, joined by "\n"
	lines [statusLines]*canvas.Text
}

func newStatusLabel() *statusLabel {
	l := &statusLabel{}
	for i := range l.lines {
		l.lines[i] = canvas.NewText("", theme.Color(theme.ColorNameForeground))
		l.lines[i].TextSize = theme.TextSize()
	}
	return l
}

// textHeight is the height of a line of text at the theme's size.
func textHeight() float32 {
	return fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
}

// setText shows text, statusLines lines at most.
func (l *statusLabel) setText(text string) {
	l.Text = text
	var lines []string
	if text != "" {
		lines = strings.SplitN(text, "\n", statusLines)
	}
	for i, t := range l.lines {
		t.Text = ""
		if i < len(lines) {
			t.Text = lines[i]
		}
		t.Refresh()
	}
}

// pitch returns how far apart the lines are drawn in a line of height h.
func pitch(h float32) float32 { return min(textHeight(), h/statusLines) }

// layout centres the lines in size, left pad from the left edge.
func (l *statusLabel) layout(size fyne.Size, pad float32) {
	n := 0
	for _, t := range l.lines {
		if t.Text != "" {
			n++
		}
	}
	p, h := pitch(size.Height), textHeight()
	top := (size.Height - h) / 2 // one line, centred as a label's
	if n > 1 {
		top = (size.Height - float32(n-1)*p - h) / 2
	}
	for i, t := range l.lines {
		t.Move(fyne.NewPos(pad, top+float32(i)*p))
		t.Resize(fyne.NewSize(size.Width, h))
	}
}

// refresh takes the theme's colour and size again (a change of theme).
func (l *statusLabel) refresh() {
	for _, t := range l.lines {
		t.Color = theme.Color(theme.ColorNameForeground)
		t.TextSize = theme.TextSize()
		t.Refresh()
	}
}

func (l *statusLabel) objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{l.lines[0], l.lines[1]}
}
