package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// segList is the virtualised list of segment rows: like widget.List, it keeps a row widget only for
// the rows on screen, reuses those that scroll away, and separates rows by a gap with a line in it;
// unlike it, it keeps the rows' heights in a rowHeights, so that its size, a row's place and the row
// at an offset cost O(log n) rather than a walk over every row's height. widget.List of Fyne 2.7 walks
// its map of heights for its MinSize, which the driver asks before every frame (and a blinking caret
// asks for frames all the time): with the 31,000 segments of a 4 MB article, an idle English field
// kept three quarters of a core busy.
type segList struct {
	widget.BaseWidget

	length func() int
	create func() fyne.CanvasObject
	update func(i int, o fyne.CanvasObject)

	// OnSelected is called when row i is tapped beside its fields.
	OnSelected func(i int)
	// Exact, when set, returns row i's exact height when the height the list has is an estimate, and
	// false when it is exact: the list asks it before it shows a row (see seglist_exact.go).
	Exact func(i int) (float32, bool)
	// OnReveal, when set, is called when ScrollTo shows row i, which the filter had left out.
	OnReveal func(i int)
	// Kept, when set, returns the row the list keeps whole in view when it gets shorter (see Resize),
	// -1 for none.
	Kept func() int

	heights  rowHeights
	minWidth float32 // the template row's minimum width
	scroller *wheelScroll
	bar      *segBar // the bar drawn over them
	content  *fyne.Container
	lay      *segListLayout
}

var _ fyne.Widget = (*segList)(nil)

// newSegList returns a list of length() rows, made by create and shown by update.
func newSegList(length func() int, create func() fyne.CanvasObject, update func(int, fyne.CanvasObject)) *segList {
	l := &segList{length: length, create: create, update: update}
	l.ExtendBaseWidget(l)
	l.lay = &segListLayout{list: l}
	l.content = &fyne.Container{Layout: l.lay}
	l.scroller = newWheelScroll(l.content)
	// The override gives the scroller and its bars, made with it, transparent bars; it is left out of
	// the tree, where each frame would push and pop its theme, and the rows, made later, keep the app's.
	container.NewThemeOverride(l.scroller, hiddenBars{})
	l.bar = newSegBar(l)
	l.scroller.OnScrolled = func(fyne.Position) {
		l.lay.place(false)
		l.bar.Refresh()
	}
	return l
}

// CreateRenderer is part of fyne.Widget.
func (l *segList) CreateRenderer() fyne.WidgetRenderer {
	l.measureTemplate()
	return &segListRenderer{list: l, objs: []fyne.CanvasObject{l.scroller, l.bar}}
}

// measureTemplate takes the height of a row not given one, and the list's minimum width, from a
// freshly made row, as widget.List does (at every Refresh, there).
func (l *segList) measureTemplate() {
	min := l.create().MinSize()
	l.minWidth = min.Width
	l.heights.reset(l.length(), min.Height, l.Theme().Size(theme.SizeNamePadding))
}

// sync sizes the table of heights for the current number of rows, when that changed.
func (l *segList) sync() {
	if n := l.length(); n != l.heights.len() {
		l.heights.reset(n, l.heights.def, l.heights.pad)
	}
}

// SetItemHeight gives row i its height (0: the template's), as widget.List.SetItemHeight does.
func (l *segList) SetItemHeight(i int, h float32) {
	l.sync()
	if i < 0 || i >= l.heights.len() || !l.heights.setHeight(i, h) {
		return
	}
	l.refit()
	l.lay.rebind(i)
}

// SetItemHeights gives every row its height at once (0: the template's).
func (l *segList) SetItemHeights(hs []float32) {
	l.heights.setAll(hs)
	l.sync()
	l.refit()
}

// refit tells the scroller that the rows' total height changed, and lays the rows out again.
func (l *segList) refit() {
	l.content.Resize(l.lay.MinSize(nil).Max(l.scroller.Size()))
	l.scroller.Refresh() // updates the bar and the offset, and lays the rows out
	l.bar.Refresh()
}

