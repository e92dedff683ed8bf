package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestEntityDetailsReadableInSmallWindows: with an entity selected, its details show its names, type,
// Rename and the heading of its French mentions without scrolling, in a 768×600 window (the details
// had some 150 units there, the mentions out of sight) and at 1280×800, in English and French, while
// the list keeps three rows with the selected one in view; with none selected, the list has its share
// back. A divider the user dragged stays where it was put.
func TestEntityDetailsReadableInSmallWindows(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		for _, size := range []fyne.Size{{Width: 768, Height: 600}, {Width: 1280, Height: 800}} {
			t.Run(fmt.Sprintf("%s/%v", locale, size), func(t *testing.T) {
				useLocale(t, locale)
				ui, _ := newTestUI(t, nil, false)
				ui.setDocument(sampleTimes(t, ui, 1), "") // the sample article, as the app opens it
				layOut(ui)
				ui.win.Resize(size)
				p := ui.panels[0].(*entitiesPanel)
				ui.selectPanel(p)
				ui.win.Content().Refresh()
				settle(ui.win.Content())
				p.refresh()
				last := len(p.ents) - 1
				if last < 3 {
					t.Fatalf("%d entities listed", len(p.ents))
				}
				p.list.Select(last) // the last row, as a click does
				settle(ui.win.Content())
				_, viewEnd := rect(p.scroll)
				if _, end := rect(p.headFR); end.Y > viewEnd.Y+0.5 {
					t.Errorf("the French mentions' heading ends at y=%v, below the details' view ending at %v", end.Y, viewEnd.Y)
				}
				row := p.list.MinSize().Height
				if h := p.list.Size().Height; h < entityListRows*row-0.5 {
					t.Errorf("the list is %v high, under %d rows of %v", h, entityListRows, row)
				}
				// Fyne's list puts a padding between rows of one height
				top := float32(last)*(row+theme.Padding()) - p.list.GetScrollOffset()
				if top < -0.5 || top+row > p.list.Size().Height+0.5 {
					t.Errorf("the selected row at y=%v–%v in the list, out of its 0–%v", top, top+row, p.list.Size().Height)
				}
				p.list.UnselectAll()
				p.sel = ""
				p.showDetail()
				settle(ui.win.Content())
				if got := p.split.split.Offset; got != entityListShare {
					t.Errorf("with no entity selected, the list's share is %v, want %v", got, entityListShare)
				}
				p.split.split.SetOffset(0.5) // as a drag of the divider does
				p.list.Select(0)
				settle(ui.win.Content())
				if got := p.split.split.Offset; got != 0.5 {
					t.Errorf("the divider the user put at 0.5 went to %v", got)
				}
			})
		}
	}
}

// TestEntityDetailsTakeTheRoomOfAShortList: with the filter leaving one or two entities, the list kept
// its share (three rows and more, empty) and the details scrolled. A short list now keeps its rows
// alone, the details getting the rest, and has its usual room back when the filter is cleared.
func TestEntityDetailsTakeTheRoomOfAShortList(t *testing.T) {
	ui, _ := newTestUI(t, entitiesDoc(t), false)
	ui.win.Resize(fyne.NewSize(1000, 700))
	p := entitiesTab(ui)
	ui.selectPanel(p)
	settle(ui.win.Content())
	p.filter.SetText("obama") // two namesakes
	p.refresh()
	p.list.Select(0)
	settle(ui.win.Content())
	row := p.list.MinSize().Height
	if len(p.ents) != 2 {
		t.Fatalf("%d entities listed, want the two Obamas", len(p.ents))
	}
	if h := p.list.Size().Height; h >= 3*row+2*theme.Padding() || h < 2*row+theme.Padding()-0.5 {
		t.Errorf("two rows of %v listed in a list %v high, want room for them and not a third", row, h)
	}
	short := p.scroll.Size().Height
	p.filter.SetText("")
	p.refresh()
	settle(ui.win.Content())
	if h := p.list.Size().Height; h < entityListRows*row-0.5 {
		t.Errorf("the filter cleared, the list is %v high, under %d rows", h, entityListRows)
	}
	if p.scroll.Size().Height >= short {
		t.Errorf("the details are %v high with the whole list, not less than the %v they had beside two rows", p.scroll.Size().Height, short)
	}
}
