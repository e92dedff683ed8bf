package app

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// The speaker chooser (Alt+S, Edit › Choose the quote's speaker from the people) lists the people
// mentioned nearest the quote first (see palette.fillPeople) under a filter: typing keeps the people
// whose name holds the words typed, whatever their case and accents ("menard" finds Élise Ménard).
// Up and Down move in the list, Enter chooses (the first person shown when none is highlighted),
// Escape closes it, as a list of choices does.

// speakerPicker is the open chooser.
type speakerPicker struct {
	p      *palette
	pop    *widget.PopUp
	filter *speakerFilter
	list   *widget.List
	shown  []string // the names the filter keeps, in the palette's order
	cursor int      // the highlighted row, -1 for none
	// cancel runs when Escape closes the chooser without a choice: it lets go of what opening it
	// selected, nil for nothing.
	cancel func()
}

// speakerFilter is the chooser's entry: it takes the keys that move in the list.
type speakerFilter struct {
	widget.Entry
	pick *speakerPicker
}

// TypedKey is part of fyne.Focusable.
func (f *speakerFilter) TypedKey(ev *fyne.KeyEvent) {
	k := f.pick
	switch ev.Name {
	case fyne.KeyDown:
		k.move(1)
	case fyne.KeyUp:
		k.move(-1)
	case fyne.KeyReturn, fyne.KeyEnter:
		k.choose(max(k.cursor, 0))
	case fyne.KeyEscape:
		k.pop.Hide() // the focus goes back to where it was
		if k.cancel != nil {
			k.cancel()
		}
	default:
		f.Entry.TypedKey(ev)
	}
}

// newSpeakerPicker returns a chooser over the palette's people, not shown.
func newSpeakerPicker(p *palette, c fyne.Canvas) *speakerPicker {
	k := &speakerPicker{p: p, cursor: -1}
	k.filter = &speakerFilter{pick: k}
	k.filter.ExtendBaseWidget(k.filter)
	k.filter.SetPlaceHolder(lang.L("Type a name to filter"))
	k.filter.OnChanged = func(string) { k.apply() }
	k.list = widget.NewList(func() int { return len(k.shown) },
		func() fyne.CanvasObject {
			where := widget.NewLabel("")
			name := widget.NewLabel("")
			name.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, nil, where, name)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(k.shown[i])
			c.Objects[1].(*widget.Label).SetText(p.place(k.shown[i]))
		})
	k.list.OnSelected = func(i widget.ListItemID) {
		if i != k.cursor { // a tap; the keys select from code with the cursor already there
			k.choose(i)
		}
	}
	k.apply()
	k.pop = widget.NewPopUp(container.NewBorder(k.filter, nil, nil, nil, k.list), c)
	return k
}

// apply shows the people the filter keeps, none highlighted. "(no speaker)", first in the status
// bar's list, comes last here, where Enter without a highlight never takes it.
func (k *speakerPicker) apply() {
	q := annotate.Fold(strings.TrimSpace(k.filter.Text))
	k.shown = k.shown[:0]
	none := ""
	for _, name := range k.p.speaker.Options {
		if q != "" && !strings.Contains(annotate.Fold(name), q) {
			continue
		}
		if name == lang.L("(no speaker)") {
			none = name
			continue
		}
		k.shown = append(k.shown, name)
	}
	if none != "" {
		k.shown = append(k.shown, none)
	}
	k.cursor = -1
	k.list.UnselectAll()
	k.list.Refresh()
	if len(k.shown) > 0 {
		k.list.ScrollToTop()
	}
}

// move highlights the row delta rows away, within the list. Up with no row highlighted goes to
// "(no speaker)", last when the quote has a speaker: the way to say the speaker is unknown took a
// Down per person of the list (45 in an article naming 44 people), or typing its name. Without it,
// Up highlights the first row, as before, never the person named farthest away.
func (k *speakerPicker) move(delta int) {
	if len(k.shown) == 0 {
		return
	}
	if k.cursor < 0 && delta < 0 && k.shown[len(k.shown)-1] == lang.L("(no speaker)") {
		k.cursor = len(k.shown)
	}
	k.cursor = min(max(k.cursor+delta, 0), len(k.shown)-1)
	k.list.Select(k.cursor)
}

// choose makes the person of row i the quote's speaker and closes the chooser.
func (k *speakerPicker) choose(i int) {
	if i < 0 || i >= len(k.shown) {
		return
	}
	name := k.shown[i]
	k.pop.Hide()
	k.p.speaker.SetSelected(name)
}

