package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// quoteParts says which parts of a quotation are still suggestions: the quotation itself, its
// speaker link, the speaker's words that link points to, and its cue (the link or the reporting
// verb). A confirmed-only export leaves each such part out, so the Quotes tab shows them.
type quoteParts struct{ quote, speakerLink, speakerWords, cue bool }

func pendingParts(d *annotate.Document, q *annotate.Span) quoteParts {
	autoEnd := func(l *annotate.Link) bool {
		to := d.Span(l.To)
		return to != nil && to.Origin == annotate.Auto
	}
	p := quoteParts{quote: q.Origin == annotate.Auto}
	if l := d.LinkFrom(q.ID, annotate.LinkSpeaker); l != nil {
		p.speakerLink, p.speakerWords = l.Origin == annotate.Auto, autoEnd(l)
	}
	if l := d.LinkFrom(q.ID, annotate.LinkCue); l != nil {
		p.cue = l.Origin == annotate.Auto || autoEnd(l)
	}
	return p
}

func (p quoteParts) any() bool { return p.quote || p.speakerLink || p.speakerWords || p.cue }

// quoteNote is the note beside a quotation's French in the Quotes tab: that it is a suggestion (how
// sure), else what of a confirmed quotation is left to confirm, else nothing. A suggested speaker
// link has its own note ("suggested speaker", speakerNote), not repeated here.
func quoteNote(d *annotate.Document, q *annotate.Span) pendingNote {
	p := pendingParts(d, q)
	speaker := p.speakerWords && !p.speakerLink
	switch {
	case p.quote:
		return suggestionNote(q)
	case speaker && p.cue:
		return pendingNote{lang.L("speaker and cue to confirm"), lang.L("to confirm")}
	case speaker:
		return pendingNote{lang.L("speaker to confirm"), lang.L("to confirm")}
	case p.cue:
		return pendingNote{lang.L("cue to confirm"), lang.L("to confirm")}
	}
	return pendingNote{}
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
