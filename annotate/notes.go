package annotate

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Notes added in Glose: a translator's or an analyst's comment for the reviewer or the team, on a
// segment or on the whole document, as translation tools' comments. Each change is one undo step;
// only the notes added in Glose (Note.Glose) can be edited or removed, so that a client's notes read
// from their file reach them unchanged (merge-back writes Glose's next to them).

// Undo step names of the note changes.
const (
	StepAddNote    = "add note"
	StepEditNote   = "edit note"
	StepRemoveNote = "remove note"
)

// NoteError says why a note change was refused.
type NoteError struct {
	Segment string // "" for the document's notes
	Index   int    // the note's index in its list, or -1 for a new note
	Msg     string
}

func (e *NoteError) Error() string {
	where := "document"
	if e.Segment != "" {
		where = "segment " + e.Segment
	}
	if e.Index >= 0 {
		where += fmt.Sprintf(", note %d", e.Index+1)
	}
	return where + ": " + e.Msg
}

// notesOf returns the notes of the segment segID, or the document's for "".
func (d *Document) notesOf(segID string) (*[]Note, error) {
	if segID == "" {
		return &d.Notes, nil
	}
	seg := d.Segment(segID)
	if seg == nil {
		return nil, fmt.Errorf("no segment %q", segID)
	}
	return &seg.Notes, nil
}

// checkNoteText refuses a note without words or not in UTF-8. The text is kept as written
// otherwise (no normalisation, no trimming inside): what the user typed is what the reviewer reads.
func checkNoteText(segID string, i int, text string) error {
	switch {
	case !utf8.ValidString(text):
		return &NoteError{segID, i, "the note is not valid UTF-8"}
	case strings.TrimSpace(text) == "":
		return &NoteError{segID, i, "a note needs some text"}
	}
	return nil
}

// editableNote returns the list holding note i of segID ("" for the document) when Glose may change
// that note: it exists and was added in Glose.
func (d *Document) editableNote(segID string, i int) (*[]Note, error) {
	notes, err := d.notesOf(segID)
	if err != nil {
		return nil, err
	}
	switch {
	case i < 0 || i >= len(*notes):
		return nil, &NoteError{segID, i, fmt.Sprintf("no such note (%s)", Plural(len(*notes), "note", "notes"))}
	case !(*notes)[i].Glose:
		return nil, &NoteError{segID, i, "the note comes from the file and cannot be changed"}
	}
	return notes, nil
}

// AddNote adds n, marked as added in Glose, after the notes of the segment segID, or of the document
// when segID is "", as one undo step. Its text is trimmed of the white space around it. It gets a new
// ID unless it has one that no note of the document has or had (a reviewer's note taken from a file).
func (e *Editor) AddNote(segID string, n Note) error {
	notes, err := e.Doc.notesOf(segID)
	if err != nil {
		return err
	}
	n.Text = strings.TrimSpace(n.Text)
	if err := checkNoteText(segID, -1, n.Text); err != nil {
		return err
	}
	n.Glose = true
	if n.ID == "" || e.Doc.noteIDs()[n.ID] {
		n.ID = e.Doc.newNoteID()
	}
	e.apply(StepAddNote, setVal(notes, append(slices.Clip(*notes), n)))
	return nil
}

// EditNote gives note i of the segment segID (of the document for "") the text text, as one undo
// step; nothing when the text is the same. Only a note added in Glose can be edited.
func (e *Editor) EditNote(segID string, i int, text string) error {
	notes, err := e.Doc.editableNote(segID, i)
	if err != nil {
		return err
	}
	text = strings.TrimSpace(text)
	if err := checkNoteText(segID, i, text); err != nil {
		return err
	}
	if (*notes)[i].Text == text {
		return nil
	}
	next := slices.Clone(*notes)
	next[i].Text = text
	e.apply(StepEditNote, setVal(notes, next))
	return nil
}

// RemoveNote removes note i of the segment segID (of the document for ""), as one undo step. Only a
// note added in Glose can be removed; its ID goes to Meta.RemovedNotes, so that no update brings it back.
func (e *Editor) RemoveNote(segID string, i int) error {
	notes, err := e.Doc.editableNote(segID, i)
	if err != nil {
		return err
	}
	next := slices.Delete(slices.Clone(*notes), i, i+1)
	if len(next) == 0 {
		next = nil // as read from a file without notes: the JSON leaves the key out
	}
	cs := []change{setVal(notes, next)}
	if id := (*notes)[i].ID; id != "" && !slices.Contains(e.Doc.Meta.RemovedNotes, id) {
		cs = append(cs, setVal(&e.Doc.Meta.RemovedNotes, append(slices.Clip(e.Doc.Meta.RemovedNotes), id)))
	}
	e.apply(StepRemoveNote, cs...)
	return nil
}

// StepTakeFile names the step of TakeFile when it is not part of a larger one (an update).
const StepTakeFile = "take the returned file"

// TakeFile makes o the document's original file (merge-back then writes into it), and gives the
// segments (by ID) and the document ("" in notes) the notes listed in notes, those of the file and
// Glose's own, as one undo step or within the current batch. A segment that notes does not name keeps
// its notes. It is for a file that replaces the one the document was read from, as a reviewer's
// returned file does: its notes are the file's, read-only like the client's were.
func (e *Editor) TakeFile(o *Original, notes map[string][]Note) error {
	for id := range notes {
		if _, err := e.Doc.notesOf(id); err != nil {
			return err
		}
	}
	cs := []change{setVal(&e.Doc.Meta.Original, o)}
	ids := make([]string, 0, len(notes))
	for id := range notes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		list, _ := e.Doc.notesOf(id)
		if !slices.Equal(*list, notes[id]) {
			cs = append(cs, setVal(list, notes[id]))
		}
	}
	e.apply(StepTakeFile, cs...)
	return nil
}
