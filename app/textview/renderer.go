package textview

import (
	"image"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// Alpha of highlight fills, and step by which a nested band shrinks.
const (
	solidAlpha   = 0x50
	pendingAlpha = 0x28
	lineAlpha    = 0xd0
	nestInset    = 3
	markHeight   = 2    // height of underlines and dashes
	strikeAt     = 0.55 // where a Strike's line crosses a line of text, from its top, in line heights
	caretWidth   = 2
	bracketWidth = 1.5 // of a bracket's upright
	bracketArm   = 4   // length of a bracket's arms
	boxAlpha     = 0x38
	boxMinWidth  = 0.45 // a box's least width, in line heights
	boxLine      = 1    // width of a box's frame
)

// span is a highlight clamped to the text, with its nesting depth.
type span struct {
	start, end int
	depth      int
	col        color.NRGBA
	style      Style
	id         string
	bracket    bool
	box        bool
}

// renderer draws a TextView from pools of canvas objects that are reused
// from one layout to the next, so scrolling a list allocates nothing.
type renderer struct {
	t       *TextView
	objects []fyne.CanvasObject

	texts  []*canvas.Text
	rects  []*canvas.Rectangle
	dashes []*dash
	lines  []*canvas.Line
	nText  int
	nRect  int
	nDash  int
	nLine  int

	focus *canvas.Rectangle
	caret *canvas.Rectangle
	spans []span
}

func newRenderer(t *TextView) *renderer {
	r := &renderer{t: t, focus: canvas.NewRectangle(color.Transparent), caret: canvas.NewRectangle(color.Transparent)}
	r.focus.StrokeWidth = 1
	r.focus.CornerRadius = theme.InputRadiusSize()
	r.update(t.Size())
	return r
}

// Destroy is part of fyne.WidgetRenderer.
func (r *renderer) Destroy() {}

// Layout is part of fyne.WidgetRenderer.
func (r *renderer) Layout(size fyne.Size) { r.update(size) }

// MinSize is part of fyne.WidgetRenderer.
func (r *renderer) MinSize() fyne.Size { return r.t.MinSize() }

// Objects is part of fyne.WidgetRenderer.
func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

// Refresh is part of fyne.WidgetRenderer.
func (r *renderer) Refresh() {
	r.update(r.t.Size())
	canvas.Refresh(r.t.outer())
}

// update places every object for the widget's state at the given size.
func (r *renderer) update(size fyne.Size) {
	t := r.t
	l, mu := t.layoutFor(size.Width)
	defer mu.Unlock()
	th := t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()

	r.objects = r.objects[:0]
	r.nText, r.nRect, r.nDash, r.nLine = 0, 0, 0, 0
	if t.focused {
		r.focus.StrokeColor = th.Color(theme.ColorNameFocus, v)
		r.focus.Move(fyne.NewPos(0, 0))
		r.focus.Resize(size)
		r.objects = append(r.objects, r.focus)
	}
	r.drawHighlights(l, th, v)
	if s, e := t.Selection(); s < e {
		sel := toNRGBA(th.Color(theme.ColorNameSelection, v))
		segments(l, s, e, func(li int, x0, x1 float32) {
			r.rect(sel, fyne.NewPos(x0, l.lineTop(li)), fyne.NewSize(x1-x0, l.wc.lineH))
		})
	}
	fg := th.Color(theme.ColorNameForeground, v)
	for li, ln := range l.lines {
		r.text(l.text[ln.start:ln.end], fg, l, li)
	}
	if t.focused && t.anchor == t.caret {
		li := l.lineOf(t.caret)
		r.caret.FillColor = th.Color(theme.ColorNamePrimary, v)
		r.caret.Move(fyne.NewPos(l.xAt(li, t.caret)-caretWidth/2, l.lineTop(li)))
		r.caret.Resize(fyne.NewSize(caretWidth, l.wc.lineH))
		r.objects = append(r.objects, r.caret)
	}
}

// drawHighlights draws the spans, outer ones first, each nesting level a
// lower band, underlined, so that inner spans stay visible.
func (r *renderer) drawHighlights(l *textLayout, th fyne.Theme, v fyne.ThemeVariant) {
	r.spans = normalizeSpans(r.spans[:0], r.t.text, r.t.highlights, th.Color(theme.ColorNamePrimary, v))
	bg := th.Color(theme.ColorNameBackground, v)
	for _, sp := range r.spans {
		inset := min(float32(sp.depth*nestInset), l.wc.lineH/2)
		// Marks stack upwards from the gap below the line, one per nesting
		// level, so that nested underlines do not cover each other.
		markY := l.wc.lineH + 1 - float32(min(sp.depth, 2)*(markHeight+1))
		fill, mark := spanColors(sp)
		mark = legibleMark(mark, bg)
		first, last := -1, -1
		var firstX, lastX float32
		segments(l, sp.start, sp.end, func(li int, x0, x1 float32) {
			if first < 0 {
				first, firstX = li, x0
			}
			last, lastX = li, x1
			top := l.lineTop(li) + inset
			h := l.wc.lineH - inset
			if fill.A > 0 {
				r.rect(fill, fyne.NewPos(x0, top), fyne.NewSize(x1-x0, h))
			}
			if sp.box {
				r.box(sp.col, mark, x0, x1, top, h, l.wc.lineH)
			}
			markPos, markSize := fyne.NewPos(x0, l.lineTop(li)+markY), fyne.NewSize(x1-x0, markHeight)
			switch {
			case sp.style == Underline, sp.style == Solid && sp.depth > 0:
				r.rect(mark, markPos, markSize)
			case sp.style == Pending:
				r.dash(mark, markPos, markSize)
			case sp.style == Strike && sp.box: // across the box, not along a dot or a hyphen
				r.slash(mark, x0, x1, top, h, l.wc.lineH)
			case sp.style == Strike: // through the middle of the small letters
				r.rect(mark, fyne.NewPos(x0, l.lineTop(li)+strikeAt*l.wc.lineH), markSize)
			}
		})
		if sp.bracket && first >= 0 {
			top, h := l.lineTop(first)+inset, l.wc.lineH-inset
			r.bracket(mark, firstX, top, h, 1)
			top, h = l.lineTop(last)+inset, l.wc.lineH-inset
			r.bracket(mark, lastX, top, h, -1)
		}
	}
}

// box frames the characters from x0 to x1, top to top+h, and fills them with a pale col, widened
// about its middle to boxMinWidth line heights (lineH), so that the box of a comma or an apostrophe
// is still a box. It has no margin of its own: the frames of two spans side by side touch without
// covering each other, and a caller wanting room gives the characters spaces.
func (r *renderer) box(col, frame color.NRGBA, x0, x1, top, h, lineH float32) {
	x0, x1 = boxSides(x0, x1, lineH)
	col.A = scaleAlpha(col.A, boxAlpha)
	r.rect(col, fyne.NewPos(x0, top), fyne.NewSize(x1-x0, h))
	r.rect(frame, fyne.NewPos(x0, top), fyne.NewSize(x1-x0, boxLine))
	r.rect(frame, fyne.NewPos(x0, top+h-boxLine), fyne.NewSize(x1-x0, boxLine))
	r.rect(frame, fyne.NewPos(x0, top), fyne.NewSize(boxLine, h))
	r.rect(frame, fyne.NewPos(x1-boxLine, top), fyne.NewSize(boxLine, h))
}

// boxSides are the sides of the box of the characters from x0 to x1: theirs, or boxMinWidth line
// heights about their middle.
func boxSides(x0, x1, lineH float32) (float32, float32) {
	if w := boxMinWidth * lineH; x1-x0 < w {
		mid := (x0 + x1) / 2
		return mid - w/2, mid + w/2
	}
	return x0, x1
}

// slash strikes out the box from x0 to x1 (widened as box widens it) with a line from its bottom
// left corner to its top right: a horizontal line would lie along the very mark it strikes out, a
// space's dot, a hyphen or a dash.
func (r *renderer) slash(c color.NRGBA, x0, x1, top, h, lineH float32) {
	x0, x1 = boxSides(x0, x1, lineH)
	if r.nLine == len(r.lines) {
		r.lines = append(r.lines, canvas.NewLine(c))
	}
	ln := r.lines[r.nLine]
	r.nLine++
	ln.StrokeColor, ln.StrokeWidth = c, markHeight*0.75
	ln.Position1, ln.Position2 = fyne.NewPos(x0, top+h), fyne.NewPos(x1, top)
	r.objects = append(r.objects, ln)
}

// bracket draws a square bracket of height h at x, its upright just outside the span so as not to
// cover its letters, its arms pointing in: right (dir 1, an opening bracket at the span's start) or
// left (dir -1, a closing one at its end).
func (r *renderer) bracket(c color.NRGBA, x, top, h float32, dir float32) {
	upright, arm := x-bracketWidth, x-bracketWidth
	if dir < 0 {
		upright, arm = x, x+bracketWidth-bracketArm
	}
	r.rect(c, fyne.NewPos(upright, top), fyne.NewSize(bracketWidth, h))
	r.rect(c, fyne.NewPos(arm, top), fyne.NewSize(bracketArm, bracketWidth))
	r.rect(c, fyne.NewPos(arm, top+h-bracketWidth), fyne.NewSize(bracketArm, bracketWidth))
}

// spanColors returns the translucent fill (alpha 0 for none) and the colour
// of the underline or dashes of a span.
func spanColors(sp span) (fill, mark color.NRGBA) {
	fill, mark = sp.col, sp.col
	switch sp.style {
	case Solid:
		fill.A = scaleAlpha(sp.col.A, solidAlpha)
	case Pending:
		fill.A = scaleAlpha(sp.col.A, pendingAlpha)
	default:
		fill.A = 0
	}
	mark.A = scaleAlpha(sp.col.A, lineAlpha)
	return fill, mark
}

// normalizeSpans clamps the highlights to cluster boundaries of text, drops
// empty ones, computes their nesting depth and sorts them outer first.
func normalizeSpans(out []span, text string, hs []Highlight, primary color.Color) []span {
	for _, h := range hs {
		s, e := snapCluster(text, min(h.Start, h.End)), snapCluster(text, max(h.Start, h.End))
		if e < max(h.Start, h.End) && e < len(text) {
			e = nextCluster(text, e)
		}
		if s >= e {
			continue
		}
		c := h.Color
		if c == nil {
			c = primary
		}
		out = append(out, span{start: s, end: e, col: toNRGBA(c), style: h.Style, id: h.ID, bracket: h.Bracket, box: h.Box})
	}
	for i := range out {
		out[i].depth = 0
		for j := range out {
			if j != i && encloses(out[j], out[i], j < i) {
				out[i].depth++
			}
		}
	}
	slices.SortStableFunc(out, func(a, b span) int { return a.depth - b.depth })
	return out
}

// encloses reports whether span a contains span b; of two equal spans, the
// earlier one (aFirst) is the outer.
func encloses(a, b span, aFirst bool) bool {
	if a.start == b.start && a.end == b.end {
		return aFirst
	}
	return a.start <= b.start && b.end <= a.end
}

func toNRGBA(c color.Color) color.NRGBA { return color.NRGBAModel.Convert(c).(color.NRGBA) }

func scaleAlpha(a, to uint8) uint8 { return uint8(uint16(a) * uint16(to) / 0xff) }

// segments calls fn with the horizontal extent of the byte range [s, e) on
// each line it covers.
func segments(l *textLayout, s, e int, fn func(li int, x0, x1 float32)) {
	if s >= e {
		return
	}
	last := l.lineOf(e - 1)
	for li := l.lineOf(s); li <= last; li++ {
		ln := l.lines[li]
		a, b := max(s, ln.start), min(e, ln.end)
		if b < a {
			continue
		}
		x0, x1 := l.xAt(li, a), l.xAt(li, b)
		if e > ln.end && li < last && b == ln.end {
			x1 += l.wc.space / 2 // show that the line break is covered too
		}
		if x1 > x0 {
			fn(li, x0, x1)
		}
	}
}

// text places the next pooled text object on line li.
func (r *renderer) text(s string, fg color.Color, l *textLayout, li int) {
	if r.nText == len(r.texts) {
		r.texts = append(r.texts, canvas.NewText("", fg))
	}
	txt := r.texts[r.nText]
	r.nText++
	txt.Text, txt.Color, txt.TextSize = s, fg, l.size
	txt.Move(fyne.NewPos(l.wc.pad, l.lineTop(li)))
	txt.Resize(fyne.NewSize(max(l.width-2*l.wc.pad, 0), l.wc.lineH))
	r.objects = append(r.objects, txt)
}

// rect places the next pooled rectangle.
func (r *renderer) rect(c color.NRGBA, pos fyne.Position, size fyne.Size) {
	if r.nRect == len(r.rects) {
		r.rects = append(r.rects, canvas.NewRectangle(c))
	}
	rc := r.rects[r.nRect]
	r.nRect++
	if old, ok := rc.FillColor.(color.NRGBA); !ok || old != c { // boxing a colour allocates
		rc.FillColor = c
	}
	rc.Move(pos)
	rc.Resize(size)
	r.objects = append(r.objects, rc)
}

// dash places the next pooled dashed line.
func (r *renderer) dash(c color.NRGBA, pos fyne.Position, size fyne.Size) {
	if r.nDash == len(r.dashes) {
		r.dashes = append(r.dashes, newDash())
	}
	d := r.dashes[r.nDash]
	r.nDash++
	if d.col != c {
		d.col = c
		canvas.Refresh(d.raster)
	}
	d.raster.Move(pos)
	d.raster.Resize(size)
	r.objects = append(r.objects, d.raster)
}

// dash is a dashed line drawn by a raster, one object however long it is.
type dash struct {
	raster *canvas.Raster
	col    color.NRGBA
}

func newDash() *dash {
	d := &dash{}
	d.raster = canvas.NewRaster(d.generate)
	d.raster.ScaleMode = canvas.ImageScalePixels
	return d
}

// generate draws dashes twice as long as the line is thick, one thickness apart.
func (d *dash) generate(w, h int) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	period := max(3*h, 3)
	for x := 0; x < w; x++ {
		if x%period >= 2*period/3 {
			continue
		}
		for y := 0; y < h; y++ {
			img.SetNRGBA(x, y, d.col)
		}
	}
	return img
}
