package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
)

// refreshSpy is the current app with a driver whose canvases record which objects a redraw is asked
// for. The test driver gives the window's canvas for any object; the real (GL) driver gives none for an
// object that is not in the window's tree, and a redraw asked for such an object is lost.
type refreshSpy struct {
	fyne.App
	drv *spyDriver
}

func (a *refreshSpy) Driver() fyne.Driver { return a.drv }

type spyDriver struct {
	fyne.Driver
	asked map[fyne.CanvasObject]int
}

func (d *spyDriver) CanvasForObject(o fyne.CanvasObject) fyne.Canvas {
	if c := d.Driver.CanvasForObject(o); c != nil {
		return &spyCanvas{Canvas: c, d: d}
	}
	return nil
}

type spyCanvas struct {
	fyne.Canvas
	d *spyDriver
}

func (c *spyCanvas) Refresh(o fyne.CanvasObject) {
	c.d.asked[o]++
	c.Canvas.Refresh(o)
}

// spyOnRefreshes makes the current app record the objects redraws are asked for.
func spyOnRefreshes(t *testing.T) *spyDriver {
	t.Helper()
	prev := fyne.CurrentApp()
	d := &spyDriver{Driver: prev.Driver(), asked: map[fyne.CanvasObject]int{}}
	fyne.SetCurrentApp(&refreshSpy{App: prev, drv: d})
	t.Cleanup(func() { fyne.SetCurrentApp(prev) })
	return d
}

// TestSourceSelectionRedrawsAsItGrows: every step of a keyboard or mouse selection in the French asks
// the window to redraw the source widget that is in the window (not the TextView embedded in it, which
// the real driver does not know), so the highlight follows the keys and the mouse.
func TestSourceSelectionRedrawsAsItGrows(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 0)
	spy := spyOnRefreshes(t)
	src := ui.doc.SourceText(ui.doc.Segments[0])
	a := strings.Index(src, "déclaré")
	r.src.SetSelection(a, a)
	r.src.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(5, 5)}, Button: desktop.MouseButtonPrimary})
	if f := ui.win.Canvas().Focused(); f != r.src {
		t.Errorf("after a click the focus is on %T, want the source view", f)
	}
	r.src.MouseUp(&desktop.MouseEvent{})
	r.src.SetSelection(a, a)
	r.src.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for i := 1; i <= 3; i++ {
		clear(spy.asked)
		r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		if s, e := r.src.Selection(); utf8.RuneCountInString(src[s:e]) != i {
			t.Fatalf("Shift+Right ×%d selects [%d,%d)", i, s, e)
		}
		if spy.asked[r.src] == 0 {
			t.Errorf("Shift+Right ×%d: no redraw asked for the source view", i)
		}
	}
	r.src.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for i := 1; i <= 3; i++ {
		clear(spy.asked)
		r.src.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(float32(20*i), 10)}, Dragged: fyne.NewDelta(20, 0)})
		if spy.asked[r.src] == 0 {
			t.Errorf("drag step %d: no redraw asked for the source view", i)
		}
	}
	r.src.DragEnd()
}

// TestEmojiDoNotShiftHighlightsOrHits: after emoji, highlights are drawn, and the mouse hits, where the
// renderer draws the text. Each emoji used to push both about a pixel to the right, so that a drag over
// the visible "Bordeaux" selected "Bordeau" and its highlight started on the "o".
func TestEmojiDoNotShiftHighlightsOrHits(t *testing.T) {
	text := "Vu 😀 😀 😀 😀 🤝 🤝 👨\u200d👩\u200d👧 👨\u200d👩\u200d👧 à Bordeaux."
	d := annotate.NewDocument("emoji", "Emoji", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	size := theme.TextSize()
	pad := theme.InnerPadding() / 2
	drawnX := func(off int) float32 { return pad + fyne.MeasureText(text[:off], size, fyne.TextStyle{}).Width }
	y := pad + fyne.MeasureText("M", size, fyne.TextStyle{}).Height/2
	if w := drawnX(len(text)) + pad; w > r.src.Size().Width {
		t.Fatalf("the text (%.0f) does not fit on one line of the row (%.0f)", w, r.src.Size().Width)
	}
	a := strings.Index(text, "Bordeaux")
	b := a + len("Bordeaux")
	from, to := drawnX(a)+1, drawnX(b)-1 // just inside the first and the last letter
	ui.win.Canvas().Focus(r.src)
	r.src.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(to, y)}, Dragged: fyne.NewDelta(to-from, 0)})
	r.src.DragEnd()
	if s, e := r.src.Selection(); text[s:e] != "Bordeaux" {
		t.Errorf("dragging over the drawn \"Bordeaux\" selects %q", text[s:e])
	}
	r.src.SetSelection(a, b)
	r.src.TypedRune('l')
	sp := ui.doc.Span(ui.selSpan)
	if sp == nil || sp.Label != annotate.LabelLOC {
		t.Fatalf("l tagged %+v", sp)
	}
	band := findShown(r.src, func(o fyne.CanvasObject) bool {
		rc, ok := o.(*canvas.Rectangle)
		return ok && rc.Size().Height > 2 && rc.Size().Width > 0 && abs32(rc.Position().X-drawnX(a)) < 3*pad
	})
	if band == nil {
		t.Fatal("no highlight drawn near \"Bordeaux\"")
	}
	if x, w := band.Position().X, band.Size().Width; abs32(x-drawnX(a)) > 0.5 || abs32(x+w-drawnX(b)) > 0.5 {
		t.Errorf("the highlight of \"Bordeaux\" covers [%.1f, %.1f], the word is drawn over [%.1f, %.1f]", x, x+w, drawnX(a), drawnX(b))
	}
}

func abs32(x float32) float32 { return max(x, -x) }
