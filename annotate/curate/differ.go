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
		low, differ := s.Status, false
		views, warned := []string{m.revs[0].Name + " " + m.p.statusName(s.Status)}, []string{m.revs[0].Name + " " + string(s.Status)}
		for _, r := range m.revs[1:] {
			o := r.Doc.Segment(s.ID)
			if o == nil || o.Start != s.Start || o.End != s.End {
				continue // another cut: warned of by sameTargets
			}
			views = append(views, r.Name+" "+m.p.statusName(o.Status))
			warned = append(warned, r.Name+" "+string(o.Status))
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
		s.Notes = append(s.Notes, m.curationNote(m.p.f(m.p.statuses, strings.Join(views, ", "), m.p.statusName(low))))
		m.warn("segment %s: the reviewers' statuses differ (%s); %s kept, the least advanced", s.ID, strings.Join(warned, ", "), low)
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
// the one who added it, else the first other one given): where a reviewer names it otherwise (or
// not at all, "none", when another did), a note on the document says each one's, and a
// warning. A reviewer's entity is the one holding most of its mentions; a reviewer who groups its
// mentions otherwise is left out (the grouping has its note, groupings).
func (m *merger) entityNames() {
	for _, e := range m.out.Entities {
		theirs := make([]*annotate.Entity, len(m.revs))
		all := map[string]string{}
		for i := range m.revs {
			if m.regrouped[e] != nil && m.regrouped[e][i] {
				continue // its grouping has a note; its names are another set of mentions'
			}
			if theirs[i] = m.entityIn(i, e); theirs[i] != nil {
				for l, n := range theirs[i].Names {
					if all[l] == "" {
						all[l] = n
					}
				}
			}
		}
		var diffs, warned []string
		for _, lang := range langs(all) {
			if e.Names[lang] == "" {
				e.Names[lang] = all[lang] // a name only another reviewer gave
			}
			if views, plain, differ := m.nameViews(theirs, lang, e.Names[lang]); differ {
				diffs = append(diffs, m.p.f(m.p.nameKept, lang, views, m.p.q(e.Names[lang])))
				warned = append(warned, fmt.Sprintf("%s %s (“%s” kept)", lang, plain, e.Names[lang]))
			}
		}
		if len(diffs) > 0 {
			name := m.firstName(e)
			m.out.Notes = append(m.out.Notes, m.curationNote(m.p.f(m.p.names, e.Type, m.p.q(name), strings.Join(diffs, m.p.sep))))
			m.warn("Names of %s “%s” (%s): %s", e.Type, name, e.ID, strings.Join(warned, "; "))
		}
	}
}

// nameViews says each reviewer's name of an entity in lang (theirs: each one's entity, or nil), in the
// notes' words and in English, and whether one of them differs from kept.
func (m *merger) nameViews(theirs []*annotate.Entity, lang, kept string) (views, plain string, differ bool) {
	var vs, ps []string
	for i, te := range theirs {
		if te == nil {
			continue
		}
		v, pv := m.p.none, "none"
		if n := te.Names[lang]; n != "" {
			v, pv = m.p.q(n), "“"+n+"”"
		}
		vs, ps = append(vs, m.revs[i].Name+" "+v), append(ps, m.revs[i].Name+" "+pv)
		differ = differ || te.Names[lang] != kept
	}
	return strings.Join(vs, ", "), strings.Join(ps, ", "), differ
}

// entityIn returns reviewer i's entity holding most of e's mentions (the first such one), or nil.
func (m *merger) entityIn(i int, e *annotate.Entity) *annotate.Entity {
	d := m.revs[i].Doc
	count := map[*annotate.Entity]int{}
	var best *annotate.Entity
	for _, id := range e.Mentions {
		if oe := m.theirEntity(d, id); oe != nil {
			if count[oe]++; best == nil || count[oe] > count[best] {
				best = oe
			}
		}
	}
	return best
}

// theirEntity returns the entity of d whose mention is at the place of the output's span id with its
// label, or nil: a mention labelled otherwise is another type's entity, and a disputed span already.
func (m *merger) theirEntity(d *annotate.Document, id string) *annotate.Entity {
	if sp := m.out.Span(id); sp != nil {
		if o := spanAt(d, keyOf(sp)); o != nil && o.Label == sp.Label {
			return d.EntityOf(o.ID)
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
