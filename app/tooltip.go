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
	text  *canvas.Text
	owner fyne.CanvasObject // the control whose tip shows or is due, nil for none
	due   int               // counts the hovers, so that a timer outlived by its hover does nothing
	// after runs f once d has passed, in the UI goroutine; tests replace it to run f when they choose.
	after func(d time.Duration, f func())
}

func newTipLayer() *tipLayer {
	t := &tipLayer{bg: canvas.NewRectangle(color.Black), text: canvas.NewText("", color.White)}
	t.bg.CornerRadius = theme.SelectionRadiusSize()
	t.box = freeBox(t.bg, t.text)
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
	t.bg.Hide()
	t.text.Hide()
}

// showing returns the text of the tip shown, "" for none.
func (t *tipLayer) showing() string {
	if !t.text.Visible() {
		return ""
	}
	return t.text.Text
}

// tipBelowPointer is how far under the pointer a tip starts, clear of the arrow.
const tipBelowPointer = 20

// show draws text under the control at origin (of size), by the pointer, kept inside the window:
// above the control where there is no room below, left of the pointer by the right edge.
func (t *tipLayer) show(text string, origin fyne.Position, size fyne.Size, pointer fyne.Position) {
	if text == "" {
		return
	}
	th := theme.Current()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	pad := th.Size(theme.SizeNameInnerPadding) / 2
	t.text.Text = text
	t.text.TextSize = th.Size(theme.SizeNameCaptionText)
	t.text.Color = th.Color(theme.ColorNameBackground, v)
	t.bg.FillColor = th.Color(theme.ColorNameForeground, v)
	ts := fyne.MeasureText(text, t.text.TextSize, t.text.TextStyle)
	w, h := ts.Width+2*pad, ts.Height+2*pad
	// the events' positions are the canvas's, which in the desktop driver holds the menu bar above
	// the content, and so above the layer
	base := fyne.CurrentApp().Driver().AbsolutePositionForObject(t.box)
	origin, pointer = origin.Subtract(base), pointer.Subtract(base)
	win := t.box.Size()
	x := min(pointer.X, win.Width-w)
	y := min(origin.Y+size.Height, pointer.Y+tipBelowPointer) + pad // a tall control: by the pointer
	if y+h > win.Height {
		y = origin.Y - h - pad
	}
	x, y = max(x, 0), max(y, 0)
	t.bg.Move(fyne.NewPos(x, y))
	t.bg.Resize(fyne.NewSize(w, h))
	t.text.Move(fyne.NewPos(x+pad, y+pad))
	t.text.Resize(ts)
	t.bg.Show()
	t.text.Show()
	t.box.Refresh()
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
