package formats

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// Notes Glose wrote into a tool's file (category="glose", from="glose") are read back as Glose's own,
// which the translator may edit or delete; merge-back then takes out of the file those the document no
// longer has, so that an edited note replaces the former one rather than join it.

// gloseNote is a note element of the original that Glose wrote: its bytes [start, end) and what tells
// it apart (gloseKey).
type gloseNote struct {
	at  [2]int
	key string
}

// gloseKey is noteKey over the text in NFC, as a note element's own bytes give it.
func gloseKey(n annotate.Note) string {
	n.Text = norm.NFC.String(n.Text)
	return noteKey(n)
}

// endGloseNote completes the last of notes, opened at a, once its element ends at b in data: side is
// the attribute that says which text it applies to (appliesTo, or annotates in XLIFF 1.2).
func endGloseNote(notes []gloseNote, data []byte, a, b int, side string) {
	if k := len(notes) - 1; k >= 0 && notes[k].at == [2]int{a, 0} {
		notes[k].at[1] = b
		notes[k].key = noteElementKey(data[a:b], side)
	}
}

// noteElementKey reads the gloseKey of a note element from its bytes; a note it cannot read gets a key
// no note has, so that it is left alone.
func noteElementKey(data []byte, side string) string {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var n annotate.Note
	var text bytes.Buffer
	for {
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "\x00unreadable"
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if text.Len() > 0 || n.Text != "" {
				return "\x00unreadable" // markup inside: not a note Glose wrote
			}
			n.Text = "\x00" // the note's own tag was read
			if p, err := strconv.Atoi(rawAttr(t, "priority")); err == nil {
				n.Priority = p
			}
			n.AppliesTo = annotate.Side(rawAttr(t, side))
		case xml.CharData:
			text.Write(t)
		}
	}
	n.Text = text.String()
	return gloseKey(n)
}

// staleGloseNotes returns, of the notes Glose wrote in a unit (made: the IDs of the segments read from
// it) or, for doc, in the document's file, those that the document's notes there no longer include
// (edited or deleted in Glose); none when the document does not have the unit's segments as read.
func (m *merger) staleGloseNotes(els []gloseNote, made []string, doc bool) (stale [][2]int) {
	if len(els) == 0 {
		return nil
	}
	var notes []annotate.Note
	if doc {
		notes = m.d.Notes
	} else {
		some := false
		for _, id := range made {
			if id == "" {
				continue
			}
			s, s0 := m.d.Segment(id), m.d0.Segment(id)
			if s == nil || s0 == nil || (s.Start != s0.Start || s.End != s0.End) && !sameSegment(m.d, s, m.d0, s0) {
				return nil // resegmented in Glose: its notes cannot be told apart
			}
			notes, some = append(notes, s.Notes...), true
		}
		if !some {
			return nil
		}
	}
	want := map[string]int{}
	for _, n := range notes {
		if n.Glose {
			want[gloseKey(n)]++
		}
	}
	for _, e := range els {
		if want[e.key] > 0 {
			want[e.key]--
			continue
		}
		stale = append(stale, e.at)
	}
	return stale
}

// remove takes the elements at those places out of the file, with the white space before each.
func (m *merger) remove(at ...[2]int) {
	for _, r := range at {
		m.edits = append(m.edits, edit{r[0] - len(indentBefore(m.data, r[0])), r[1], ""})
	}
}
