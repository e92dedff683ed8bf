package project

import (
	"slices"

	"github.com/glose-app/glose/annotate"
)

// Projection runs again and again while the translator writes: after each pause in typing, on
// confirmation, over the whole document. What it proposed earlier was proposed for the English as it
// was then, which may have been half typed ("Currently our dia" for a quotation the translator was
// still writing). So every run checks its own earlier proposals that no person has confirmed against
// the English as it is now, as if they were not there: a proposal the English still gives the same
// place stays untouched (same span, same links, same entity); one it now places elsewhere is replaced
// (the old span goes with its links and mentions; the new one is linked, filed and given its speaker
// as any proposal is); one it no longer places at all is removed. What a person made, accepted or
// linked is never touched, and a rejected projection stays rejected.

// unconfirmed returns the segment's target spans that projection made and that no person has
// confirmed: spans of origin auto that a source span of a projected label links to by translation,
// with no link of a person's (a speaker linked by hand makes the span part of the person's work).
func (p *projector) unconfirmed(segID string) []*annotate.Span {
	var out []*annotate.Span
	for _, t := range p.d.TargetSpans(segID) {
		if t.Origin == annotate.Auto && p.projectedOnly(t) {
			out = append(out, t)
		}
	}
	return out
}

// projectedOnly reports whether every link touching t is a suggestion and at least one is a
// translation link from a source span that this run projects.
func (p *projector) projectedOnly(t *annotate.Span) bool {
	from := false
	for _, l := range p.d.LinksOf(t.ID) {
		if l.Origin != annotate.Auto {
			return false
		}
		if l.Type != annotate.LinkTranslation || l.To != t.ID {
			continue
		}
		src := p.d.Span(l.From)
		if src == nil || src.Side != annotate.Source || !slices.Contains(p.labels, src.Label) {
			return false
		}
		from = true
	}
	return from
}

// sourcesOf returns the source spans linking to t by translation.
func (p *projector) sourcesOf(t *annotate.Span) []*annotate.Span {
	var out []*annotate.Span
	for _, l := range p.d.LinksOf(t.ID) {
		if l.Type == annotate.LinkTranslation && l.To == t.ID {
			if src := p.d.Span(l.From); src != nil {
				out = append(out, src)
			}
		}
	}
	return out
}

// keepUnmoved sorts the unconfirmed spans: those the new proposals place exactly where they are, for
// every source span linked to them, stay, and their proposals are dropped (there is nothing to add);
// so do those of a source span whose proposal waits for the English to be typed on (p.held). The
// others are returned as stale, to be removed before the remaining proposals are applied.
func (p *projector) keepUnmoved(props []proposal, unconfirmed []*annotate.Span) ([]proposal, []*annotate.Span) {
	var stale []*annotate.Span
	kept := map[*annotate.Span]bool{} // source spans whose proposal an unconfirmed span already is
	for _, t := range unconfirmed {
		srcs := p.sourcesOf(t)
		same := func(src *annotate.Span) bool {
			return slices.ContainsFunc(props, func(pr proposal) bool {
				return pr.src == src && pr.start == t.Start && pr.end == t.End && pr.src.Label == t.Label
			})
		}
		if slices.ContainsFunc(srcs, func(s *annotate.Span) bool { return p.held[s] }) {
			continue
		}
		if len(srcs) > 0 && !slices.ContainsFunc(srcs, func(s *annotate.Span) bool { return !same(s) }) {
			for _, s := range srcs {
				kept[s] = true
			}
			continue
		}
		stale = append(stale, t)
	}
	if len(kept) > 0 {
		props = slices.DeleteFunc(props, func(pr proposal) bool { return kept[pr.src] })
	}
	return props, stale
}

// forget notes, before a stale mention is removed, an entity's English name that reads as it: the
// name most likely came from it (projection names an entity after its first English mention), and
// flush renames the entity after the mention that replaces it.
func (p *projector) forget(t *annotate.Span) {
	ent := p.d.EntityOf(t.ID)
	if ent == nil || ent.Names[p.lang] != p.d.SpanText(t) {
		return
	}
	if p.dropped == nil {
		p.dropped = map[*annotate.Entity]string{}
	}
	p.dropped[ent] = ent.Names[p.lang]
}

// renameAfterDrop returns the English name an entity should take instead of the one a replaced
// mention gave it, or "" to keep its name: the first English form found for it in this run, unless
// another of its English mentions still reads as the old name.
func (p *projector) renameAfterDrop(ent *annotate.Entity) string {
	old, ok := p.dropped[ent]
	if !ok || ent.Names[p.lang] != old || len(p.seen[ent]) == 0 || p.seen[ent][0] == old {
		return ""
	}
	for _, m := range ent.Mentions {
		if ms := p.d.Span(m); ms != nil && ms.Side == annotate.Target && p.d.SpanText(ms) == old {
			return ""
		}
	}
	return p.seen[ent][0]
}
