package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// The window must hold from 1000×600 pixels at FYNE_SCALE 1.5 (about 670×400 device-independent
// units) up: the bars that hold a row of controls wrap instead of asking for their whole width, which
// Fyne's split would otherwise give them by drawing one pane over the other.

// flowLayout places its objects left to right at their minimum size, going on to a new line when
// the next one would pass the right edge. Its minimum width is its widest object's; its minimum
// height is that of the lines it needed at the width it was last laid out at, so that a parent asks
// again for it after a resize (the desktop canvas checks minimum sizes on every frame).
type flowLayout struct {
	width float32 // the width of the last layout, 0 before any
}

var _ fyne.Layout = (*flowLayout)(nil)

// place returns each visible object's position at width w and the total height.
func (f *flowLayout) place(objs []fyne.CanvasObject, w float32) ([]fyne.Position, float32) {
	pad := theme.Padding()
	pos := make([]fyne.Position, len(objs))
	var x, y, line float32
	for i, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > w {
			x, y, line = 0, y+line+pad, 0
		}
		pos[i] = fyne.NewPos(x, y)
		x += m.Width + pad
		line = max(line, m.Height)
	}
	return pos, y + line
}

func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	pos, _ := f.place(objs, size.Width)
	for i, o := range objs {
		o.Move(pos[i])
		o.Resize(o.MinSize())
	}
}

func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objs {
		if o.Visible() {
			w = max(w, o.MinSize().Width)
		}
	}
	at := f.width
	if at < w {
		at = 1e9 // not laid out yet: one line, as an HBox would
	}
	_, h := f.place(objs, at)
	return fyne.NewSize(w, h)
}

// besideLayout lays out two objects: the first left, filling the width, and the second right at its
// minimum width, on one line when both fit with room to spare for the first; otherwise the second goes
// on a line of its own under the first, at the right. The bottom bar puts the span actions so beside
// the status line, the Proposals tab its Settings… beside Machine translation.
type besideLayout struct {
	room  float32 // the least width the first object keeps beside the second, beyond its minimum
	width float32 // the width of the last layout
}

var _ fyne.Layout = (*besideLayout)(nil)

// statusRoom is the least width the status line keeps beside the actions before they go under it.
const statusRoom = 280

// fits reports whether objects of minimum sizes fm and sm go on one line at width w (0: not laid out yet).
func (s *besideLayout) fits(fm, sm fyne.Size, w float32) bool {
	return w == 0 || sm.Width+max(s.room, fm.Width) <= w
}

// Layout is part of fyne.Layout. Each object is asked its minimum size once: the label palette's
// flow and the filter beside it (paletteRow) measure text each time, before every frame.
func (s *besideLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	s.width = size.Width
	first, second := objs[0], objs[1]
	fm, sm := first.MinSize(), second.MinSize()
	if s.fits(fm, sm, size.Width) {
		pad := float32(0)
		if s.room == 0 {
			pad = theme.Padding()
		}
		first.Move(fyne.NewPos(0, 0))
		first.Resize(fyne.NewSize(size.Width-sm.Width-pad, size.Height))
		second.Move(fyne.NewPos(size.Width-sm.Width, 0))
		second.Resize(fyne.NewSize(sm.Width, size.Height))
		return
	}
	first.Move(fyne.NewPos(0, 0))
	first.Resize(fyne.NewSize(size.Width, fm.Height))
	w := min(sm.Width, size.Width)
	second.Move(fyne.NewPos(size.Width-w, fm.Height+theme.Padding()))
	second.Resize(fyne.NewSize(w, sm.Height))
}

// MinSize is as wide as the wider object, on two lines, so that a split may narrow it to that; its
// height is that of the lines at the width of the last layout (a barsLayout asks for the height at
// the width it gives).
func (s *besideLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	fm, sm := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(fm.Width, sm.Width), s.linesHeight(fm, sm, s.width))
}

// heightAt returns the height of the lines at width w (0: one line).
func (s *besideLayout) heightAt(objs []fyne.CanvasObject, w float32) float32 {
	return s.linesHeight(objs[0].MinSize(), objs[1].MinSize(), w)
}

// linesHeight returns the height of the lines of objects of minimum sizes fm and sm at width w.
func (s *besideLayout) linesHeight(fm, sm fyne.Size, w float32) float32 {
	if s.fits(fm, sm, w) {
		return max(fm.Height, sm.Height)
	}
	return fm.Height + theme.Padding() + sm.Height
}

// The side tabs show their titles while they fit. In a narrower panel Fyne would put the tabs that
// do not, the selected one too, in an overflow menu ("…"): there they take icons instead, the
// selected one keeping its title as long as it can, so that every tab stays in the bar.
const (
	tabsFull     = iota // every tab with its title, no icon
	tabsSelected        // only the selected tab with its title
	tabsIcons           // icons only
)

