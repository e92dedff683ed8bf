package app

// The document is modified when its undo history is not at the point where it was last saved (or
// opened): typing then undoing it leaves it unmodified, and the title's mark, the question on closing
// and the autosave agree. Every change to the document goes through the editor, background jobs'
// included (pre-annotation, projection, pre-translation, the QA's fixes), so each counts; what is
// not the document's (settings, the segment filter, the translation memory) never touches the flag.
// Work recovered from an autosave is outside the history: it stays modified until saved.

// markSaved records the document as it is now as saved: unmodified, and the point of the undo
// history that undo or redo can come back to.
func (ui *UI) markSaved() {
	ui.dirty = false
	ui.ed.MarkSaved()
}

// followSavePoint makes the modified flag the history's after a change, undo or redo. A change
// leaving the document modified starts the autosave's countdown; one coming back to the saved state
// stops it and removes the autosave written meanwhile, as saving does, lest a crash then offer to
// recover the changes undone.
func (ui *UI) followSavePoint() {
	was := ui.dirty
	ui.dirty = ui.ed.Modified()
	switch {
	case ui.dirty:
		ui.autosave.kick()
	case was:
		ui.autosave.stop()
		ui.discardAutosave(ui.path)
	}
}
