package project

import (
	"github.com/glose-app/glose/annotate"
)

// join makes a projected span take its source span's place among entities and speakers: a name joins
// its source's entity (one is made for a source name without entity) and gives the entity its English
// name when it has none; a quotation gets the English mention of its source's speaker as speaker, and a
// name becomes the speaker of the English quotations whose source it attributes.
func (p *projector) join(e *annotate.Editor, src, tgt *annotate.Span) error {
	if src.Label == annotate.LabelQuote {
		return p.speakerOfQuote(e, src, tgt)
	}
	if err := p.joinEntity(e, src, tgt); err != nil {
		return err
	}
	return p.speakerForQuotes(e, src, tgt)
}

func (p *projector) joinEntity(e *annotate.Editor, src, tgt *annotate.Span) error {
	d := p.d
	ent := d.EntityOf(src.ID)
	if ent == nil {
		if d.EntityOf(tgt.ID) != nil {
			return nil // the translator already filed the English mention
		}
		var err error
		if ent, err = p.entityNamed(e, src, tgt); ent == nil || err != nil {
			return err
		}
	}
	if d.EntityOf(tgt.ID) != ent {
		p.later(ent, tgt.ID, d.SpanText(tgt))
	}
	return nil
}

// later files a mention under an entity at the end of the run (see flush).
func (p *projector) later(ent *annotate.Entity, spanID, en string) {
	if p.pending == nil {
		p.pending = map[*annotate.Entity][]string{}
	}
	if p.pending[ent] == nil {
		p.order = append(p.order, ent)
	}
	p.pending[ent] = append(p.pending[ent], spanID)
	if en != "" {
		p.seen[ent] = append(p.seen[ent], en)
	}
}

// flush adds the deferred mentions to their entities, one merge per entity: each single change of an
// entity's mentions refreshes all of the document's lookups, so filing mentions one by one would make
// projecting a long document quadratic. The entity gets its English name from its first projected
// mention when it has none, or when the name it had came from an unconfirmed mention that this run
// replaced (see renameAfterDrop).
func (p *projector) flush(e *annotate.Editor) error {
	for _, ent := range p.order {
		if name := p.renameAfterDrop(ent); name != "" {
			if err := e.RenameEntity(ent.ID, p.lang, name); err != nil {
				return err
			}
		}
		names := map[string]string{}
		if ent.Names[p.lang] == "" && len(p.seen[ent]) > 0 {
			names[p.lang] = p.seen[ent][0]
		}
		tmp := &annotate.Entity{Type: ent.Type, Names: names, Mentions: p.pending[ent]}
		if err := e.AddEntity(tmp); err != nil {
			return err
		}
		if err := e.MergeEntities(ent.ID, tmp.ID); err != nil {
			return err
		}
	}
	p.pending, p.order, p.dropped = nil, nil, nil
	clear(p.seen)
	return nil
}

// englishOf returns a target span linked by translation from a source span, preferring segment segID.
func (p *projector) englishOf(srcID, segID string) *annotate.Span {
	var found *annotate.Span
	for _, l := range p.d.LinksOf(srcID) {
		if l.Type != annotate.LinkTranslation || l.From != srcID {
			continue
		}
		if t := p.d.Span(l.To); t != nil && t.Side == annotate.Target {
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

// speakerOfQuote links an English quotation to the English mention of its source quotation's speaker.
func (p *projector) speakerOfQuote(e *annotate.Editor, src, tgt *annotate.Span) error {
	sl := p.d.LinkFrom(src.ID, annotate.LinkSpeaker)
	if sl == nil || p.d.LinkFrom(tgt.ID, annotate.LinkSpeaker) != nil {
		return nil
	}
	spk := p.englishOf(sl.To, tgt.Segment)
	if spk == nil {
		return nil
	}
	return e.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: tgt.ID, To: spk.ID, Origin: annotate.Auto,
		Confidence: annotate.RoundConfidence(min(sl.Confidence, tgt.Confidence))})
}

// speakerForQuotes links the English quotations whose source quotation src attributes to tgt.
func (p *projector) speakerForQuotes(e *annotate.Editor, src, tgt *annotate.Span) error {
	for _, l := range p.d.LinksOf(src.ID) {
		if l.Type != annotate.LinkSpeaker || l.To != src.ID {
			continue
		}
		for _, tl := range p.d.LinksOf(l.From) {
			if tl.Type != annotate.LinkTranslation || tl.From != l.From {
				continue
			}
			if tq := p.d.Span(tl.To); tq != nil && p.d.LinkFrom(tq.ID, annotate.LinkSpeaker) == nil {
				err := e.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: tq.ID, To: tgt.ID,
					Origin: annotate.Auto, Confidence: annotate.RoundConfidence(min(l.Confidence, tgt.Confidence))})
				if err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// entityNamed files a source name that has no entity: under the entity of that type whose source name
// is the same (ignoring case and accents), else under a new entity named after both mentions, which it
// returns as nil when it made it.
func (p *projector) entityNamed(e *annotate.Editor, src, tgt *annotate.Span) (*annotate.Entity, error) {
	d := p.d
	srcLang := d.SourceLang
	if srcLang == "" {
		srcLang = "fr"
	}
	if p.byName == nil {
		p.byName = map[string]*annotate.Entity{}
		for _, ent := range d.Entities {
			p.byName[ent.Type+"\x00"+fold(ent.Names[srcLang])] = ent
		}
	}
	key := src.Label + "\x00" + fold(d.SpanText(src))
	if ent := p.byName[key]; ent != nil {
		p.later(ent, src.ID, "")
		return ent, nil
	}
	ent := &annotate.Entity{Type: src.Label, Mentions: []string{src.ID, tgt.ID},
		Names: map[string]string{srcLang: d.SpanText(src), p.lang: d.SpanText(tgt)}}
	p.byName[key] = ent
	return nil, e.AddEntity(ent)
}
