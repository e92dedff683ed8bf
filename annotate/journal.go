package annotate

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// An autosave of a long document written in full after every few seconds of typing re-encoded the
// whole document each time (24 MB of JSON for a 4 MB article, a third of a second of a core, every
// 9 s of steady work) to keep a few words. A Tracker instead says what changed since a state written
// out in full: the segments, spans, links and entities that differ, whole, and the IDs of those
// removed. Applying those changes in order to the state written in full gives the document again.
//
// A change record holds the model's own values, offsets in bytes as in memory: it is read back only
// by ApplyChange, on the state it was made from, and never leaves the program as a document does.
// It is found by comparing values, not by following the edits, so that no change can be missed,
// whichever code made it: the comparison costs some milliseconds on a 4 MB article, the encoding
// only what changed.

// ErrNotTracked is returned by Tracker.Change when the document is not the one tracked (another
// source text): its changes cannot be said against the state written in full, which must be written
// again.
var ErrNotTracked = errors.New("the document is not the one whose changes are followed")

// ErrLargeChange is returned by Tracker.Change when more than LargeChange items changed (a
// pre-annotation, Accept all, Replace all over a long document): encoding them item by item would take
// longer than the document in full, and on the goroutine the caller keeps for the user.
var ErrLargeChange = errors.New("too many changes to record one by one: write the document in full")

// LargeChange is the most items a record of changes holds (see ErrLargeChange).
const LargeChange = 2000

// Tracker follows a document's changes from a state written out in full. It keeps its own copy of
// the last state it said, and is not safe for concurrent use.
type Tracker struct{ base *Document }

// NewTracker follows changes from base, a copy (Clone) that nobody else changes: the tracker takes it.
func NewTracker(base *Document) *Tracker { return &Tracker{base: base} }

// changeRecord is one record of changes: the values that differ from the previous state, and what went.
// Absent parts did not change.
type changeRecord struct {
	Head     *docHead     `json:"head,omitempty"`
	Segments []*Segment   `json:"segments,omitempty"`
	Order    []string     `json:"order,omitempty"` // the segments' IDs, when others came or went
	Spans    []*Span      `json:"spans,omitempty"`
	NoSpans  []string     `json:"dropSpans,omitempty"`
	Links    []*Link      `json:"links,omitempty"`
	NoLinks  []string     `json:"dropLinks,omitempty"`
	Entities []*Entity    `json:"entities,omitempty"`
	NoEnts   []string     `json:"dropEntities,omitempty"`
	Rejected *[]Rejection `json:"rejected,omitempty"` // all of them, when any changed
}

// docHead is what a document holds beside its lists, but its text, which never changes.
type docHead struct {
	ID, Title, SourceLang, TargetLang string
	Layout                            Layout
	Labels                            []Label
	Notes                             []Note
	Meta                              Meta
	TrackChanges                      bool `json:",omitempty"`
}

func headOf(d *Document) docHead {
	return docHead{d.ID, d.Title, d.SourceLang, d.TargetLang, d.Layout, d.Labels, d.Notes, d.Meta, d.TrackChanges}
}

// Change returns the record of d's changes since the last state the tracker said (the one it was
// made from, then each change returned), and takes d's state as the last one said; nil when nothing
// changed. On an error (ErrNotTracked, ErrLargeChange) the tracker is to be dropped, and the document
// written in full.
func (t *Tracker) Change(d *Document) ([]byte, error) {
	b := t.base
	if d.Text != b.Text {
		return nil, ErrNotTracked
	}
	var c changeRecord
	if h := headOf(d); !sameHead(h, headOf(b)) {
		c.Head = &h
		b.ID, b.Title, b.SourceLang, b.TargetLang = d.ID, d.Title, d.SourceLang, d.TargetLang
		b.Layout, b.Labels, b.Notes, b.Meta = d.Layout.clone(), slices.Clone(d.Labels), slices.Clone(d.Notes), d.Meta
		b.Meta.Annotators = slices.Clone(d.Meta.Annotators) // the rest of Meta is replaced, not changed, as Clone has it
		b.TrackChanges = d.TrackChanges
	}
	var reordered bool
	b.Segments, c.Segments, _, reordered = diffByID(b.Segments, d.Segments, func(s *Segment) string { return s.ID }, sameSegment, cloneSegment)
	if reordered {
		c.Order = make([]string, len(d.Segments))
		for i, s := range d.Segments {
			c.Order[i] = s.ID
		}
	}
	b.Spans, c.Spans, c.NoSpans, _ = diffByID(b.Spans, d.Spans, func(s *Span) string { return s.ID }, samePtr[Span], clonePtr[Span])
	b.Links, c.Links, c.NoLinks, _ = diffByID(b.Links, d.Links, func(l *Link) string { return l.ID }, samePtr[Link], clonePtr[Link])
	b.Entities, c.Entities, c.NoEnts, _ = diffByID(b.Entities, d.Entities, func(e *Entity) string { return e.ID }, sameEntity, cloneEntity)
	if !slices.EqualFunc(b.Rejected, d.Rejected, samePtr[Rejection]) {
		all := make([]Rejection, len(d.Rejected))
		for i, r := range d.Rejected {
			all[i] = *r
		}
		c.Rejected, b.Rejected = &all, cloneAll(d.Rejected)
	}
	b.invalidate()
	if c.empty() {
		return nil, nil
	}
	if c.size() > LargeChange {
		return nil, ErrLargeChange
	}
	data, err := json.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("recording the changes of document %s: %w", d.ID, err)
	}
	return data, nil
}

