package qa

import (
	"fmt"

	"github.com/glose-app/glose/annotate"
)

// curationNote is the category of the notes curate adds to a document or a segment for what its
// reviewers did otherwise beyond the spans (curate.NoteCategory): another English, another status,
// another name of an entity.
const curationNote = "curation"

// disputed flags what the reviewers of a curated document disagree on and nobody has settled yet: a
// suggestion whose note says who gave what, or a confirmed quotation whose speaker or cue is still
// a suggestion (confirming, relabelling or rejecting it, or its speaker, settles it); and each
// curation note on the document or a segment, until the adjudicator deletes it.
func (r *run) disputed() {
	r.disputedNotes("", r.d.Notes)
	for _, s := range r.d.Segments {
		r.disputedNotes(s.ID, s.Notes)
	}
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

// disputedNotes flags the curation notes of segment seg ("" for the document's own).
func (r *run) disputedNotes(seg string, notes []annotate.Note) {
	for _, n := range notes {
		if n.Category != curationNote {
			continue
		}
		r.add(Disputed, "qa."+Disputed+"-note", seg, "",
			fmt.Sprintf("Reviewers differ: %s. Settle it, then delete the note.", n.Text), map[string]string{"note": n.Text})
	}
}
