package app

import (
	"slices"
	"unicode"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// In the Quotes list, a and r accept and reject the quote the list's focus is on, as they do on the
// quote in the French, and the focus goes on to the next quote: an analyst going down the list pressed
// Enter, a, then Ctrl+Shift+2 to come back for each quote, and a letter typed in the list did nothing
// and said nothing.

// listLetter takes a letter typed in the Quotes list.
func (p *quotesPanel) listLetter(r rune) {
	i := p.list.cursor
	k := unicode.ToLower(r)
	if k != 'a' && k != 'r' || i < 0 || i >= len(p.quotes) {
		if unicode.IsLetter(r) {
			p.ui.setStatus(lang.L("In the Quotes list, a accepts the quote and r rejects it; Enter goes to it"))
		}
		return
	}
	id := p.quotes[i].ID
	p.marked = id
	p.remark()
	p.ui.jumpToSpan(id) // selects it, for the keys' own actions, and shows it
	if k == 'a' {
		p.ui.run(p.ui.acceptSelected)
	} else {
		p.ui.run(p.ui.rejectSelected)
	}
	p.ui.win.Canvas().Focus(p.list)
	p.refresh()
	p.list.moveTo(p.nextAfter(id, i))
}

// nextAfter returns the row after quote id, which was on row i: the row after it where it is still
// listed, else row i, where the next one now is (a rejected quote, or one confirmed while the list
// shows those to confirm only).
func (p *quotesPanel) nextAfter(id string, i int) int {
	if j := slices.IndexFunc(p.quotes, func(q *annotate.Span) bool { return q.ID == id }); j >= 0 {
		return min(j+1, len(p.quotes)-1)
	}
	return min(i, len(p.quotes)-1)
}
