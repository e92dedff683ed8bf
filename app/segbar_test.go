package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// longUI opens a document of 3,000 segments at its top, the list laid out in a 1000×700 window.
func longUI(t *testing.T) *UI {
	t.Helper()
	ui, _ := newTestUI(t, hugeDoc(t, 3000), false)
	ui.win.Content().Refresh()
	ui.list.ScrollToTop()
	return ui
}

// listPoint returns a point of the window at x, y of the segment list.
func listPoint(ui *UI, x, y float32) fyne.Position {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(ui.list).AddXY(x, y)
}

// TestWheelNotchScrollsThreeLines: a wheel notch (Fyne's 25 px on Linux and Windows) scrolls the
// segment list about three lines of text, not a third of a row; half a notch (a touchpad's finer
// step) half as far.
func TestWheelNotchScrollsThreeLines(t *testing.T) {
	ui := longUI(t)
	line := lineHeight(ui.list.Theme())
	c := ui.win.Canvas()
	test.Scroll(c, listPoint(ui, ui.list.Size().Width-2, 300), 0, -25)
	notch := ui.list.GetScrollOffset()
	if notch < 2.5*line || notch > 3.5*line {
		t.Errorf("a notch scrolled %v px; a line is %v px, want about 3 lines", notch, line)
	}
	test.Scroll(c, listPoint(ui, ui.list.Size().Width-2, 300), 0, -12.5)
	if half := ui.list.GetScrollOffset() - notch; half < notch/2-1 || half > notch/2+1 {
		t.Errorf("half a notch scrolled %v px, a notch %v", half, notch)
	}
}

// TestScrollBarThumbAndTrack: on a long document the thumb is long enough to catch; a click in the
// track below or above it turns a page (and taps no segment), and dragging it scrolls in proportion.
func TestScrollBarThumbAndTrack(t *testing.T) {
	ui := longUI(t)
	bar := ui.list.bar
	y, length, ok := bar.geometry()
	if !ok || length < segBarMinThumb || y != 0 {
		t.Fatalf("thumb at %v, %v px long (shown %v); want at the top, at least %v px", y, length, ok, segBarMinThumb)
	}
	c := ui.win.Canvas()
	view := ui.list.Size().Height
	cur := ui.cur
	test.TapCanvas(c, listPoint(ui, ui.list.Size().Width-2, view-20))
	page := ui.list.GetScrollOffset()
	if page < view/2 || page > view {
		t.Errorf("a click in the track below the thumb scrolled %v px; the view is %v px", page, view)
	}
	if ui.cur != cur {
		t.Errorf("the click in the track went to segment %d", ui.cur+1)
	}
	test.TapCanvas(c, listPoint(ui, ui.list.Size().Width-2, view-20))
	if got := ui.list.GetScrollOffset(); got < 2*page-1 || got > 2*page+1 {
		t.Errorf("a second click: offset %v, want %v", got, 2*page)
	}
	mid := ui.list.heights.total() / 2
	ui.list.ScrollToOffset(mid)
	y, _, _ = bar.geometry()
	test.TapCanvas(c, listPoint(ui, ui.list.Size().Width-2, y/2)) // above the thumb
	if got := ui.list.GetScrollOffset(); got < mid-page-1 || got > mid-page+1 {
		t.Errorf("a click above the thumb: offset %v, want %v", got, mid-page)
	}

	ui.list.ScrollToTop()
	y, length, _ = bar.geometry()
	test.Drag(c, listPoint(ui, ui.list.Size().Width-2, y+length/2), 0, (view-length)/2)
	total := ui.list.heights.total()
	if got, want := ui.list.GetScrollOffset(), (total-view)/2; got < want-2 || got > want+2 {
		t.Errorf("dragging the thumb half way: offset %v, want %v", got, want)
	}
}
