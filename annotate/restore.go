package annotate

import "errors"

// StepRestore names the step Restore makes.
const StepRestore = "restore"

// Restore makes the document hold what d holds, d being another version of it (the same French
// text), as one undo step: the work recovered from an autosave over the version its file holds, which
// Undo then takes back and Redo brings again. d is taken: nobody else may change it.
func (e *Editor) Restore(d *Document) error {
	if d.Text != e.Doc.Text {
		return errors.New("restoring another document: its French text differs")
	}
	was := e.Doc.Clone()
	e.apply(StepRestore, e.Doc.reindexed(change{
		do:   func() { e.Doc.takeContent(d.Clone()) },
		undo: func() { e.Doc.takeContent(was.Clone()) },
	}))
	return nil
}

// takeContent gives d everything c holds but its text, which is the same; c is taken.
func (d *Document) takeContent(c *Document) {
	d.ID, d.Title, d.SourceLang, d.TargetLang = c.ID, c.Title, c.SourceLang, c.TargetLang
	d.Layout, d.Labels, d.Notes, d.Meta, d.TrackChanges = c.Layout, c.Labels, c.Notes, c.Meta, c.TrackChanges
	d.Segments, d.Spans, d.Links, d.Entities, d.Rejected = c.Segments, c.Spans, c.Links, c.Entities, c.Rejected
}
