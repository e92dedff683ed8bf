package app

import "github.com/glose-app/glose/annotate"

// editedStatus gives seg, whose English is about to change other than by typing (a replacement, a
// correction of spelling or quotation marks, a suggestion inserted), the status typing would give it:
// a new segment becomes a draft, a reviewed one translated (the review was of other words); a draft or
// translated one stays as it is. Called inside the caller's Batch, so that one undo step takes the
// status back with the change. It reports whether the segment was reviewed.
func (ui *UI) editedStatus(seg *annotate.Segment) (reviewed bool, err error) {
	switch seg.Status {
	case annotate.StatusNew:
		return false, ui.ed.SetStatus(seg.ID, annotate.StatusDraft)
	case annotate.StatusReviewed:
		return true, ui.ed.SetStatus(seg.ID, annotate.StatusTranslated)
	}
	return false, nil
}