// top returns where row i starts in the list's content.
func (l *segList) top(i int) float32 {
	l.sync()
	return l.heights.top(i)
}

// height returns the height of row i.
func (l *segList) height(i int) float32 {
	l.sync()
	return l.heights.height(i)
}

// at returns the row at offset y of the list's content, -1 when there is none.
func (l *segList) at(y float32) int {
	l.sync()
	return l.heights.at(y)
}

// gap returns the space between two rows.
func (l *segList) gap() float32 { return l.heights.pad }

// GetScrollOffset returns how far the list is scrolled.
func (l *segList) GetScrollOffset() float32 { return l.scroller.Offset.Y }

// ScrollToOffset scrolls the list to offset, as far as its content allows.
func (l *segList) ScrollToOffset(offset float32) {
	l.sync()
	limit := l.heights.total() - l.scroller.Size().Height
	offset = min(offset, limit)
	offset = max(offset, 0)
	l.scroller.ScrollToOffset(fyne.NewPos(0, offset))
	l.lay.place(false)
	l.bar.Refresh()
}

// ScrollToTop scrolls the list to its first row.
func (l *segList) ScrollToTop() { l.ScrollToOffset(0) }

// ScrollTo scrolls the list as little as needed to show row i whole, or its top when it is taller than
// the view, then shows every row on screen anew (as widget.List.ScrollTo does).
func (l *segList) ScrollTo(i int) {
	l.sync()
	if i < 0 || i >= l.heights.len() {
		return
	}
	l.reveal(i)
	l.exactAround(i, i)
	off, view := l.scroller.Offset.Y, l.scroller.Size().Height
	y, h := l.heights.top(i), l.heights.height(i)
	switch {
	case y < off:
		l.ScrollToOffset(y)
	case y+h > off+view:
		l.ScrollToOffset(min(y, y+h-view))
	}
	l.Refresh()
}

// ScrollToRange scrolls the list as little as needed to show rows first to last whole, or as many of
// them as fit from first's top when they are taller than the view, then shows every row on screen anew.
func (l *segList) ScrollToRange(first, last int) {
	l.sync()
	if first < 0 || last < first || last >= l.heights.len() {
		return
	}
	l.exactAround(first, last)
	off, view := l.scroller.Offset.Y, l.scroller.Size().Height
	y := l.heights.top(first)
	bottom := l.heights.top(last) + l.heights.height(last)
	switch {
	case y < off || bottom-y > view:
		l.ScrollToOffset(y)
	case bottom > off+view:
		l.ScrollToOffset(bottom - view)
	}
	l.Refresh()
}

// Resize is part of fyne.CanvasObject. A row wholly in view that the list keeps (Kept) stays so when
// the list gets shorter: a bar shown above the segments (the offer to pre-annotate, an alert, Find)
// or a smaller window takes its room from the bottom of the list, which cut the row of a document
// opened again at its last segment.
func (l *segList) Resize(s fyne.Size) {
	keep := -1
	if l.Kept != nil && s.Height < l.Size().Height {
		if k := l.Kept(); l.wholeInView(k) {
			keep = k
		}
	}
	l.BaseWidget.Resize(s)
	l.lay.place(false)
	if keep >= 0 && !l.wholeInView(keep) {
		l.ScrollTo(keep)
	}
}

// wholeInView reports whether row i is wholly in the list's view (its top, when taller than it).
func (l *segList) wholeInView(i int) bool {
	if i < 0 || i >= l.heights.len() {
		return false
	}
	off, view := l.scroller.Offset.Y, l.scroller.Size().Height
	y, h := l.heights.top(i), min(l.heights.height(i), view)
	return view > 0 && y >= off && y+h <= off+view
}

// MinSize is part of fyne.CanvasObject.
func (l *segList) MinSize() fyne.Size {
	l.ExtendBaseWidget(l)
	return l.BaseWidget.MinSize()
}

