package update

import (
	"slices"

	"github.com/glose-app/glose/annotate"
)

// The notes of a returned file. A note added in Glose carries its ID (annotate's noteid.go) through
// every export, so that a note of the file added in Glose is, by its ID: one the document has (its
// text may differ: the document keeps its own, and the plan names it), one the translator removed
// since the export (left out), or a new one, a reviewer's added in Glose (taken, editable). Notes
// without an ID (the client's, a reviewer's tool's, or Glose's from a file written before note IDs)
// are told apart by what they say (key), as before.

// NoteDiff is a note of the returned file whose ID a note of the document has, with other words: the
// document keeps its own (the translator may have edited it since the export, or the reviewer in the
// file), and the summary names it.
type NoteDiff struct {
	Segment string // the document's segment, "" for the document's own notes
	Index   int    // the segment's place, from 0 (-1 for the document)
	ID      string
	Mine    string // the document's text
	File    string // the file's text
}

// noteFates tells what becomes of the file's notes added in Glose, by their IDs.
type noteFates struct {
	mine    map[string]annotate.Note // the document's notes with an ID, by ID
	removed map[string]bool          // the IDs of the notes removed from the document
	p       *Plan
}

func newNoteFates(d *annotate.Document, p *Plan) *noteFates {
	f := &noteFates{mine: map[string]annotate.Note{}, removed: map[string]bool{}, p: p}
	add := func(notes []annotate.Note) {
		for _, n := range notes {
			if n.ID != "" {
				f.mine[n.ID] = n
			}
		}
	}
	add(d.Notes)
	for _, s := range d.Segments {
		add(s.Notes)
	}
	for _, id := range d.Meta.RemovedNotes {
		f.removed[id] = true
	}
	return f
}

// byID says whether the file's note x is told apart by its ID (a note added in Glose that has one),
// and if so whether the document takes it: a note it lacks and never had. One it has with other words
// is named in the plan (NotesDiffer); one it removed is counted (NotesRemoved).
func (f *noteFates) byID(x annotate.Note, seg string, index int) (handled, take bool) {
	if !x.Glose || x.ID == "" {
		return false, false
	}
	if m, ok := f.mine[x.ID]; ok {
		if m.Text != x.Text || m.AppliesTo != x.AppliesTo || m.Priority != x.Priority {
			f.p.NotesDiffer = append(f.p.NotesDiffer, NoteDiff{Segment: seg, Index: index, ID: x.ID, Mine: m.Text, File: x.Text})
		}
		return true, false
	}
	if f.removed[x.ID] {
		f.p.NotesRemoved++
		return true, false
	}
	f.mine[x.ID] = x // taken once, even when the file has it twice
	return true, true
}

// fileNotes gives the plan the notes that d's segments ("" the document) have once r's file is theirs
// (merge-back), for those that change: the file's notes not Glose's (the client's and the reviewer's
// tool's, read-only), then Glose's own as d has them (those the file holds from an earlier export and
// that were edited or deleted since are replaced or taken out by the next export), then those a
// reviewer added in Glose. NotesFromFile counts the file's notes d did not have.
func (p *Plan) fileNotes(d, r *annotate.Document) {
	p.notes = map[string][]annotate.Note{}
	f := newNoteFates(d, p)
	merge := func(id string, index int, mine, file []annotate.Note) {
		next := p.mergeNotes(f, id, index, mine, file)
		if !slices.Equal(next, mine) {
			p.notes[id] = next
		}
	}
	merge("", -1, d.Notes, r.Notes)
	for i, s := range d.Segments {
		merge(s.ID, i, s.Notes, r.Segments[i].Notes)
	}
}

// mergeNotes is the file's notes not Glose's, then Glose's notes of mine, then the file's notes added
// in Glose that d lacks and never had; it counts in NotesFromFile those of the file that mine lacks.
func (p *Plan) mergeNotes(f *noteFates, seg string, index int, mine, file []annotate.Note) []annotate.Note {
	had := map[string]int{}
	for _, x := range mine {
		had[key(x)]++
	}
	var next, added []annotate.Note
	for _, x := range file {
		if x.Glose {
			if _, take := f.byID(x, seg, index); take {
				added = append(added, x)
				p.NotesFromFile++
			}
			continue
		}
		if k := key(x); had[k] > 0 {
			had[k]--
		} else {
			p.NotesFromFile++
		}
		next = append(next, x)
	}
	for _, x := range mine {
		if x.Glose {
			next = append(next, x)
		}
	}
	return append(next, added...)
}

// reviewerNotes gives the plan the notes that d ("" the document) and its segments found in r (pairs)
// have once they take the notes of r that they lack (a reviewer's comments on Glose's own XLIFF
// export, or on the document itself), added after their own; NotesFromFile counts them. Those of a
// reviewer's tool are read-only; those the reviewer added in Glose are Glose's, editable. A note of
// Glose's is told by its ID: one the document has or removed since is not taken again. Used for a
// document with no original file: nothing else would keep them.
func (p *Plan) reviewerNotes(d, r *annotate.Document) {
	p.notes = map[string][]annotate.Note{}
	f := newNoteFates(d, p)
	take := func(id string, index int, mine, file []annotate.Note) {
		had := map[string]int{}
		for _, x := range mine {
			had[key(x)]++
		}
		next := slices.Clone(mine)
		for _, x := range file {
			if handled, ok := f.byID(x, id, index); handled && !ok {
				continue
			} else if !handled {
				if k := key(x); had[k] > 0 {
					had[k]--
					continue
				}
			}
			next = append(next, x)
			p.NotesFromFile++
		}
		if len(next) > len(mine) {
			p.notes[id] = next
		}
	}
	take("", -1, d.Notes, r.Notes)
	for _, q := range p.pairs {
		take(d.Segments[q.Index].ID, q.Index, d.Segments[q.Index].Notes, r.Segments[q.Returned].Notes)
	}
}
