package app

import (
	"image/color"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Scrolling the segment list as desktop applications scroll a document. Fyne 2.7.1's Scroll moves 25
// px per wheel notch (10 on macOS, whose wheels and touchpads send finer steps), less than a row: crossing
// a 41 KB article took some 800 notches. Its scroll bar's thumb is never shorter than the bar is wide
// (12 px), too small to catch on a long article, and a click in its track moves the thumb there, as far
// as a page or as the whole article. So the list's Scroll moves three lines of text per notch (any
// fraction of a notch a touchpad sends moving as much less, which keeps scrolling smooth), and the
// list draws its own bar over Fyne's, which a theme makes transparent: a thumb at least
// segBarMinThumb long, dragged as Fyne's, and a click in the track above or below it turning a page.

// segBarMinThumb is the shortest the thumb gets, in Fyne's units: about three lines of text.
const segBarMinThumb = 48

// wheelLines is how many lines of text a wheel notch scrolls.
const wheelLines = 3

// lineHeight is the height of a line of text in the theme.
func lineHeight(th fyne.Theme) float32 {
	return fyne.MeasureText("Mg", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height
}

// wheelScroll is the list's Scroll: it scrolls wheelLines lines of text per wheel notch.
type wheelScroll struct {
	container.Scroll
}

var _ fyne.Scrollable = (*wheelScroll)(nil)

func newWheelScroll(content fyne.CanvasObject) *wheelScroll {
	s := &wheelScroll{}
	s.Direction = container.ScrollVerticalOnly
	s.Content = content
	s.ExtendBaseWidget(s)
	return s
}

// Scrolled is part of fyne.Scrollable.
func (s *wheelScroll) Scrolled(ev *fyne.ScrollEvent) {
	notch := float32(25) // Fyne's pixels per notch (internal/driver/glfw/scroll_speed_default.go)
	if runtime.GOOS == "darwin" {
		s.Scroll.Scrolled(ev) // touchpads send fine steps there, which Fyne already scales
		return
	}
	e := *ev
	e.Scrolled.DY *= wheelLines * lineHeight(theme.CurrentForWidget(s)) / notch
	s.Scroll.Scrolled(&e)
}

// hiddenBars is the app's theme with transparent scroll bars: the segment list's own bar stands over
// Fyne's.
type hiddenBars struct{}

func (hiddenBars) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameScrollBar || n == theme.ColorNameScrollBarBackground {
		return color.Transparent
	}
	return appTheme().Color(n, v)
}
func (hiddenBars) Font(s fyne.TextStyle) fyne.Resource     { return appTheme().Font(s) }
func (hiddenBars) Icon(n fyne.ThemeIconName) fyne.Resource { return appTheme().Icon(n) }
func (hiddenBars) Size(n fyne.ThemeSizeName) float32       { return appTheme().Size(n) }

// appTheme is the app's theme. theme.Current, while Fyne draws a widget under a theme override,
// returns the override.
func appTheme() fyne.Theme {
	if a := fyne.CurrentApp(); a != nil && a.Settings().Theme() != nil {
		return a.Settings().Theme()
	}
	return theme.DefaultTheme()
}

// segBar is the list's scroll bar, over the right edge of the list: thin, and wide with its track
// shown under the pointer, as Fyne's.
type segBar struct {
	widget.BaseWidget
	list     *segList
	thumb    *canvas.Rectangle
	track    *canvas.Rectangle
	hovered  bool
	dragging bool
	dragY    float32 // where the thumb was when the drag began, plus the drag so far
}

var (
	_ fyne.Tappable     = (*segBar)(nil)
	_ fyne.Draggable    = (*segBar)(nil)
	_ desktop.Hoverable = (*segBar)(nil)
)

func newSegBar(l *segList) *segBar {
	b := &segBar{list: l, thumb: canvas.NewRectangle(color.Transparent), track: canvas.NewRectangle(color.Transparent)}
	b.ExtendBaseWidget(b)
	return b
}

// geometry returns the thumb's top and length, and whether the list is long enough to have one.
func (b *segBar) geometry() (y, length float32, ok bool) {
	l := b.list
	view, content := l.scroller.Size().Height, l.heights.total()
	if view <= 0 || content <= view {
		return 0, 0, false
	}
	length = min(max(view*view/content, segBarMinThumb), view)
	y = (view - length) * l.scroller.Offset.Y / (content - view)
	return y, length, true
}

// offsetFor returns the list's offset that puts the thumb's top at y.
func (b *segBar) offsetFor(y float32) float32 {
	l := b.list
	view, content := l.scroller.Size().Height, l.heights.total()
	_, length, ok := b.geometry()
	if !ok || view <= length {
		return 0
	}
	return min(max(y, 0), view-length) / (view - length) * (content - view)
}

// Tapped is part of fyne.Tappable: a click above or below the thumb turns a page.
func (b *segBar) Tapped(ev *fyne.PointEvent) {
	y, length, ok := b.geometry()
	if !ok {
		return
	}
	l := b.list
	page := max(l.scroller.Size().Height-lineHeight(b.Theme()), lineHeight(b.Theme()))
	switch {
	case ev.Position.Y < y:
		l.ScrollToOffset(l.scroller.Offset.Y - page)
	case ev.Position.Y > y+length:
		l.ScrollToOffset(l.scroller.Offset.Y + page)
	}
}

// Dragged is part of fyne.Draggable: the thumb follows the pointer.
func (b *segBar) Dragged(ev *fyne.DragEvent) {
	if !b.dragging {
		y, _, ok := b.geometry()
		if !ok {
			return
		}
		b.dragging, b.dragY = true, y
	}
	b.dragY += ev.Dragged.DY
	b.list.ScrollToOffset(b.offsetFor(b.dragY))
}

// DragEnd is part of fyne.Draggable.
func (b *segBar) DragEnd() {
	b.dragging = false
	b.Refresh()
}

// MouseIn is part of desktop.Hoverable.
func (b *segBar) MouseIn(*desktop.MouseEvent) {
	b.hovered = true
	b.Refresh()
}

// MouseMoved is part of desktop.Hoverable.
func (b *segBar) MouseMoved(*desktop.MouseEvent) {}

// MouseOut is part of desktop.Hoverable.
func (b *segBar) MouseOut() {
	b.hovered = false
	b.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (b *segBar) CreateRenderer() fyne.WidgetRenderer {
	return &segBarRenderer{bar: b, objs: []fyne.CanvasObject{b.track, b.thumb}}
}

type segBarRenderer struct {
	bar  *segBar
	objs []fyne.CanvasObject // kept: the driver asks for them at every frame
}

func (r *segBarRenderer) Destroy() {}

func (r *segBarRenderer) Layout(size fyne.Size) {
	b := r.bar
	th := b.Theme()
	y, length, ok := b.geometry()
	b.thumb.Hidden, b.track.Hidden = !ok, !ok || !(b.hovered || b.dragging)
	width := th.Size(theme.SizeNameScrollBarSmall)
	if b.hovered || b.dragging {
		width = th.Size(theme.SizeNameScrollBar)
	}
	b.thumb.Move(fyne.NewPos(size.Width-width, y))
	b.thumb.Resize(fyne.NewSize(width, length))
	b.track.Move(fyne.NewPos(0, 0))
	b.track.Resize(size)
}

func (r *segBarRenderer) MinSize() fyne.Size {
	return fyne.NewSize(r.bar.Theme().Size(theme.SizeNameScrollBar), 0)
}

func (r *segBarRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *segBarRenderer) Refresh() {
	b := r.bar
	th := appTheme() // the list's own theme makes the bars transparent
	v := fyne.CurrentApp().Settings().ThemeVariant()
	b.thumb.FillColor = th.Color(theme.ColorNameScrollBar, v)
	b.thumb.CornerRadius = th.Size(theme.SizeNameScrollBarRadius)
	b.track.FillColor = th.Color(theme.ColorNameScrollBarBackground, v)
	r.Layout(b.Size())
	b.thumb.Refresh()
	b.track.Refresh()
}
