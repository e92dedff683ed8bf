package curate

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// NoteCategory is the category of the notes the curation adds to a document or a segment for what its
// reviewers did differently beyond the spans (the English, a status, an entity's name): the QA check
// disputed lists them until the adjudicator deletes them.
const NoteCategory = "curation"

// curationNote is a note for the adjudicator, added in Glose, counted in the result.
func (m *merger) curationNote(text string) annotate.Note {
	m.res.Noted++
	return annotate.Note{Category: NoteCategory, Glose: true, Text: text}
}

// statuses gives each segment the least advanced of the reviewers' statuses: a segment is reviewed
// only when every reviewer reviewed it. Where they differ, a note on the segment says each one's.
func (m *merger) statuses() {
	for _, s := range m.out.Segments {
		low, views, differ := s.Status, []string{m.revs[0].Name + " " + string(s.Status)}, false
		for _, r := range m.revs[1:] {
			o := r.Doc.Segment(s.ID)
			if o == nil || o.Start != s.Start || o.End != s.End {
				continue // another cut: warned of by sameTargets
			}
			views = append(views, r.Name+" "+string(o.Status))
			if o.Status != s.Status {
				differ = true
			}
			if slices.Index(annotate.Statuses, o.Status) < slices.Index(annotate.Statuses, low) {
				low = o.Status
			}
		}
		if !differ {
			continue
		}
		s.Status = low
		all := strings.Join(views, ", ")
		s.Notes = append(s.Notes, m.curationNote(fmt.Sprintf("Statuses: %s; %s kept", all, low)))
		m.warn("segment %s: the reviewers' statuses differ (%s); %s kept, the least advanced", s.ID, all, low)
	}
}

// notes adds to the document and its segments the notes another reviewer wrote that the first one's
// copy lacks, each beginning with that reviewer's name, counted in a warning.
func (m *merger) notes() {
	for _, r := range m.revs[1:] {
		added := 0
		m.out.Notes, added = addNotes(m.out.Notes, r.Doc.Notes, r.Name)
		total := added
		for _, s := range m.out.Segments {
			if o := r.Doc.Segment(s.ID); o != nil {
				s.Notes, added = addNotes(s.Notes, o.Notes, r.Name)
				total += added
			}
		}
		if total > 0 {
			m.warn("%s of %s's that %s lacks added, beginning with “%s: ”", plural(total, "note", "notes"), r.Name, m.revs[0].Name, r.Name)
		}
	}
}

// addNotes appends to notes those of theirs with a text none of notes has, as Glose notes beginning
// with name (to be given IDs of their own), and says how many.
func addNotes(notes, theirs []annotate.Note, name string) ([]annotate.Note, int) {
	n := 0
	for _, o := range theirs {
		if o.Category == NoteCategory || slices.ContainsFunc(notes, func(x annotate.Note) bool {
			return x.Text == o.Text || x.Text == name+": "+o.Text
		}) {
			continue
		}
		o.ID, o.Glose, o.Text = "", true, name+": "+o.Text
		notes = append(notes, o)
		n++
	}
	return notes, n
}

// entityNames compares each reviewer's names of an entity with the output's (the first reviewer's, or
// the one who added it, else the first other one given): where they differ, a note on the document
// says each one's, and a warning.
func (m *merger) entityNames() {
	for _, e := range m.out.Entities {
		theirs := make([]*annotate.Entity, len(m.revs))
		all := map[string]string{}
		for i := range m.revs {
			if theirs[i] = m.entityIn(i, e); theirs[i] != nil {
				for l, n := range theirs[i].Names {
					if all[l] == "" {
						all[l] = n
					}
				}
			}
		}
		var diffs []string
		for _, lang := range langs(all) {
			var views []string
			differ := false
			if e.Names[lang] == "" {
				e.Names[lang] = all[lang] // a name only another reviewer gave
			}
			for i, te := range theirs {
				if te != nil {
					views = append(views, fmt.Sprintf("%s “%s”", m.revs[i].Name, te.Names[lang]))
					differ = differ || te.Names[lang] != e.Names[lang]
				}
			}
			if differ {
				diffs = append(diffs, fmt.Sprintf("%s %s (“%s” kept)", lang, strings.Join(views, ", "), e.Names[lang]))
			}
		}
		if len(diffs) > 0 {
			what := fmt.Sprintf("Names of %s “%s” (%s): %s", e.Type, m.firstName(e), e.ID, strings.Join(diffs, "; "))
			m.out.Notes = append(m.out.Notes, m.curationNote(what))
			m.warn("%s", what)
		}
	}
}

// entityIn returns reviewer i's entity holding the first of e's mentions that reviewer has, or nil.
func (m *merger) entityIn(i int, e *annotate.Entity) *annotate.Entity {
	d := m.revs[i].Doc
	for _, id := range e.Mentions {
		if sp := m.out.Span(id); sp != nil {
			if o := spanAt(d, keyOf(sp)); o != nil {
				if oe := d.EntityOf(o.ID); oe != nil {
					return oe
				}
			}
		}
	}
	return nil
}

func (m *merger) firstName(e *annotate.Entity) string {
	if n := e.Names[m.out.SourceLang]; n != "" {
		return n
	}
	for _, l := range langs(e.Names) {
		return e.Names[l]
	}
	return ""
}

func langs(names map[string]string) []string {
	out := make([]string, 0, len(names))
	for l := range names {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}