type segListRenderer struct {
	list *segList
	objs []fyne.CanvasObject // kept: the driver asks for them at every frame
}

func (r *segListRenderer) Destroy() {}

func (r *segListRenderer) Layout(size fyne.Size) {
	l := r.list
	l.scroller.Resize(size)
	w := l.bar.MinSize().Width
	l.bar.Move(fyne.NewPos(size.Width-w, 0))
	l.bar.Resize(fyne.NewSize(w, size.Height))
}

func (r *segListRenderer) MinSize() fyne.Size {
	return r.list.scroller.MinSize().Max(fyne.NewSize(r.list.minWidth, r.list.heights.def))
}

func (r *segListRenderer) Objects() []fyne.CanvasObject { return r.objs }

// Refresh shows every row on screen anew.
func (r *segListRenderer) Refresh() {
	l := r.list
	if l.Theme().Size(theme.SizeNamePadding) != l.heights.pad { // the theme changed
		l.measureTemplate()
	}
	r.Layout(l.Size())
	l.content.Resize(l.lay.MinSize(nil).Max(l.scroller.Size()))
	l.scroller.Refresh()
	l.bar.Refresh()
	l.lay.place(true)
	for _, s := range l.lay.seps {
		s.Refresh()
	}
	canvas.Refresh(l)
}

// segListLayout places the rows on screen in the list's content.
type segListLayout struct {
	list    *segList
	shown   []shownRow // the rows on screen, by index
	pool    []*segItem // rows put aside, for reuse
	seps    []fyne.CanvasObject
	objects []fyne.CanvasObject
	// measuring is set while rows are measured before they are shown: resizing the content to their
	// heights lays the rows out again, without measuring again.
	measuring bool
}

// shownRow is a row on screen and the index it shows.
type shownRow struct {
	i    int
	item *segItem
}

// Layout is part of fyne.Layout.
func (s *segListLayout) Layout([]fyne.CanvasObject, fyne.Size) { s.place(false) }

// MinSize is part of fyne.Layout: the height of all rows, in O(log n).
func (s *segListLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	s.list.sync()
	return fyne.NewSize(s.list.minWidth, s.list.heights.total())
}

// place lays out the rows in view, taking rows for those that come into view from the rows that left
// it and showing their index in them; all shows every row's index anew.
func (s *segListLayout) place(all bool) {
	l := s.list
	l.sync()
	view := l.scroller.Size().Height
	h := &l.heights
	if view <= 0 || h.count() == 0 {
		if h.count() == 0 {
			s.putAside(s.shown)
			s.shown = s.shown[:0]
			s.setObjects()
		}
		return
	}
	s.exactView()
	first, last := s.inView()
	was := s.shown
	shown := make([]shownRow, 0, min(last-first+1, 64)) // filtered: rows in between are left out
	var fresh []shownRow
	width := l.Size().Width
	for i := first; i <= last; i = h.nextShown(i) {
		item := s.take(was, i)
		if item == nil {
			item = s.get()
			fresh = append(fresh, shownRow{i, item})
		} else if all {
			fresh = append(fresh, shownRow{i, item})
		}
		item.Move(fyne.NewPos(0, h.top(i)))
		item.Resize(fyne.NewSize(width, h.height(i)))
		shown = append(shown, shownRow{i, item})
	}
	for _, w := range was {
		if w.item != nil {
			s.pool = append(s.pool, w.item)
		}
	}
	s.shown = shown
	s.setObjects()
	for _, f := range fresh {
		f.item.index = f.i
		if l.update != nil {
			l.update(f.i, f.item.child)
		}
	}
}

// take returns the row that showed index i, removing it from was, or nil.
func (s *segListLayout) take(was []shownRow, i int) *segItem {
	for k := range was {
		if was[k].i == i && was[k].item != nil {
			item := was[k].item
			was[k].item = nil
			return item
		}
	}
	return nil
}

// get returns a row put aside, or a new one.
func (s *segListLayout) get() *segItem {
	if n := len(s.pool); n > 0 {
		item := s.pool[n-1]
		s.pool[n-1] = nil
		s.pool = s.pool[:n-1]
		return item
	}
	return newSegItem(s.list)
}

