package app

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// describe is how the list and the merge menu name an entity: its type, its names and how many
// mentions it has in each language ("PER · Sergueï Lavrov / Sergei Lavrov (10 FR, 2 EN)").
func (p *entitiesPanel) describe(e *annotate.Entity) string {
	name, counts := p.describeParts(e)
	return name + " " + counts
}

// describeParts returns describe's two parts: the type and names, and the counts in brackets.
func (p *entitiesPanel) describeParts(e *annotate.Entity) (name, counts string) {
	d := p.ui.doc
	fr, en := p.counts(e)
	return fmt.Sprintf("%s · %s", e.Type, bothNames(e.Names[d.SourceLang], e.Names[d.TargetLang])),
		"(" + lang.L("{{.FR}} FR, {{.EN}} EN", map[string]any{"FR": fr, "EN": en}) + ")"
}

// namesakes returns the IDs of the entities whose row reads as another's, their type and names as
// the list shows them (see bothNames): the Entities list tells them apart by the segment of their
// first mention, as the merge menu does. "Europe" with the English name Europe and "Europe" with none
// read alike (an entity split off with New entity from selected span has no English name yet), and
// were two rows "LOC · Europe" nothing told apart. Linear in the entities.
func namesakes(d *annotate.Document) map[string]bool {
	type key struct{ typ, names string }
	first := make(map[key]string, len(d.Entities))
	out := map[string]bool{}
	for _, e := range d.Entities {
		k := key{e.Type, bothNames(e.Names[d.SourceLang], e.Names[d.TargetLang])}
		if id, ok := first[k]; ok {
			out[id], out[e.ID] = true, true
		} else {
			first[k] = e.ID
		}
	}
	return out
}

// firstSegment returns the index of the segment of e's first mention, French or English; -1 when
// it has none.
func (p *entitiesPanel) firstSegment(e *annotate.Entity) int {
	d := p.ui.doc
	first := -1
	for _, id := range e.Mentions {
		if sp := d.Span(id); sp != nil {
			i := d.SegmentAt(sp.Start)
			if sp.Side == annotate.Target {
				i = d.SegmentIndex(sp.Segment)
			}
			if i >= 0 && (first < 0 || i < first) {
				first = i
			}
		}
	}
	return first
}

// firstIn adds to label where e is first mentioned ("PER · Obama · first in seg. 2": "§2" read as
// a paragraph in French, as segmentName says), or returns it as it is when e has no mention.
func (p *entitiesPanel) firstIn(label string, e *annotate.Entity) string {
	if first := p.firstSegment(e); first >= 0 {
		return label + " · " + lang.L("first in seg. {{.N}}", map[string]any{"N": first + 1})
	}
	return label
}

// disambiguate tells apart, in the merge menu, namesakes with as many mentions: by the segment of
// their first mention, else by their place in the document's list.
func (p *entitiesPanel) disambiguate(label string, e *annotate.Entity) string {
	if l := p.firstIn(label, e); l != label && p.mergeIDs[l] == "" {
		return l
	}
	for n := 2; ; n++ {
		if l := fmt.Sprintf("%s · #%d", label, n); p.mergeIDs[l] == "" {
			return l
		}
	}
}

// counts returns the numbers of an entity's French and English mentions.
func (p *entitiesPanel) counts(e *annotate.Entity) (fr, en int) {
	for _, id := range e.Mentions {
		if sp := p.ui.doc.Span(id); sp != nil && sp.Side == annotate.Target {
			en++
		} else if sp != nil {
			fr++
		}
	}
	return fr, en
}

// bothNames writes an entity's French and English names, once when they are the same.
func bothNames(fr, en string) string {
	if fr == en || en == "" && fr != "" {
		return orDash(fr)
	}
	return orDash(fr) + " / " + orDash(en)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// mergeName names an entity in the status line of a merge: its French name (its English one when it
// has none), and where it is first mentioned when another of the document has the same names.
func (p *entitiesPanel) mergeName(e *annotate.Entity) string {
	d := p.ui.doc
	name := e.Name(d.SourceLang)
	if name == "" {
		name = e.Name(d.TargetLang)
	}
	name = orDash(name)
	if first := p.firstSegment(e); first >= 0 && namesakes(d)[e.ID] {
		name += " (" + segmentShort(first+1) + ")"
	}
	return name
}
