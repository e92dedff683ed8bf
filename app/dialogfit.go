package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Fyne 2.7.1 clamps a dialog to its window but lays its content out at the content's minimum size
// all the same: in the smallest window the layout holds (667×400 units, 1000×600 pixels at
// FYNE_SCALE 1.5) Settings and Export drew their buttons over their last fields, and the fields
// below ran off the window, out of reach. The content of those that may outgrow a small window
// (Settings, Export, Analysis, Properties, Recover unsaved work) sits in a dialogFit instead, a
// scroll whose minimum size is the content's up to the room the window leaves it; the others size
// themselves from the window (newWarningList, the concordance) or are small.

// dialogFrame is what a dialog adds around its content in Fyne 2.7.1 (dialog/base.go): 32 units
// across (padWidth) and 16 above and below the title, the content and the buttons (padHeight), plus
// the title's and the buttons' height and the modal pop-up's padding (widget/popup.go).
func dialogFrame() fyne.Size {
	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{Bold: true}).Height
	title := line + 2*theme.InnerPadding()
	buttons := max(line, theme.IconInlineSize()) + 2*theme.InnerPadding() // their icons are taller
	pop := theme.InnerPadding()
	return fyne.NewSize(2*16+pop, title+buttons+theme.Padding()+2*16+pop)
}

// dialogFit lays out a dialog's content in a scroll no bigger than the window's room.
type dialogFit struct {
	win    fyne.Window
	scroll *container.Scroll
}

var _ fyne.Layout = (*dialogFit)(nil)

// fitDialogContent returns content in a scroll that keeps a dialog showing it inside win.
func fitDialogContent(win fyne.Window, content fyne.CanvasObject) *fyne.Container {
	f := &dialogFit{win: win, scroll: container.NewScroll(content)}
	return container.New(f, f.scroll)
}

func (f *dialogFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// MinSize is the content's, up to the window's room: a window not laid out yet sets no bound.
func (f *dialogFit) MinSize([]fyne.CanvasObject) fyne.Size {
	m := f.scroll.Content.MinSize()
	win := f.win.Canvas().Size()
	if win.Width <= 0 || win.Height <= 0 {
		return m
	}
	room := win.Subtract(dialogFrame())
	return fyne.NewSize(max(min(m.Width, room.Width), 0), max(min(m.Height, room.Height), 0))
}
