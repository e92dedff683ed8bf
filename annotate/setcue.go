package annotate

// SetCue makes verbID the reporting verb of quote quoteID in place of the cue it had, in one undo
// step, and confirms the quote and the verb, as SetSpeaker confirms the quote and its speaker's
// mention: saying which words report a quotation is a judgement of both. The person's way to give a
// quotation tagged by hand the cue pre-annotation gives its own, or to correct a wrong one.
func (e *Editor) SetCue(quoteID, verbID string) error {
	return e.Batch("link cue", func() error {
		for _, l := range e.Doc.LinksOf(quoteID) {
			if l.From == quoteID && l.Type == LinkCue {
				if err := e.RemoveLink(l.ID); err != nil {
					return err
				}
			}
		}
		l := &Link{Type: LinkCue, From: quoteID, To: verbID}
		if err := e.AddLink(l); err != nil {
			return err
		}
		e.confirmSpan(e.Doc.Span(quoteID))
		e.confirmEnd(l)
		return nil
	})
}
