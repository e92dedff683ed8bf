package app

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne 2.7.1 has no tooltips, and the controls that show an icon or a colour alone (the Find bar's
// buttons, the side tabs when narrow, a row's status mark and note mark) need words. A tip is drawn
// in a layer stacked over the window's content rather than in a pop-up: a pop-up is an overlay,
// which takes the keyboard focus and the next click. The layer holds no widget, so the pointer's
// events go through it. A control shows its tip after tipDelay under the pointer; the tip hides
// when the pointer leaves, on a click and on a key typed in the segments (see tipLayer.hide).

// tipDelay is how long the pointer rests on a control before its tip shows, as in GTK and Qt.
const tipDelay = 600 * time.Millisecond

// tipLayer draws the window's one tip.
type tipLayer struct {
	box   *fyne.Container // stacked over the content; empty but for the tip
	bg    *canvas.Rectangle
	lines []*canvas.Text    // the tip's lines; those past the text's are hidden
	text  string            // the tip shown, "" for none
	owner fyne.CanvasObject // the control whose tip shows or is due, nil for none
	due   int               // counts the hovers, so that a timer outlived by its hover does nothing
	// after runs f once d has passed, in the UI goroutine; tests replace it to run f when they choose.
	after func(d time.Duration, f func())
}

func newTipLayer() *tipLayer {
	t := &tipLayer{bg: canvas.NewRectangle(color.Black)}
	t.bg.CornerRadius = theme.SelectionRadiusSize()
	t.box = freeBox(t.bg)
	t.after = func(d time.Duration, f func()) { time.AfterFunc(d, func() { fyne.Do(f) }) }
	t.hideNow()
	return t
}

// freeBox is a box without layout: the tip is placed by hand.
func freeBox(objs ...fyne.CanvasObject) *fyne.Container { return &fyne.Container{Objects: objs} }

// enter starts the delay of o's tip, the pointer being at ev. text is asked for when the tip shows,
// so that it says the state of that moment.
func (t *tipLayer) enter(o fyne.CanvasObject, ev *desktop.MouseEvent, text func() string) {
	if t == nil {
		return
	}
	t.hideNow()
	t.owner = o
	t.due++
	due := t.due
	origin := ev.AbsolutePosition.Subtract(ev.Position) // o's top left corner in the window
	pointer := ev.AbsolutePosition
	t.after(tipDelay, func() {
		if t.due == due && t.owner == o && o.Visible() {
			t.show(text(), origin, o.Size(), pointer)
		}
	})
}

// leave hides o's tip, or forgets it before it shows.
func (t *tipLayer) leave(o fyne.CanvasObject) {
	if t != nil && t.owner == o {
		t.hide()
	}
}

// hide hides the tip and cancels the one due. A UI built without its window (in tests) has no
// layer.
func (t *tipLayer) hide() {
	if t != nil && (t.owner != nil || t.bg.Visible()) {
		t.hideNow()
	}
}

func (t *tipLayer) hideNow() {
	t.owner = nil
	t.due++
	t.text = ""
	t.bg.Hide()
	for _, l := range t.lines {
		l.Hide()
	}
}

// showing returns the text of the tip shown, "" for none.
func (t *tipLayer) showing() string { return t.text }

// tipBelowPointer is how far under the pointer a tip starts, clear of the arrow.
const tipBelowPointer = 20

// tipWidest is the widest a tip grows before its lines wrap, some 60 characters of the caption
// size, as GTK and Qt keep theirs: a tip of a sentence or two (the lock mark's) read as one line
// across the window, and ran past its edge in a window narrower than the line.
const tipWidest = 400

// show draws text under the control at origin (of size), by the pointer, kept inside the window:
// its lines wrapped to the window's width (tipWidest at most), above the control where there is no
// room below, left of the pointer by the right edge.
func (t *tipLayer) show(text string, origin fyne.Position, size fyne.Size, pointer fyne.Position) {
	if text == "" {
		return
	}
	// the events' positions are the canvas's, which in the desktop driver holds the menu bar above
	// the content, and so above the layer
	base := fyne.CurrentApp().Driver().AbsolutePositionForObject(t.box)
	origin, pointer = origin.Subtract(base), pointer.Subtract(base)
	win := t.box.Size()
	edge, pad := theme.Padding(), theme.InnerPadding()/2
	ts := t.setLines(text, min(tipWidest, win.Width-2*edge)-2*pad)
	w, h := ts.Width+2*pad, ts.Height+2*pad
	x := min(pointer.X, win.Width-w-edge)
	y := min(origin.Y+size.Height, pointer.Y+tipBelowPointer) + pad // a tall control: by the pointer
	if y+h > win.Height-edge {
		y = origin.Y - h - pad
	}
	if y < edge { // no room above either: as low as it fits
		y = win.Height - h - edge
	}
	x, y = max(x, edge), max(y, edge)
	t.bg.Move(fyne.NewPos(x, y))
	t.bg.Resize(fyne.NewSize(w, h))
	for _, l := range t.lines {
		l.Move(l.Position().Add(fyne.NewPos(x+pad, y+pad)))
	}
	t.text = text
	t.bg.Show()
	t.box.Refresh()
}

// setLines breaks text into lines no wider than width, at ordinary spaces (wrapLines, which keeps
// French's marks with their words), shows them stacked from (0, 0) and returns their size.
func (t *tipLayer) setLines(text string, width float32) fyne.Size {
	th := theme.Current()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	t.bg.FillColor = th.Color(theme.ColorNameForeground, v)
	textSize := th.Size(theme.SizeNameCaptionText)
	var all fyne.Size
	lines := wrapLinesSized(text, max(width, 1), textSize, fyne.TextStyle{})
	for _, l := range t.lines[min(len(lines), len(t.lines)):] {
		l.Hide()
	}
	for i, s := range lines {
		if i == len(t.lines) {
			t.lines = append(t.lines, canvas.NewText("", color.White))
			t.box.Add(t.lines[i])
		}
		l := t.lines[i]
		l.Text, l.TextSize, l.Color = s, textSize, th.Color(theme.ColorNameBackground, v)
		ls := fyne.MeasureText(s, textSize, l.TextStyle)
		l.Move(fyne.NewPos(0, all.Height))
		l.Resize(ls)
		l.Show()
		all = fyne.NewSize(max(all.Width, ls.Width), all.Height+ls.Height)
	}
	return all
}

// tipButton is a button that shows a tip, for a button with an icon alone.
type tipButton struct {
	widget.Button
	tips   *tipLayer
	tip    string
	escape func() // what Escape does while it has the focus (closes its bar); nil for nothing
}

var _ desktop.Hoverable = (*tipButton)(nil)

func newTipButton(tips *tipLayer, tip string, icon fyne.Resource, tapped func()) *tipButton {
	b := &tipButton{tips: tips, tip: tip}
	b.Icon, b.OnTapped = icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn is part of desktop.Hoverable.
func (b *tipButton) MouseIn(ev *desktop.MouseEvent) {
	b.Button.MouseIn(ev)
	b.tips.enter(b, ev, func() string { return b.tip })
}

// MouseOut is part of desktop.Hoverable.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	b.tips.leave(b)
}

// Tapped is part of fyne.Tappable.
func (b *tipButton) Tapped(ev *fyne.PointEvent) {
	b.tips.hide()
	b.Button.Tapped(ev)
}

// TypedKey is part of fyne.Focusable: Enter presses the button, as Space does (Fyne's Button takes
// Space alone), and Escape runs escape.
func (b *tipButton) TypedKey(ev *fyne.KeyEvent) {
	b.tips.hide()
	switch {
	case ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter:
		b.Button.Tapped(nil)
	case ev.Name == fyne.KeyEscape && b.escape != nil:
		b.escape()
	default:
		b.Button.TypedKey(ev)
	}
}

// tipArea is an invisible hover zone laid over a control that cannot take the pointer itself (a
// coloured mark, Fyne's tab buttons): it shows the tip text gives for the pointer's position, and
// lets taps through to what is under it.
type tipArea struct {
	widget.BaseWidget
	tips *tipLayer
	text func(at fyne.Position) string // "" where there is nothing to say
	at   fyne.Position                 // the pointer's last position
}

var _ desktop.Hoverable = (*tipArea)(nil)

func newTipArea(tips *tipLayer, text func(at fyne.Position) string) *tipArea {
	a := &tipArea{tips: tips, text: text}
	a.ExtendBaseWidget(a)
	return a
}

// CreateRenderer is part of fyne.Widget: the area draws nothing.
func (a *tipArea) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(freeBox()) }

// MouseIn is part of desktop.Hoverable.
func (a *tipArea) MouseIn(ev *desktop.MouseEvent) {
	a.at = ev.Position
	a.tips.enter(a, ev, func() string { return a.text(a.at) })
}

// MouseMoved is part of desktop.Hoverable: moving onto another part (another tab) starts its tip
// over.
func (a *tipArea) MouseMoved(ev *desktop.MouseEvent) {
	before := a.text(a.at)
	a.at = ev.Position
	if a.text(a.at) != before {
		a.MouseIn(ev)
	}
}

// MouseOut is part of desktop.Hoverable.
func (a *tipArea) MouseOut() { a.tips.leave(a) }
