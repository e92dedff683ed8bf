package annotate

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"strconv"
	"strings"
)

// Note IDs. Every note Glose makes (AddNote) gets an ID at once, kept through its edits and written by
// every format with a place for it (Glose JSON's "id", XLIFF 2's <note id>, XLIFF 1.2's from="glose#ID"),
// so that updating from a returned file tells a note the document already has from one a reviewer
// added (a new ID), and from one the translator deleted since the export (Meta.RemovedNotes).
//
// A new ID is random, "g-" and ten base-32 letters and digits: the reviewer's copy of the document makes
// its own without knowing the translator's, and neither may take an ID the other made. The "g-" keeps
// them apart from the IDs a client's file gives its notes ("n1", "1"), and the whole is an XML NMTOKEN,
// as XLIFF 2 wants a note's ID.

// NoteIDPrefix begins the IDs Glose gives its notes.
const NoteIDPrefix = "g-"

var noteIDEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// noteIDs are the IDs of every note of the document, and those of the notes removed.
func (d *Document) noteIDs() map[string]bool {
	ids := map[string]bool{}
	add := func(notes []Note) {
		for _, n := range notes {
			if n.ID != "" {
				ids[n.ID] = true
			}
		}
	}
	add(d.Notes)
	for _, s := range d.Segments {
		add(s.Notes)
	}
	for _, id := range d.Meta.RemovedNotes {
		ids[id] = true
	}
	return ids
}

// newNoteID returns a random note ID that no note of d has, nor had.
func (d *Document) newNoteID() string {
	used := d.noteIDs()
	for {
		var b [7]byte
		_, _ = rand.Read(b[:]) // never fails (crypto/rand)
		id := NoteIDPrefix + noteIDEncoding.EncodeToString(b[:])[:10]
		if !used[id] {
			return id
		}
	}
}

// GiveNoteIDs gives an ID to each note added in Glose that has none: those of a file written before
// notes had IDs. The ID comes from where the note is and its text (the segment's ID, the text, and how
// many notes before it there have that text), so that the same file read twice, or the same notes in
// a reviewer's copy of it, get the same IDs; the save then keeps them. It returns how many it gave.
func GiveNoteIDs(d *Document) int {
	used := d.noteIDs()
	n := 0
	give := func(segID string, notes []Note) {
		seen := map[string]int{}
		for i := range notes {
			x := &notes[i]
			if !x.Glose || x.ID != "" {
				continue
			}
			k := seen[x.Text]
			seen[x.Text]++
			x.ID = derivedNoteID(segID, x.Text, k, used)
			used[x.ID] = true
			n++
		}
	}
	give("", d.Notes)
	for _, s := range d.Segments {
		give(s.ID, s.Notes)
	}
	return n
}

// derivedNoteID is the ID of the k-th note of text on the segment segID ("" the document), not in used.
func derivedNoteID(segID, text string, k int, used map[string]bool) string {
	sum := sha256.Sum256([]byte(segID + "\x00" + text + "\x00" + strconv.Itoa(k)))
	id := NoteIDPrefix + noteIDEncoding.EncodeToString(sum[:])[:10]
	for i := 2; used[id]; i++ {
		id = strings.TrimSuffix(id, "-"+strconv.Itoa(i-1)) + "-" + strconv.Itoa(i)
	}
	return id
}
