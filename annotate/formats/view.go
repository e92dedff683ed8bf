package formats

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// view is one text of a document with the spans and links an export keeps: the source text, or the
// translation built by joining the segments' targets. Offset-based formats write views, so that the
// source and target sides share one code path. Offsets in a view are bytes into Text.
type view struct {
	Doc   *annotate.Document
	ID    string // record ID: the document's ID, with "#target" for the target side
	Side  annotate.Side
	Lang  string
	Text  string
	Segs  []vseg  // the segments' ranges in Text, in order
	Spans []vspan // sorted by start, outer spans first
	Links []*annotate.Link
	off   *annotate.Offsets
}

type vseg struct {
	Seg        *annotate.Segment
	Start, End int
}

type vspan struct {
	*annotate.Span
	Start, End int // bytes into view.Text (shadow the span's own offsets)
}

// text returns the text a view span covers.
func (v *view) text(s vspan) string { return v.Text[s.Start:s.End] }

// at converts a byte offset of the view's text into unit u. Views are built from validated documents,
// so the offset is always on a character boundary.
func (v *view) at(b int, u annotate.Unit) int {
	n, _ := v.off.Convert(b, annotate.Bytes, u) // cannot fail: prepare validated the document
	return n
}

// plural writes n with the words that agree with it: plural(1, "region has", "regions have") is
// "1 region has", plural(0, …) "0 regions have". It is annotate.Plural under a short name, as
// warnings call it often.
func plural(n int, one, other string) string { return annotate.Plural(n, one, other) }

// pick is one when n is 1, else other: the words further on in a warning that refer back to a count,
// such as "keep it" or "keep them".
func pick(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}

// prepare validates the documents of an export.
func prepare(docs []*annotate.Document) error {
	if len(docs) == 0 {
		return fmt.Errorf("nothing to export: no document")
	}
	seen := map[string]bool{}
	for _, d := range docs {
		if err := d.Validate(); err != nil {
			return fmt.Errorf("document %s: %w", d.ID, err)
		}
		if seen[d.ID] {
			return fmt.Errorf("two documents have the ID %q: IDs must be unique in a corpus", d.ID)
		}
		seen[d.ID] = true
	}
	return nil
}

// views returns the views of d that opts asks for, with warnings about what they leave out.
func views(d *annotate.Document, opts WriteOptions, w *warnings) []*view {
	var out []*view
	if opts.Side != TargetSide {
		out = append(out, sourceView(d, opts))
	}
	if opts.Side != SourceSide {
		out = append(out, targetView(d, opts))
		untranslatedWarning(d, w)
	}
	nsrc, ntgt, ntrans := leftOut(d, opts)
	sideWarnings(d, opts, nsrc, ntgt, w)
	if ntrans > 0 {
		w.say(d.ID, WarnCrossLinksLeftOut, map[string]any{"N": ntrans}, "%s not kept: each text is a separate record",
			plural(ntrans, "link between a source and a target span (e.g. translation) is", "links between a source and a target span (e.g. translation) are"))
	}
	confirmedLinkWarning(d, opts, false, w)
	nothingConfirmedWarning(d, opts, w)
	return out
}

// nothingConfirmedWarning warns, for a confirmed-only export, about a document none of whose spans
// that the export would otherwise keep is confirmed: it goes out with no annotation at all, which a
// recogniser trained on it learns as a text naming no one (a document not reviewed yet).
func nothingConfirmedWarning(d *annotate.Document, opts WriteOptions, w *warnings) {
	if !opts.Confirmed {
		return
	}
	if n := unconfirmedOnly(d, opts); n > 0 {
		w.say(d.ID, WarnNothingConfirmed, map[string]any{"N": n},
			"nothing is confirmed yet: written with no annotation, as a text that names no one, and %s left out (review it, or leave it out with --skip-unreviewed)",
			plural(n, "suggestion", "suggestions"))
	}
}

// unconfirmedOnly is the number of suggestions of d that an export with opts would keep but for
// Confirmed, when none of its spans it would keep is confirmed; 0 when one is, or when it has none.
func unconfirmedOnly(d *annotate.Document, opts WriteOptions) int {
	n := 0
	for _, sp := range d.Spans {
		if !onSide(sp, opts.Side) || !opts.keepLabel(sp.Label) || !opts.keepMention(sp) {
			continue
		}
		if sp.Origin == annotate.Human {
			return 0
		}
		n++
	}
	return n
}

