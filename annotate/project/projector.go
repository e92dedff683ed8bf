package project

import (
	"slices"

	"github.com/glose-app/glose/annotate"
)

// projector holds what one projection run needs; per segment it caches the target's words.
type projector struct {
	d      *annotate.Document
	opts   Options
	lang   string // target language tag for entity names
	labels []string
	target string
	toks   []token
	byName map[string]*annotate.Entity // entities by type and folded source name, built on first need

	pending map[*annotate.Entity][]string // mentions to file under entities at the end of the run
	order   []*annotate.Entity            // the entities of pending, in order
	seen    map[*annotate.Entity][]string // English forms of the pending mentions

	ignore  map[string]bool             // target spans proposing sees as absent: unconfirmed ones checked anew
	dropped map[*annotate.Entity]string // English names that read as an unconfirmed mention replaced
	held    map[*annotate.Span]bool     // source spans whose proposal waits for the English to be typed on
}

// proposal is a target range found for a source span (bytes into the segment's target).
type proposal struct {
	src        *annotate.Span
	start, end int
	conf       float64
	method     string
	quote      bool // a quotation (else a name)
	marks      bool // the range includes the quotation marks
}

func newProjector(d *annotate.Document, opts Options) *projector {
	lang := d.TargetLang
	if lang == "" {
		lang = "en"
	}
	return &projector{d: d, opts: opts, lang: lang, labels: opts.labels(), seen: map[*annotate.Entity][]string{}}
}

// linkedIn reports whether a source span already has a translation link to a span of the segment
// (other than the unconfirmed projections being checked anew).
func (p *projector) linkedIn(src *annotate.Span, segID string) bool {
	for _, l := range p.d.LinksOf(src.ID) {
		if l.Type == annotate.LinkTranslation && l.From == src.ID && !p.ignore[l.To] {
			if t := p.d.Span(l.To); t != nil && t.Side == annotate.Target && t.Segment == segID {
				return true
			}
		}
	}
	return false
}

// claimedRanges are the segment's target name spans already linked to a source span: no new name
// proposal may overlap them.
func (p *projector) claimedRanges(segID string) []rng {
	var out []rng
	for _, t := range p.d.TargetSpans(segID) {
		if t.Label == annotate.LabelQuote || t.Label == annotate.LabelCue || p.ignore[t.ID] {
			continue
		}
		for _, l := range p.d.LinksOf(t.ID) {
			if l.Type == annotate.LinkTranslation && l.To == t.ID {
				out = append(out, rng{t.Start, t.End})
				break
			}
		}
	}
	return out
}

// propose finds target ranges for the segment's unlinked source spans among spans (those overlapping it),
// leaving out what a person rejected: the same source span into this segment, or the same label at the
// same place (see annotate.Rejection).
func (p *projector) propose(seg *annotate.Segment, spans []*annotate.Span) []proposal {
	if seg.Target == "" {
		return nil
	}
	p.target, p.toks = seg.Target, tokenize(seg.Target)
	parts, names := p.proposable(seg, spans)
	props := p.quoteProposals(seg, parts)
	claimed := p.claimedRanges(seg.ID)
	var missing []*annotate.Span
	for _, sp := range longestFirst(names) {
		if pr, ok := p.matchName(sp, p.d.SpanText(sp), claimed); ok {
			props = append(props, pr)
			claimed = append(claimed, rng{pr.start, pr.end})
		} else {
			missing = append(missing, sp)
		}
	}
	if !p.opts.NoAlign {
		props = append(props, p.align(seg, missing, props, claimed)...)
	}
	props = p.extendHeads(props, p.claimedRanges(seg.ID))
	props = slices.DeleteFunc(props, func(pr proposal) bool {
		return pr.conf < p.opts.min() || p.d.RejectedTarget(seg.ID, pr.start, pr.end, pr.src.Label)
	})
	return p.hold(props)
}

