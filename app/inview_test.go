package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// longEnglish is a translation several lines long in a row of the test window.
var longEnglish = strings.Repeat("The minister said the talks had been long but useful. ", 6)

// shortDoc is a document of n one-line French segments, more than the test window shows.
func shortDoc(n int) (*annotate.Document, []pair) {
	var src []string
	var pairs []pair
	for i := range n {
		s := fmt.Sprintf("Phrase numéro %d.", i+1)
		src = append(src, s)
		pairs = append(pairs, pair{FR: s, EN: longEnglish + fmt.Sprint(i+1)})
	}
	return pairDoc(src...), pairs
}

// lastWhole goes to the last segment whose row shows whole at the bottom of the list's view.
func lastWhole(t *testing.T, ui *UI) int {
	t.Helper()
	ui.focusSegment(0, annotate.Target)
	_, last := ui.shownRange()
	for k := last; k > 0; k-- {
		if r := ui.rowFor(k); r != nil && ui.inView(r) {
			ui.focusSegment(k, annotate.Target)
			return k
		}
	}
	t.Fatal("no whole row in view")
	return 0
}

// onScreen reports where segment i's row lies in the list's view, from the row the list laid out.
func onScreen(t *testing.T, ui *UI, i int) (top, bottom, view float32) {
	t.Helper()
	r := ui.rowFor(i)
	if r == nil {
		t.Fatalf("segment %d has no row", i+1)
	}
	drv := fyne.CurrentApp().Driver()
	top = drv.AbsolutePositionForObject(r.box).Y - drv.AbsolutePositionForObject(ui.list).Y
	return top, top + r.box.Size().Height, ui.list.Size().Height
}

// TestRowThatGrowsStaysInView: when the current row grows at the bottom of the view (a memory match
// inserted with Ctrl+1, typing that wraps to more lines), the list scrolls so that the whole row
// stays in view.
func TestRowThatGrowsStaysInView(t *testing.T) {
	d, pairs := shortDoc(40)
	ui := suggestUI(t, d, pairs, nil)
	k := lastWhole(t, ui)
	r := ui.rowFor(k)
	h0 := r.box.Size().Height
	r.entry.TypedShortcut(ctrlKey(fyne.Key1))
	if d.Segments[k].Target != pairs[k].EN {
		t.Fatalf("Ctrl+1 gave %q", d.Segments[k].Target)
	}
	top, bottom, view := onScreen(t, ui, k)
	if bottom-top <= h0 || top < 0 || bottom > view {
		t.Errorf("Ctrl+1: row %g–%g (was %g high) in a view of %g", top, bottom, h0, view)
	}

	k = lastWhole(t, ui)
	r = ui.rowFor(k)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, longEnglish)
	top, bottom, view = onScreen(t, ui, k)
	if bottom-top <= h0 || top < 0 || bottom > view {
		t.Errorf("typing: row %g–%g in a view of %g", top, bottom, view)
	}
}

// TestRowThatGrowsOutOfSightDoesNotScroll: a current row the translator scrolled away from may grow
// (projection after a pause in typing) without the list jumping back to it.
func TestRowThatGrowsOutOfSightDoesNotScroll(t *testing.T) {
	d, _ := shortDoc(40)
	ui, _ := newTestUI(t, d, false)
	ui.focusSegment(30, annotate.Target)
	ui.list.ScrollToTop()
	ui.run(func() error { _, err := ui.ed.SetTarget(d.Segments[30].ID, longEnglish); return err })
	if off := ui.list.GetScrollOffset(); off != 0 {
		t.Errorf("the list scrolled to %g", off)
	}
}

// TestNextSegmentShowsWhole: Ctrl+Down onto a tall row whose first line shows at the bottom of the
// view scrolls until the whole row shows.
func TestNextSegmentShowsWhole(t *testing.T) {
	d, _ := shortDoc(20)
	for i, s := range d.Segments {
		s.Target, s.Status = longEnglish+fmt.Sprint(i+1), annotate.StatusDraft
	}
	ui, _ := newTestUI(t, d, false)
	ui.focusSegment(0, annotate.Target)
	for k := 1; k < 8; k++ {
		ui.handleShortcut(ctrlKey(fyne.KeyDown))
		if ui.cur != k {
			t.Fatalf("Ctrl+Down went to segment %d, want %d", ui.cur+1, k+1)
		}
		if top, bottom, view := onScreen(t, ui, k); top < 0 || bottom > view {
			t.Errorf("segment %d: row %g–%g in a view of %g", k+1, top, bottom, view)
		}
	}
}
