package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The status line holds one line, which a long message (an export's destination, an import's
// summary, an error naming a path) outgrows: cut with "…", its end could not be read. When it is cut,
// a button at its end, and a click on the line itself, show the whole message in a dialog, where it
// can be copied. A message may bring a short form (setStatusShort), shown in its place while the
// whole one is cut: the key to press and what the message is about, which the whole one's end would
// have lost; the button still shows the whole.

// statusLine is the status bar's message.
type statusLine struct {
	widget.BaseWidget
	Text  string // the message, on one line
	full  string // the message as given, with its line breaks
	short string // shown in place of Text while Text is cut; "" for none
	label *widget.Label
	more  *tipButton   // shows the whole message; shown while the line is cut
	open  func(string) // shows a whole message
	cut   bool         // the message is wider than the line
}

var (
	_ fyne.Tappable      = (*statusLine)(nil)
	_ desktop.Cursorable = (*statusLine)(nil)
)

// newStatusLine returns an empty status line whose whole message open shows.
func newStatusLine(tips *tipLayer, open func(string)) *statusLine {
	s := &statusLine{label: widget.NewLabel(""), open: open}
	s.label.Truncation = fyne.TextTruncateEllipsis
	s.more = newTipButton(tips, lang.L("Read the whole message"), theme.MoreHorizontalIcon(), s.showWhole)
	s.more.Importance = widget.LowImportance
	s.more.Hide()
	s.ExtendBaseWidget(s)
	return s
}

// SetText shows msg, its line breaks as spaces; the dialog shows them.
func (s *statusLine) SetText(msg string) { s.setTexts(msg, "") }

// setTexts shows msg, or short in its place while msg is cut.
func (s *statusLine) setTexts(msg, short string) {
	s.full, s.short = msg, short
	s.Text = strings.ReplaceAll(msg, "\n", " ")
	s.label.SetText(s.Text)
	s.Refresh()
}

// show puts text on the label, when it is not there yet.
func (s *statusLine) show(text string) {
	if s.label.Text != text {
		s.label.Text = text
		s.label.Refresh()
	}
}

// showWhole shows the whole message, when it is cut.
func (s *statusLine) showWhole() {
	if s.cut && s.open != nil {
		s.open(s.full)
	}
}

// Tapped is part of fyne.Tappable: a click on a cut message shows it whole.
func (s *statusLine) Tapped(*fyne.PointEvent) { s.showWhole() }

// Cursor is part of desktop.Cursorable: a cut message shows the hand, as a link does.
func (s *statusLine) Cursor() desktop.Cursor {
	if s.cut {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// fits reports whether the message shows whole in width.
func (s *statusLine) fits(width float32) bool {
	return measure(s.Text)+2*theme.InnerPadding() <= width
}

// CreateRenderer is part of fyne.Widget.
func (s *statusLine) CreateRenderer() fyne.WidgetRenderer { return &statusRenderer{s: s} }

type statusRenderer struct{ s *statusLine }

// Layout gives the label the whole width when the message fits, else the width left of the button.
func (r *statusRenderer) Layout(size fyne.Size) {
	s := r.s
	s.cut = s.Text != "" && !s.fits(size.Width)
	if !s.cut {
		s.more.Hide()
		s.show(s.Text)
		s.label.Move(fyne.NewPos(0, 0))
		s.label.Resize(size)
		return
	}
	if s.short != "" {
		s.show(s.short)
	}
	bw := s.more.MinSize().Width
	s.label.Move(fyne.NewPos(0, 0))
	s.label.Resize(fyne.NewSize(max(size.Width-bw, 0), size.Height))
	s.more.Move(fyne.NewPos(max(size.Width-bw, 0), (size.Height-s.more.MinSize().Height)/2))
	s.more.Resize(s.more.MinSize())
	s.more.Show()
}

func (r *statusRenderer) MinSize() fyne.Size {
	return fyne.NewSize(r.s.label.MinSize().Width, max(r.s.label.MinSize().Height, r.s.more.MinSize().Height))
}

func (r *statusRenderer) Refresh() {
	r.Layout(r.s.Size())
	r.s.label.Refresh()
}

func (r *statusRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.s.label, r.s.more}
}

func (r *statusRenderer) Destroy() {}

// showStatusMessage shows a status message whole, aligned left as the summaries are, with a button
// that copies it (a path, an error to report).
func (ui *UI) showStatusMessage(msg string) {
	d := dialog.NewCustomWithoutButtons(lang.L("Message"), besideIcon(theme.InfoIcon(), newMessageText(msg, false)), ui.win)
	ok := ui.newDialogButton(lang.L("OK"), nil, d.Hide)
	ok.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		ui.newDialogButton(lang.L("Copy"), theme.ContentCopyIcon(), func() {
			ui.app.Clipboard().SetContent(msg)
			d.Hide()
		}),
		ok,
	})
	ui.present(d, d.Hide, d.Hide)
}
