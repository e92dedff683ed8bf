package preannotate

import (
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// plan collects what Run adds, checked against what the document already holds.
type plan struct {
	d        *annotate.Document
	existing map[spanKey]string // source spans already in the document
	rejected map[spanKey]bool   // source suggestions a person rejected: never proposed again
	human    []*annotate.Span   // human entity spans
	linked   map[[3]string]bool // existing links: type, from, to
	speaker  map[string]bool    // quotes that already have a speaker link
	entityOf map[string]*annotate.Entity
	labelOf  map[string]string // every span's label, by ID
	spans    []*annotate.Span
	links    []*annotate.Link
	ents     []*annotate.Entity
	grow     map[*annotate.Entity][]string // mentions added to existing entities
	// An earlier run's suggestions nobody touched (untouched), which this run replaces: those it
	// proposes again are reused, the others removed on commit.
	stale      map[string]bool
	reused     map[string]bool
	staleLinks map[[3]string]string // stale speaker and cue links by type, from, to: their IDs
	touched    int                  // the earlier suggestions a person touched, kept
}

type spanKey struct {
	start, end int
	label      string
}

var entityLabels = map[string]bool{annotate.LabelPER: true, annotate.LabelORG: true, annotate.LabelLOC: true, annotate.LabelMISC: true}

func newPlan(d *annotate.Document) *plan {
	p := &plan{d: d, existing: map[spanKey]string{}, rejected: map[spanKey]bool{}, linked: map[[3]string]bool{}, speaker: map[string]bool{},
		entityOf: map[string]*annotate.Entity{}, labelOf: map[string]string{}, grow: map[*annotate.Entity][]string{},
		reused: map[string]bool{}, staleLinks: map[[3]string]string{}}
	p.stale, p.touched = untouched(d)
	for _, sp := range d.Spans {
		p.labelOf[sp.ID] = sp.Label
		if sp.Side != annotate.Source {
			continue
		}
		p.existing[spanKey{sp.Start, sp.End, sp.Label}] = sp.ID
		if !p.stale[sp.ID] && entityLabels[sp.Label] { // a person's, or a suggestion a person touched
			p.human = append(p.human, sp)
		}
	}
	for _, r := range d.Rejected {
		if r.Side == annotate.Source {
			p.rejected[spanKey{r.Start, r.End, r.Label}] = true
		}
	}
	for _, l := range d.Links {
		if staleLink(l) {
			p.staleLinks[[3]string{l.Type, l.From, l.To}] = l.ID
			continue
		}
		p.linked[[3]string{l.Type, l.From, l.To}] = true
		if l.Type == annotate.LinkSpeaker {
			p.speaker[l.From] = true
		}
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			p.entityOf[m] = e
		}
	}
	return p
}

// span returns the ID of the span [start, end) with that label, adding it when missing. For an entity
// span overlapping a human entity span (or a suggestion a person touched), it returns that span when
// the proposal is a speaker's, and "" (nothing added) otherwise. A span a person rejected is not added again: "" too.
func (p *plan) span(start, end int, label string, conf float64, ner bool) string {
	return p.mention(start, end, label, conf, ner, "")
}

// mention is span for an entity mention of the given kind (a new span gets it; an existing one keeps
// its own).
func (p *plan) mention(start, end int, label string, conf float64, ner bool, kind annotate.MentionKind) string {
	k := spanKey{start, end, label}
	if id, ok := p.existing[k]; ok {
		if p.stale[id] {
			p.reused[id] = true
		}
		return id
	}
	if p.rejected[k] {
		return ""
	}
	if entityLabels[label] {
		for _, h := range p.human {
			if h.Start < end && start < h.End {
				if ner {
					return ""
				}
				return h.ID
			}
		}
	}
	sp := &annotate.Span{ID: p.d.NewID('t'), Side: annotate.Source, Start: start, End: end, Label: label,
		Origin: annotate.Auto, Confidence: annotate.RoundConfidence(conf), Mention: kind.Norm()}
	p.spans = append(p.spans, sp)
	p.existing[k] = sp.ID
	p.labelOf[sp.ID] = label
	return sp.ID
}

func (p *plan) link(typ, from, to string, conf float64) {
	k := [3]string{typ, from, to}
	if p.linked[k] || typ == annotate.LinkSpeaker && p.speaker[from] {
		return
	}
	p.linked[k] = true
	if typ == annotate.LinkSpeaker {
		p.speaker[from] = true
	}
	if _, ok := p.staleLinks[k]; ok {
		return // the earlier run's link, kept
	}
	p.links = append(p.links, &annotate.Link{ID: p.d.NewID('l'), Type: typ, From: from, To: to,
		Origin: annotate.Auto, Confidence: annotate.RoundConfidence(conf)})
}

// entity adds an entity of type typ over the mentions that have none, or adds them to the entity of
// that type one of them already belongs to. Only spans labelled typ join: a speaker's words may stand
// on a person's span of another label ("il" marked ORG by hand), which keeps its own entity.
func (p *plan) entity(typ string, names map[string]string, ids []string) {
	var owner *annotate.Entity
	var free []string
	for _, id := range ids {
		if p.labelOf[id] != typ {
			continue
		}
		if e := p.entityOf[id]; e != nil {
			if e.Type == typ {
				owner = e
			}
		} else if !slices.Contains(free, id) {
			free = append(free, id)
		}
	}
	if len(free) == 0 {
		return
	}
	if owner != nil {
		p.grow[owner] = append(p.grow[owner], free...)
	} else {
		owner = &annotate.Entity{ID: p.d.NewID('e'), Type: typ, Names: p.tagged(names)}
		if names["en"] != "" { // a proposal, made from the French name (see nameEntities)
			owner.Proposed = []string{p.tag("en")}
		}
		owner.Mentions = free
		p.ents = append(p.ents, owner)
	}
	for _, id := range free {
		p.entityOf[id] = owner
	}
}

// tagged returns the names of a Result's entity, which are under "fr" and "en", under the tags of
// the document's languages instead ("en-GB" for a document in British English), where every part of
// Glose looks them up; a document in other languages keeps them as they are.
func (p *plan) tagged(names map[string]string) map[string]string {
	out := make(map[string]string, len(names))
	for tag, name := range names {
		out[p.tag(tag)] = name
	}
	return out
}

// tag returns the document's tag for a Result's name tag, "fr" or "en" (see tagged).
func (p *plan) tag(tag string) string {
	switch {
	case tag == "fr" && primary(p.d.SourceLang) == "fr":
		return p.d.SourceLang
	case tag == "en" && primary(p.d.TargetLang) == "en":
		return p.d.TargetLang
	}
	return tag
}

// primary is a language tag's language, lower-case: "en" for "en-GB".
func primary(tag string) string {
	base, _, _ := strings.Cut(strings.ToLower(tag), "-")
	return base
}
