package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// noteLine lays out a line of a Quotes row: a text, shortened as it must be, and at the right a
// note saying what of it is still a suggestion. The note is whole while the text keeps the room it
// claims beside it (the whole text, or share of the line); else its short form takes its place, and
// where even that leaves the text too little, a question mark; the short forms' tip gives the whole
// note. A speaker line claims its whole text: beside "locuteur suggéré" a speaker with more than a
// name read "Isabelle Kerneur (e…" at 1008 pixels and "Sergueï Lavrov (le diplomate ru…" at 1280, its
// note in words taking the room of the words that say who the link points to; it has no short form
// in words, the question mark after the speaker saying it best ("suggéré" after "Élise Ménard" read
// as a mistake of gender). A quotation keeps half the line: "suggestion, sûre à 90 %" beside it left
// "« t…". A text still cut shows whole in the tip of the text itself, the row keeping its height.
type noteLine struct {
	whole float32 // the width the whole text takes
	share float32 // the part of the line the text claims (0: whole)
	cut   bool    // the text is shortened, as last laid out
}

// Layout is part of fyne.Layout: objs are the text, the note, its short form, the question mark, the
// short forms' tip area and the text's.
func (l *noteLine) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	text, tip := objs[0], objs[4]
	need := l.whole
	if l.share > 0 { // the same in every row, whatever the quotation's length
		need = l.share * size.Width
	}
	var note fyne.CanvasObject
	if objs[1].(*widget.Label).Text != "" {
		note = objs[3] // the question mark, unless a note in words leaves the text its room
		for _, o := range objs[1:3] {
			if o.(*widget.Label).Text != "" && need+theme.Padding()+o.MinSize().Width <= size.Width {
				note = o
				break
			}
		}
	}
	nw := float32(0)
	for _, o := range objs[1:4] {
		if o != note {
			o.Hide()
			continue
		}
		o.Show()
		m := o.MinSize()
		nw = m.Width
		if o == objs[3] { // an icon, as wide as a label's padding around it
			nw += 2 * theme.InnerPadding()
		}
		o.Move(fyne.NewPos(size.Width-nw+(nw-m.Width)/2, (size.Height-m.Height)/2))
		o.Resize(m)
	}
	if note != nil && note != objs[1] {
		tip.Show()
		tip.Move(fyne.NewPos(size.Width-nw, 0))
		tip.Resize(fyne.NewSize(nw, size.Height))
	} else {
		tip.Hide()
	}
	room := fyne.NewSize(max(size.Width-nw-theme.Padding(), 0), size.Height)
	text.Move(fyne.NewPos(0, 0))
	text.Resize(room)
	l.cut = l.whole > room.Width+0.5
	objs[5].Move(fyne.NewPos(0, 0))
	objs[5].Resize(room)
}

// MinSize is part of fyne.Layout: the text shortened to nothing beside the question mark.
func (l *noteLine) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s, n, mark := objs[0].MinSize(), objs[1].MinSize(), objs[3].MinSize()
	return fyne.NewSize(s.Width+theme.Padding()+mark.Width+2*theme.InnerPadding(), max(s.Height, n.Height))
}

// newNoteLine returns a line showing text, shortened with an ellipsis, whose text claims share of
// the line at most (see noteLine); its tips (the short note's, the cut text's) show in tips.
func newNoteLine(tips *tipLayer, text *widget.Label, share float32) *fyne.Container {
	text.Truncation = fyne.TextTruncateEllipsis
	long, short := widget.NewLabel(""), widget.NewLabel("")
	tip := newTipArea(tips, func(fyne.Position) string { return long.Text })
	l := &noteLine{share: share}
	whole := newTipArea(tips, func(fyne.Position) string {
		if l.cut {
			return text.Text
		}
		return ""
	})
	return container.New(l, text, long, short, widget.NewIcon(theme.QuestionIcon()), tip, whole)
}

// newSpeakerLine returns a speaker line: its speaker label bold, its note a question mark rather
// than the person's name cut.
func newSpeakerLine(tips *tipLayer) *fyne.Container {
	speaker := widget.NewLabel("")
	speaker.TextStyle.Bold = true
	return newNoteLine(tips, speaker, 0)
}

// quotationShare is the part of a Quotes row's line its quotation keeps beside the note.
const quotationShare = 0.5

// newQuotationLine returns a quotation's line: the quotation, its note short rather than the
// quotation cut under half the line.
func newQuotationLine(tips *tipLayer) *fyne.Container {
	return newNoteLine(tips, widget.NewLabel(""), quotationShare)
}

// showNote fills a note line: its text and its note, in words and short ("" for none).
func showNote(c *fyne.Container, text string, note pendingNote) {
	label := c.Objects[0].(*widget.Label)
	l := c.Layout.(*noteLine)
	w := fyne.MeasureText(text, theme.TextSize(), label.TextStyle).Width + 2*theme.InnerPadding()
	long, short := c.Objects[1].(*widget.Label), c.Objects[2].(*widget.Label)
	// Which note shows is chosen as the line is laid out, which a row filled again at the same size
	// is not: a note coming back (a speaker link undone) stayed hidden, one gone kept its room.
	relayout := l.whole != w || long.Text != note.long || short.Text != note.short
	l.whole = w
	setLabel(label, text)
	setLabel(long, note.long)
	setLabel(short, note.short)
	if relayout {
		l.Layout(c.Objects, c.Size())
	}
}

// pendingNote is what a Quotes row says is still a suggestion: its note, and the short form it
// takes in a narrow panel.
type pendingNote struct{ long, short string }

// speakerWho names the person span to mentions: its entity's French name, or "" when it has none.
func speakerWho(d *annotate.Document, to *annotate.Span) string {
	if e := d.EntityOf(to.ID); e != nil {
		return e.Name(d.SourceLang)
	}
	return ""
}

// wordsWithin reports whether every word of words is one of name's, case aside: "Lavrov" says
// nothing "Sergueï Lavrov" does not.
func wordsWithin(words, name string) bool {
	have := strings.Fields(name)
	for _, w := range strings.Fields(words) {
		found := false
		for _, h := range have {
			found = found || strings.EqualFold(w, h)
		}
		if !found {
			return false
		}
	}
	return true
}
