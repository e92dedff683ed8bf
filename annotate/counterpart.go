package annotate

// followTranslations files the suggested English mentions that projection linked to source span sp
// (translation links) under sp's entity, in the current undo step, so that they take its label: a
// translator who relabels "CGT-Cheminots" from MISC to ORG in the French, while another French
// mention keeps MISC, saw the English "CGT-Cheminots" of that sentence stay MISC, and the two sides
// of the exports disagree. A mention a person made or confirmed keeps its label and entity.
func (e *Editor) followTranslations(sp *Span) error {
	ent := e.Doc.EntityOf(sp.ID)
	if sp.Side != Source || ent == nil {
		return nil
	}
	for _, l := range e.Doc.LinksOf(sp.ID) {
		if l.Type != LinkTranslation || l.From != sp.ID {
			continue
		}
		t := e.Doc.Span(l.To)
		if t == nil || t.Side != Target || t.Origin == Human || !IsEntityLabel(t.Label) || e.Doc.EntityOf(t.ID) == ent {
			continue
		}
		if err := e.SetMentionEntity(t.ID, ent.ID); err != nil {
			return err
		}
	}
	return nil
}

// ProjectedCounterparts returns, in the order of its links, the English suggestions that projection
// linked to source span id and that stand for it alone: target spans of origin auto to which every
// translation link comes from id and every other link is a suggestion (the translation link itself
// may be confirmed: accepting the French confirms the links going out of it, not the English).
// Rejecting or removing the French span takes them with it (see Reject, RemoveTag): left behind,
// "Moscow" stayed tagged LOC, in the entity, linked to no French, after "Moscou" was rejected, and
// projection, which checks only the suggestions a French span links to, never removed it. An English
// span a person made or confirmed, or linked by hand to something else, stays.
func (d *Document) ProjectedCounterparts(id string) []string {
	sp := d.Span(id)
	if sp == nil || sp.Side != Source {
		return nil
	}
	var out []string
	for _, l := range d.LinksOf(id) {
		if l.Type != LinkTranslation || l.From != id {
			continue
		}
		if t := d.Span(l.To); t != nil && t.Side == Target && t.Origin == Auto && d.standsOnlyFor(t, id) {
			out = append(out, t.ID)
		}
	}
	return out
}

// standsOnlyFor reports whether every translation link to target span t comes from source span id
// and every other link touching t is a suggestion.
func (d *Document) standsOnlyFor(t *Span, id string) bool {
	for _, l := range d.LinksOf(t.ID) {
		if l.Type == LinkTranslation && l.To == t.ID {
			if l.From != id {
				return false
			}
		} else if l.Origin != Auto {
			return false
		}
	}
	return true
}

// detachWithCounterparts removes span sp and, of a source span, its ProjectedCounterparts, in the
// current batch; it returns the counterparts' IDs.
func (e *Editor) detachWithCounterparts(sp *Span) []string {
	gone := e.Doc.ProjectedCounterparts(sp.ID)
	e.apply("", e.Doc.detachSpan(sp))
	for _, id := range gone {
		e.apply("", e.Doc.detachSpan(e.Doc.Span(id)))
	}
	return gone
}
