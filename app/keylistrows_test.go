package app

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestWholeRowsOffset: the offset shows the row whole and starts on a row when it can.
func TestWholeRowsOffset(t *testing.T) {
	const row, stride, view, end = 100, 104, 250, 10*104 - 4 // ten rows; two and a half in view
	for _, c := range []struct {
		name   string
		off, y float32
		want   float32
	}{
		{"in view, on a row", 104, 208, 104},
		{"in view, the top cut", 50, 104, 104},
		{"below: Fyne put it at the bottom, the top cut", 0, 416, 312},
		{"below, from a cut top", 30, 312, 208},
		{"above: at the top", 416, 104, 104},
		{"the last row: the end leaves no whole top", 0, 936, end - view},
		{"the first row", 300, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := wholeRowsOffset(c.off, c.y, row, stride, view, end); got != c.want {
				t.Errorf("wholeRowsOffset(%v, %v) = %v, want %v", c.off, c.y, got, c.want)
			}
		})
	}
}

// TestQuotesJumpLandsOnWholeRows: going to a quote in the segments, or moving down the Quotes list
// with the keys, in a 768×600 window (twice the sample, its quote rows two lines high) shows the quote's
// row whole and a whole row at the top of the list: List.ScrollTo and Fyne's Down key put the row at
// the bottom, the row at the top cut in half. When the list gets shorter (the QA message or a
// two-line status bar taking its room), the row stays whole.
func TestQuotesJumpLandsOnWholeRows(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		t.Run(locale, func(t *testing.T) {
			useLocale(t, locale)
			ui, _ := newTestUI(t, nil, false)
			ui.setDocument(sampleTimes(t, ui, 2), "")
			layOut(ui)
			ui.win.Resize(fyne.NewSize(768, 600))
			p := shownQuotes(t, ui)
			settle(ui.win.Content())
			if len(p.quotes) < 8 {
				t.Fatalf("%d quotes", len(p.quotes))
			}
			row := p.list.CreateItem().MinSize().Height
			stride := row + theme.Padding()
			if view := p.list.Size().Height; view < row || view > float32(len(p.quotes))*stride/2 {
				t.Fatalf("list %v high for rows %v high: no scrolling to test", view, row)
			}
			check := func(how string, i int) {
				t.Helper()
				off, view := p.list.GetScrollOffset(), p.list.Size().Height
				if y := float32(i) * stride; y < off-0.5 || y+row > off+view+0.5 {
					t.Errorf("%s row %d: at %v–%v, the list shows %v–%v", how, i+1, y, y+row, off, off+view)
				}
				if r := math.Mod(float64(off), float64(stride)); r > 0.5 && r < float64(stride)-0.5 {
					t.Errorf("%s row %d: the list scrolled by %v, cutting the top row %v units down", how, i+1, off, r)
				}
			}
			for _, i := range []int{6, len(p.quotes) - 3, 1, 5} {
				p.list.ScrollToOffset(0)
				ui.selectSpan(p.quotes[i].ID) // the caret on the quote in the segments
				ui.followQuote()
				check("gone to in the segments:", i)
			}
			p.list.ScrollToOffset(0)
			ui.focusPanel(slices.Index(ui.panels, panel(p)))
			p.list.moveTo(0)
			for i := 1; i < len(p.quotes)-2; i++ {
				p.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
				check(fmt.Sprintf("Down %d times:", i), i)
			}
			i := p.list.cursor
			p.list.Resize(p.list.Size().SubtractWidthHeight(0, 40))
			check("the list 40 units shorter:", i)
		})
	}
}
