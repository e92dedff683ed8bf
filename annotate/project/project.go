// Package project carries the annotations of the French source over to the English translation: when a
// segment's target text is written, it proposes target spans for the segment's source quotations and
// names, links each to its source span with a translation link, and makes every projected name a
// mention of its source span's entity, so that entities and quote speakers are known in both languages.
//
// Quotations are found by their marks (« » in the source; “ ”, " " or « » in the target), a quotation
// that runs over several segments by the mark left open or closed in each. Names are found by their
// English forms, most trusted first: a glossary, the entity's English name and earlier English mentions,
// an English-name lookup (Options.Names), the name as written; then by similarity of spelling with a
// French-to-English respelling of foreign names (Sergueï → Sergei); last, by position between the
// mentions already aligned (a rough word alignment for names nothing else finds).
//
// Everything proposed has origin auto and a confidence, and is made through an annotate.Editor as one
// undoable step. Projection is idempotent, and its suggestions follow the English: a source span linked
// by a person (or to a span a person confirmed) is left alone, while the suggestions projection made
// earlier and nobody confirmed are proposed anew with the English as it is now, kept where it still
// places them, moved where it places them elsewhere (a quotation typed halfway, then finished), removed
// where it places them nowhere (see reproject.go). Nor does it propose again what a person rejected
// (annotate.Editor.Reject records it in Document.Rejected). Offsets in Proposal are bytes into the
// segment's target text.
package project

import (
	"fmt"
	"slices"
	"sort"

	"github.com/glose-app/glose/annotate"
)

// Glossary gives the English translations of a French term (for instance from the user's glossary).
type Glossary interface {
	Lookup(fr string) []string
}

// CaseGlossary is a Glossary some of whose entries match case (a term the user marked so: "PAN" the
// party, "Orange" the company): their English is to be written in its case, as their French is found
// only in its own. Quality checks compare the English so when the glossary says it.
type CaseGlossary interface {
	Glossary
	// MatchCase reports whether the entry of French fr and English en, as Lookup gave it, matches case.
	MatchCase(fr, en string) bool
}

// GlossaryFunc adapts a function to Glossary.
type GlossaryFunc func(fr string) []string

// Lookup calls f.
func (f GlossaryFunc) Lookup(fr string) []string { return f(fr) }

// Namer gives the usual English name of a French name with the given label (Moscou → Moscow), and
// whether it knows one; ner.EnglishName has this shape.
type Namer interface {
	EnglishName(fr, label string) (string, bool)
}

// NamerFunc adapts a function such as ner.EnglishName to Namer.
type NamerFunc func(fr, label string) (string, bool)

// EnglishName calls f.
func (f NamerFunc) EnglishName(fr, label string) (string, bool) { return f(fr, label) }

// DefaultMinConfidence is the confidence under which proposals are dropped when Options say none.
const DefaultMinConfidence = 0.5

// Options tune a projection. The zero value projects quotations and PER, ORG, LOC and MISC names
// without glossary or name lookup.
type Options struct {
	Glossary      Glossary // optional
	Names         Namer    // optional English names of French names
	Labels        []string // source labels to project; nil means QUOTE, PER, ORG, LOC and MISC
	MinConfidence float64  // proposals under it are dropped; 0 means DefaultMinConfidence
	NoAlign       bool     // skip the positional fallback for names found no other way
	NoEntities    bool     // do not add projected names to entities nor speaker links to target quotes
	// Typing says the English may be half typed (projection after a pause in typing): the part of a
	// quotation that goes on into the next segment, whose English is rightly left open, is proposed only
	// once the English ends its sentence as the French does, not over the words typed so far; a name
	// ending where the English ends ("Sergei Lav") waits for what follows it. An earlier suggestion for
	// such a source span stays as it is meanwhile.
	Typing bool
}

func (o Options) labels() []string {
	if o.Labels == nil {
		return []string{annotate.LabelQuote, annotate.LabelPER, annotate.LabelORG, annotate.LabelLOC, annotate.LabelMISC}
	}
	return o.Labels
}

func (o Options) min() float64 {
	if o.MinConfidence <= 0 {
		return DefaultMinConfidence
	}
	return o.MinConfidence
}

// Proposal is a target span proposed for a source span.
type Proposal struct {
	Source     string  // ID of the source span
	Segment    string  // ID of the segment whose target text holds the span
	Start, End int     // byte offsets into the segment's target text
	Label      string  // the source span's label
	Confidence float64 // in [0, 1]
	Method     string  // how it was found: quote, glossary, entity, name, same, similar, position...
}