// place names the segment of the mention standing for a person: "Seg. 12".
func (p *palette) place(name string) string {
	d := p.ui.doc
	sp := d.Span(p.people[name])
	if sp == nil {
		return ""
	}
	if i := d.SegmentAt(sp.Start); i >= 0 {
		return segmentShort(i + 1)
	}
	return ""
}

// openSpeakers opens the chooser under the speaker choice, its filter focused, on the window's
// canvas. It does not go through the Select as Fyne's own list does: the Select asks the driver for its
// canvas, which the GL driver knows only once a frame has drawn the Select, and pickSpeaker shows it
// for the first time in the same event (with no canvas, Fyne's pop-up menu crashed the app).
func (p *palette) openSpeakers() {
	sel := p.speaker
	c := p.ui.win.Canvas()
	k := newSpeakerPicker(p, c)
	th := sel.Theme()
	rowH := k.list.CreateItem().MinSize().Height + th.Size(theme.SizeNamePadding)
	// the pop-up keeps an inner padding around its content: left out, it cut the last row
	size := fyne.NewSize(max(sel.Size().Width, 320), th.Size(theme.SizeNameInnerPadding)+
		k.filter.MinSize().Height+rowH*float32(min(max(len(sel.Options), 1), 8)))
	at, ok := layOutTo(c.Content(), sel)
	if ok { // as Fyne places a Select's list: in the driver's terms, and over the Select's border
		inset, _ := c.InteractiveArea()
		at = at.Subtract(inset).AddXY(0, sel.Size().Height-th.Size(theme.SizeNameInputBorder))
		if at.Y+size.Height > c.Size().Height { // no room below (the status bar): above it
			at.Y = max(0, at.Y-sel.Size().Height-size.Height)
		}
	} else { // not in the window (cannot happen): the bottom right corner
		at = fyne.NewPos(c.Size().Width, c.Size().Height)
	}
	k.pop.ShowAtPosition(at)
	k.pop.Resize(size)
	c.Focus(k.filter)
	p.picker = k
}

// misresolved returns the words beside quote that pre-annotation suggested as its speaker and
// resolved to someone else than the person chosen (chosen, the mention standing for them), with that
// person's entity: "La présidente de la région a salué une « décision de bon sens »" filed under the
// mediator named the sentence before. The words are right, their person wrong: the quote is linked
// to them, filed under the person chosen, where it was linked to the person's nearest mention, a
// "Kerneur" fifty segments up inside another man's quotation, which the table export gave as the
// speaker's words. So too for a pronoun or description of no one's the analyst linked ("la présidente
// de la région" selected in link mode): choosing the person says whom it describes. It returns ""
// when the quote's speaker is no such pronoun or description of the chosen person's type beside it,
// or is that person's already.
func (p *palette) misresolved(quote, chosen string) (words, entity string) {
	d := p.ui.doc
	q, l, to := d.Span(quote), d.LinkFrom(quote, annotate.LinkSpeaker), d.EntityOf(chosen)
	if q == nil || l == nil || to == nil {
		return "", ""
	}
	sp := d.Span(l.To)
	if sp == nil || sp.Mention.Norm() == "" || sp.Label != to.Type || d.EntityOf(sp.ID) == to {
		return "", ""
	}
	if d.EntityOf(sp.ID) != nil && (l.Origin != annotate.Auto || sp.Origin != annotate.Auto) {
		return "", "" // words someone filed under another person: not for the list to undo
	}
	first, last := quoteSegments(d, q)
	if !near(d.SegmentAt(sp.Start), first, last, 0).beside() {
		return "", ""
	}
	return sp.ID, to.ID
}

// quotationCover returns whether a French span lies inside one of d's French quotations, looked up
// by binary search: the speaker list asks it of every mention each time a quote is selected.
func quotationCover(d *annotate.Document) func(*annotate.Span) bool {
	var quotes []*annotate.Span
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source && sp.Label == annotate.LabelQuote {
			quotes = append(quotes, sp)
		}
	}
	sort.Slice(quotes, func(i, j int) bool { return quotes[i].Start < quotes[j].Start })
	reach := make([]int, len(quotes)) // the farthest end of the quotations up to i
	for i, q := range quotes {
		reach[i] = q.End
		if i > 0 {
			reach[i] = max(reach[i], reach[i-1])
		}
	}
	return func(sp *annotate.Span) bool {
		i := sort.Search(len(quotes), func(i int) bool { return quotes[i].Start > sp.Start }) - 1
		return i >= 0 && reach[i] >= sp.End
	}
}
