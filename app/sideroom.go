package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// widestSide is the smallest share of the window's width the segments keep when the side panel
// widens for its tabs' titles (sideRoom).
const widestSide = 0.66

// sideRoom lays out the split between the segments and the side panel (its only object), the panel
// widened from sideSplit up to widestSide where that makes room for the four tabs' titles with
// their counts. At FYNE_SCALE=1.5 on a 1920×1080 screen (2 on 2560×1440) the window is 1264 units
// wide (fitWindow): 0.32 of it left the French titles 5 to 17 units short, and the tabs showed icons
// alone. A narrower window keeps sideSplit: there the titles would take the segments' room, and the
// tabs show icons instead (tabFit). Once the divider is dragged, its place is the person's.
type sideRoom struct {
	ui    *UI
	split *container.Split
	set   float64 // the offset this layout last gave the split
}

func newSideRoom(ui *UI, split *container.Split) *fyne.Container {
	split.Offset = sideSplit
	return container.New(&sideRoom{ui: ui, split: split, set: sideSplit}, split)
}

func (r *sideRoom) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if r.split.Offset == r.set { // not dragged
		if off := r.offset(size.Width); off != r.split.Offset {
			r.split.Offset, r.set = off, off
			r.split.Refresh()
		}
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

func (r *sideRoom) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// offset is the split's offset at width w: the panel's share as wide as the tabs' titles need,
// between sideSplit's and widestSide's.
func (r *sideRoom) offset(w float32) float64 {
	room := float64(w - 2*theme.Padding()) // less Fyne 2.7.1's divider (container/split.go dividerThickness)
	if room <= 0 {
		return sideSplit
	}
	need := float64(r.ui.tabsWidth(tabsFull)) + 1 // a unit for the rounding of the split's lengths
	off := 1 - need/room
	if off >= sideSplit || off < widestSide {
		return sideSplit
	}
	return off
}
