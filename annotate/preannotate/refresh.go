package preannotate

import (
	"fmt"
	"slices"

	"github.com/glose-app/glose/annotate"
)

// Report says what a run of pre-annotation changed in a document that may hold an earlier run's
// suggestions (see Run).
type Report struct {
	Added     int // spans proposed that the document did not have
	Replaced  int // suggestions of an earlier run, untouched, that this run no longer proposes: removed
	Unchanged int // suggestions of an earlier run that this run proposes again, kept as they are
	Kept      int // suggestions a person touched (noted, linked by hand, named their entity): kept whatever the run says
}

// Add adds r2's counts to r's, for a corpus.
func (r *Report) Add(r2 Report) {
	r.Added += r2.Added
	r.Replaced += r2.Replaced
	r.Unchanged += r2.Unchanged
	r.Kept += r2.Kept
}

// Rerun reports whether the document held suggestions of an earlier run: the run then refreshed them.
func (r Report) Rerun() bool { return r.Replaced+r.Unchanged+r.Kept > 0 }

// String says it in English: "3 new suggestions" for a first run; for a run again, "1 new, 2 removed
// (no longer proposed), 40 unchanged, 1 kept (touched by a person)".
func (r Report) String() string {
	if !r.Rerun() {
		return annotate.Plural(r.Added, "new suggestion", "new suggestions")
	}
	s := fmt.Sprintf("%d new, %d removed (no longer proposed), %d unchanged", r.Added, r.Replaced, r.Unchanged)
	if r.Kept > 0 {
		s += fmt.Sprintf(", %d kept (touched by a person)", r.Kept)
	}
	return s
}

// untouched returns the source suggestions of d that nobody touched, which a new run replaces: origin
// auto (never accepted, relabelled or reshaped, all of which make a span a person's), no note, no
// link a person made or confirmed to or from it, and not a mention of an entity a person named (its
// French name is none of its mentions' words, as pre-annotation would name it). A rejected suggestion
// is no longer in the document; its rejection keeps it from coming back. It also returns how many
// source suggestions were touched.
func untouched(d *annotate.Document) (map[string]bool, int) {
	byHand := map[string]bool{}
	for _, l := range d.Links {
		if l.Origin == annotate.Human {
			byHand[l.From], byHand[l.To] = true, true
		}
	}
	named := map[string]bool{} // mentions of entities a person named
	for _, e := range d.Entities {
		if renamed(d, e) {
			for _, m := range e.Mentions {
				named[m] = true
			}
		}
	}
	stale, touched := map[string]bool{}, 0
	for _, sp := range d.Spans {
		if sp.Side != annotate.Source || sp.Origin != annotate.Auto {
			continue
		}
		if sp.Note != "" || byHand[sp.ID] || named[sp.ID] {
			touched++
			continue
		}
		stale[sp.ID] = true
	}
	return stale, touched
}

// renamed reports whether a person gave entity e its French name: pre-annotation names an entity
// after one of its mentions, titles left out (nameOf; "La Provence" is "Provence").
func renamed(d *annotate.Document, e *annotate.Entity) bool {
	fr := e.Names[d.SourceLang]
	if fr == "" {
		fr = e.Names["fr"] // as pre-annotation named entities before it used the document's tags
	}
	if fr == "" {
		return false
	}
	for _, m := range e.Mentions {
		if sp := d.Span(m); sp != nil && sp.Side == annotate.Source {
			if t := d.Text[sp.Start:sp.End]; t == fr || stripTitles(t, true) == fr || stripTitles(t, false) == fr || nameOf(t, e.Type) == fr {
				return false
			}
		}
	}
	return true
}

// staleLink reports whether l is a suggestion pre-annotation makes (a speaker or cue link of origin
// auto), which a new run replaces.
func staleLink(l *annotate.Link) bool {
	return l.Origin == annotate.Auto && (l.Type == annotate.LinkSpeaker || l.Type == annotate.LinkCue)
}

// dropStale removes, without an editor, the stale spans and links the run did not propose again,
// with their links and the mentions they were, and the entities left with none.
func (p *plan) dropStale() {
	d := p.d
	gone := p.goneSpans()
	goneLinks := p.goneLinks()
	if len(gone) == 0 && len(goneLinks) == 0 {
		return
	}
	keepSpans := d.Spans[:0]
	for _, sp := range d.Spans {
		if !gone[sp.ID] {
			keepSpans = append(keepSpans, sp)
		}
	}
	d.Spans = keepSpans
	keepLinks := d.Links[:0]
	for _, l := range d.Links {
		if !goneLinks[l.ID] && !gone[l.From] && !gone[l.To] {
			keepLinks = append(keepLinks, l)
		}
	}
	d.Links = keepLinks
	keepEnts := d.Entities[:0]
	for _, e := range d.Entities {
		var ms []string
		for _, m := range e.Mentions {
			if !gone[m] {
				ms = append(ms, m)
			}
		}
		if len(ms) < len(e.Mentions) {
			e.Mentions = ms
		}
		if len(e.Mentions) > 0 || len(p.grow[e]) > 0 {
			keepEnts = append(keepEnts, e)
		}
	}
	d.Entities = keepEnts
}

// removeStale removes through ed what dropStale removes (RemoveSpan takes an entity's last mention
// with it).
func (p *plan) removeStale(ed *annotate.Editor) error {
	for id := range p.goneLinks() {
		if slices.ContainsFunc(ed.Doc.Links, func(l *annotate.Link) bool { return l.ID == id }) {
			if err := ed.RemoveLink(id); err != nil {
				return err
			}
		}
	}
	var gone []string // in document order, so that undo and redo are the same each time
	for _, sp := range p.d.Spans {
		if p.stale[sp.ID] && !p.reused[sp.ID] {
			gone = append(gone, sp.ID)
		}
	}
	for _, id := range gone {
		if err := ed.RemoveSpan(id); err != nil {
			return err
		}
	}
	return nil
}

// goneSpans are the stale spans the run did not propose again.
func (p *plan) goneSpans() map[string]bool {
	gone := map[string]bool{}
	for id := range p.stale {
		if !p.reused[id] {
			gone[id] = true
		}
	}
	return gone
}

// goneLinks are the stale links the run did not propose again.
func (p *plan) goneLinks() map[string]bool {
	gone := map[string]bool{}
	for k, id := range p.staleLinks {
		if !p.linked[k] {
			gone[id] = true
		}
	}
	return gone
}

// report counts what the plan changes.
func (p *plan) report() Report {
	return Report{Added: len(p.spans), Replaced: len(p.goneSpans()), Unchanged: len(p.reused), Kept: p.touched}
}
