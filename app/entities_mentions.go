package app

import (
	"errors"
	"slices"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// mentionList shows an entity's mentions in one language inside the details' scroll, one button
// each, laid out as a VBox of buttons would be; but only the buttons the scroll shows exist. In the
// 200-fold sample article Lavrov has 2,000 mentions: a VBox took seconds to fill (each Add laid all
// the buttons out again) and every frame then walked the 2,000 buttons.
type mentionList struct {
	widget.BaseWidget
	ui     *UI
	scroll *container.Scroll
	origin func() fyne.Position // the list's parent's position in the scroll's content

	spans  []*annotate.Span
	seg    func(*annotate.Span) int // the index of a mention's segment
	gen    int                      // counts the calls of set
	labels []string                 // "Seg. 12 · Sergueï Lavrov", one a mention; "Seg. 14 · il · pronoun" for one that is no name
	width  float32                  // the widest label's button width: the list's minimum width
	probe  *mentionButton           // measures buttons, never shown
	menu   *fyne.Menu               // the kinds last offered for a mention (a secondary tap on it)
	popup  *widget.PopUpMenu        // shows menu
}

// mentionButton is a mention's button: a tap jumps to the mention, a secondary tap (right click)
// offers the kinds it may be (name, description, pronoun).
type mentionButton struct {
	widget.Button
	secondary func(at fyne.Position)
}

var _ fyne.SecondaryTappable = (*mentionButton)(nil)

// TappedSecondary implements fyne.SecondaryTappable.
func (b *mentionButton) TappedSecondary(ev *fyne.PointEvent) {
	if b.secondary != nil {
		b.secondary(ev.AbsolutePosition)
	}
}

var _ fyne.Widget = (*mentionList)(nil)

// newMentionList returns an empty list; its scroll is to be set before it is shown.
func newMentionList(ui *UI, origin func() fyne.Position) *mentionList {
	m := &mentionList{ui: ui, origin: origin}
	m.probe = m.newButton(segmentShort(1))
	m.ExtendBaseWidget(m)
	return m
}

// set shows spans, each with the segment seg gives it, from the next refresh on.
func (m *mentionList) set(spans []*annotate.Span, seg func(*annotate.Span) int) {
	m.gen++
	m.spans, m.seg, m.labels = spans, seg, make([]string, len(spans))
	for i, sp := range spans {
		m.labels[i] = m.label(sp)
	}
	m.width = m.widest()
}

// label is how the list names mention sp.
func (m *mentionList) label(sp *annotate.Span) string {
	l := segmentShort(m.seg(sp)+1) + " · " + annotate.Shorten(m.ui.doc.SpanText(sp), 40)
	if !sp.IsName() {
		l += " · " + mentionKindName(sp.Mention)
	}
	return l
}

// relabel names the mentions again after typing changed their text, and reports whether a label
// changed: the buttons on screen are then to be refreshed.
func (m *mentionList) relabel() bool {
	changed := false
	for i, sp := range m.spans {
		if l := m.label(sp); l != m.labels[i] {
			m.labels[i], changed = l, true
		}
	}
	if changed {
		m.width = m.widest()
	}
	return changed
}

// widest returns the minimum width of the widest button, measuring the few longest labels only: a
// label is at most 40 characters and a segment number, and measuring thousands takes long.
func (m *mentionList) widest() float32 {
	const measured = 8
	longest := slices.Clone(m.labels)
	slices.SortFunc(longest, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	var w float32
	for _, l := range longest[:min(measured, len(longest))] {
		m.probe.SetText(l)
		w = max(w, m.probe.MinSize().Width)
	}
	return w
}

func (m *mentionList) len() int { return len(m.spans) }

// button returns a new button showing mention i, as the list shows it.
func (m *mentionList) button(i int) *mentionButton {
	b := m.newButton("")
	m.bind(i, b)
	return b
}

func (m *mentionList) newButton(text string) *mentionButton {
	b := &mentionButton{}
	b.Text = text
	b.Alignment = widget.ButtonAlignLeading
	b.Importance = widget.LowImportance
	b.ExtendBaseWidget(b)
	return b
}

// bind makes b show mention i, jump to it, and offer its kinds.
func (m *mentionList) bind(i int, b *mentionButton) {
	id := m.spans[i].ID
	b.OnTapped = func() { m.ui.jumpToSpan(id) }
	b.secondary = func(at fyne.Position) { m.offerKinds(id, at) }
	if b.Text != m.labels[i] {
		b.SetText(m.labels[i])
	}
}

// offerKinds shows, at a mention's button, the kinds the mention may be, its own checked; choosing
// one sets it, in one undo step.
func (m *mentionList) offerKinds(id string, at fyne.Position) {
	sp := m.ui.doc.Span(id)
	if sp == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, k := range annotate.MentionKinds {
		item := fyne.NewMenuItem(mentionKindName(k), func() { m.ui.run(func() error { return m.ui.setMentionKind(id, k) }) })
		item.Checked = sp.Mention.Norm() == k.Norm()
		items = append(items, item)
	}
	m.menu = fyne.NewMenu("", items...)
	m.popup = widget.NewPopUpMenu(m.menu, m.ui.win.Canvas())
	m.popup.ShowAtPosition(at)
}

// mentionKindName is a mention kind as the interface says it.
func mentionKindName(k annotate.MentionKind) string {
	switch k.Norm() {
	case annotate.MentionNominal:
		return lang.X("mention.nominal", "description")
	case annotate.MentionPronoun:
		return lang.X("mention.pronoun", "pronoun")
	}
	return lang.X("mention.name", "name")
}

// setMentionKind says what kind of words a mention is, and says so in the status bar.
func (ui *UI) setMentionKind(id string, k annotate.MentionKind) error {
	sp := ui.doc.Span(id)
	if sp == nil || sp.Mention.Norm() == k.Norm() {
		return nil
	}
	if err := ui.ed.SetMentionKind(id, k); err != nil {
		return err
	}
	ui.setStatus(lang.L("“{{.Text}}” is now marked as a {{.Kind}}", map[string]any{
		"Text": annotate.Shorten(ui.doc.SpanText(sp), 40), "Kind": mentionKindName(k)}))
	return nil
}

// isMention reports whether sp is an entity mention, which has a kind (QUOTE and CUE spans have none).
func isMention(sp *annotate.Span) bool { return annotate.IsEntityLabel(sp.Label) }

// hasDesignatedMention reports whether the keys would find an entity mention whose kind to change.
func (ui *UI) hasDesignatedMention() bool { return ui.designated(isMention) != nil }

// cycleMentionKind gives the entity mention the keys designate the next kind (name, description,
// pronoun, then name again), in one undo step: what the Entities tab's right-click menu does, from the
// keyboard, where the person annotates.
func (ui *UI) cycleMentionKind() error {
	sp := ui.designated(isMention)
	if sp == nil {
		return errNoMention()
	}
	i := slices.IndexFunc(annotate.MentionKinds, func(k annotate.MentionKind) bool { return k.Norm() == sp.Mention.Norm() })
	return ui.setMentionKind(sp.ID, annotate.MentionKinds[(i+1)%len(annotate.MentionKinds)])
}

// errNoMention is returned when a mention's kind is to change with no entity mention designated.
func errNoMention() error {
	return errors.New(lang.L("Click an entity mention (a person, an organisation, a place…), or put the cursor in it, first"))
}

// rowHeight is a button's height; the buttons are spaced as a VBox spaces them.
func (m *mentionList) rowHeight() float32 {
	return m.probe.MinSize().Height
}

// visible returns the mentions the scroll shows, [first, last).
func (m *mentionList) visible(rowHeight float32) (first, last int) {
	if m.scroll == nil || len(m.spans) == 0 {
		return 0, 0
	}
	pitch := rowHeight + theme.Padding()
	top := m.scroll.Offset.Y - m.origin().Y - m.Position().Y
	bottom := top + m.scroll.Size().Height
	if bottom <= 0 {
		return 0, 0
	}
	first = max(0, int(top/pitch))
	last = min(len(m.spans), int(bottom/pitch)+1)
	return min(first, last), last
}

// Move places the list; the mentions it shows change with its place in the scroll.
func (m *mentionList) Move(pos fyne.Position) {
	if pos == m.Position() {
		return
	}
	m.BaseWidget.Move(pos)
	m.Refresh()
}

func (m *mentionList) CreateRenderer() fyne.WidgetRenderer {
	return &mentionListRenderer{m: m, rows: map[int]*mentionButton{}}
}

// mentionListRenderer keeps a button for each mention on screen; a button stays with its mention
// while the scroll moves, as it would in a VBox, and is reused once it leaves the screen.
type mentionListRenderer struct {
	m     *mentionList
	gen   int                    // the mentions' generation the buttons show
	rows  map[int]*mentionButton // by mention, those on screen
	free  []*mentionButton
	shown []fyne.CanvasObject
}

func (r *mentionListRenderer) Layout(size fyne.Size) {
	m := r.m
	h := m.rowHeight()
	first, last := m.visible(h)
	for i, b := range r.rows {
		if i < first || i >= last || r.gen != m.gen {
			r.release(i, b)
		}
	}
	r.gen = m.gen
	r.shown = r.shown[:0]
	for i := first; i < last; i++ {
		b := r.rows[i]
		if b == nil {
			b = r.take()
			r.rows[i] = b
		}
		m.bind(i, b)
		b.Resize(fyne.NewSize(size.Width, h))
		b.Move(fyne.NewPos(0, float32(i)*(h+theme.Padding())))
		r.shown = append(r.shown, b)
	}
}

// release frees mention i's button. The button forgets the pointer over it: it would show another
// mention as hovered.
func (r *mentionListRenderer) release(i int, b *mentionButton) {
	delete(r.rows, i)
	b.MouseOut()
	r.free = append(r.free, b)
}

// take returns a free button, or a new one.
func (r *mentionListRenderer) take() *mentionButton {
	if n := len(r.free); n > 0 {
		b := r.free[n-1]
		r.free = r.free[:n-1]
		return b
	}
	return r.m.newButton("")
}

func (r *mentionListRenderer) MinSize() fyne.Size {
	n := len(r.m.spans)
	if n == 0 {
		return fyne.Size{}
	}
	return fyne.NewSize(r.m.width, float32(n)*r.m.rowHeight()+float32(n-1)*theme.Padding())
}

func (r *mentionListRenderer) Refresh() {
	r.Layout(r.m.Size())
	for _, o := range r.shown {
		o.Refresh()
	}
	canvas.Refresh(r.m) // the buttons shown may be others
}

func (r *mentionListRenderer) Objects() []fyne.CanvasObject { return r.shown }

func (r *mentionListRenderer) Destroy() {}

// resizeWatch lays out one object over the whole container, and says when it has: a scroll's
// viewport growing does not scroll it, yet shows more of its content.
type resizeWatch struct{ resized func() }

func (w *resizeWatch) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
	w.resized()
}

func (w *resizeWatch) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
