package annotate

import (
	"encoding/json"
	"fmt"
)

// Replay applies records of Tracker.Change, in order, to a document in the state the first was made
// from. It keeps the document's items by ID from one record to the next, so that applying the
// thousands of records a long session's autosave may hold costs what they hold, not the document's
// size each time; Done puts the document together. Spans, links and entities come out in ID order,
// as a document read from its file has them.
type Replay struct {
	d        *Document
	segs     map[string]*Segment
	order    []string
	spans    map[string]*Span
	links    map[string]*Link
	ents     map[string]*Entity
	rejected []*Rejection
	head     *docHead
}

// NewReplay starts applying records to d, which belongs to the Replay until Done.
func NewReplay(d *Document) *Replay {
	r := &Replay{d: d, segs: byID(d.Segments, func(s *Segment) string { return s.ID }), rejected: d.Rejected,
		spans: byID(d.Spans, func(s *Span) string { return s.ID }), links: byID(d.Links, func(l *Link) string { return l.ID }),
		ents: byID(d.Entities, func(e *Entity) string { return e.ID })}
	r.order = make([]string, len(d.Segments))
	for i, s := range d.Segments {
		r.order[i] = s.ID
	}
	return r
}

func byID[T any](items []*T, id func(*T) string) map[string]*T {
	m := make(map[string]*T, len(items))
	for _, v := range items {
		m[id(v)] = v
	}
	return m
}

// Apply applies one record. A record that cannot be read, or removes or orders what is not there, is
// an error, and changes nothing.
func (r *Replay) Apply(data []byte) error {
	var c changeRecord
	if err := json.Unmarshal(data, &c); err != nil {
		return fmt.Errorf("reading a record of changes: %w", err)
	}
	if err := r.check(&c); err != nil {
		return err
	}
	for _, s := range c.Segments {
		if _, ok := r.segs[s.ID]; !ok && c.Order == nil {
			r.order = append(r.order, s.ID)
		}
		r.segs[s.ID] = s
	}
	if c.Order != nil {
		r.order = c.Order
	}
	put(r.spans, c.Spans, c.NoSpans, func(s *Span) string { return s.ID })
	put(r.links, c.Links, c.NoLinks, func(l *Link) string { return l.ID })
	put(r.ents, c.Entities, c.NoEnts, func(e *Entity) string { return e.ID })
	if c.Rejected != nil {
		r.rejected = make([]*Rejection, len(*c.Rejected))
		for i := range *c.Rejected {
			r.rejected[i] = &(*c.Rejected)[i]
		}
	}
	if c.Head != nil {
		r.head = c.Head
	}
	return nil
}

// check refuses a record that removes or orders what neither the document nor the record has.
func (r *Replay) check(c *changeRecord) error {
	for _, l := range []struct {
		ids  []string
		has  func(string) bool
		what string
	}{
		{c.NoSpans, func(x string) bool { _, ok := r.spans[x]; return ok }, "span"},
		{c.NoLinks, func(x string) bool { _, ok := r.links[x]; return ok }, "link"},
		{c.NoEnts, func(x string) bool { _, ok := r.ents[x]; return ok }, "entity"},
		{c.Order, func(x string) bool { _, ok := r.segs[x]; return ok || hasSegment(c.Segments, x) }, "segment"},
	} {
		for _, x := range l.ids {
			if !l.has(x) {
				return fmt.Errorf("a record of changes removes or orders %s %q, which is not there", l.what, x)
			}
		}
	}
	return nil
}

func hasSegment(segs []*Segment, id string) bool {
	for _, s := range segs {
		if s.ID == id {
			return true
		}
	}
	return false
}

// put sets the items set in m by ID and removes those of the IDs drop.
func put[T any](m map[string]*T, set []*T, drop []string, id func(*T) string) {
	for _, v := range set {
		m[id(v)] = v
	}
	for _, x := range drop {
		delete(m, x)
	}
}

// Done puts the document together with every record applied, and returns it; the Replay is spent.
func (r *Replay) Done() *Document {
	d := r.d
	if h := r.head; h != nil {
		d.ID, d.Title, d.SourceLang, d.TargetLang, d.Layout, d.Labels, d.Notes, d.Meta = h.ID, h.Title, h.SourceLang, h.TargetLang, h.Layout, h.Labels, h.Notes, h.Meta
		d.TrackChanges = h.TrackChanges
	}
	d.Segments = make([]*Segment, 0, len(r.order))
	for _, x := range r.order {
		if s, ok := r.segs[x]; ok { // a segment the order leaves out went
			d.Segments = append(d.Segments, s)
		}
	}
	d.Spans = sortedValues(r.spans, func(s *Span) string { return s.ID })
	d.Links = sortedValues(r.links, func(l *Link) string { return l.ID })
	d.Entities = sortedValues(r.ents, func(e *Entity) string { return e.ID })
	d.Rejected = r.rejected
	d.invalidate()
	return d
}

func sortedValues[T any](m map[string]*T, id func(*T) string) []*T {
	out := make([]*T, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return sortedByID(out, id)
}

// ApplyChange applies one record of Tracker.Change to d, which must be in the state the record was
// made from (see Replay, for several). The document is not checked (Validate). An error leaves d
// unchanged.
func (d *Document) ApplyChange(data []byte) error {
	r := NewReplay(d)
	if err := r.Apply(data); err != nil {
		return err
	}
	r.Done()
	return nil
}
