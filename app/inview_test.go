package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

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

// caretOnScreen fails unless the caret's line in the focused English field shows in the list's view.
func caretOnScreen(t *testing.T, ui *UI, when string) {
	t.Helper()
	e, ok := ui.win.Canvas().Focused().(*targetEntry)
	if !ok {
		t.Fatalf("%s: the focus is on %T, not an English field", when, ui.win.Canvas().Focused())
	}
	drv := fyne.CurrentApp().Driver()
	listTop := drv.AbsolutePositionForObject(ui.list).Y
	y := drv.AbsolutePositionForObject(e).Y + e.CursorPosition().Y - listTop
	line := fyne.MeasureText("M", e.Theme().Size(theme.SizeNameText), e.TextStyle).Height
	if view := ui.list.Size().Height; y < 0 || y+line > view {
		t.Errorf("%s: the caret's line is at %g–%g, out of the view's 0–%g", when, y, y+line, view)
	}
}

// TestTypingInATallRowShowsTheCaret: in a row taller than the window, typing after the wheel
// scrolled inside the row brings the caret's line back into view, as typing after scrolling away from
// the row does (QA17 #4: the row counted as in view because part of it showed).
func TestTypingInATallRowShowsTheCaret(t *testing.T) {
	long := strings.Repeat("Le ministre a déclaré : « Nous sommes déterminés 👍🏽 » devant la presse réunie à l'Élysée 🇫🇷 avec José́ Martínez. ", 60)
	d := pairDoc("Phrase numéro un.", long, "Phrase numéro trois.")
	ui, _ := newTestUI(t, d, false)
	ui.focusSegment(0, annotate.Target)
	ui.handleShortcut(ctrlKey(fyne.KeyDown))
	if ui.cur != 1 {
		t.Fatalf("Ctrl+Down went to segment %d", ui.cur+1)
	}
	if h, view := ui.list.height(1), ui.list.Size().Height; h < 2*view {
		t.Fatalf("segment 2's row is %g high, in a view of %g: not tall enough for the test", h, view)
	}
	typeIn := func(s string) { test.Type(ui.win.Canvas().Focused(), s) }
	typeIn("Hello world")
	caretOnScreen(t, ui, "typing")

	// the wheel, over the row's French in the middle of the view, which the row fills
	over := fyne.CurrentApp().Driver().AbsolutePositionForObject(ui.list).Add(fyne.NewPos(40, ui.list.Size().Height/2))
	for range 15 {
		test.Scroll(ui.win.Canvas(), over, 0, -40)
	}
	if off := ui.list.GetScrollOffset(); off < ui.list.top(1)+ui.list.Size().Height {
		t.Fatalf("the wheel scrolled to %g only", off)
	}
	enterIn(ui, true) // Shift+Enter: a line break
	caretOnScreen(t, ui, "Shift+Return after the wheel")
	for range 15 {
		test.Scroll(ui.win.Canvas(), over, 0, -40)
	}
	if top, _, _ := ui.caretLine(ui.rowFor(1)); top >= ui.list.GetScrollOffset() {
		t.Fatalf("the wheel left the caret in view (caret at %g, view from %g)", top, ui.list.GetScrollOffset())
	}
	typeIn("Second line more")
	caretOnScreen(t, ui, "typing after the wheel")
	if want := "Hello world\nSecond line more"; d.Segments[1].Target != want {
		t.Errorf("target %q, want %q", d.Segments[1].Target, want)
	}
}

// TestCurrentRowStaysWholeWhenARowAboveGrows: after Ctrl+Enter the segment just confirmed gets the
// line of its English tags, and the row the translator moved to, whole at the bottom of the view,
// went half below the window's edge with its French, to be read before typing (walk32). A row above
// the current one that grows keeps the current row whole, where it was whole.
func TestCurrentRowStaysWholeWhenARowAboveGrows(t *testing.T) {
	d, _ := shortDoc(40)
	ui, _ := newTestUI(t, d, false)
	k := lastWhole(t, ui)
	ui.run(func() error { _, err := ui.ed.SetTarget(d.Segments[k-1].ID, longEnglish); return err })
	if ui.list.height(k-1) <= ui.list.height(k) {
		t.Fatalf("segment %d did not grow", k)
	}
	if top, bottom, view := onScreen(t, ui, k); top < 0 || bottom > view {
		t.Errorf("segment %d: row %g–%g in a view of %g", k+1, top, bottom, view)
	}

	// one the translator scrolled away from stays where it is
	ui.focusSegment(30, annotate.Target)
	ui.list.ScrollToTop()
	ui.run(func() error { _, err := ui.ed.SetTarget(d.Segments[2].ID, longEnglish); return err })
	if off := ui.list.GetScrollOffset(); off != 0 {
		t.Errorf("the list scrolled to %g", off)
	}
}