// longestFirst returns the names in order of length, longest first (in order of place among equals), so
// that a full name takes its words before a surname alone could ("David Johnson, Father Johnson's son").
func longestFirst(names []*annotate.Span) []*annotate.Span {
	out := slices.Clone(names)
	slices.SortStableFunc(out, func(a, b *annotate.Span) int { return (b.End - b.Start) - (a.End - a.Start) })
	return out
}

// hold leaves out, when the English may be half typed (Options.Typing), the proposals that may cover a
// word still being typed: a name that ends where the English ends ("Sergei Lav"), and the part of a
// quotation going on into the next segment while the English has not ended its sentence (see
// quoteProposals). Their source spans are noted in p.held: projection keeps what it proposed for them
// before as it is until the English is typed on.
func (p *projector) hold(props []proposal) []proposal {
	if !p.opts.Typing {
		return props
	}
	return slices.DeleteFunc(props, func(pr proposal) bool {
		if pr.quote || pr.end < len(p.target) {
			return false
		}
		p.holdSource(pr.src)
		return true
	})
}

func (p *projector) holdSource(src *annotate.Span) {
	if p.held == nil {
		p.held = map[*annotate.Span]bool{}
	}
	p.held[src] = true
}

// proposable sorts the spans to project into the segment: the parts of quotations overlapping it, and
// the names inside it; spans of other labels, already linked into the segment, or whose projection
// into it a person rejected are left out.
func (p *projector) proposable(seg *annotate.Segment, spans []*annotate.Span) (parts []part, names []*annotate.Span) {
	for _, sp := range spans {
		if !slices.Contains(p.labels, sp.Label) || p.linkedIn(sp, seg.ID) || p.d.RejectedProjection(seg.ID, sp) {
			continue
		}
		if sp.Label == annotate.LabelQuote {
			parts = append(parts, part{sp: sp, start: max(sp.Start, seg.Start), end: min(sp.End, seg.End),
				opens: sp.Start >= seg.Start, closes: sp.End <= seg.End})
		} else if sp.Start >= seg.Start && sp.End <= seg.End {
			names = append(names, sp)
		}
	}
	return parts, names
}

// quoteProposals places the quotation parts in the segment's target, without the target's marks
// where the source quotation was tagged without its own.
func (p *projector) quoteProposals(seg *annotate.Segment, parts []part) []proposal {
	props := matchQuotes(p.d.SourceText(seg), seg.Start, parts, p.target)
	if p.opts.Typing {
		props = slices.DeleteFunc(props, func(pr proposal) bool {
			if (pr.method == "quote-open" || pr.method == "quote-middle") &&
				endsSentence(p.d.Text[max(pr.src.Start, seg.Start):min(pr.src.End, seg.End)]) && !endsSentence(p.target) {
				p.holdSource(pr.src)
				return true
			}
			return false
		})
	}
	for i := range props {
		if !startsWithMark(p.d.Text[props[i].src.Start:props[i].src.End]) {
			props[i].start, props[i].end = trimMarks(p.target, props[i].start, props[i].end)
		}
	}
	return props
}

// align places the names found no other way by position: between the target places of the aligned
// spans around them, on a run of capitalised words nothing claims.
func (p *projector) align(seg *annotate.Segment, missing []*annotate.Span, found []proposal, claimed []rng) []proposal {
	var out []proposal
	for _, sp := range missing {
		lo, hi, slo, shi := p.alignWindow(seg, sp, found)
		runs := nameRuns(p.target, p.toks, lo, hi, claimed)
		if len(runs) == 0 || hi <= lo || shi <= slo {
			continue
		}
		best, bestD := alignNearestRun(runs, lo, hi, center(sp.Start-slo, sp.End-slo, shi-slo))
		best = narrowRun(p.toks, best, foldWords(p.d.SpanText(sp)))
		conf := 0.6 - bestD/2
		if len(runs) > 1 {
			conf -= 0.15
		}
		out = append(out, proposal{src: sp, start: best.start, end: best.end, conf: conf, method: "position"})
		claimed = append(claimed, best)
	}
	return out
}

