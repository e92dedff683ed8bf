package app

import (
	"slices"
	"sort"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate"
)

// The Quotes tab keeps the reviewer's place, as the annotation lists of INCEpTION or brat do: the
// quote last jumped to, or the one the caret went into in the text, stays marked in the list (the
// list's own selection is let go at once, so that a second tap on a row jumps there again), and each
// row says which segments its quote is in.

// rowLines is the index of a quote row's first line among its objects: the mark comes first.
const rowLines = 1

// markedRow returns a list row showing lines one under the other over a mark, hidden, that shades the
// whole row as a selected row of a list is.
func markedRow(lines ...fyne.CanvasObject) *fyne.Container {
	mark := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	mark.CornerRadius = theme.SelectionRadiusSize()
	mark.Hide()
	return &fyne.Container{Layout: markLayout{}, Objects: append([]fyne.CanvasObject{mark}, lines...)}
}

// markLayout lays out a marked row: the mark over the whole, the lines one under the other, closer
// than a VBox puts labels: each label's padding above and below its text overlaps the next's, and
// half of it is trimmed at the row's top and bottom, so that a row of two lines takes the room of
// some one and a half (the analyst's 116 quotations were 23 screens).
type markLayout struct{}

// Layout is part of fyne.Layout.
func (markLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	pad := theme.InnerPadding()
	y := -pad / 2
	for _, o := range objs[rowLines:] {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - pad
	}
}

// MinSize is part of fyne.Layout.
func (markLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs[rowLines:] {
		m := o.MinSize()
		w, h = max(w, m.Width), h+m.Height-theme.InnerPadding()
	}
	return fyne.NewSize(w, max(h, 0))
}

// showMark shows or hides the mark of row box.
func showMark(box *fyne.Container, on bool) {
	mark := box.Objects[0].(*canvas.Rectangle)
	if on == mark.Visible() {
		return
	}
	mark.FillColor = theme.Color(theme.ColorNameSelection)
	mark.Hidden = !on
	mark.Refresh()
}

// quoteSegments returns the first and last segments (indexes) a source span runs over; -1, -1 when it
// is in none.
func quoteSegments(d *annotate.Document, sp *annotate.Span) (first, last int) {
	first = d.SegmentAt(sp.Start)
	if first < 0 {
		return -1, -1
	}
	// the last segment starting before the span's end (which may fall between two segments)
	last = sort.Search(len(d.Segments), func(i int) bool { return d.Segments[i].Start >= sp.End }) - 1
	return first, max(first, last)
}

// segments names the segments quote q is in: "Seg. 12", or "Seg. 12–14" over several.
func (p *quotesPanel) segments(q *annotate.Span) string {
	first, last := quoteSegments(p.ui.doc, q)
	if first < 0 {
		return ""
	}
	s := segmentShort(first + 1)
	if last > first {
		s += "–" + strconv.Itoa(last+1)
	}
	return s
}

// quoteCounts returns how many quotes the document has, and how many of them have no speaker.
func quoteCounts(d *annotate.Document) (n, silent int) {
	for _, sp := range d.Spans {
		if isQuote(sp) {
			n++
			if d.LinkFrom(sp.ID, annotate.LinkSpeaker) == nil {
				silent++
			}
		}
	}
	return n, silent
}

// quoteTally is quoteCounts of a document, as it was at a generation of the row cache.
type quoteTally struct {
	doc       *annotate.Document
	gen       uint64
	n, silent int
	confirm   int // quotes with a part still a suggestion (quotesToConfirm)
}

// counts returns quoteCounts and quotesToConfirm of the open document, counting again only after its spans or links
// changed (see rowCache.gen): refreshPanels runs as the person types, and on a 4 MB article walking
// its 53,000 spans at every key cost some 0.3 ms.
func (p *quotesPanel) counts() quoteTally {
	t := &p.tally
	if t.doc != p.ui.doc || t.gen != p.ui.cache.gen {
		t.n, t.silent = quoteCounts(p.ui.doc)
		t.confirm = quotesToConfirm(p.ui.doc)
		t.doc, t.gen = p.ui.doc, p.ui.cache.gen
	}
	return *t
}

// showCounts puts the number of quotes in the tab's title ("Quotes (48)") and, with how many lack a
// speaker and how many have a part still a suggestion (the quote, its speaker or its cue), over the list.
func (p *quotesPanel) showCounts() {
	t := p.counts()
	n, silent := t.n, t.silent
	p.ui.setPanelBadge(p, n)
	text := ""
	if n > 0 {
		text = lang.N("{{.N}} quotes", n, map[string]any{"N": n})
		if silent > 0 {
			text += " · " + lang.N("{{.N}} without a speaker", silent, map[string]any{"N": silent})
		}
		if k := t.confirm; k > 0 {
			text += " · " + lang.N("{{.N}} with something to confirm", k, map[string]any{"N": k})
		}
	}
	if p.summary.Text != text { // refreshPanels runs as the person types
		p.summary.Hidden = text == ""
		p.summary.SetText(text)
	}
}

// quotesPanel returns the Quotes tab.
func (ui *UI) quotesPanel() *quotesPanel {
	for _, p := range ui.panels {
		if q, ok := p.(*quotesPanel); ok {
			return q
		}
	}
	return nil
}

// followQuote marks, in the Quotes tab, the quote the person is on: the selected one, else the one the
// caret or the text selection designates. Out of any quote, the last one stays marked. A hidden tab
// follows when it is shown (see refresh): the caret moves at every key.
func (ui *UI) followQuote() {
	p := ui.quotesPanel()
	if p == nil || ui.doc == nil || ui.tabs == nil {
		return
	}
	if i := ui.tabs.SelectedIndex(); i < 0 || i >= len(ui.panels) || ui.panels[i] != p {
		return
	}
	if p.follow() {
		p.remark()
		p.revealMarked()
	}
}

// follow marks the quote the person is on, and reports whether the mark moved.
func (p *quotesPanel) follow() bool {
	sp := p.ui.designated(isQuote)
	if sp == nil || sp.ID == p.marked {
		return false
	}
	p.marked, p.reveal = sp.ID, true
	return true
}

// remark moves the mark among the rows the list has filled, without filling them again: on a long
// article, filling a screenful of rows (their texts shaped to be shortened) costs some 12 ms, and
// the caret goes from quote to quote at every key.
func (p *quotesPanel) remark() {
	for box, id := range p.boxes {
		showMark(box, id == p.marked)
	}
}

// revealMarked scrolls the list to the marked quote, once it is listed (the tab lists the quotes
// when it is shown), unless it is in view already: showRow fills every row again. It reports
// whether it scrolled.
func (p *quotesPanel) revealMarked() bool {
	i := p.markedRowIndex()
	if !p.reveal || i < 0 {
		return false
	}
	p.reveal = false
	if p.rowInView(i) {
		return false
	}
	p.list.showRow(i)
	return true
}

// rowInView reports whether row i of the list is in view whole, the rows being placed as List
// places rows of its item's height, a padding apart.
func (p *quotesPanel) rowInView(i int) bool {
	h := p.list.CreateItem().MinSize().Height
	y := float32(i) * (h + p.list.Theme().Size(theme.SizeNamePadding))
	off := p.list.GetScrollOffset()
	return y >= off && y+h <= off+p.list.Size().Height
}

// markedRowIndex returns the row of the marked quote, -1 when none is.
func (p *quotesPanel) markedRowIndex() int {
	return slices.IndexFunc(p.quotes, func(q *annotate.Span) bool { return q.ID == p.marked })
}
