// Package textview provides TextView, a Fyne widget that shows read-only
// text with coloured annotation spans and lets the user select a range with
// the mouse or the keyboard. It wraps its own text, with word widths cached
// in a Measurer, so that thousands of rows of a widget.List stay cheap to lay
// out and to measure.
package textview

import (
	"image/color"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Style says how a highlighted span is drawn.
type Style int

const (
	// Solid fills the span's background (an accepted annotation).
	Solid Style = iota
	// Pending fills the span more palely and underlines it with dashes (a
	// suggestion not yet accepted).
	Pending
	// Underline draws only a line under the span.
	Underline
	// Strike draws a line through the span's letters, in its colour, and no fill: words removed
	// (a reviewer's changes). A boxed span is struck out corner to corner instead.
	Strike
)

// Highlight is a coloured span of the text.
type Highlight struct {
	// Start and End are byte offsets into the text, End exclusive. They are
	// clamped to the text and moved back to cluster boundaries.
	Start, End int
	// Color is the span's colour, drawn translucent; nil means the theme's
	// primary colour.
	Color color.Color
	// Style is how the span is drawn.
	Style Style
	// ID is passed to OnTapSpan when the span is tapped.
	ID string
	// Bracket draws square brackets at the span's ends, a shape that tells it apart without its
	// colour (Glose marks so the entity mentions that are no names: descriptions, pronouns).
	Bracket bool
	// Box frames the span and fills it palely, at least boxMinWidth line heights wide: a mark a
	// character wide (a comma, an apostrophe, a space drawn as a dot) stands out without its colour
	// (Glose frames so the punctuation and spaces a reviewer changed).
	Box bool
}

// TextView shows text with highlighted spans and a selection. Create it with
// New. All methods must be called on Fyne's main goroutine.
type TextView struct {
	widget.BaseWidget

	// self is the widget in the canvas: the TextView itself, or the widget that embeds it and
	// called ExtendBaseWidget. Redraws and focus go to it, since the canvas knows no other.
	self fyne.Widget

	// OnSelect is called after a user action changes the selection, with
	// byte offsets, start <= end; start == end when the selection was cleared.
	// Dragging reports once, when the drag ends; moving the caret without
	// selecting does not report.
	OnSelect func(start, end int)
	// OnTapSpan is called with the ID of the innermost highlight under a tap.
	OnTapSpan func(id string)
	// OnFocus is called when the widget gains keyboard focus.
	OnFocus func()
	// TextSize is the text size; 0 means the theme's text size. Call Refresh
	// after changing it.
	TextSize float32
	// Wrap breaks lines at the widget's width (the default). When false,
	// lines break only at newlines. Call Refresh after changing it.
	Wrap bool

	text       string
	display    string // text with tabs and other control spaces as U+0020
	highlights []Highlight
	measurer   *Measurer

	anchor, caret int // selection is [min, max) of the two
	focused       bool
	shiftDown     bool
	pointer       pointerState

	lay      textLayout
	height   heightKey // what the cached HeightFor result was computed for
	heightH  float32
	heightOK bool
}

// heightKey is what a height depends on besides the text.
type heightKey struct {
	width, size float32
	wrap        bool
}

// pointerState remembers what the mouse did between events.
type pointerState struct {
	down      bool // a primary MouseDown was seen and no MouseUp/DragEnd yet
	pressed   bool // a primary MouseDown was seen and no Tapped, DoubleTapped or drag since
	shiftDown bool // the last MouseDown extended the selection
	dragging  bool
	before    [2]int // selection when the drag or click began
}

var (
	_ fyne.Widget         = (*TextView)(nil)
	_ fyne.Tappable       = (*TextView)(nil)
	_ fyne.DoubleTappable = (*TextView)(nil)
	_ fyne.Draggable      = (*TextView)(nil)
	_ fyne.Focusable      = (*TextView)(nil)
	_ fyne.Shortcutable   = (*TextView)(nil)
	_ desktop.Mouseable   = (*TextView)(nil)
	_ desktop.Keyable     = (*TextView)(nil)
	_ desktop.Cursorable  = (*TextView)(nil)
)

// New returns an empty TextView that wraps its text.
func New() *TextView {
	t := &TextView{Wrap: true}
	t.ExtendBaseWidget(t)
	return t
}

// ExtendBaseWidget is called by a widget that embeds TextView, with itself,
// before the widget is used. The TextView then asks the canvas to redraw and
// focus that widget, not the embedded TextView, which the canvas does not know.
func (t *TextView) ExtendBaseWidget(w fyne.Widget) {
	t.BaseWidget.ExtendBaseWidget(w)
	if t.self == nil {
		t.self = w
	}
}

// outer returns the widget the canvas knows: the one that embeds the
// TextView, or the TextView itself.
func (t *TextView) outer() fyne.Widget {
	if t.self != nil {
		return t.self
	}
	return t
}

// CreateRenderer is part of fyne.Widget.
func (t *TextView) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	return newRenderer(t)
}

// SetText replaces the text, clears the selection and refreshes. Highlights
// are kept; call Set to replace both with a single refresh.
func (t *TextView) SetText(s string) {
	t.setText(s)
	t.Refresh()
}

// Text returns the text.
func (t *TextView) Text() string { return t.text }

