package annotate

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// index holds the lookups that keep per-keystroke work independent of the document's length.
type index struct {
	segByID  map[string]int     // segment ID → position in Segments
	spanByID map[string]*Span   // every span
	targetOf map[string][]*Span // segment ID → its target spans
	linksOf  map[string][]*Link // span ID → links from or to it
	entityOf map[string]*Entity // span ID → the entity it mentions
	entByID  map[string]*Entity
	next     map[byte]int // next free number per ID prefix: 's', 't', 'l', 'e'
}

func (d *Document) ix() *index {
	if d.idx == nil {
		d.rebuildIndex()
	}
	return d.idx
}

// Reindex refreshes the lookups after spans, links, entities or segments were appended to or removed from
// the document's slices directly (as bulk builders such as pre-annotation do, for speed) rather than
// through an Editor.
func (d *Document) Reindex() { d.invalidate() }

// invalidate drops the lookups after a change that the incremental updates do not cover.
func (d *Document) invalidate() { d.idx = nil }

func (d *Document) rebuildIndex() {
	ix := &index{
		segByID:  make(map[string]int, len(d.Segments)),
		spanByID: make(map[string]*Span, len(d.Spans)),
		targetOf: make(map[string][]*Span),
		linksOf:  make(map[string][]*Link),
		entityOf: make(map[string]*Entity),
		entByID:  make(map[string]*Entity, len(d.Entities)),
		next:     map[byte]int{'s': 1, 't': 1, 'l': 1, 'e': 1},
	}
	for i, s := range d.Segments {
		ix.segByID[s.ID] = i
		ix.bump(s.ID)
	}
	for _, sp := range d.Spans {
		ix.spanByID[sp.ID] = sp
		ix.bump(sp.ID)
		if sp.Side == Target {
			ix.targetOf[sp.Segment] = append(ix.targetOf[sp.Segment], sp)
		}
	}
	for _, l := range d.Links {
		ix.bump(l.ID)
		ix.linksOf[l.From] = append(ix.linksOf[l.From], l)
		if l.To != l.From {
			ix.linksOf[l.To] = append(ix.linksOf[l.To], l)
		}
	}
	for _, e := range d.Entities {
		ix.bump(e.ID)
		ix.entByID[e.ID] = e
		for _, m := range e.Mentions {
			ix.entityOf[m] = e
		}
	}
	d.idx = ix
}

// bump keeps next above the number of an ID like "t12".
func (ix *index) bump(id string) {
	if len(id) < 2 {
		return
	}
	n, err := strconv.Atoi(id[1:])
	if err != nil {
		return
	}
	if n >= ix.next[id[0]] {
		ix.next[id[0]] = n + 1
	}
}

// NewID returns an unused ID with the given prefix ('s' segment, 't' span, 'l' link, 'e' entity).
func (d *Document) NewID(prefix byte) string {
	ix := d.ix()
	n := ix.next[prefix]
	if n == 0 {
		n = 1
	}
	ix.next[prefix] = n + 1
	return string(prefix) + strconv.Itoa(n)
}

// SourceOffsets returns the offset converter for the source text.
func (d *Document) SourceOffsets() *Offsets {
	if d.srcOff == nil || d.srcOffText != d.Text {
		d.srcOff, d.srcOffText = NewOffsets(d.Text), d.Text
	}
	return d.srcOff
}

// Segment returns the segment with the given ID, or nil.
func (d *Document) Segment(id string) *Segment {
	if i, ok := d.ix().segByID[id]; ok {
		return d.Segments[i]
	}
	return nil
}

// SegmentIndex returns the position of the segment in Segments, or -1.
func (d *Document) SegmentIndex(id string) int {
	if i, ok := d.ix().segByID[id]; ok {
		return i
	}
	return -1
}

