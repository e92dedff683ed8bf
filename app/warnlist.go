package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The size of a list of warnings: as wide as warningsWidth where the window has room, with the
// margins around the dialog the window keeps.
const (
	warningsWidth     = 560
	warningsMinWidth  = 300
	warningsMinHeight = 96  // four lines or so
	warningsMarginX   = 96  // the window's width the dialog leaves free
	warningsChrome    = 180 // the dialog's title, button and paddings, and a margin above and below
)

// showWarningList lists warns under intro, a sentence saying what they are about, in a dialog that
// fits the window: the warnings wrap, and scroll when they are more than the window has room for (an
// export may give dozens).
func (ui *UI) showWarningList(intro string, warns []string) {
	content := newWarningList(intro, warns, ui.win.Canvas().Size())
	d := ui.newCloseDialog(lang.L("Warnings"), lang.L("OK"), content)
	ui.present(d, d.Hide, d.Hide)
}

// loadOffer is another way to open a file, which the warnings about opening it offer on a button
// beside OK: read it again with its offsets in UTF-16 code units, say, when a warning says they may
// count them. A primary offer is what the user most likely wants (the work saved from a text
// reopened as a new import): its button is the highlighted one, which Enter presses, and OK is
// what Esc does.
type loadOffer struct {
	label   string
	open    func()
	primary bool
}

// showLoadWarnings lists what opening a document warned about, with offer's button beside OK.
func (ui *UI) showLoadWarnings(warns []string, offer *loadOffer) {
	intro := lang.L("The document is open, but reading it gave these warnings:")
	if offer == nil {
		ui.showWarningList(intro, warns)
		return
	}
	content := newWarningList(intro, warns, ui.win.Canvas().Size())
	d := dialog.NewCustomWithoutButtons(lang.L("Warnings"), content, ui.win)
	take := func() {
		d.Hide()
		offer.open()
	}
	other := ui.newDialogButton(offer.label, nil, take)
	ok := ui.newDialogButton(lang.L("OK"), nil, d.Hide)
	enter := d.Hide
	if offer.primary {
		other.Importance, enter = widget.HighImportance, take
	} else {
		ok.Importance = widget.HighImportance
	}
	d.SetButtons([]fyne.CanvasObject{other, ok})
	ui.warnOffer = other
	ui.present(d, d.Hide, enter)
}

// newWarningList returns intro above warns, which scroll, sized for a window of size room. Each
// message is broken into lines for the list's width before the first layout, so that the list's
// height is right from the start.
func newWarningList(intro string, warns []string, room fyne.Size) *fyne.Container {
	width := max(min(warningsWidth, room.Width-warningsMarginX), warningsMinWidth)
	head := newMessageText(intro, false)
	head.breakFor(width)
	objs := make([]fyne.CanvasObject, len(warns)) // added at once: Container.Add lays out each time
	for i, w := range warns {
		m := newMessageText(w, false)
		m.breakFor(width)
		objs[i] = m
	}
	list := container.NewVBox(objs...)
	height := max(min(room.Height*0.55, room.Height-warningsChrome-head.MinSize().Height), warningsMinHeight)
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(width, min(list.MinSize().Height, height)))
	return container.New(&warningListLayout{head: head, scroll: scroll}, head, scroll)
}

// warningListLayout puts the intro above the scrolling list.
//
// Fyne 2.7.1's dialogs size their content from where their buttons were before the layout under way:
// on a dialog's first layout, before the buttons have a place, the content's height is negative (or
// as large as an earlier, larger layout left it), so a scrolling list neither scrolled nor stopped
// above the OK button, which was painted over its last line. The list's own height is the one
// to trust, then; a smaller positive height is the window's, when it is too small for the dialog.
type warningListLayout struct {
	head   *messageText
	scroll *container.Scroll
}

func (l *warningListLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	head, list := l.head.MinSize(), l.scroll.MinSize()
	return fyne.NewSize(max(head.Width, list.Width), head.Height+theme.Padding()+list.Height)
}

func (l *warningListLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	height := l.MinSize(objects).Height
	if size.Height > 0 && size.Height < height {
		height = size.Height
	}
	l.head.breakFor(size.Width)
	head := l.head.MinSize().Height
	l.head.Move(fyne.NewPos(0, 0))
	l.head.Resize(fyne.NewSize(size.Width, head))
	l.scroll.Move(fyne.NewPos(0, head+theme.Padding()))
	l.scroll.Resize(fyne.NewSize(size.Width, max(height-head-theme.Padding(), 0)))
}
