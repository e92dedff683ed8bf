package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// quoteParts says which parts of a quotation are still suggestions: the quotation itself, its
// speaker (the link or the words it points to) and its cue (the link or the reporting verb). A
// confirmed-only export leaves each such part out, so the Quotes tab shows them.
type quoteParts struct{ quote, speaker, cue bool }

func pendingParts(d *annotate.Document, q *annotate.Span) quoteParts {
	auto := func(l *annotate.Link) bool {
		if l == nil {
			return false
		}
		to := d.Span(l.To)
		return l.Origin == annotate.Auto || to != nil && to.Origin == annotate.Auto
	}
	return quoteParts{quote: q.Origin == annotate.Auto,
		speaker: auto(d.LinkFrom(q.ID, annotate.LinkSpeaker)), cue: auto(d.LinkFrom(q.ID, annotate.LinkCue))}
}

func (p quoteParts) any() bool { return p.quote || p.speaker || p.cue }

// quoteNote is the note beside a quotation's French in the Quotes tab: that it is a suggestion (how
// sure), else what of a confirmed quotation is left to confirm, else nothing.
func quoteNote(d *annotate.Document, q *annotate.Span) string {
	p := pendingParts(d, q)
	switch {
	case p.quote:
		return suggestionNote(q)
	case p.speaker && p.cue:
		return lang.L("speaker and cue to confirm")
	case p.speaker:
		return lang.L("speaker to confirm")
	case p.cue:
		return lang.L("cue to confirm")
	}
	return ""
}

// quotesToConfirm counts the quotations of which something is still a suggestion.
func quotesToConfirm(d *annotate.Document) int {
	n := 0
	for _, sp := range d.Spans {
		if isQuote(sp) && pendingParts(d, sp).any() {
			n++
		}
	}
	return n
}
