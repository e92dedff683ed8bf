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

// The status line holds two lines in the height of one row of buttons, the span actions' beside it:
// a message that does not fit on one (an export's destination, an import's summary, an error naming
// a path, a quote's speaker and words) goes on over the second, where a line of its own cut the
// French at 1366 pixels. Its two lines are drawn a little closer than a label's (18 pixels apart at
// the theme's 14, not 19), so that the bar never changes its height, which would move the segments
// above it at each message, and costs the segments nothing: the label's two lines made it 6 pixels
// taller than the buttons, for every message, one line or none. A message longer than two
// lines is cut with "…": a button at its end, and a click on the line itself, show the whole
// message in a dialog, where it can be copied. A message may bring a short form (setStatusShort),
// shown in its place while the whole one is cut: the key to press and what the message is about,
// which the whole one's end would have lost; the button still shows the whole.

// statusLine is the status bar's message.
type statusLine struct {
	widget.BaseWidget
	Text  string // the message, its line breaks as spaces
	full  string // the message as given, with its line breaks
	short string // shown in place of Text while Text is cut; "" for none
	label *statusLabel
	more  *tipButton   // shows the whole message; shown while the line is cut
	open  func(string) // shows a whole message
	cut   bool         // the message takes more than the two lines
	quiet string       // a message an error dialog shows: held, not shown under the dialog (showError)
}

var (
	_ fyne.Tappable      = (*statusLine)(nil)
	_ desktop.Cursorable = (*statusLine)(nil)
)

// newStatusLine returns an empty status line whose whole message open shows.
func newStatusLine(tips *tipLayer, open func(string)) *statusLine {
	s := &statusLine{label: newStatusLabel(), open: open}
	s.more = newTipButton(tips, lang.L("Read the whole message")+" ("+keyNames("Ctrl+I")+")", theme.MoreHorizontalIcon(), s.showWhole) // readStatus's key
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
	s.Refresh()
}

// quietWhile holds msg without showing it while on (an error dialog says it), then shows it, unless
// another message took its place meanwhile.
func (s *statusLine) quietWhile(msg string, on bool) {
	switch {
	case on:
		s.quiet = msg
	case s.quiet == msg:
		s.quiet = ""
	}
	s.Refresh()
}

// show puts text on the label, when it is not there yet.
func (s *statusLine) show(text string) {
	if s.label.Text != text {
		s.label.setText(text)
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

// statusLines is how many lines the status line shows.
const statusLines = 2

// statusWrap breaks text into the lines it takes at width (the label's, less its padding).
func statusWrap(text string, width float32) []string {
	if text == "" {
		return nil
	}
	return wrapLines(text, max(width, 1))
}

// cutLines returns text on statusLines lines at most, at width, and whether it had to be cut: the
// last line then ends with "…", leaving room for the button (button wide) at its end.
func cutLines(text string, width, button float32) (string, bool) {
	lines := statusWrap(text, width)
	if len(lines) <= statusLines {
		return strings.Join(lines, "\n"), false
	}
	head := lines[:statusLines-1]
	rest := strings.Join(lines[statusLines-1:], " ")
	if done := strings.Join(head, " "); strings.HasPrefix(text, done) {
		rest = strings.TrimLeft(text[len(done):], " ")
	}
	room := max(width-button-measure("…"), 1)
	rest = strings.TrimRight(rest[:cutAt(rest, room, fyne.TextStyle{})], " ")
	return strings.Join(append(head, rest+"…"), "\n"), true
}

// CreateRenderer is part of fyne.Widget.
func (s *statusLine) CreateRenderer() fyne.WidgetRenderer { return &statusRenderer{s: s} }

type statusRenderer struct{ s *statusLine }

// Layout breaks the message into the lines it takes; cut, it shows the short form if any and the
// button. The lines are centred in the line's height.
func (r *statusRenderer) Layout(size fyne.Size) {
	s := r.s
	pad := theme.InnerPadding()
	width := size.Width - 2*pad
	bw := s.more.MinSize().Width
	shown := s.Text
	if s.quiet != "" && s.quiet == s.Text {
		shown = ""
	}
	text, cut := cutLines(shown, width, bw)
	if cut { // the button's column at the right of every line
		if s.short != "" {
			text, _ = cutLines(s.short, width-bw, 0)
		} else {
			text, _ = cutLines(s.Text, width-bw, 0)
		}
	}
	s.cut = cut
	s.show(text)
	s.label.layout(fyne.NewSize(size.Width-2*pad, size.Height), pad)
	if !cut {
		s.more.Hide()
		return
	}
	bm := s.more.MinSize()
	s.more.Move(fyne.NewPos(max(size.Width-bm.Width, 0), size.Height-bm.Height))
	s.more.Resize(bm)
	s.more.Show()
}

// MinSize is the height of a label of one line (a button's, within a pixel), whatever the message:
// two lines are drawn in it closer together (see statusLabel), and the bar does not move the segments.
func (r *statusRenderer) MinSize() fyne.Size {
	h := textHeight() + 2*theme.InnerPadding()
	return fyne.NewSize(r.s.more.MinSize().Width, max(h, r.s.more.MinSize().Height))
}

func (r *statusRenderer) Refresh() {
	r.Layout(r.s.Size())
	r.s.label.refresh()
}

func (r *statusRenderer) Objects() []fyne.CanvasObject {
	return append(r.s.label.objects(), r.s.more)
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
