package qa

import (
	"fmt"

	"github.com/glose-app/glose/annotate"
)

// disputed flags what the reviewers of a curated document disagree on and nobody has settled yet: a
// suggestion whose note says who gave what, or a confirmed quotation whose speaker or cue is still
// a suggestion. Confirming, relabelling or rejecting it (or its speaker) settles it.
func (r *run) disputed() {
	for _, sp := range r.d.Spans {
		views := sp.Disputed()
		if views == "" || !r.unsettled(sp) {
			continue
		}
		seg, words := segmentOf(r.d, sp), annotate.Shorten(r.d.SpanText(sp), 50)
		r.add(Disputed, "qa."+Disputed, seg, sp.ID,
			fmt.Sprintf("Reviewers disagree on “%s” in %s: %s. Confirm, relabel or reject it.", words, seg, views),
			map[string]string{"words": words, "views": views})
	}
}

// unsettled reports whether a disputed span, or its speaker or cue, is still a suggestion.
func (r *run) unsettled(sp *annotate.Span) bool {
	if !confirmed(sp) {
		return true
	}
	for _, l := range r.d.LinksOf(sp.ID) {
		if l.From == sp.ID && (l.Type == annotate.LinkSpeaker || l.Type == annotate.LinkCue) && l.Origin == annotate.Auto {
			return true
		}
	}
	return false
}