// SetHighlights replaces the highlighted spans and refreshes. The slice is
// copied. Nested spans are all visible: an inner span is drawn as a narrower
// band inside the outer one.
func (t *TextView) SetHighlights(h []Highlight) {
	t.highlights = append(t.highlights[:0], h...)
	t.Refresh()
}

// Highlights returns a copy of the highlighted spans.
func (t *TextView) Highlights() []Highlight {
	return append([]Highlight(nil), t.highlights...)
}

// Set replaces the text and the highlights with one refresh, the cheapest way
// to recycle a row of a list.
func (t *TextView) Set(text string, h []Highlight) {
	t.setText(text)
	t.highlights = append(t.highlights[:0], h...)
	t.Refresh()
}

func (t *TextView) setText(s string) {
	if s != t.text {
		// A press on other words is no press on these. The same words given again (a list row
		// redrawn as the bars above it open, between a click's press and its late tap) keep it, so
		// that the tap still knows whether the focus left meanwhile (StaleTap).
		t.pointer = pointerState{}
	}
	t.text = s
	t.display = displayText(s)
	t.anchor, t.caret = 0, 0
	t.heightOK = false
	t.lay.valid = false
}

// Selection returns the selected byte range, start <= end; start == end
// means no selection (and is the caret position).
func (t *TextView) Selection() (start, end int) {
	return min(t.anchor, t.caret), max(t.anchor, t.caret)
}

// SetSelection selects the byte range [start, end), clamped to the text and
// snapped to cluster boundaries. It does not call OnSelect.
func (t *TextView) SetSelection(start, end int) {
	if start > end {
		start, end = end, start
	}
	t.anchor = snapCluster(t.text, start)
	t.caret = t.snapEnd(end)
	t.Refresh()
}

// Ends returns the selection's anchor, where it began, and its caret, the
// end that the mouse and Shift+arrows move, as byte offsets: the anchor is
// after the caret when the selection was made backwards.
func (t *TextView) Ends() (anchor, caret int) { return t.anchor, t.caret }

// SetEnds sets the selection from anchor to caret, in either order, clamped
// to the text and snapped outwards to cluster boundaries, so that the next
// Shift+arrow moves the caret end. It does not call OnSelect.
func (t *TextView) SetEnds(anchor, caret int) {
	s, e := min(anchor, caret), max(anchor, caret)
	s, e = snapCluster(t.text, s), t.snapEnd(e)
	if anchor <= caret {
		t.anchor, t.caret = s, e
	} else {
		t.anchor, t.caret = e, s
	}
	t.Refresh()
}

// OffsetAt returns the cluster boundary nearest to pos, a position in the
// widget (beside the text, the nearest end of its line).
func (t *TextView) OffsetAt(pos fyne.Position) int { return t.offsetAt(pos) }

// Extending reports whether Shift is held down while the widget has the
// keyboard focus: arrows and clicks then extend the selection.
func (t *TextView) Extending() bool { return t.shiftDown }

// snapEnd snaps an end offset forward to the end of its cluster.
func (t *TextView) snapEnd(off int) int {
	s := snapCluster(t.text, off)
	if s < off {
		return nextCluster(t.text, s)
	}
	return s
}

// SetMeasurer makes the widget share m's width cache, e.g. the Measurer that
// computes the heights of a list's rows. A nil m gives the widget its own.
func (t *TextView) SetMeasurer(m *Measurer) {
	t.measurer = m
	t.heightOK = false
	t.lay.valid = false
}

// HeightFor returns the height the widget needs at the given width, padding
// included; it equals Measurer.Height for the same text and text size. The
// result for the last width asked is cached until the text or size changes.
// A width with no room for text (0 before layout) gives the unwrapped height.
func (t *TextView) HeightFor(width float32) float32 {
	wc, mu := t.widths()
	defer mu.Unlock()
	key := heightKey{width, wc.size, t.Wrap}
	if t.heightOK && t.height == key {
		return t.heightH
	}
	t.heightH = wc.height(wc.countLines(t.text, t.wrapWidth(width, wc)))
	t.height, t.heightOK = key, true
	return t.heightH
}

// MinSize is part of fyne.Widget: a narrow width (the text wraps; when Wrap
// is false, longer lines overflow the widget) and the height for the current
// width, or for the unwrapped text before the widget has a width.
func (t *TextView) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	wc, mu := t.widths()
	minW := 2*wc.pad + wc.lineH
	mu.Unlock()
	return fyne.NewSize(minW, t.HeightFor(t.Size().Width))
}

// textSize returns the size text is drawn at.
func (t *TextView) textSize() float32 {
	if t.TextSize > 0 {
		return t.TextSize
	}
	return t.Theme().Size(theme.SizeNameText)
}

// widths locks the Measurer and returns the width cache for the widget's
// text size, with the lock to release.
func (t *TextView) widths() (*widthCache, *sync.Mutex) {
	m := t.measurer
	if m == nil {
		m = &Measurer{}
		t.measurer = m
	}
	m.mu.Lock()
	return m.cacheFor(t.textSize()), &m.mu
}

// wrapWidth is the width lines wrap at inside a widget of the given width.
func (t *TextView) wrapWidth(width float32, wc *widthCache) float32 {
	if !t.Wrap {
		return float32(math.Inf(1))
	}
	return width - 2*wc.pad
}
