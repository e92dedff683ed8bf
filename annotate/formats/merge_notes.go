package formats

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// Merge-back of notes: the notes a segment has in Glose and did not have as read from the tool's file
// (added in Glose, or edited: the edited text is a new note) go into its unit as new notes, marked as
// Glose's (category="glose" in XLIFF 2, from="glose" in XLIFF 1.2). The file's own notes are never
// changed or removed; a note read back from a merged file is the file's, and is not written again.

// placedNote is a note added in Glose, with the index of its segment among its unit's segments.
type placedNote struct {
	annotate.Note
	at int
}

// noteKey is what tells notes apart for merge-back: what a note of either XLIFF version keeps.
func noteKey(n annotate.Note) string {
	return n.Text + "\x00" + string(n.AppliesTo) + "\x00" + strconv.Itoa(n.Priority)
}

// newNotes returns the notes that the segments made from one unit's segments (made, "" for one left
// out) have in Glose and did not have as read from the file, in order. Notes are compared over the
// whole unit, as readers give a unit's notes to its first segment.
func (m *merger) newNotes(made []string) []placedNote {
	had := map[string]int{}
	for _, id := range made {
		if s0 := m.d0.Segment(id); s0 != nil && id != "" {
			for _, n := range s0.Notes {
				had[noteKey(n)]++
			}
		}
	}
	var out []placedNote
	for i, id := range made {
		s := m.d.Segment(id)
		if s == nil || id == "" {
			continue
		}
		for _, n := range s.Notes {
			if k := noteKey(n); had[k] > 0 {
				had[k]--
				continue
			}
			out = append(out, placedNote{n, i})
		}
	}
	return out
}

// madeIDs are the IDs of the document's segments made from raws ("" for those left out).
func madeIDs(raws []rawSeg) []string {
	ids := make([]string, len(raws))
	for i, r := range raws {
		ids[i] = r.Made
	}
	return ids
}

// notesUntranslatable counts the segments of a translate="no" unit whose new notes are not written.
func (m *merger) notesUntranslatable(made []string, notes []placedNote) {
	for _, n := range notes {
		if id := made[n.at]; !slices.Contains(m.noTranslate, id) {
			m.noTranslate = append(m.noTranslate, id)
		}
	}
}

// notes2 writes the new notes of each unit of an XLIFF 2 <file>, whose segments are raws at segs.
func (m *merger) notes2(units []unitPlace, raws []rawSeg, segs []segPlace) {
	for i := 0; i < len(raws); {
		j := i
		for j < len(raws) && segs[j].unit == segs[i].unit {
			j++
		}
		m.unitNotes2(units[segs[i].unit], raws[i:j], segs[i])
		i = j
	}
}

// unitNotes2 writes the new notes of the segments raws of one XLIFF 2 unit, whose first segment is at
// first: after its last note, or in a <notes> before its first originalData or segment. A note of a
// segment other than the unit's first names it in glose:segment, as Glose's own XLIFF does, so that an
// import gives it back to its segment.
func (m *merger) unitNotes2(u unitPlace, raws []rawSeg, first segPlace) {
	made := madeIDs(raws)
	notes := m.newNotes(made)
	if len(notes) == 0 {
		return
	}
	if first.noTranslate {
		m.notesUntranslatable(made, notes)
		return
	}
	prefix := strings.TrimSuffix(tagName(m.data[first.open[0]:first.open[1]]), "segment")
	var b bytes.Buffer
	indent := ""
	if u.lastNote != [2]int{} {
		indent = indentBefore(m.data, u.lastNote[0])
	}
	for _, n := range notes {
		b.WriteString(indent + "<" + prefix + "note")
		if seg := raws[n.at].ID; n.at > 0 && seg != "" {
			fmt.Fprintf(&b, " xmlns:glose=%q glose:segment=\"%s\"", gloseNS, xmlAttr(seg))
		}
		if n.AppliesTo != "" {
			fmt.Fprintf(&b, " appliesTo=\"%s\"", n.AppliesTo)
		}
		category := n.Category
		if category == "" {
			category = "glose"
		}
		fmt.Fprintf(&b, " category=\"%s\"", xmlAttr(category))
		if n.Priority != 0 {
			fmt.Fprintf(&b, " priority=\"%d\"", n.Priority)
		}
		b.WriteString(">")
		b.WriteString(escapeTarget(n.Text))
		b.WriteString("</" + prefix + "note>")
	}
	if u.lastNote != [2]int{} {
		m.edits = append(m.edits, edit{u.lastNote[1], u.lastNote[1], b.String()})
		return
	}
	text := "<" + prefix + "notes>" + b.String() + "</" + prefix + "notes>" + indentBefore(m.data, u.content)
	m.edits = append(m.edits, edit{u.content, u.content, text})
}

// notes12 writes notes as XLIFF 1.2 <note from="glose"> elements each after indent.
func notes12(notes []placedNote, indent, prefix string) string {
	var b bytes.Buffer
	for _, n := range notes {
		b.WriteString(indent + "<" + prefix + "note from=\"glose\"")
		if n.Priority != 0 {
			fmt.Fprintf(&b, " priority=\"%d\"", n.Priority)
		}
		if n.AppliesTo != "" {
			fmt.Fprintf(&b, " annotates=\"%s\"", n.AppliesTo)
		}
		b.WriteString(">")
		b.WriteString(escapeTarget(n.Text))
		b.WriteString("</" + prefix + "note>")
	}
	return b.String()
}
