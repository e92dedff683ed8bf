package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/qa"
)

// newQuoteFixRow makes the row under an opened quotation style issue: the fix of its segment and
// Fix all, beside it so that the panel grows no taller (a taller panel made the window outgrow a
// 800-pixel screen), scrolling sideways in a narrow panel.
func (p *qaPanel) newQuoteFixRow() fyne.CanvasObject {
	all := p.ui.newPanelButton("", nil, func() { p.ui.run(p.fixAllQuotes) })
	all.Hide()
	return container.NewHScroll(container.NewHBox(p.newQuoteFix(), all))
}

// showQuoteFixAll shows the row of the fixes when is, the issue opened, is a quotation style issue,
// and in it Fix all, with the number of segments it fixes, when other segments have one too.
func (p *qaPanel) showQuoteFixAll(is *qa.Issue) {
	b := p.quoteFixAllButton()
	if b == nil {
		return
	}
	quotes := is != nil && is.Check == qa.QuotationStyle
	setVisible(p.quoteFixRow(), quotes) // else its padding shows under a spelling issue
	n := len(p.quoteStyleSegments())
	if !quotes || n < 2 {
		b.Hide()
		return
	}
	b.SetText(lang.L("Fix all ({{.N}})", map[string]any{"N": n}))
	b.Show()
}

// quoteStyleSegments returns the indexes of the segments the last run flagged for their quotation
// marks, in document order.
func (p *qaPanel) quoteStyleSegments() []int {
	var out []int
	seen := map[string]bool{}
	for _, is := range p.issues {
		if is.Check != qa.QuotationStyle || is.Ignored || seen[is.Segment] {
			continue
		}
		seen[is.Segment] = true
		if i := p.ui.doc.SegmentIndex(is.Segment); i >= 0 {
			out = append(out, i)
		}
	}
	return out
}

// fixAllQuotes puts the quotation marks of every flagged segment in the style chosen, as the fix of
// one issue does (putQuotesInStyle: through the editor, so that the spans shift), in one undo step,
// says in how many segments, and runs the checks again; the memory takes the translated segments'
// new English, off the UI goroutine. A segment whose English changed since the check is fixed as it
// is now. Marks are not words: unlike Replace all, nothing is projected again.
func (p *qaPanel) fixAllQuotes() error {
	ui, st := p.ui, p.quoteStyle()
	var done []int
	err := ui.ed.Batch(stepQuotes, func() error {
		done = done[:0]
		for _, i := range p.quoteStyleSegments() {
			seg := ui.doc.Segments[i]
			if fixes := qa.QuoteFixes(seg.Target, st); len(fixes) > 0 {
				if err := ui.putQuotesInStyle(seg, fixes); err != nil {
					return err
				}
				done = append(done, i)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	var stored []int
	for _, i := range done {
		if seg := ui.doc.Segments[i]; seg.Status.Done() && ui.sugg.memo.storing(seg) {
			stored = append(stored, i)
		}
	}
	ui.rememberAll(stored)
	ui.setStatus(lang.N("Quotation marks put in style in {{.N}} segments", len(done), map[string]any{"N": len(done)}))
	p.showDetail(nil)
	p.runNow()
	return nil
}

// quoteFixAllButton is the Fix all button, beside the fix of one issue (newQuoteFixRow).
func (p *qaPanel) quoteFixAllButton() *widget.Button {
	if bs := p.quoteFixButtons(); len(bs) == 2 {
		return bs[1]
	}
	return nil
}

// quoteFixButtons are the buttons of the row newQuoteFixRow made, the last object of the box under
// the message (newSpellBar): the fix of the issue, then Fix all.
func (p *qaPanel) quoteFixButtons() []*widget.Button {
	row := p.quoteFixRow()
	if row == nil {
		return nil
	}
	var out []*widget.Button
	for _, c := range row.Content.(*fyne.Container).Objects {
		out = append(out, &c.(*dialogButton).Button)
	}
	return out
}

// quoteFixRow is the row newQuoteFixRow made, or nil before the panel is built.
func (p *qaPanel) quoteFixRow() *container.Scroll {
	if p.spellBox == nil || len(p.spellBox.Objects) == 0 {
		return nil
	}
	row, _ := p.spellBox.Objects[len(p.spellBox.Objects)-1].(*container.Scroll)
	return row
}
