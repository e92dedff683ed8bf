package textview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestBracketedSpan: a highlight with Bracket gets an opening bracket at its start and a closing one
// at its end, in its line's colour, over its first and last lines; one without gets none. The span
// runs over a line break, through combining letters and an emoji.
func TestBracketedSpan(t *testing.T) {
	test.NewTempApp(t)
	const text = "« C’est fini », a-t-il dit à la délégation 👍🏽 du ministre russe e\u0301te\u0301 compris."
	col := color.NRGBA{0x4e, 0x79, 0xa7, 0xff}
	mark := drawnMark(col)
	for _, c := range []struct {
		sub     string
		bracket bool
	}{{"il", true}, {"il", false}, {"la délégation 👍🏽 du ministre russe e\u0301te\u0301", true}} {
		tv := New()
		s, e := rangeOf(t, text, c.sub)
		tv.Set(text, []Highlight{{Start: s, End: e, Color: col, Style: Pending, Bracket: c.bracket}})
		w := test.NewTempWindow(t, tv)
		w.SetPadded(false)
		w.Resize(fyne.NewSize(260, tv.HeightFor(260)))
		l, mu := tv.layoutFor(tv.Size().Width)
		first, last := l.lineOf(s), l.lineOf(e-1)
		x0, x1 := l.xAt(first, s), l.xAt(last, e)
		mu.Unlock()
		var uprights []fyne.Position
		for _, o := range test.WidgetRenderer(tv).Objects() {
			if r, ok := o.(*canvas.Rectangle); ok && r.FillColor == mark && r.Size().Width == bracketWidth {
				uprights = append(uprights, r.Position())
			}
		}
		switch {
		case !c.bracket && len(uprights) != 0:
			t.Errorf("%q without Bracket: brackets at %v", c.sub, uprights)
		case c.bracket && len(uprights) != 2:
			t.Errorf("%q: %d brackets' uprights, want 2", c.sub, len(uprights))
		case c.bracket && (uprights[0].X != x0-bracketWidth || uprights[1].X != x1):
			t.Errorf("%q: uprights at %v, want just outside %v and %v", c.sub, uprights, x0, x1)
		case c.bracket && c.sub != "il" && first == last:
			t.Errorf("%q fits one line: widen the test's text", c.sub)
		}
	}
}

// drawnMark is the colour a span's line of colour col is drawn in on the test theme: its alpha
// scaled, made legible on the background.
func drawnMark(col color.NRGBA) color.NRGBA {
	mark := col
	mark.A = scaleAlpha(col.A, lineAlpha)
	return legibleMark(mark, theme.Color(theme.ColorNameBackground))
}
