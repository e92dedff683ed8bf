package app

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/qa"
)

// newQuoteFixAll makes the button under an opened quotation style issue that puts the marks of every
// segment the check flagged in style at once; showQuoteFixAll shows it when there are several.
func (p *qaPanel) newQuoteFixAll() *widget.Button {
	b := widget.NewButtonWithIcon("", theme.ConfirmIcon(), func() {
		p.ui.run(p.fixAllQuotes)
	})
	b.Hide()
	return b
}

// showQuoteFixAll shows the Fix all button with the number of segments it fixes when is, the issue
// opened, is a quotation style issue and other segments have one too; else it hides it.
func (p *qaPanel) showQuoteFixAll(is *qa.Issue) {
	b := p.quoteFixAllButton()
	if b == nil {
		return
	}
	n := len(p.quoteStyleSegments())
	if is == nil || is.Check != qa.QuotationStyle || n < 2 {
		b.Hide()
		return
	}
	b.SetText(lang.N("Fix all: {{.N}} segments", n, map[string]any{"N": n}))
	b.Show()
}

// quoteStyleSegments returns the indexes of the segments the last run flagged for their quotation
// marks, in document order.
func (p *qaPanel) quoteStyleSegments() []int {
	var out []int
	seen := map[string]bool{}
	for _, is := range p.issues {
		if is.Check != qa.QuotationStyle || seen[is.Segment] {
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

// quoteFixAllButton is the Fix all button, the last object of the box under the message (newSpellBar).
func (p *qaPanel) quoteFixAllButton() *widget.Button {
	if n := len(p.spellBox.Objects); n > 0 {
		if b, ok := p.spellBox.Objects[n-1].(*widget.Button); ok && b != p.quoteFixButton() {
			return b
		}
	}
	return nil
}