// untranslatedWarning says how many segments a record of the translation leaves out, having no
// English yet: its text joins the others' (targetView), and is empty when none has one, a record
// that a team would otherwise find as a blank task in its annotation tool.
func untranslatedWarning(d *annotate.Document, w *warnings) {
	n := 0
	for _, s := range d.Segments {
		if s.Target == "" {
			n++
		}
	}
	if n == 0 {
		return
	}
	empty := ""
	if n == len(d.Segments) {
		empty = ", and the translation's record is empty"
	}
	w.say(d.ID, WarnUntranslatedLeftOut, map[string]any{"N": n, "Total": len(d.Segments)},
		"%d of %s %s no translation yet: left out of the translation's text%s", n,
		plural(len(d.Segments), "segment", "segments"), pick(n, "has", "have"), empty)
}

// sideWarnings says how many spans of the other side an export of one side leaves out, of the nsrc
// source and ntgt target spans the other options keep.
func sideWarnings(d *annotate.Document, opts WriteOptions, nsrc, ntgt int, w *warnings) {
	if opts.Side == SourceSide && ntgt > 0 {
		w.say(d.ID, WarnTargetSpansLeftOut, map[string]any{"N": ntgt},
			"%s left out (exporting the source side; use --side target or both)", plural(ntgt, "target span", "target spans"))
	}
	if opts.Side == TargetSide && nsrc > 0 {
		w.say(d.ID, WarnSourceSpansLeftOut, map[string]any{"N": nsrc},
			"%s left out (exporting the target side; use --side source or both)", plural(nsrc, "source span", "source spans"))
	}
}

// leftOut counts the kept spans per side and the kept links between the two sides.
func leftOut(d *annotate.Document, opts WriteOptions) (nsrc, ntgt, ntrans int) {
	for _, sp := range d.Spans {
		if keepSpan(sp, opts) {
			if sp.Side == annotate.Source {
				nsrc++
			} else {
				ntgt++
			}
		}
	}
	for _, l := range d.Links {
		if a, b := d.Span(l.From), d.Span(l.To); a != nil && b != nil && a.Side != b.Side && keepSpan(a, opts) && keepSpan(b, opts) {
			ntrans++
		}
	}
	return nsrc, ntgt, ntrans
}

func keepSpan(sp *annotate.Span, opts WriteOptions) bool {
	return (!opts.Confirmed || sp.Origin == annotate.Human) && opts.keepLabel(sp.Label) && opts.keepMention(sp)
}

func sourceView(d *annotate.Document, opts WriteOptions) *view {
	v := &view{Doc: d, ID: d.ID, Side: annotate.Source, Lang: d.SourceLang, Text: d.Text, off: d.SourceOffsets()}
	for _, s := range d.Segments {
		v.Segs = append(v.Segs, vseg{s, s.Start, s.End})
	}
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source && keepSpan(sp, opts) {
			v.Spans = append(v.Spans, vspan{sp, sp.Start, sp.End})
		}
	}
	v.finish(opts)
	return v
}

// targetView joins the non-empty targets: a space between the segments of a paragraph, a blank line
// between paragraphs.
func targetView(d *annotate.Document, opts WriteOptions) *view {
	v := &view{Doc: d, ID: d.ID + "#target", Side: annotate.Target, Lang: d.TargetLang}
	var b strings.Builder
	base := map[string]int{}
	para := -1
	for _, s := range d.Segments {
		if s.Target == "" {
			continue
		}
		switch {
		case b.Len() == 0:
		case s.Paragraph == para:
			b.WriteByte(' ')
		default:
			b.WriteString("\n\n")
		}
		para = s.Paragraph
		base[s.ID] = b.Len()
		v.Segs = append(v.Segs, vseg{s, b.Len(), b.Len() + len(s.Target)})
		b.WriteString(s.Target)
	}
	v.Text = b.String()
	v.off = annotate.NewOffsets(v.Text)
	for _, sp := range d.Spans {
		if o, ok := base[sp.Segment]; ok && sp.Side == annotate.Target && keepSpan(sp, opts) {
			v.Spans = append(v.Spans, vspan{sp, o + sp.Start, o + sp.End})
		}
	}
	v.finish(opts)
	return v
}

