package curate

import (
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/textnorm"
)

// Options are a curation's settings.
type Options struct {
	// Lang is the language of the notes written into the document for the adjudicator: a tag
	// ("fr", "fr_FR.UTF-8"); French for a French one, else English.
	Lang string
}

// Reviewer is one reviewer's annotation of a document: a short name for the notes ("A", or the
// folder's name) and the document.
type Reviewer struct {
	Name string
	Doc  *annotate.Document
}

// Result is a curated document and what the curation did to it.
type Result struct {
	Doc      *annotate.Document
	Agreed   int      // spans every reviewer confirmed alike: confirmed
	Disputed int      // spans, speakers and cues left as suggestions with their reason
	Noted    int      // other differences (English, status, an entity's name) in curation notes
	Warnings []string // translations that differ, target spans that could not be placed
}

// key identifies a span across the reviewers' copies of a document, whose texts are the same: its
// side, its segment for a target span, and its range (the label apart: a span relabelled is the same
// span given another label).
type key struct {
	side       annotate.Side
	seg        string
	start, end int
}

func keyOf(sp *annotate.Span) key { return key{sp.Side, sp.Segment, sp.Start, sp.End} }

// Merge curates the reviewers' documents (two or three) of one text into one, starting from the
// first reviewer's, whose translation, segments, entities and notes it keeps:
//   - a span every reviewer confirmed with one label is confirmed;
//   - any other span a reviewer confirmed (one reviewer's only, given other labels, or left
//     unconfirmed or removed by another) becomes a suggestion whose note says who gave what, with
//     the first reviewer's label, else the next one's, its confidence the share of reviewers who
//     confirmed it so: the app's review (confirm, reject, relabel) settles it;
//   - a suggestion no reviewer confirmed stays one;
//   - a speaker or cue link every reviewer confirmed to the same span is confirmed, another is a
//     suggestion, the first reviewer's (else the next one's), the quotation's note naming each one's.
//
// The texts must be the same; a segment whose English differs keeps the first reviewer's, the others'
// going into a note on it, with a warning; their English spans in it are not placed, with a warning.
// A segment takes the least advanced of the reviewers' statuses, the other reviewers' notes are added
// under their names, and an entity named otherwise by another reviewer keeps the first name given:
// each difference is warned of and, but for the notes, said in a curation note (differ.go).
func Merge(revs []Reviewer) (*Result, error) { return MergeWith(revs, Options{}) }

// MergeWith is Merge with its notes in the language of opts.
func MergeWith(revs []Reviewer, opts Options) (*Result, error) {
	if len(revs) < 2 {
		return nil, fmt.Errorf("curation needs two or three reviewers, got %d", len(revs))
	}
	first := revs[0].Doc
	for _, r := range revs[1:] {
		if r.Doc.Text != first.Text {
			return nil, fmt.Errorf("document %s: %s and %s have different texts, %s; curation needs the same text",
				first.ID, revs[0].Name, r.Name, textnorm.Difference(first.Text, r.Doc.Text))
		}
	}
	m := &merger{revs: revs, out: first.Clone(), res: &Result{}, p: phrasesFor(opts.Lang)}
	m.res.Doc = m.out
	m.out.Spans, m.out.Links, m.out.Rejected = nil, nil, nil
	m.placed = map[key]*annotate.Span{}
	m.sameTargets()
	for i := range revs {
		m.addSpans(i)
		m.out.Reindex() // the next IDs after those the first reviewer's spans keep
	}
	m.addLinks()
	m.addRejections()
	m.out.DropEmptyEntities()
	m.out.Reindex()
	m.statuses()
	m.notes()
	m.groupings()
	m.entityNames()
	annotate.GiveNoteIDs(m.out)
	return m.res, nil
}

// merger holds one curation's state.
type merger struct {
	revs    []Reviewer
	out     *annotate.Document
	res     *Result
	placed  map[key]*annotate.Span // the output's span of each key
	skipSeg []map[string]bool      // per reviewer, the segments whose English differs from the first's
	p       *phrases               // the notes' words
	// per output entity whose mentions some reviewer groups otherwise, which reviewers do (groupings)
	regrouped map[*annotate.Entity][]bool
}

// sameTargets compares each reviewer's English with the first's, segment by segment: where it
// differs, the first's stays and the other's goes into a note on the segment, with a warning.
func (m *merger) sameTargets() {
	m.skipSeg = make([]map[string]bool, len(m.revs))
	for i, r := range m.revs {
		m.skipSeg[i] = map[string]bool{}
		if i == 0 {
			continue
		}
		for _, s := range m.out.Segments {
			o := r.Doc.Segment(s.ID)
			switch {
			case o == nil || o.Start != s.Start || o.End != s.End:
				m.skipSeg[i][s.ID] = true
				m.warn("segment %s: %s cut the French otherwise; %s's segments kept", s.ID, r.Name, m.revs[0].Name)
			case o.Target != s.Target:
				m.skipSeg[i][s.ID] = true
				s.Notes = append(s.Notes, m.curationNote(m.p.f(m.p.english, r.Name, o.Target)))
				m.warn("segment %s: %s's English differs; %s's kept, %s's in a note on the segment", s.ID, r.Name, m.revs[0].Name, r.Name)
			}
		}
	}
}