// alignWindow narrows where the target of sp may lie, [lo, hi) in the target, and the source range
// [slo, shi) that window translates: after the aligned spans before it, before those after it, and
// inside the quotation holding it.
func (p *projector) alignWindow(seg *annotate.Segment, sp *annotate.Span, found []proposal) (lo, hi, slo, shi int) {
	lo, hi = 0, len(p.target)
	slo, shi = seg.Start, seg.End
	for _, a := range found {
		switch {
		case a.src.End <= sp.Start && a.end > lo:
			lo, slo = a.end, max(slo, a.src.End)
		case a.src.Start >= sp.End && a.start < hi:
			hi, shi = a.start, min(shi, a.src.Start)
		case a.src.Start <= sp.Start && a.src.End >= sp.End && a.quote: // a name inside a quotation
			lo, hi = max(lo, a.start), min(hi, a.end)
			slo, shi = max(slo, a.src.Start), min(shi, a.src.End)
		}
	}
	return lo, hi, slo, shi
}

// alignNearestRun returns the first of runs whose relative place in the window [lo, hi) is nearest
// pos, the name's relative place in the source, and how far it lies from it.
func alignNearestRun(runs []rng, lo, hi int, pos float64) (rng, float64) {
	best, bestD := runs[0], 2.0
	for _, r := range runs {
		if d := abs(center(r.start-lo, r.end-lo, hi-lo) - pos); d < bestD {
			best, bestD = r, d
		}
	}
	return best, bestD
}

// apply adds the proposals of a segment through the editor, reusing a target span already at the
// proposed place, and joins entities and speakers. The segment's unconfirmed projections are proposed
// anew with the rest: one whose place the English still gives stays as it is; one it no longer gives
// is removed with its links and its place among mentions, and the new proposal, if any, takes its
// place (see reproject.go).
func (p *projector) apply(e *annotate.Editor, seg *annotate.Segment, spans []*annotate.Span) (int, error) {
	stale := p.unconfirmed(seg.ID)
	p.ignore = make(map[string]bool, len(stale))
	for _, t := range stale {
		p.ignore[t.ID] = true
	}
	props := p.propose(seg, spans)
	p.ignore = nil
	props, stale = p.keepUnmoved(props, stale)
	p.held = nil
	for _, t := range stale {
		p.forget(t)
		if err := e.RemoveSpan(t.ID); err != nil {
			return 0, err
		}
	}
	var made [][2]*annotate.Span // source, target
	for _, pr := range props {
		tgt := p.existing(seg.ID, pr)
		if tgt == nil {
			tgt = &annotate.Span{Side: annotate.Target, Segment: seg.ID, Start: pr.start, End: pr.end,
				Label: pr.src.Label, Origin: annotate.Auto, Confidence: annotate.RoundConfidence(pr.conf)}
			if err := e.AddSpan(tgt); err != nil {
				return 0, err
			}
		}
		l := &annotate.Link{Type: annotate.LinkTranslation, From: pr.src.ID, To: tgt.ID, Origin: annotate.Auto, Confidence: pr.conf}
		if err := e.AddLink(l); err != nil {
			return 0, err
		}
		made = append(made, [2]*annotate.Span{pr.src, tgt})
	}
	if !p.opts.NoEntities {
		for _, m := range made {
			if err := p.join(e, m[0], m[1]); err != nil {
				return 0, err
			}
		}
	}
	return len(made), nil
}

// existing returns a target span of the segment with the proposal's place and label, if any.
func (p *projector) existing(segID string, pr proposal) *annotate.Span {
	for _, t := range p.d.TargetSpans(segID) {
		if t.Start == pr.start && t.End == pr.end && t.Label == pr.src.Label {
			return t
		}
	}
	return nil
}