// finish sorts the spans and keeps the links whose two ends are in the view.
func (v *view) finish(opts WriteOptions) {
	sort.SliceStable(v.Spans, func(i, j int) bool {
		a, b := v.Spans[i], v.Spans[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	in := make(map[string]bool, len(v.Spans))
	for _, s := range v.Spans {
		in[s.ID] = true
	}
	for _, l := range v.Doc.Links {
		if in[l.From] && in[l.To] && (!opts.Confirmed || l.Origin == annotate.Human) {
			v.Links = append(v.Links, l)
		}
	}
}

// isEntityLabel says whether a label names a thing (a candidate for flat NER formats) rather than a
// quotation or a reporting verb.
func isEntityLabel(l string) bool { return l != annotate.LabelQuote && l != annotate.LabelCue }

// flatten picks non-overlapping spans for formats that hold one label per token: entity labels first,
// longer spans first. It returns the kept spans in text order and the others.
func flatten(spans []vspan, only func(string) bool) (kept, dropped []vspan) {
	cand := make([]vspan, 0, len(spans))
	for _, s := range spans {
		if only == nil || only(s.Label) {
			cand = append(cand, s)
		} else {
			dropped = append(dropped, s)
		}
	}
	notEntity := func(s vspan) int {
		if isEntityLabel(s.Label) {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(cand, func(a, b vspan) int {
		return cmp.Or(notEntity(a)-notEntity(b), (b.End-b.Start)-(a.End-a.Start))
	})
	taken := newStartSet(cand)
	for _, s := range cand {
		if taken.overlaps(s) {
			dropped = append(dropped, s)
			continue
		}
		taken.add(s)
		kept = append(kept, s)
	}
	slices.SortFunc(kept, func(a, b vspan) int { return cmp.Or(a.Start-b.Start, a.End-b.End) })
	return kept, dropped
}

// startSet holds the spans flatten has kept, so that whether a candidate overlaps one of them takes
// a time logarithmic in their number (inserting into a sorted slice made a book-length export
// quadratic: 1.7 s for 4 MB). It is a Fenwick tree counting the kept spans by start, over the
// candidates' starts, with the furthest end kept at each start.
type startSet struct {
	starts []int // the candidates' starts, sorted, each once
	count  []int // Fenwick tree: count[i] sums the kept spans of a range of starts ending at starts[i-1]
	end    []int // the furthest end of the kept spans starting at starts[i]
}

func newStartSet(cand []vspan) *startSet {
	starts := make([]int, 0, len(cand))
	for _, s := range cand {
		starts = append(starts, s.Start)
	}
	slices.Sort(starts)
	starts = slices.Compact(starts)
	return &startSet{starts: starts, count: make([]int, len(starts)+1), end: make([]int, len(starts))}
}

// below counts the kept spans that start before offset b.
func (t *startSet) below(b int) int {
	n := 0
	for i, _ := slices.BinarySearch(t.starts, b); i > 0; i -= i & -i {
		n += t.count[i]
	}
	return n
}

// nth returns the index in starts of the start of the n-th kept span (from 1) in text order.
func (t *startSet) nth(n int) int {
	i := 0
	for step := 1 << bits.Len(uint(len(t.starts))); step > 0; step >>= 1 {
		if j := i + step; j < len(t.count) && t.count[j] < n {
			i, n = j, n-t.count[j]
		}
	}
	return i
}

// overlaps reports whether s overlaps a kept span: one starts inside s, or the last one to start
// before s ends after s starts.
func (t *startSet) overlaps(s vspan) bool {
	before := t.below(s.Start)
	if t.below(s.End) > before {
		return true
	}
	return before > 0 && t.end[t.nth(before)] > s.Start
}

func (t *startSet) add(s vspan) {
	k, _ := slices.BinarySearch(t.starts, s.Start)
	t.end[k] = max(t.end[k], s.End)
	for i := k + 1; i < len(t.count); i += i & -i {
		t.count[i]++
	}
}

// translationWarning notes that a format keeps no translations, when an export of the source side
// leaves them out (with --side target or both they are written, as records of their own).
func translationWarning(d *annotate.Document, format string, opts WriteOptions, w *warnings) {
	if opts.Side == TargetSide || opts.Side == BothSides {
		return // the translations are written, as the text of their own records
	}
	n := 0
	for _, s := range d.Segments {
		if s.Target != "" {
			n++
		}
	}
	if n > 0 {
		w.say(d.ID, WarnNoTranslations, map[string]any{"Format": format, "N": n},
			"%s keeps no translations: %s left out (use xliff, tmx or jsonl)", format, plural(n, "segment target", "segment targets"))
	}
}

// entityWarning notes that a format keeps no entities (referents shared by mentions): those that
// would be exported, with a mention a person confirmed when opts.Confirmed (the others go anyway).
func entityWarning(d *annotate.Document, format string, opts WriteOptions, w *warnings) {
	n := 0
	for _, e := range d.Entities {
		if !opts.Confirmed || slices.ContainsFunc(e.Mentions, func(id string) bool {
			sp := d.Span(id)
			return sp != nil && sp.Origin == annotate.Human
		}) {
			n++
		}
	}
	if n > 0 {
		w.say(d.ID, WarnNoEntities, map[string]any{"Format": format, "N": n},
			"%s keeps no entities: %s left out", format, plural(n, "entity (mention group)", "entities (mention groups)"))
	}
}