// size is how many items c holds.
func (c *changeRecord) size() int {
	n := len(c.Segments) + len(c.Order) + len(c.Spans) + len(c.NoSpans) + len(c.Links) + len(c.NoLinks) + len(c.Entities) + len(c.NoEnts)
	if c.Rejected != nil {
		n += len(*c.Rejected)
	}
	return n
}

func (c *changeRecord) empty() bool {
	return c.Head == nil && c.Segments == nil && c.Order == nil && c.Spans == nil && c.NoSpans == nil && c.Links == nil &&
		c.NoLinks == nil && c.Entities == nil && c.NoEnts == nil && c.Rejected == nil
}

// diffByID compares the items cur with base, the copies of the previous state, matched by ID: it
// returns base made equal to cur (the copies of unchanged items kept), the items of cur that are new
// or differ, the IDs of base's items cur lacks, and whether the IDs' order changed (an item came or
// went, or moved). Items are matched by place while the two lists keep step (the usual case: a few
// changed in place, some added at the end), by ID from the first place they do not.
func diffByID[T any](base, cur []*T, id func(*T) string, same func(a, b *T) bool, copyOf func(*T) *T) (next, changed []*T, dropped []string, reordered bool) {
	i := 0
	for ; i < len(base) && i < len(cur) && id(base[i]) == id(cur[i]); i++ {
		if !same(base[i], cur[i]) {
			changed = append(changed, cur[i])
			base[i] = copyOf(cur[i])
		}
	}
	if i == len(base) && i == len(cur) {
		return base, changed, nil, false
	}
	tail := base[i:]
	pos := make(map[string]int, len(tail))
	for k, v := range tail {
		pos[id(v)] = k
	}
	seen := make([]bool, len(tail))
	next = append(base[:i:i], make([]*T, 0, len(cur)-i)...) // a new array: tail is still read
	last := -1
	for _, v := range cur[i:] {
		k, ok := pos[id(v)]
		if !ok {
			reordered = true
			changed, next = append(changed, v), append(next, copyOf(v))
			continue
		}
		reordered = reordered || k < last
		last, seen[k] = k, true
		old := tail[k]
		if !same(old, v) {
			old = copyOf(v)
			changed = append(changed, v)
		}
		next = append(next, old)
	}
	for k, v := range tail {
		if !seen[k] {
			dropped, reordered = append(dropped, id(v)), true
		}
	}
	return next, changed, dropped, reordered
}

func samePtr[T comparable](a, b *T) bool { return *a == *b }

func clonePtr[T any](v *T) *T { c := *v; return &c }

// sameSegment compares every field of Segment (TestTrackerComparesEveryField says when one is added).
func sameSegment(a, b *Segment) bool {
	return a.ID == b.ID && a.Start == b.Start && a.End == b.End && a.Paragraph == b.Paragraph && a.Kind == b.Kind &&
		a.Target == b.Target && a.Status == b.Status && a.Unit == b.Unit && a.UnitSegment == b.UnitSegment &&
		a.Locked == b.Locked && a.LockReason == b.LockReason && slices.Equal(a.Notes, b.Notes) && slices.Equal(a.QAIgnored, b.QAIgnored) && slices.Equal(a.Codes, b.Codes) &&
		a.TranslatorTarget == b.TranslatorTarget
}

func cloneSegment(s *Segment) *Segment {
	c := *s
	c.Notes, c.QAIgnored, c.Codes = slices.Clone(s.Notes), slices.Clone(s.QAIgnored), slices.Clone(s.Codes)
	return &c
}

func sameEntity(a, b *Entity) bool {
	return a.ID == b.ID && a.Type == b.Type && maps.Equal(a.Names, b.Names) && slices.Equal(a.Mentions, b.Mentions) && slices.Equal(a.Proposed, b.Proposed)
}

func cloneEntity(e *Entity) *Entity {
	c := *e
	c.Names, c.Mentions, c.Proposed = maps.Clone(e.Names), slices.Clone(e.Mentions), slices.Clone(e.Proposed)
	return &c
}

func sameHead(a, b docHead) bool {
	return a.ID == b.ID && a.Title == b.Title && a.SourceLang == b.SourceLang && a.TargetLang == b.TargetLang &&
		sameLayout(a.Layout, b.Layout) && slices.Equal(a.Labels, b.Labels) && slices.Equal(a.Notes, b.Notes) && sameMeta(a.Meta, b.Meta) &&
		a.TrackChanges == b.TrackChanges
}

func sameLayout(a, b Layout) bool {
	return a.CRLF == b.CRLF && a.Markdown == b.Markdown && slices.Equal(a.Blocks, b.Blocks) && slices.Equal(a.Tags, b.Tags)
}

func sameMeta(a, b Meta) bool {
	return a.Origin == b.Origin && a.URL == b.URL && a.Created.Equal(b.Created) && a.Modified.Equal(b.Modified) &&
		slices.Equal(a.Annotators, b.Annotators) && samePreannotation(a.Preannotated, b.Preannotated) && sameOriginal(a.Original, b.Original) &&
		slices.Equal(a.RemovedNotes, b.RemovedNotes)
}

func samePreannotation(a, b *Preannotation) bool {
	return a == b || a != nil && b != nil && a.At.Equal(b.At) && a.Model == b.Model
}

func sameOriginal(a, b *Original) bool {
	return a == b || a != nil && b != nil && a.Format == b.Format && a.Name == b.Name && a.File == b.File && string(a.Data) == string(b.Data)
}
