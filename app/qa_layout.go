package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// The QA panel's Checks section (a dozen checks, the quotation-mark and spelling settings) is some
// 600 units tall: opened, it made the panel's minimum height, and so the window's, 888 pixels on an
// 800-pixel screen, which put the panel's foot and the status line off the screen and left the window
// that tall once it was closed. Its content and the opened issue's message scroll in a cappedScroll
// instead, and qaLayout gives them the room the issues leave.

const (
	checksCap  = 150 // the least height of the opened Checks section: some four checks
	detailCap  = 120 // the least height of the opened issue's message: some five lines
	qaListRoom = 120 // the height the issues keep before the Checks and the message get more: three rows
)

// cappedScroll is a scroll whose minimum height is its content's, up to most: its content takes the
// room it needs where the panel has some and scrolls where the window is small, never pushing the
// window's minimum size past the screen.
type cappedScroll struct {
	scroll *container.Scroll
	box    *fyne.Container // the container laid out by it, which a closed accordion hides
	most   float32
}

var _ fyne.Layout = (*cappedScroll)(nil)

// newCappedScroll returns s in a container whose minimum height is s's content's up to most.
func newCappedScroll(s *container.Scroll, most float32) *cappedScroll {
	c := &cappedScroll{scroll: s, most: most}
	c.box = container.New(c, s)
	return c
}

// natural breaks the content's lines for width and returns the height it takes, all of it shown.
func (c *cappedScroll) natural(width float32) float32 {
	content := c.scroll.Content
	if c.scroll.Direction != container.ScrollVerticalOnly {
		width = max(width, content.MinSize().Width)
	}
	content.Resize(fyne.NewSize(width, content.Size().Height)) // a fluid text's lines follow its width
	return content.MinSize().Height
}

// more is how much taller than its minimum the scroll would be to show all its content, at the width
// it was last laid out at; nothing while it is hidden.
func (c *cappedScroll) more() float32 {
	if !c.box.Visible() {
		return 0
	}
	n := c.natural(c.box.Size().Width)
	return n - min(n, c.most)
}

func (c *cappedScroll) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	c.natural(size.Width)
	c.scroll.Move(fyne.Position{})
	c.scroll.Resize(size)
	c.scroll.Refresh() // the content's size follows its minimum, which its new width may have changed
}

func (c *cappedScroll) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(c.scroll.MinSize().Width, min(c.scroll.Content.MinSize().Height, c.most))
}

// qaLayout lays out the QA panel: on top the summary and the Checks section, at the foot the opened
// issue's message and actions, the issues between them. It is Fyne's border layout, with two changes:
// the top and the foot are given their heights at the width they get, not at the one they had
// (their texts wrap: widening the panel left the height of a line of the summary between the Checks
// and the issues, as Fyne's canvas lays out again only one of the containers whose minimum size
// changed in a frame); and the room the issues do not need (qaListRoom) goes to the message, then to
// the Checks section, up to all they hold.
type qaLayout struct {
	top, bottom *cappedScroll // the scrolls in the top (the Checks) and in the foot (the message)
}

var _ fyne.Layout = (*qaLayout)(nil)

// newQALayout returns the panel's container: top, list and bottom, with checks in top and detail in
// bottom.
func newQALayout(top, list, bottom fyne.CanvasObject, checks, detail *cappedScroll) *fyne.Container {
	return container.New(&qaLayout{top: checks, bottom: detail}, top, list, bottom)
}

func (l *qaLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	top, list, bottom := objs[0], objs[1], objs[2]
	pad := theme.Padding()
	topMin, topMore := heightsAt(top, l.top, size.Width)
	bottomMin, bottomMore := heightsAt(bottom, l.bottom, size.Width)
	spare := max(size.Height-topMin-bottomMin-2*pad-qaListRoom, 0)
	bottomH := bottomMin + min(bottomMore, spare)
	topH := topMin + min(topMore, spare-(bottomH-bottomMin))
	placeAgain(top, fyne.NewPos(0, 0), fyne.NewSize(size.Width, topH))
	placeAgain(bottom, fyne.NewPos(0, size.Height-bottomH), fyne.NewSize(size.Width, bottomH))
	placeAgain(list, fyne.NewPos(0, topH+pad), fyne.NewSize(size.Width, max(size.Height-topH-bottomH-2*pad, 0)))
}

// MinSize is the border layout's, the scrolls at their capped heights.
func (l *qaLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		m := o.MinSize()
		w, h = max(w, m.Width), h+m.Height
	}
	return fyne.NewSize(w, h+2*theme.Padding())
}

// heightsAt lays o out at width, so that the lines of its texts are broken for it, and returns its
// minimum height there and how much more s, in it, would take to show all it holds.
func heightsAt(o fyne.CanvasObject, s *cappedScroll, width float32) (least, more float32) {
	o.Resize(fyne.NewSize(width, o.Size().Height))
	return o.MinSize().Height, s.more()
}

// placeAgain moves o and gives it size, laying it out again even when its size is the same: what it holds
// may have changed its height since (see qaLayout).
func placeAgain(o fyne.CanvasObject, at fyne.Position, size fyne.Size) {
	o.Move(at)
	o.Resize(size)
	if c, ok := o.(*fyne.Container); ok && c.Layout != nil {
		c.Layout.Layout(c.Objects, size)
	}
}
