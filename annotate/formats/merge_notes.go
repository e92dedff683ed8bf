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
	if first.noTranslate {
		if len(notes) > 0 {
			m.notesUntranslatable(made, notes)
		}
		return
	}
	whole := m.dropNotes2(u.notesOf, m.staleGloseNotes(u.glose, made, false), len(notes) > 0)
	if len(notes) == 0 {
		return
	}
	if whole {
		u.lastNote = [2]int{}
	}
	prefix := strings.TrimSuffix(tagName(m.data[first.open[0]:first.open[1]]), "segment")
	var b bytes.Buffer
	indent := ""
	if u.lastNote != [2]int{} {
		indent = indentBefore(m.data, u.lastNote[0])
	}
	for _, n := range notes {
		seg := ""
		if n.at > 0 {
			seg = raws[n.at].ID
		}
		b.WriteString(note2(n.Note, seg, indent, prefix))
	}
	if u.lastNote != [2]int{} {
		m.edits = append(m.edits, edit{u.lastNote[1], u.lastNote[1], b.String()})
		return
	}
	text := "<" + prefix + "notes>" + b.String() + "</" + prefix + "notes>"
	if whole {
		m.edits = append(m.edits, edit{u.notesEl[0], u.notesEl[1], text})
		return
	}
	text += indentBefore(m.data, u.content)
	m.edits = append(m.edits, edit{u.content, u.content, text})
}

// dropNotes2 takes the stale notes out of an XLIFF 2 <notes> (n); when they are all its notes, the
// <notes> goes with them (the schema wants one note at least), unless replace (there are new notes to
// write): dropNotes2 then returns true, and the caller replaces the <notes> with one of the new notes.
func (m *merger) dropNotes2(n notesOf, stale [][2]int, replace bool) bool {
	switch {
	case len(stale) == 0:
		return false
	case len(stale) < n.count:
		m.remove(stale...)
	case !replace:
		m.remove(n.notesEl)
	}
	return len(stale) == n.count && replace
}

// note2 is n as an XLIFF 2 <note> marked as Glose's, after indent; seg, when not "", is the segment
// of its unit it is on.
func note2(n annotate.Note, seg, indent, prefix string) string {
	var b strings.Builder
	b.WriteString(indent + "<" + prefix + "note")
	if seg != "" {
		fmt.Fprintf(&b, " xmlns:glose=%q glose:segment=\"%s\"", gloseNS, xmlAttr(seg))
	}
	if n.ID != "" {
		fmt.Fprintf(&b, " id=\"%s\"", xmlAttr(n.ID))
	}
	if n.AppliesTo != "" {
		fmt.Fprintf(&b, " appliesTo=\"%s\"", n.AppliesTo)
	}
	category := n.Category
	if category == "" {
		category = gloseNoteCategory
	}
	fmt.Fprintf(&b, " category=\"%s\"", xmlAttr(category))
	if n.Priority != 0 {
		fmt.Fprintf(&b, " priority=\"%d\"", n.Priority)
	}
	b.WriteString(">" + escapeTarget(n.Text) + "</" + prefix + "note>")
	return b.String()
}

// newDocNotes returns the notes the document has in Glose and did not have as read from the file,
// in order: those added on the whole document.
func (m *merger) newDocNotes() []placedNote {
	had := map[string]int{}
	for _, n := range m.d0.Notes {
		had[noteKey(n)]++
	}
	var out []placedNote
	for _, n := range m.d.Notes {
		if k := noteKey(n); had[k] > 0 {
			had[k]--
			continue
		}
		out = append(out, placedNote{n, 0})
	}
	return out
}

// fileNotes2 writes the document's new notes into its XLIFF 2 <file>: after the last note of its
// <notes>, or in a <notes> put before its first unit or group.
func (m *merger) fileNotes2(p filePlace) {
	notes := m.newDocNotes()
	whole := m.dropNotes2(p.notesOf, m.staleGloseNotes(p.glose, nil, true), len(notes) > 0)
	if len(notes) == 0 || p.content == 0 && p.lastNote == [2]int{} && !whole {
		return
	}
	prefix := strings.TrimSuffix(tagName(m.data[p.open[0]:p.open[1]]), "file")
	var b strings.Builder
	if p.lastNote != [2]int{} && !whole {
		for _, n := range notes {
			b.WriteString(note2(n.Note, "", indentBefore(m.data, p.lastNote[0]), prefix))
		}
		m.edits = append(m.edits, edit{p.lastNote[1], p.lastNote[1], b.String()})
		return
	}
	for _, n := range notes {
		b.WriteString(note2(n.Note, "", "", prefix))
	}
	text := "<" + prefix + "notes>" + b.String() + "</" + prefix + "notes>"
	if whole { // in place of the <notes> whose notes all went
		m.edits = append(m.edits, edit{p.notesEl[0], p.notesEl[1], text})
		return
	}
	m.edits = append(m.edits, edit{p.content, p.content, text + indentBefore(m.data, p.content)})
}

// notes12 writes notes as XLIFF 1.2 <note from="glose#ID"> elements each after indent.
func notes12(notes []placedNote, indent, prefix string) string {
	var b bytes.Buffer
	for _, n := range notes {
		b.WriteString(indent + "<" + prefix + "note from=\"" + xmlAttr(gloseFrom(n.ID)) + "\"")
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

// fileNotes12 writes the document's new notes into the <header> of its XLIFF 1.2 <file>: after its
// last note, else after its last child, else in it; in a new <header>, the file's first child, when
// it has none.
func (m *merger) fileNotes12(fp file12Place) {
	notes := m.newDocNotes()
	m.remove(m.staleGloseNotes(fp.head.glose, nil, true)...)
	if len(notes) == 0 {
		return
	}
	prefix := strings.TrimSuffix(tagName(m.data[fp.open[0]:fp.open[1]]), "file")
	h := fp.head
	switch {
	case h.lastNote != [2]int{}:
		m.edits = append(m.edits, edit{h.lastNote[1], h.lastNote[1], notes12(notes, indentBefore(m.data, h.lastNote[0]), prefix)})
	case h.lastChild != [2]int{}:
		m.edits = append(m.edits, edit{h.lastChild[1], h.lastChild[1], notes12(notes, indentBefore(m.data, h.lastChild[0]), prefix)})
	case h.open != [2]int{}:
		indent := indentBefore(m.data, h.open[0])
		inner := notes12(notes, indent+"  ", prefix)
		if bytes.HasSuffix(m.data[h.open[0]:h.open[1]], []byte("/>")) { // <header/>
			open := string(m.data[h.open[0]:h.open[1]])
			open = strings.TrimRight(strings.TrimSuffix(open, "/>"), " \t\r\n") + ">"
			m.edits = append(m.edits, edit{h.open[0], h.open[1], open + inner + indent + "</" + prefix + "header>"})
			return
		}
		m.edits = append(m.edits, edit{h.open[1], h.open[1], inner})
	case fp.body > 0:
		indent := indentBefore(m.data, fp.body)
		text := indent + "<" + prefix + "header>" + notes12(notes, indent+"  ", prefix) + indent + "</" + prefix + "header>"
		m.edits = append(m.edits, edit{fp.open[1], fp.open[1], text})
	}
}
