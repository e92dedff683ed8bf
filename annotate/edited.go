package annotate

// MarkEdited gives seg, whose English is about to change other than by typing (a replacement, a
// correction of spelling or quotation marks, a suggestion inserted), the status typing would give it:
// a new segment becomes a draft, a reviewed one translated (the review was of other words); a draft or
// translated one stays as it is. Called inside the caller's Batch, so that one undo step takes the
// status back with the change. It reports whether the segment was reviewed.
func (e *Editor) MarkEdited(seg *Segment) (reviewed bool, err error) {
	switch seg.Status {
	case StatusNew:
		return false, e.SetStatus(seg.ID, StatusDraft)
	case StatusReviewed:
		return true, e.SetStatus(seg.ID, StatusTranslated)
	}
	return false, nil
}
