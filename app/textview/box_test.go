package textview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// TestBoxedSpan: a highlight with Box is framed, in its line's colour, and filled, the frame
// enclosing its characters and at least boxMinWidth line heights wide however narrow they are (an
// apostrophe, a comma, a dot standing for a space); one without gets no frame. The spans sit between
// combining letters and an emoji with a skin tone, which stay whole. A boxed span struck through is
// struck out corner to corner, across a dot or a hyphen rather than along it; one not boxed is not.
func TestBoxedSpan(t *testing.T) {
	test.NewTempApp(t)
	const text = "Trump'’s « C’est fini·° » e\u0301te\u0301 👍🏽, dit-il."
	col := color.NRGBA{0x2c, 0xa0, 0x2c, 0xff}
	mark := drawnMark(col)
	for _, c := range []struct {
		sub   string
		box   bool
		style Style
	}{{"’", true, Underline}, {"·", true, Strike}, {"°", true, Underline}, {",", true, Strike}, {",", false, Strike}, {"👍🏽", true, Underline}} {
		tv := New()
		s, e := rangeOf(t, text, c.sub)
		tv.Set(text, []Highlight{{Start: s, End: e, Color: col, Style: c.style, Box: c.box}})
		w := test.NewTempWindow(t, tv)
		w.SetPadded(false)
		w.Resize(fyne.NewSize(600, tv.HeightFor(600)))
		l, mu := tv.layoutFor(tv.Size().Width)
		li := l.lineOf(s)
		x0, x1, lineH := l.xAt(li, s), l.xAt(li, e), l.wc.lineH
		mu.Unlock()
		var frame []*canvas.Rectangle // the frame's uprights
		var slashes []*canvas.Line
		for _, o := range test.WidgetRenderer(tv).Objects() {
			if r, ok := o.(*canvas.Rectangle); ok && r.FillColor == mark && r.Size().Width == boxLine {
				frame = append(frame, r)
			}
			if ln, ok := o.(*canvas.Line); ok && ln.StrokeColor == mark {
				slashes = append(slashes, ln)
			}
		}
		if want := c.box && c.style == Strike; (len(slashes) == 1) != want || len(slashes) > 1 {
			t.Errorf("%q (box %v, style %v): %d lines corner to corner", c.sub, c.box, c.style, len(slashes))
		} else if want && len(frame) == 2 {
			a, b := slashes[0].Position1, slashes[0].Position2
			if a.X != frame[0].Position().X || b.X != frame[1].Position().X+boxLine || a.Y <= b.Y {
				t.Errorf("%q: struck out from %v to %v, want the box's bottom left to its top right", c.sub, a, b)
			}
		}
		switch {
		case !c.box && len(frame) != 0:
			t.Errorf("%q without Box: framed", c.sub)
		case c.box && len(frame) != 2:
			t.Errorf("%q: %d uprights of a frame, want 2", c.sub, len(frame))
		case c.box:
			left, right := frame[0].Position().X, frame[1].Position().X+boxLine
			if left > x0 || right < x1 || right-left < boxMinWidth*lineH-0.01 {
				t.Errorf("%q at %v–%v: frame %v–%v, want it round them and %v wide at least", c.sub, x0, x1, left, right, boxMinWidth*lineH)
			}
		}
	}
}