func (m *merger) warn(format string, a ...any) {
	m.res.Warnings = append(m.res.Warnings, fmt.Sprintf("%s: ", m.out.ID)+fmt.Sprintf(format, a...))
}

// addSpans places the spans of reviewer i that no earlier reviewer placed, settling each.
func (m *merger) addSpans(i int) {
	d := m.revs[i].Doc
	skipped := 0
	for _, sp := range d.Spans {
		if sp.Side == annotate.Target && m.skipSeg[i][sp.Segment] {
			skipped++
			continue
		}
		if m.placed[keyOf(sp)] != nil {
			continue
		}
		m.place(i, sp)
	}
	if skipped > 0 {
		m.warn("%s of %s's left out, in segments whose English differs", plural(skipped, "English span", "English spans"), m.revs[i].Name)
	}
}

// place adds reviewer i's span sp to the output, settled against the other reviewers' spans of its key.
func (m *merger) place(i int, sp *annotate.Span) {
	c := *sp
	views, confirmed := m.views(keyOf(sp), sp.Label)
	switch {
	case confirmed == len(m.revs):
		c.Origin, c.Confidence = annotate.Human, 1
		m.res.Agreed++
	case confirmed == 0 && m.allSame(views):
		// a suggestion nobody reviewed: as it was
	default:
		c.Origin, c.Confidence = annotate.Auto, round(float64(confirmed)/float64(len(m.revs)))
		c.Note = m.p.disputed + strings.Join(views, m.p.sep)
		m.res.Disputed++
	}
	if i > 0 {
		c.ID = m.out.NewID('t')
		m.adopt(i, sp, &c)
	}
	m.out.Spans = append(m.out.Spans, &c)
	m.placed[keyOf(sp)] = &c
}

// views says what each reviewer gave at key k ("A: PER", "B: ORG, unconfirmed", "C: none"), and how
// many confirmed it with label.
func (m *merger) views(k key, label string) (views []string, confirmed int) {
	for i, r := range m.revs {
		sp := spanAt(r.Doc, k)
		if sp != nil && sp.Origin == annotate.Human && sp.Label == label {
			confirmed++
		}
		views = append(views, m.p.view(r.Name, m.view(i, k, label, sp)))
	}
	return views, confirmed
}

// view says what reviewer i gave at key k, sp being its span there or nil; without one, a span of
// the same kind (a quotation for a quotation, else a name) over other bounds, as "PER on “Macron”".
func (m *merger) view(i int, k key, label string, sp *annotate.Span) string {
	d := m.revs[i].Doc
	switch {
	case k.side == annotate.Target && m.skipSeg[i][k.seg]:
		return m.p.otherEng
	case sp != nil && sp.Origin == annotate.Human:
		return sp.Label
	case sp != nil:
		return m.p.f(m.p.unconfirmed, sp.Label)
	}
	for _, r := range d.Rejected {
		if r.Side == k.side && r.Segment == k.seg && r.Start == k.start && r.End == k.end {
			return m.p.f(m.p.rejected, r.Label)
		}
	}
	for _, o := range d.Spans {
		if o.Side == k.side && o.Segment == k.seg && o.Start < k.end && k.start < o.End && sameKind(o.Label, label) {
			return m.p.f(m.p.on, o.Label, m.p.q(annotate.Shorten(d.SpanText(o), 40)))
		}
	}
	return m.p.none
}

// spanAt returns the span of d at key k, or nil.
func spanAt(d *annotate.Document, k key) *annotate.Span {
	for _, sp := range d.Spans {
		if keyOf(sp) == k {
			return sp
		}
	}
	return nil
}

// sameKind reports whether two labels are both a quotation's, both a cue's, or both names'.
func sameKind(a, b string) bool {
	return (a == annotate.LabelQuote) == (b == annotate.LabelQuote) && (a == annotate.LabelCue) == (b == annotate.LabelCue)
}

// allSame reports whether every reviewer's view (after "name: ") is the same.
func (m *merger) allSame(views []string) bool {
	for i, v := range views[1:] {
		a := strings.TrimPrefix(views[0], m.revs[0].Name+m.p.colon)
		b := strings.TrimPrefix(v, m.revs[i+1].Name+m.p.colon)
		if a != b {
			return false
		}
	}
	return true
}

func plural(n int, one, other string) string { return annotate.Plural(n, one, other) }
