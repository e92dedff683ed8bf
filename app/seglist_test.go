package app

import (
	"math/rand/v2"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestRowHeightsAnswerAsSums checks the table of row heights against plain sums, with rows of the
// default height, heights changed one by one and all at once.
func TestRowHeightsAnswerAsSums(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const pad = 4
	for _, n := range []int{0, 1, 2, 7, 64, 1000} {
		var h rowHeights
		h.reset(n, 37, pad)
		want := make([]float32, n)
		for i := range want {
			want[i] = 37
		}
		check := func(step string) {
			t.Helper()
			var y float32
			for i := range n {
				if got := h.top(i); got != y {
					t.Fatalf("n=%d %s: top(%d) = %v, want %v", n, step, i, got, y)
				}
				if got := h.height(i); got != want[i] {
					t.Fatalf("n=%d %s: height(%d) = %v, want %v", n, step, i, got, want[i])
				}
				for _, at := range []float32{y, y + want[i]/2, y + want[i] + pad - 0.5} {
					if got := h.at(at); got != i {
						t.Fatalf("n=%d %s: at(%v) = %d, want row %d (top %v, height %v)", n, step, at, got, i, y, want[i])
					}
				}
				y += want[i] + pad
			}
			if n > 0 {
				if got := h.total(); got != y-pad {
					t.Fatalf("n=%d %s: total %v, want %v", n, step, got, y-pad)
				}
				if got := h.at(-10); got != 0 {
					t.Fatalf("n=%d %s: at(-10) = %d", n, step, got)
				}
				if got := h.at(y + 100); got != n-1 {
					t.Fatalf("n=%d %s: at(end) = %d", n, step, got)
				}
			} else if h.at(0) != -1 || h.total() != 0 {
				t.Fatalf("n=0: at(0) = %d, total %v", h.at(0), h.total())
			}
		}
		check("default")
		for k := range 3 * n {
			i := rng.IntN(n)
			v := float32(rng.IntN(200))
			if k%5 == 0 {
				v = 0 // back to the default
			}
			h.setHeight(i, v)
			want[i] = v
			if v == 0 {
				want[i] = 37
			}
		}
		check("one by one")
		all := make([]float32, n)
		for i := range all {
			all[i] = float32(1 + rng.IntN(300))
		}
		h.setAll(all)
		copy(want, all)
		check("all at once")
	}
}

// rowTops checks that every row on screen sits where the list's heights put it, at its cached height.
func rowTops(t *testing.T, ui *UI, step string) {
	t.Helper()
	off := ui.list.GetScrollOffset()
	drv := fyne.CurrentApp().Driver()
	listY := drv.AbsolutePositionForObject(ui.list).Y
	first, last := ui.shownRange()
	if first < 0 || last < first {
		t.Fatalf("%s: no row in view", step)
	}
	var y float32
	for i := range first {
		y += ui.cache.heights[i] + ui.list.gap()
	}
	for i := first; i <= last; i++ {
		r := ui.rowFor(i)
		if r == nil {
			t.Fatalf("%s: segment %d is in view but has no row", step, i)
		}
		if got, want := drv.AbsolutePositionForObject(r.box).Y-listY, y-off; abs32(got-want) > 0.5 {
			t.Errorf("%s: segment %d's row is at %v, want %v", step, i, got, want)
		}
		if got, want := r.box.Size().Height, ui.cache.heights[i]; got != want {
			t.Errorf("%s: segment %d's row is %v high, want %v", step, i, got, want)
		}
		y += ui.cache.heights[i] + ui.list.gap()
	}
}

// TestRowsSitAtTheirHeightsInALongDocument scrolls near the end of a long document whose rows have
// several heights, and types in a row until it grows: every row on screen stays where the heights
// put it, and the list is as tall as all rows.
func TestRowsSitAtTheirHeightsInALongDocument(t *testing.T) {
	const n = 3000
	d := hugeDoc(t, n)
	for i, seg := range d.Segments {
		if i%7 == 0 {
			seg.Target = strings.Repeat("Une 🇫🇷 « longue » phrase, José\u0301 👍🏽. ", 1+i%4)
		}
	}
	ui, _ := newTestUI(t, d, false)
	var total float32
	for _, h := range ui.cache.heights {
		total += h + ui.list.gap()
	}
	if got, want := ui.list.lay.MinSize(nil).Height, total-ui.list.gap(); abs32(got-want) > 0.5 {
		t.Errorf("list content is %v high, want %v", got, want)
	}
	i := n - 40
	ui.focusSegment(i, annotate.Target)
	rowTops(t, ui, "scrolled to the end")
	ui.list.ScrollToOffset(ui.list.GetScrollOffset() - 123)
	rowTops(t, ui, "scrolled up a little")
	ui.focusSegment(i, annotate.Target)
	before := ui.cache.heights[i]
	typeKeys(ui, strings.Repeat(" Éric dit « bonjour » 👍🏽.", 12))
	if ui.cache.heights[i] <= before {
		t.Fatalf("typing did not grow segment %d's row (%v, was %v)", i, ui.cache.heights[i], before)
	}
	rowTops(t, ui, "after typing")
	wheel(ui, 5)
	rowTops(t, ui, "after the wheel")
}

// TestTallRowShowsItsTop goes to a segment whose row is taller than the list's view, from above it:
// the list shows the row's top, where the English starts, not its end.
func TestTallRowShowsItsTop(t *testing.T) {
	d := manySegments(40)
	d.Segments[25].Target = strings.Repeat("A very long translation that wraps over many lines of the row. ", 60)
	ui, _ := newTestUI(t, d, false)
	if ui.cache.heights[25] <= ui.list.Size().Height {
		t.Fatalf("segment 25's row is %v high, not taller than the view (%v)", ui.cache.heights[25], ui.list.Size().Height)
	}
	ui.focusSegment(25, annotate.Target)
	top, bottom, view := onScreen(t, ui, 25)
	if top < 0 || top >= view || bottom <= view {
		t.Errorf("segment 25's row spans %v to %v of a view %v high: its top is not in view", top, bottom, view)
	}
}

// TestTapBesideTheTextGoesToTheEnglish taps a row of the list outside its fields: the English of that
// segment gets the focus, as before the list was Glose's own.
func TestTapBesideTheTextGoesToTheEnglish(t *testing.T) {
	ui, _ := newTestUI(t, manySegments(40), false)
	ui.list.Refresh()
	var item *segItem
	for _, s := range ui.list.lay.shown {
		if s.i == 3 {
			item = s.item
		}
	}
	if item == nil {
		t.Fatal("segment 3 is not on screen")
	}
	test.Tap(item)
	if i := focusedSegment(ui); i != 3 {
		t.Errorf("the English of segment %d has the focus, want 3", i)
	}
	if ui.cur != 3 {
		t.Errorf("current segment %d, want 3", ui.cur)
	}
}