// putAside puts rows in the pool.
func (s *segListLayout) putAside(rows []shownRow) {
	for _, r := range rows {
		if r.item != nil {
			s.pool = append(s.pool, r.item)
		}
	}
}

// rebind shows index i anew in its row, if it is on screen.
func (s *segListLayout) rebind(i int) {
	for _, r := range s.shown {
		if r.i == i && s.list.update != nil {
			s.list.update(i, r.item.child)
		}
	}
}

// setObjects makes the rows on screen and the lines between them the content's objects.
func (s *segListLayout) setObjects() {
	l := s.list
	th := l.Theme()
	thick := th.Size(theme.SizeNameSeparatorThickness)
	off := (l.heights.pad + thick) / 2
	for len(s.seps) < len(s.shown) {
		s.seps = append(s.seps, widget.NewSeparator())
	}
	s.objects = s.objects[:0]
	for _, r := range s.shown {
		s.objects = append(s.objects, r.item)
	}
	for k := 1; k < len(s.shown); k++ {
		sep := s.seps[k]
		sep.Move(fyne.NewPos(0, s.shown[k].item.Position().Y-off))
		sep.Resize(fyne.NewSize(l.Size().Width, thick))
		s.objects = append(s.objects, sep)
	}
	c := s.list.content
	old := len(c.Objects)
	c.Objects = append(c.Objects[:0], s.objects...)
	if old > len(c.Objects) {
		clear(c.Objects[len(c.Objects):old]) // no reference kept to rows put aside
	}
}

// segItem holds one row of the list: it shades the row under the pointer and takes a tap beside the
// row's fields (as widget.List's rows do).
type segItem struct {
	widget.BaseWidget
	list    *segList
	child   fyne.CanvasObject
	bg      *canvas.Rectangle
	index   int
	hovered bool
}

var (
	_ fyne.Tappable     = (*segItem)(nil)
	_ desktop.Hoverable = (*segItem)(nil)
)

func newSegItem(l *segList) *segItem {
	it := &segItem{list: l, child: l.create(), index: -1}
	it.bg = canvas.NewRectangle(theme.Color(theme.ColorNameHover))
	it.bg.CornerRadius = theme.Size(theme.SizeNameSelectionRadius)
	it.bg.Hide()
	it.ExtendBaseWidget(it)
	return it
}

// Tapped is part of fyne.Tappable.
func (it *segItem) Tapped(*fyne.PointEvent) {
	if f := it.list.OnSelected; f != nil && it.index >= 0 {
		f(it.index)
	}
}

// MouseIn is part of desktop.Hoverable.
func (it *segItem) MouseIn(*desktop.MouseEvent) {
	it.hovered = true
	it.Refresh()
}

// MouseMoved is part of desktop.Hoverable.
func (it *segItem) MouseMoved(*desktop.MouseEvent) {}

// MouseOut is part of desktop.Hoverable.
func (it *segItem) MouseOut() {
	it.hovered = false
	it.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (it *segItem) CreateRenderer() fyne.WidgetRenderer {
	return &segItemRenderer{it: it, objs: []fyne.CanvasObject{it.bg, it.child}}
}

type segItemRenderer struct {
	it   *segItem
	objs []fyne.CanvasObject
}

func (r *segItemRenderer) Destroy() {}

func (r *segItemRenderer) Layout(size fyne.Size) {
	r.it.bg.Resize(size)
	r.it.child.Resize(size)
}

func (r *segItemRenderer) MinSize() fyne.Size { return r.it.child.MinSize() }

func (r *segItemRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *segItemRenderer) Refresh() {
	th := r.it.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.it.bg.FillColor = th.Color(theme.ColorNameHover, v)
	r.it.bg.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
	r.it.bg.Hidden = !r.it.hovered
	r.it.bg.Refresh()
	canvas.Refresh(r.it)
}
