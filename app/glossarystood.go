package app

import (
	"github.com/glose-app/glose/annotate"
)

// English mentions a person stood behind. Projection proposes, for each French name of a translated
// segment, the English words it takes for the name ("Assembly Commission" for "Assemblée", "MWPs"
// for "MWP"), and names the entity after the first it finds. Such a mention becomes a person's (Origin
// human) by steps that judged something else: Accept all and Accept sure, or a quotation accepted with
// its speaker link. Its text is then only the projection's guess of where the name is, which the
// shared glossary must not learn as the entity's English name: it would offer and underline it in
// every later document. A mention a person judged by itself (accepted alone, tagged, relabelled, its
// bounds corrected) is vouched for in the document (annotate.Span.Vouched: a person's, confidence
// 1), which the file keeps: a document reviewed in another copy of Glose, or opened again after a
// restart, teaches what it would have taught in the session that confirmed it.

// acceptOne accepts the span sp as the user's gesture on it alone (Alt+A, the Accept button, its
// label's key on it): an English name is then vouched for (see above); other spans are accepted as
// they are, keeping the confidence the Quotes tab shows.
func (ui *UI) acceptOne(sp *annotate.Span) error {
	if vouchable(sp) {
		return ui.ed.Vouch(sp.ID)
	}
	return ui.ed.Accept(sp.ID)
}

// vouchable reports whether accepting sp by itself vouches for it: an English span, not a quotation
// nor a reporting verb.
func vouchable(sp *annotate.Span) bool {
	return sp.Side == annotate.Target && sp.Label != annotate.LabelQuote && sp.Label != annotate.LabelCue
}

// vouchedMention reports whether the span with the given ID is an English mention a person vouched for.
func vouchedMention(d *annotate.Document, id string) bool {
	sp := d.Span(id)
	return sp != nil && sp.Side == annotate.Target && sp.Vouched()
}
