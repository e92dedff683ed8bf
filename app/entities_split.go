package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// The Entities tab's split between the entity list and the selected entity's details. Fyne's split
// keeps a share: the list's 60 % left the details some 150 units in a 768×600 window, the name fields
// and Rename, the mentions below out of sight. With an entity selected, the details get the room they
// want for their names, type, buttons and first mentions, as far as the list keeps a few rows;
// without one, the list keeps its share above the short hint. A list the filter leaves shorter than
// that keeps its rows alone, the details getting the rest. The user's own drag of the divider is
// kept.
const (
	entityListShare  = 0.6 // the list's share of the split while no entity is selected
	entityDetailWant = 300 // the units the details want: names, type, buttons, the first mentions
	entityListRows   = 3   // the rows the list keeps at least beside the details
)

// entitySplit sizes the split as above.
type entitySplit struct {
	split *container.Split
	list  fyne.CanvasObject // its MinSize is one row's
	rows  func() int        // how many rows it has
	// set is the offset this gave last: another one is the user's, which is kept.
	set float64
}

// newEntitySplit returns the split of list over details, wrapped in the container that fits it to its
// height, and its sizing; shown says whether the details show an entity.
func newEntitySplit(list, details fyne.CanvasObject, rows func() int, shown func() bool) (*entitySplit, fyne.CanvasObject) {
	s := &entitySplit{split: container.NewVSplit(list, details), list: list, rows: rows, set: entityListShare}
	s.split.Offset = entityListShare
	box := container.New(&resizeWatch{resized: func() { s.fit(shown()) }}, s.split)
	return s, box
}

// fit gives the split the offset for its height, with an entity shown in the details (shown) or not,
// unless the user has dragged the divider.
func (s *entitySplit) fit(shown bool) {
	if s.split.Offset != s.set {
		return
	}
	s.split.SetOffset(entityListOffset(shown, s.split.Size().Height, s.list.MinSize().Height, s.rows()))
	s.set = s.split.Offset
}

// entityListOffset is the list's share of a split h units high, its n rows row units high: the
// details get entityDetailWant, the list at least entityListRows rows and at most its usual share,
// and no more than its n rows (with Fyne's padding between them) when they are fewer.
func entityListOffset(shown bool, h, row float32, n int) float64 {
	if !shown || h <= 0 {
		return entityListShare
	}
	off := max(1-entityDetailWant/h, entityListRows*row/h)
	rows := float32(max(n, 1))*(row+theme.Padding()) + theme.Padding() // a padding to spare, for the divider
	return float64(min(off, entityListShare, rows/h))
}
