package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// A Quotes row is two lines, as INCEpTION's and Prodigy's review lists are dense: a sign saying the
// quote's state, its speaker and the speaker's note; then the quotation, cut with an ellipsis, and its
// note. The sign is a tick for a quote with nothing left to confirm and an empty circle for one with
// something (not a colour alone), and its tip says so in words with the quote's segments, status and
// English, the third line rows had: 116 quotations were 23 screens of three lines. "To confirm only",
// over the list, leaves out the quotes with nothing left to confirm.

// newQuoteRow returns a row of the Quotes list, its sign's tip read from p.signTips.
func (p *quotesPanel) newQuoteRow() fyne.CanvasObject {
	var box *fyne.Container
	icon := widget.NewIcon(confirmedSign())
	tip := newTipArea(p.ui.tips, func(fyne.Position) string { return p.signTips[box] })
	sign := container.NewStack(icon, tip)
	line := container.NewBorder(nil, nil, sign, nil, newSpeakerLine(p.ui.tips))
	box = markedRow(line, newQuotationLine(p.ui.tips))
	return box
}

// confirmedSign and pendingSign are the signs of a quote with nothing, and with something, left to
// confirm.
func confirmedSign() fyne.Resource { return theme.NewSuccessThemedResource(theme.ConfirmIcon()) }
func pendingSign() fyne.Resource   { return theme.RadioButtonIcon() }

// speakerLineOf and quotationLineOf return the note lines of a Quotes row.
func speakerLineOf(box *fyne.Container) *fyne.Container {
	return box.Objects[rowLines].(*fyne.Container).Objects[0].(*fyne.Container)
}

func quotationLineOf(box *fyne.Container) *fyne.Container {
	return box.Objects[rowLines+1].(*fyne.Container)
}

// showSign shows whether quote q has something left to confirm, by the row's sign and its tip, which
// adds where the quote is and its English (details).
func (p *quotesPanel) showSign(box *fyne.Container, q *annotate.Span, details string) {
	icon := box.Objects[rowLines].(*fyne.Container).Objects[1].(*fyne.Container).Objects[0].(*widget.Icon)
	res, words := confirmedSign(), lang.L("Quote confirmed")
	if pendingParts(p.ui.doc, q).any() {
		res, words = pendingSign(), lang.L("Something to confirm")
	}
	if icon.Resource != res {
		icon.SetResource(res)
	}
	p.signTips[box] = words + "\n" + details
}

// prefQuotesPending holds whether "To confirm only" was last ticked: like the side tab (lasttab.go),
// it is what the person is doing (confirming what pre-annotation proposed), kept across documents and
// restarts, not a property of one article.
const prefQuotesPending = "quotes.pending"

// newPendingFilter returns the check that lists only the quotes with something left to confirm,
// ticked as it was last left.
func (p *quotesPanel) newPendingFilter() *widget.Check {
	c := widget.NewCheck(lang.L("To confirm only"), nil)
	c.Checked = p.ui.app.Preferences().Bool(prefQuotesPending)
	p.onlyPending = c.Checked
	c.OnChanged = func(on bool) {
		p.onlyPending = on
		p.ui.app.Preferences().SetBool(prefQuotesPending, on)
		p.listed = nil // listed anew
		p.list.ScrollToTop()
		p.refresh()
	}
	return c
}

// listQuotes lists the document's quotes in p.all, in order, and in p.quotes those shown: all, or
// those with something left to confirm; p.pos gives each shown one's place in p.all.
func (p *quotesPanel) listQuotes() {
	p.all, p.quotes, p.pos = p.all[:0], p.quotes[:0], p.pos[:0]
	for _, sp := range p.ui.doc.Spans {
		if sp.Side == annotate.Source && sp.Label == annotate.LabelQuote {
			p.all = append(p.all, sp)
		}
	}
	sortByStart(p.all)
	for i, q := range p.all {
		if !p.onlyPending || pendingParts(p.ui.doc, q).any() {
			p.quotes, p.pos = append(p.quotes, q), append(p.pos, i)
		}
	}
}

// emptyText is what the Quotes tab says when it lists no quote.
func (p *quotesPanel) emptyText() string {
	if p.onlyPending && len(p.all) > 0 {
		return lang.L("Every quote is confirmed: clear “To confirm only” to see them")
	}
	return lang.L("No quotes yet: select a quotation and press q")
}