// SegmentAt returns the index of the segment holding source byte offset off, or -1.
func (d *Document) SegmentAt(off int) int {
	i := sort.Search(len(d.Segments), func(i int) bool { return d.Segments[i].End > off })
	if i < len(d.Segments) && d.Segments[i].Start <= off {
		return i
	}
	return -1
}

// SourceText returns the segment's source text.
func (d *Document) SourceText(s *Segment) string { return d.Text[s.Start:s.End] }

// Span returns the span with the given ID, or nil.
func (d *Document) Span(id string) *Span { return d.ix().spanByID[id] }

// SpanText returns the text a span covers.
func (d *Document) SpanText(sp *Span) string {
	if sp.Side == Source {
		return d.Text[sp.Start:sp.End]
	}
	if seg := d.Segment(sp.Segment); seg != nil && sp.End <= len(seg.Target) {
		return seg.Target[sp.Start:sp.End]
	}
	return ""
}

// TargetSpans returns the target spans of a segment, sorted by position. The slice is the caller's.
func (d *Document) TargetSpans(segID string) []*Span {
	out := append([]*Span(nil), d.ix().targetOf[segID]...)
	sortSpans(out)
	return out
}

// SourceSpans returns the source spans that lie within [start, end), sorted by position.
func (d *Document) SourceSpans(start, end int) []*Span {
	var out []*Span
	for _, sp := range d.Spans {
		if sp.Side == Source && sp.Start >= start && sp.End <= end {
			out = append(out, sp)
		}
	}
	sortSpans(out)
	return out
}

// SpansBySegment groups the source spans by the index of the segment holding their start, in one pass.
func (d *Document) SpansBySegment() [][]*Span {
	out := make([][]*Span, len(d.Segments))
	for _, sp := range d.Spans {
		if sp.Side != Source {
			continue
		}
		if i := d.SegmentAt(sp.Start); i >= 0 {
			out[i] = append(out[i], sp)
		}
	}
	for _, s := range out {
		sortSpans(s)
	}
	return out
}

func sortSpans(s []*Span) {
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].Start != s[j].Start {
			return s[i].Start < s[j].Start
		}
		return s[i].End > s[j].End // outer before inner
	})
}

// LinksOf returns the links from or to a span.
func (d *Document) LinksOf(spanID string) []*Link {
	return append([]*Link(nil), d.ix().linksOf[spanID]...)
}

// LinkFrom returns the first link of the given type from a span, or nil.
func (d *Document) LinkFrom(spanID, typ string) *Link {
	for _, l := range d.ix().linksOf[spanID] {
		if l.From == spanID && l.Type == typ {
			return l
		}
	}
	return nil
}

// EntityOf returns the entity a span mentions, or nil.
func (d *Document) EntityOf(spanID string) *Entity { return d.ix().entityOf[spanID] }

// Entity returns the entity with the given ID, or nil.
func (d *Document) Entity(id string) *Entity { return d.ix().entByID[id] }

// Name returns the entity's name in lang, falling back to any name it has.
func (e *Entity) Name(lang string) string {
	if n := e.Names[lang]; n != "" {
		return n
	}
	keys := make([]string, 0, len(e.Names))
	for k := range e.Names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if e.Names[k] != "" {
			return e.Names[k]
		}
	}
	return ""
}

// Describe names a span for messages: ID, label and (shortened) text.
func (d *Document) Describe(sp *Span) string {
	return fmt.Sprintf("%s %s %q", sp.ID, sp.Label, Shorten(d.SpanText(sp), 40))
}

// Shorten cuts s to at most n code points, marking the cut with an ellipsis, for a one-line display:
// line breaks and runs of spaces become one space ("« … sourire.\nIls disaient … »" spans two lines
// of a sentence-aligned text, and must not spill over the next row of a list).
func Shorten(s string, n int) string {
	if strings.ContainsAny(s, "\n\r\t") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	i := 0
	for k := range s {
		if i == n {
			return strings.TrimSpace(s[:k]) + "…"
		}
		i++
	}
	return s
}
