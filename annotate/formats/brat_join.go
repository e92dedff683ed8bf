package formats

import (
	"strings"

	"github.com/glose-app/glose/annotate"
)

// bratGroups gives back to brat its discontinuous spans: the import makes one of parts tied by
// "fragment" links (bratFragmentLink), and the export writes parts so tied, of one label, origin and
// mention kind, as one brat span again. It returns a copy of v without those links, and the parts of
// each such span by the ID of its first part in the text (the one the span's line is written for);
// the other parts map to nil. Other "fragment" links stay relations.
func bratGroups(v *view) (*view, map[string][]vspan) {
	byID := make(map[string]vspan, len(v.Spans))
	for _, s := range v.Spans {
		byID[s.ID] = s
	}
	root, joined := map[string]string{}, map[string]bool{}
	find := func(id string) string {
		for root[id] != "" {
			id = root[id]
		}
		return id
	}
	kept := make([]*annotate.Link, 0, len(v.Links))
	for _, l := range v.Links {
		a, okA := byID[l.From]
		b, okB := byID[l.To]
		if l.Type != bratFragmentLink || !okA || !okB || a.Label != b.Label || a.Origin != b.Origin || a.Mention != b.Mention || find(l.From) == find(l.To) {
			kept = append(kept, l)
			continue
		}
		root[find(l.To)] = find(l.From)
		joined[l.From], joined[l.To] = true, true
	}
	if len(kept) == len(v.Links) {
		return v, nil
	}
	groups := map[string][]vspan{}
	first := map[string]string{} // a root → the ID of its group's first part in the text
	for _, s := range v.Spans {  // in text order
		if !joined[s.ID] {
			continue
		}
		r := find(s.ID)
		if f, ok := first[r]; ok {
			groups[f] = append(groups[f], s)
			groups[s.ID] = nil
			continue
		}
		first[r] = s.ID
		groups[s.ID] = []vspan{s}
	}
	c := *v
	c.Links = kept
	return &c, groups
}

// bratGroupFragments is bratFragments over the parts of one brat span, in text order.
func bratGroupFragments(v *view, parts []vspan) (offsets, text string) {
	var offs, texts []string
	for _, p := range parts {
		o, t := bratFragments(v, p)
		offs, texts = append(offs, o), append(texts, t)
	}
	return strings.Join(offs, ";"), strings.Join(texts, " ")
}

// bratFirstPart is the first part of the brat span whose later part is id.
func bratFirstPart(groups map[string][]vspan, id string) string {
	for first, parts := range groups {
		if len(parts) < 2 {
			continue // a later part itself
		}
		for _, p := range parts[1:] {
			if p.ID == id {
				return first
			}
		}
	}
	return ""
}