// Propose returns what projection would add to a segment, without changing the document: a target span
// for each source span of the segment (or overlapping it, for quotations) that has no translation link
// to a span of the segment yet and whose English could be found.
func Propose(d *annotate.Document, segID string, opts Options) ([]Proposal, error) {
	seg := d.Segment(segID)
	if seg == nil {
		return nil, fmt.Errorf("project: no segment %q", segID)
	}
	return ProposeFor(d, segID, overlapping(d, seg), opts)
}

// ProposeFor is Propose with the segment's source spans given, as Overlapping returns them for every
// segment in one pass: checking a whole document then costs one pass over the spans, not one per segment.
func ProposeFor(d *annotate.Document, segID string, spans []*annotate.Span, opts Options) ([]Proposal, error) {
	seg := d.Segment(segID)
	if seg == nil {
		return nil, fmt.Errorf("project: no segment %q", segID)
	}
	p := newProjector(d, opts)
	props := p.propose(seg, spans)
	out := make([]Proposal, len(props))
	for i, pr := range props {
		out[i] = Proposal{Source: pr.src.ID, Segment: seg.ID, Start: pr.start, End: pr.end, Label: pr.src.Label,
			Confidence: annotate.RoundConfidence(pr.conf), Method: pr.method}
	}
	return out, nil
}

// Segment projects the annotations of one segment onto its target text as one undoable step and
// returns the number of target spans added or linked.
func Segment(e *annotate.Editor, segID string, opts Options) (added int, err error) {
	d := e.Doc
	seg := d.Segment(segID)
	if seg == nil {
		return 0, fmt.Errorf("project: no segment %q", segID)
	}
	err = e.Batch("project annotations", func() error {
		p := newProjector(d, opts)
		if added, err = p.apply(e, seg, overlapping(d, seg)); err != nil {
			return err
		}
		return p.flush(e)
	})
	return added, err
}

// Document projects every segment that has a translation, as one undoable step, and returns the number
// of target spans added or linked.
func Document(e *annotate.Editor, opts Options) (added int, err error) {
	d := e.Doc
	groups := groupBySegment(d)
	p := newProjector(d, opts)
	err = e.Batch("project annotations", func() error {
		for i, seg := range d.Segments {
			if len(groups[i]) == 0 || seg.Target == "" {
				continue
			}
			n, err := p.apply(e, seg, groups[i])
			if err != nil {
				return err
			}
			added += n
		}
		return p.flush(e)
	})
	return added, err
}

// Segments projects the segments with the given IDs, as one undoable step, and returns the number of
// target spans added or linked: Document for the segments just filled (by pre-translation, say), at
// the cost of one pass over the spans however many segments there are. Unknown IDs and segments with
// no translation are skipped.
func Segments(e *annotate.Editor, ids []string, opts Options) (added int, err error) {
	d := e.Doc
	groups := groupBySegment(d)
	p := newProjector(d, opts)
	err = e.Batch("project annotations", func() error {
		for _, id := range ids {
			i := d.SegmentIndex(id)
			if i < 0 || len(groups[i]) == 0 || d.Segments[i].Target == "" {
				continue
			}
			n, err := p.apply(e, d.Segments[i], groups[i])
			if err != nil {
				return err
			}
			added += n
		}
		return p.flush(e)
	})
	return added, err
}

// overlapping returns the source spans overlapping a segment, by position.
func overlapping(d *annotate.Document, seg *annotate.Segment) []*annotate.Span {
	var out []*annotate.Span
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source && sp.Start < seg.End && seg.Start < sp.End {
			out = append(out, sp)
		}
	}
	sortByStart(out)
	return out
}

// groupBySegment returns, for each segment index, the source spans overlapping it, in one pass.
func groupBySegment(d *annotate.Document) [][]*annotate.Span {
	out := make([][]*annotate.Span, len(d.Segments))
	segs := d.Segments
	for _, sp := range d.Spans {
		if sp.Side != annotate.Source {
			continue
		}
		i := sort.Search(len(segs), func(i int) bool { return segs[i].End > sp.Start })
		for ; i < len(segs) && segs[i].Start < sp.End; i++ {
			out[i] = append(out[i], sp)
		}
	}
	for _, g := range out {
		sortByStart(g)
	}
	return out
}

func sortByStart(s []*annotate.Span) {
	slices.SortStableFunc(s, func(a, b *annotate.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
}

// Overlapping returns, for each segment index of d, the source spans overlapping that segment (a
// quotation running over several segments is in each), sorted by position.
func Overlapping(d *annotate.Document) [][]*annotate.Span { return groupBySegment(d) }

// Fold lowers s and strips its accents, for comparing names and terms ("Sergueï" and "SERGUEI" agree).
func Fold(s string) string { return fold(s) }
