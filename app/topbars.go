package app

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// topBars lays out the bars above the segments (the alert bar, the label palette and the Find bar, in
// a vertical scroll: its first object) over the segments (its second). The bars get the height they
// take at the column's width as long as the segments keep their minimum height; in a shorter window
// they scroll, the Find bar in view while it is open. Fyne's border layout asked for the bars' height
// and the segments' together: the Find and Replace bar, some 150 units high, made a 667×400 window
// grow by 57 units and more, past the bottom of the screen, where the window must keep the user's size.
type topBars struct {
	bars *container.Scroll
	find fyne.CanvasObject // the Find bar, the last of the bars
	// margin is the room kept right of the bars while they scroll, for the scroll bar: over the Find
	// bar's Replace all, it took the clicks and the pointer of the button's right end.
	margin float32
	box    *fyne.Container // the container laid out by this
	// natural is the bars' height at the last layout: when it changes (the Find bar or the alert bar
	// shown or hidden, the replace mode's fields), the bars' scroll is laid out again, not this,
	// which barsMargin then asks to lay out again. laying is true during the layout.
	natural float32
	laying  bool
}

var _ fyne.Layout = (*topBars)(nil)

// newTopBars returns the layout of bars (the Find bar, find, last among them) over body, and its
// container.
func newTopBars(bars, find, body fyne.CanvasObject) (*topBars, *fyne.Container) {
	t := &topBars{find: find}
	t.bars = container.NewVScroll(container.New(barsMargin{t}, bars))
	t.box = container.New(t, t.bars, body)
	return t, t.box
}

// Layout is part of fyne.Layout.
func (t *topBars) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	t.laying = true
	defer func() { t.laying = false }()
	body, inner := objs[1], t.bars.Content.(*fyne.Container)
	content, margin := inner.Objects[0], t.margin
	pad := theme.Padding()
	room := max(size.Height-pad-body.MinSize().Height, 0)
	t.margin = 0
	natural := heightAt(content, size.Width)
	if natural > room {
		t.margin = theme.Size(theme.SizeNameScrollBar)
		natural = heightAt(content, size.Width-t.margin)
	}
	h := min(natural, room)
	t.natural = natural
	t.bars.Move(fyne.NewPos(0, 0))
	t.bars.Resize(fyne.NewSize(size.Width, h))
	if t.margin != margin { // the scroll lays out its content again only when its size changes
		inner.Layout.Layout(inner.Objects, inner.Size())
	}
	body.Move(fyne.NewPos(0, h+pad))
	body.Resize(fyne.NewSize(size.Width, size.Height-h-pad))
	// The Find bar, which the user works in, stays whole in view while it is open, the palette above
	// it scrolled away as far as needed (Fyne scrolls the bars back when they fit again).
	if t.find.Visible() && t.bars.Offset.Y < natural-h {
		t.bars.ScrollToOffset(fyne.NewPos(0, natural-h))
	}
}

// MinSize is as wide as the wider of the bars and the body, and as high as the body: the bars give up
// their height to it, scrolling.
func (t *topBars) MinSize(objs []fyne.CanvasObject) fyne.Size {
	bm := objs[1].MinSize()
	bars := t.bars.Content.(*fyne.Container).Objects[0].MinSize()
	return fyne.NewSize(max(bars.Width, bm.Width), bm.Height+theme.Padding())
}

// barsMargin lays out the bars inside their scroll, leaving the topBars' margin on the right.
type barsMargin struct{ t *topBars }

func (m barsMargin) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width-m.t.margin, size.Height))
	if t := m.t; !t.laying && t.box != nil && math.Abs(float64(objs[0].MinSize().Height-t.natural)) > 0.5 {
		t.Layout(t.box.Objects, t.box.Size())
	}
}

func (m barsMargin) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[0].MinSize().AddWidthHeight(m.t.margin, 0)
}
