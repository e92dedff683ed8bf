package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
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