// tabFit lays out the side tabs (its first object) after choosing how much of their titles fit, and
// over their bar, while some tabs show an icon alone, the area showing their titles as tips (Fyne's
// tab buttons are its own: the area takes their hover, which no longer highlights them).
type tabFit struct{ ui *UI }

func (f *tabFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.ui.fitTabs(size.Width)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	if len(objs) < 2 {
		return
	}
	tips := objs[1]
	sel := f.ui.tabs.Selected()
	if f.ui.tabMode == tabsFull || sel == nil {
		tips.Hide()
		return
	}
	tips.Move(fyne.NewPos(0, 0))
	tips.Resize(fyne.NewSize(size.Width, max(sel.Content.Position().Y-theme.Padding(), 0)))
	tips.Show()
}

func (f *tabFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// tabTip is the tip of the side tab at x in the tab bar: its title, where the tab shows an icon
// alone.
func (ui *UI) tabTip(x float32) string {
	pad := theme.Current().Size(theme.SizeNamePadding)
	sel := ui.tabs.SelectedIndex()
	for k, w := range ui.tabWidths(ui.tabMode) {
		if x < w {
			if ui.tabMode == tabsSelected && k == sel {
				return ""
			}
			return ui.tabTitle(k)
		}
		x -= w + pad
		if x < 0 { // between two tabs
			return ""
		}
	}
	return ""
}

// tabTitle is the title of side tab k with its badge ("QA (3)").
func (ui *UI) tabTitle(k int) string {
	t := ui.panels[k].title()
	if k < len(ui.tabBadges) && ui.tabBadges[k] != "" {
		t += " " + ui.tabBadges[k]
	}
	return t
}

// tabsWidth is the width of the tab bar in mode: a tab button is its title, its icon and a padding
// between them, and an inner padding on both sides of a title, on the right of an icon alone; the
// buttons are a padding apart (Fyne 2.7.1, container/tabs.go tabButtonRenderer.MinSize;
// TestTabsWidthIsFynes).
func (ui *UI) tabsWidth(mode int) float32 {
	pad := theme.Current().Size(theme.SizeNamePadding)
	w := pad * float32(len(ui.panels)-1)
	for _, tw := range ui.tabWidths(mode) {
		w += tw
	}
	return w
}

// tabWidths are the widths of the tab buttons in mode, without the paddings between them.
func (ui *UI) tabWidths(mode int) []float32 {
	// theme.Current, not the widget's Theme, which would keep the theme of the moment for good
	th := theme.Current()
	pad, inner, icon := th.Size(theme.SizeNamePadding), th.Size(theme.SizeNameInnerPadding), th.Size(theme.SizeNameInlineIcon)
	text := th.Size(theme.SizeNameText)
	sel := ui.tabs.SelectedIndex()
	ws := make([]float32, len(ui.panels))
	for k := range ui.panels {
		titled := mode == tabsFull || mode == tabsSelected && k == sel
		switch {
		case titled && mode == tabsFull:
			ws[k] = 2*inner + fyne.MeasureText(ui.tabTitle(k), text, fyne.TextStyle{Bold: true}).Width
		case titled:
			ws[k] = icon + pad + 2*inner + fyne.MeasureText(ui.tabTitle(k), text, fyne.TextStyle{Bold: true}).Width
		default:
			ws[k] = icon + inner
		}
	}
	return ws
}

// fitTabs gives the side tabs the titles that fit in width.
func (ui *UI) fitTabs(width float32) {
	if width <= 0 || len(ui.tabs.Items) < len(ui.panels) {
		return
	}
	mode := tabsIcons
	for _, m := range []int{tabsFull, tabsSelected} {
		if ui.tabsWidth(m) <= width {
			mode = m
			break
		}
	}
	ui.tabMode = mode
	sel, changed := ui.tabs.SelectedIndex(), false
	for k, it := range ui.tabs.Items[:len(ui.panels)] {
		t, icon := ui.tabTitle(k), panelIcon(ui.panels[k])
		if mode == tabsIcons || mode == tabsSelected && k != sel {
			t = ""
		}
		if mode == tabsFull {
			icon = nil // titles alone, as long as they fit
		}
		if it.Text != t || (it.Icon == nil) != (icon == nil) {
			it.Text, it.Icon, changed = t, icon, true
		}
	}
	if changed {
		ui.tabs.Refresh()
	}
}

// refitTabs fits the tabs again at their width, after their titles or the selection changed.
func (ui *UI) refitTabs() {
	if ui.sideSplit != nil && ui.sideSplit.Size().Width > 0 { // the panel may widen for the new titles
		ui.sideSplit.Refresh()
	}
	if w := ui.tabs.Size().Width; w > 0 {
		ui.fitTabs(w)
	} else { // not laid out yet: full titles
		for k, it := range ui.tabs.Items[:min(len(ui.panels), len(ui.tabs.Items))] {
			it.Text = ui.tabTitle(k)
		}
		ui.tabs.Refresh()
	}
}

// panelIcon is the icon of a side panel's tab, which stands for it when its title does not fit.
func panelIcon(p panel) fyne.Resource {
	switch p.(type) {
	case *entitiesPanel:
		return theme.AccountIcon()
	case *quotesPanel:
		return theme.MailReplyAllIcon()
	case *qaPanel:
		return theme.WarningIcon()
	}
	return theme.ContentPasteIcon()
}

// layOutTo lays out the containers from root down to obj, as the next frame would, and returns obj's
// position on the canvas whose content root is; it reports false when obj is not in root's
// containers (widgets are not looked into). An object shown in the same event has its place at once,
// where the driver knows it only once a frame has drawn it (see palette.openSpeakers).
func layOutTo(root, obj fyne.CanvasObject) (fyne.Position, bool) {
	path := containersTo(root, obj)
	if path == nil {
		return fyne.Position{}, false
	}
	var at fyne.Position
	for _, c := range path {
		if c.Layout != nil {
			c.Layout.Layout(c.Objects, c.Size())
		}
		at = at.Add(c.Position())
	}
	return at.Add(obj.Position()), true
}

// containersTo returns the visible containers from root down to obj's parent, or nil when obj is not
// among them.
func containersTo(root, obj fyne.CanvasObject) []*fyne.Container {
	c, ok := root.(*fyne.Container)
	if !ok || !c.Visible() {
		return nil
	}
	for _, o := range c.Objects {
		if o == obj {
			return []*fyne.Container{c}
		}
		if path := containersTo(o, obj); path != nil {
			return append([]*fyne.Container{c}, path...)
		}
	}
	return nil
}

// wraps is a layout whose height depends on the width it is given, as besideLayout's does: its
// MinSize can only answer for the width it was last laid out at.
type wraps interface {
	heightAt(objs []fyne.CanvasObject, width float32) float32
}

// heightAt returns the height o takes at width: its minimum height once laid out at that width (a
// fluid text breaks its lines for the width it is given), unless it is a container whose layout
// wraps, which is asked for that width.
func heightAt(o fyne.CanvasObject, width float32) float32 {
	if c, ok := o.(*fyne.Container); ok && width > 0 {
		if w, ok := c.Layout.(wraps); ok {
			return w.heightAt(c.Objects, width)
		}
	}
	if width > 0 && o.Size().Width != width {
		o.Resize(fyne.NewSize(width, o.Size().Height))
	}
	return o.MinSize().Height
}

// barsLayout is Fyne's border layout with a top and a bottom bar only, each given the height it takes
// at the layout's width rather than its minimum height. A bar that wraps (besideLayout) has a minimum
// height for the width it last had: the border layout, laid out at a narrower width, gave the
// Proposals tab's buttons one line of room before they went onto two, and Settings… was cut off
// below the panel. Fyne's canvas notices a minimum size that changed since its last frame, not one
// that changed and changed back between two frames, as it does when the window is laid out at two
// widths before it shows (a window fitted to a small screen).
type barsLayout struct{ top, bottom fyne.CanvasObject }

var (
	_ fyne.Layout = (*barsLayout)(nil)
	_ wraps       = (*besideLayout)(nil)
)

// newBars returns a container with the bars top and bottom (either may be nil) and the objects
// filling the room between them.
func newBars(top, bottom fyne.CanvasObject, objs ...fyne.CanvasObject) *fyne.Container {
	for _, o := range []fyne.CanvasObject{top, bottom} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	return container.New(&barsLayout{top: top, bottom: bottom}, objs...)
}

func (b *barsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	var above, below float32
	if b.top != nil && b.top.Visible() {
		h := heightAt(b.top, size.Width)
		b.top.Move(fyne.NewPos(0, 0))
		b.top.Resize(fyne.NewSize(size.Width, h))
		above = h + pad
	}
	if b.bottom != nil && b.bottom.Visible() {
		h := heightAt(b.bottom, size.Width)
		b.bottom.Move(fyne.NewPos(0, size.Height-h))
		b.bottom.Resize(fyne.NewSize(size.Width, h))
		below = h + pad
	}
	for _, o := range objs {
		if o.Visible() && o != b.top && o != b.bottom {
			o.Move(fyne.NewPos(0, above))
			o.Resize(fyne.NewSize(size.Width, size.Height-above-below))
		}
	}
}

// MinSize is the border layout's.
func (b *barsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		if o.Visible() && o != b.top && o != b.bottom {
			m = m.Max(o.MinSize())
		}
	}
	for _, o := range []fyne.CanvasObject{b.top, b.bottom} {
		if o != nil && o.Visible() {
			om := o.MinSize()
			m = fyne.NewSize(max(m.Width, om.Width), m.Height+om.Height+theme.Padding())
		}
	}
	return m
}
