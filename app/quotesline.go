package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// speakerLine lays out a Quotes row's speaker line: the speaker, shortened as it must be, and at the
// right the note saying the speaker is a suggestion. The note is whole ("suggested speaker") while
// the person's name (who) fits beside it; else its short form ("suggested") takes its place, so that
// in the narrowest side panel (some 220 units in French) the name still shows: "locuteur suggéré"
// took more than half of it, and the line read "Haïder a…".
type speakerLine struct {
	who float32 // the width the speaker label needs to show the person's name whole
}

// Layout is part of fyne.Layout: objs are the speaker label, the note and its short form.
func (l *speakerLine) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	speaker, long, short := objs[0], objs[1], objs[2]
	note, other := long, short
	if l.who+theme.Padding()+long.MinSize().Width > size.Width && short.(*widget.Label).Text != "" {
		note, other = short, long
	}
	other.Hide()
	note.Show()
	nw := note.MinSize().Width
	note.Move(fyne.NewPos(size.Width-nw, 0))
	note.Resize(fyne.NewSize(nw, size.Height))
	speaker.Move(fyne.NewPos(0, 0))
	speaker.Resize(fyne.NewSize(max(size.Width-nw-theme.Padding(), 0), size.Height))
}

// MinSize is part of fyne.Layout: the speaker shortened to nothing beside the short note.
func (l *speakerLine) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s, n, short := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	if objs[2].(*widget.Label).Text != "" {
		n = short
	}
	return fyne.NewSize(s.Width+theme.Padding()+n.Width, max(s.Height, n.Height, short.Height))
}

// newSpeakerLine returns a speaker line: its speaker label bold, shortened with an ellipsis.
func newSpeakerLine() *fyne.Container {
	speaker := widget.NewLabel("")
	speaker.TextStyle.Bold = true
	speaker.Truncation = fyne.TextTruncateEllipsis
	return container.New(&speakerLine{}, speaker, widget.NewLabel(""), widget.NewLabel(""))
}

// showSpeaker fills a speaker line: the speaker's words (see speakers), who is the part naming the
// person, which the line keeps whole as long as it can, and note the long note ("" for none).
func showSpeaker(c *fyne.Container, words, who, note string) {
	speaker := c.Objects[0].(*widget.Label)
	l := c.Layout.(*speakerLine)
	l.who = fyne.MeasureText(who, theme.TextSize(), speaker.TextStyle).Width + 2*theme.InnerPadding()
	setLabel(speaker, words)
	setLabel(c.Objects[1].(*widget.Label), note)
	short := ""
	if note != "" {
		short = lang.L("suggested")
	}
	setLabel(c.Objects[2].(*widget.Label), short)
}

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
