package annotate

import (
	"fmt"
	"slices"
)

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

// RemoveTag is RemoveSpan for a tag the user deletes: a source span's English suggestions
// (ProjectedCounterparts) go with it, in the same undo step. It returns their IDs, removed.
func (e *Editor) RemoveTag(id string) ([]string, error) {
	sp := e.Doc.Span(id)
	if sp == nil {
		return nil, fmt.Errorf("no span %q", id)
	}
	var gone []string
	err := e.Batch("remove span", func() error {
		gone = e.detachWithCounterparts(sp)
		return nil
	})
	return gone, err
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

// followSpeaker gives the English quotations of source quotation quote (translation links) the
// English mention of its new speaker, speakerID, in the current batch: relinking « … » from "M.
// Lavrov" to "Mme Merkel" left the English quotation said by "Lavrov", and projection, which keeps a
// quotation the English still places where it is with its links, never changed it, so that the Quotes
// tab and the exports named two speakers for one quotation. An English speaker link is replaced when
// it is a suggestion or points to the English of one of the old speakers (was); one a person pointed
// elsewhere stays. The new link is a suggestion, as projection makes it; where the new speaker has no
// English yet, the English quotation is left without one, for projection to link once it has.
func (e *Editor) followSpeaker(quote string, was []string, speakerID string) error {
	d := e.Doc
	newEN := func(segID string) *Span { return d.englishOf(speakerID, segID) }
	for _, tl := range d.LinksOf(quote) {
		tq := d.Span(tl.To)
		if tl.Type != LinkTranslation || tl.From != quote || tq == nil || tq.Side != Target || tq.Label != LabelQuote {
			continue
		}
		to := newEN(tq.Segment)
		keep := false
		for _, sl := range d.LinksOf(tq.ID) {
			if sl.Type != LinkSpeaker || sl.From != tq.ID {
				continue
			}
			if to != nil && sl.To == to.ID || sl.Origin == Human && !d.translatesOneOf(sl.To, was) {
				keep = true
				continue
			}
			if err := e.RemoveLink(sl.ID); err != nil {
				return err
			}
		}
		if !keep && to != nil {
			l := &Link{Type: LinkSpeaker, From: tq.ID, To: to.ID, Origin: Auto, Confidence: RoundConfidence(tq.Confidence)}
			if err := e.AddLink(l); err != nil {
				return err
			}
		}
	}
	return nil
}

// englishOf returns a target span linked by translation from source span srcID, the one in segment
// segID first, or nil.
func (d *Document) englishOf(srcID, segID string) *Span {
	var found *Span
	for _, l := range d.LinksOf(srcID) {
		if t := d.Span(l.To); l.Type == LinkTranslation && l.From == srcID && t != nil && t.Side == Target {
			if t.Segment == segID {
				return t
			}
			if found == nil {
				found = t
			}
		}
	}
	return found
}

// translatesOneOf reports whether target span id is linked by translation from one of the source
// spans srcs.
func (d *Document) translatesOneOf(id string, srcs []string) bool {
	for _, l := range d.LinksOf(id) {
		if l.Type == LinkTranslation && l.To == id && slices.Contains(srcs, l.From) {
			return true
		}
	}
	return false
}

// RemoveSpeaker removes the speaker links of quotation quoteID, in one undo step, and those of its
// English quotations that followed them (see followSpeaker): "(no speaker)" on the French left the
// English said by the old speaker.
func (e *Editor) RemoveSpeaker(quoteID string) error {
	return e.Batch("unlink speaker", func() error {
		was, err := e.removeSpeakerLinks(quoteID)
		if err != nil {
			return err
		}
		return e.followSpeaker(quoteID, was, "")
	})
}

// removeSpeakerLinks removes the speaker links of quotation quoteID, returning the speakers they
// pointed to.
func (e *Editor) removeSpeakerLinks(quoteID string) ([]string, error) {
	var was []string
	for _, l := range e.Doc.LinksOf(quoteID) {
		if l.From == quoteID && l.Type == LinkSpeaker {
			was = append(was, l.To)
			if err := e.RemoveLink(l.ID); err != nil {
				return nil, err
			}
		}
	}
	return was, nil
}
