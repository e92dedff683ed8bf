package app

import (
	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// An autosave writes the document in full once (after opening, after a save, when the autosave was
// changed by someone else, when the changes appended come to half the document) and otherwise
// appends the changes since the last autosave to that file (workspace.AutosaveFile): on a 4 MB
// article, a keystroke's autosave wrote 24 MB of JSON and took a third of a second of a core; now a
// few hundred bytes. Recovery reads the document and applies the changes (workspace.LoadRecovery).

// appending is what the autosaver appends to; UI goroutine only.
type appending struct {
	file    *workspace.AutosaveFile // the autosave written last; nil: the next is written in full
	tracker *annotate.Tracker       // the document's changes since file's content
	key     autosaveKey             // whose autosave file is
	gen     int                     // counts forget: a write prepared before it changes nothing after it
	busy    bool                    // a write is under way on another goroutine
	again   bool                    // an autosave came due while it was
}

// autosaveKey says which autosave file a document's goes to: the file changes with them. The ID
// stands for workspace.AutosaveID, which hashes the text as well (10 ms for 4 MB), as the tracker
// refuses another text.
type autosaveKey struct {
	path, id string
	second   bool
}

// autosaveJob is one autosave, prepared on the UI goroutine: the changes to append to file, or a
// copy of the document to write in full.
type autosaveJob struct {
	gen      int
	path     string
	key      autosaveKey
	file     *workspace.AutosaveFile
	record   []byte             // the changes to append to file; nil with file: none
	snap     *annotate.Document // the document to write in full, or nil
	probeDoc *annotate.Document // what a save would write, for the save's warning (saveProbe)
}

// forget drops what the next autosave would append to: it writes the document in full.
func (a *appending) forget() {
	a.file, a.tracker = nil, nil
	a.gen++
}

// prepare returns the autosave to write now: the changes since the last autosave, when they can be
// appended to it, else a copy of the document. Call it on the UI goroutine.
func (a *autosaver) prepare() *autosaveJob {
	ui := a.ui
	j := &autosaveJob{gen: a.gen, path: ui.path, key: autosaveKey{ui.path, ui.doc.ID, ui.second}}
	if a.file != nil && a.key == j.key && !a.file.Compact() {
		rec, err := a.tracker.Change(ui.doc)
		if err == nil {
			j.file, j.record = a.file, rec
			if ui.saveBlock != nil {
				j.probeDoc = ui.doc.Clone()
			}
			return j
		}
	}
	a.file, a.tracker = nil, nil
	j.snap = ui.doc.Clone()
	j.probeDoc = j.snap
	return j
}

// run writes j, on any goroutine, a.mu held.
func (a *autosaver) run(j *autosaveJob) error {
	switch {
	case j.snap == nil && j.record == nil: // nothing changed since the last autosave
		return nil
	case j.snap == nil:
		return j.file.AppendChange(j.record)
	case a.write != nil:
		return a.write(j.path, j.snap)
	}
	f, err := workspace.AutosaveDocument(j.path, j.snap, j.key.second)
	if err == nil {
		j.file = f
	}
	return err
}

// finish takes the outcome err of j on the UI goroutine: the file written in full is the one the next
// autosaves append to, its copy the state their changes start from; after a failure the next is
// written in full. It reports whether the autosave is to be written again, in full, at once: the file
// was changed by someone else (another window's autosave replaced it, it was set aside), so that the
// changes could not be appended.
func (a *autosaver) finish(j *autosaveJob, err error) (again bool) {
	again, a.again = a.again, false
	if j.gen != a.gen { // the document changed, or was saved: what j wrote starts nothing
		return again
	}
	again = again || workspace.IsAutosaveMoved(err)
	switch {
	case err != nil:
		a.file, a.tracker = nil, nil
	case j.snap != nil && j.file != nil:
		a.file, a.tracker, a.key = j.file, annotate.NewTracker(j.snap), j.key
	}
	return again
}
