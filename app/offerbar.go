package app

import "fyne.io/fyne/v2"

// offerBar is a bar above the segments that offers one action (pre-annotating a new document,
// relabelling an entity's other mentions): its box, shown or hidden, and what lays the bars out again.
type offerBar struct {
	box  *fyne.Container
	text *messageText
	// relaid lays the bars out again when the bar shows or hides (see alertBar).
	relaid func()
}

func (b *offerBar) setVisible(v bool) {
	if v == b.box.Visible() {
		return
	}
	if v {
		b.box.Show()
	} else {
		b.box.Hide()
	}
	if b.relaid != nil {
		b.relaid()
	}
}

// shown reports whether the bar is shown.
func (b *offerBar) shown() bool { return b.box.Visible() }
