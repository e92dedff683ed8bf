package annotate

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// setVal is the change of one value, for fields that no index depends on.
func setVal[T any](p *T, v T) change {
	old := *p
	return change{do: func() { *p = v }, undo: func() { *p = old }}
}

// reindexed wraps a change that alters what the lookups index.
func (d *Document) reindexed(c change) change {
	return change{
		do:   func() { c.do(); d.invalidate() },
		undo: func() { c.undo(); d.invalidate() },
	}
}

// attachSpan adds sp to the document, updating the lookups in place so that building a large document
// span by span stays linear.
func (d *Document) attachSpan(sp *Span) change {
	return change{
		do: func() {
			d.Spans = append(d.Spans, sp)
			if ix := d.idx; ix != nil {
				ix.spanByID[sp.ID] = sp
				ix.bump(sp.ID)
				if sp.Side == Target {
					ix.targetOf[sp.Segment] = append(ix.targetOf[sp.Segment], sp)
				}
			}
		},
		undo: func() {
			// A batch of spans added is undone last first: sp is then the last span, and looking
			// for it from the start made undoing a 4 MB article's pre-annotation (53,000 spans)
			// quadratic, 4–6 s.
			if n := len(d.Spans); n > 0 && d.Spans[n-1] == sp {
				d.Spans[n-1] = nil
				d.Spans = d.Spans[:n-1]
			} else {
				d.Spans = slices.DeleteFunc(d.Spans, func(x *Span) bool { return x == sp })
			}
			d.invalidate()
		},
	}
}

// detachSpan removes sp with the links that touch it and its place among an entity's mentions; an
// entity it leaves without mention goes with it (see unmention).
func (d *Document) detachSpan(sp *Span) change {
	var links []*Link
	var remention func()
	return d.reindexed(change{
		do: func() {
			links = nil
			d.Links = slices.DeleteFunc(d.Links, func(l *Link) bool {
				if l.From == sp.ID || l.To == sp.ID {
					links = append(links, l)
					return true
				}
				return false
			})
			remention = d.unmention(sp.ID)
			d.Spans = slices.DeleteFunc(d.Spans, func(x *Span) bool { return x == sp })
		},
		undo: func() {
			d.Spans = append(d.Spans, sp)
			d.Links = append(d.Links, links...)
			remention()
		},
	})
}

// checkSpan verifies that sp can be added: side, range on character boundaries, known label.
func (d *Document) checkSpan(sp *Span) error {
	var text string
	switch sp.Side {
	case Source:
		text = d.Text
	case Target:
		seg := d.Segment(sp.Segment)
		if seg == nil {
			return fmt.Errorf("target span: no segment %q", sp.Segment)
		}
		text = seg.Target
	default:
		return fmt.Errorf("span side %q: expected %q or %q", sp.Side, Source, Target)
	}
	if sp.Start < 0 || sp.End <= sp.Start || sp.End > len(text) {
		return fmt.Errorf("span [%d, %d) is empty or outside the %s text (%s)", sp.Start, sp.End, sp.Side, Plural(len(text), "byte", "bytes"))
	}
	if !utf8.RuneStart(text[sp.Start]) || (sp.End < len(text) && !utf8.RuneStart(text[sp.End])) {
		return fmt.Errorf("span [%d, %d) splits a character", sp.Start, sp.End)
	}
	if _, ok := d.Label(sp.Label); !ok {
		return fmt.Errorf("unknown label %q", sp.Label)
	}
	return nil
}

// AddSpan adds a span, giving it an ID when it has none; a span without origin is a person's.
func (e *Editor) AddSpan(sp *Span) error {
	d := e.Doc
	if err := d.checkSpan(sp); err != nil {
		return err
	}
	if sp.ID == "" {
		sp.ID = d.NewID('t')
	} else if d.Span(sp.ID) != nil {
		return fmt.Errorf("span ID %q is already used", sp.ID)
	}
	if sp.Origin == "" {
		sp.Origin, sp.Confidence = Human, 1
	}
	e.apply("tag", d.attachSpan(sp))
	return nil
}

// RemoveSpan removes a span with its links, and its entity when it was its last mention.
func (e *Editor) RemoveSpan(id string) error {
	sp := e.Doc.Span(id)
	if sp == nil {
		return fmt.Errorf("no span %q", id)
	}
	e.apply("remove span", e.Doc.detachSpan(sp))
	return nil
}

// Relabel gives a span another label; the span becomes a person's, with confidence 1. A mention of an
// entity of another type moves, in the same undo step, with its entity or out of it (see refile): PER
// "Ammar ben Yasser" relabelled LOC must not leave a PER entity with a LOC mention.
func (e *Editor) Relabel(id, label string) error {
	sp := e.Doc.Span(id)
	if sp == nil {
		return fmt.Errorf("no span %q", id)
	}
	if _, ok := e.Doc.Label(label); !ok {
		return fmt.Errorf("unknown label %q", label)
	}
	return e.Batch("relabel", func() error {
		e.apply("", setVal(&sp.Label, label), setVal(&sp.Origin, Human), setVal(&sp.Confidence, 1.0))
		if err := e.refile(sp); err != nil {
			return err
		}
		return e.followTranslations(sp)
	})
}

// Accept confirms suggestions: the spans and the links going out of them become a person's, and so do
// the spans that a quotation's speaker and cue links point to. Accepting a quotation with its speaker
// is a judgement on who said it, so the speaker's mention is confirmed with the link: left a
// suggestion, it would drop out of a confirmed-only export and take the speaker with it.
func (e *Editor) Accept(ids ...string) error {
	return e.Batch("accept", func() error {
		for _, id := range ids {
			sp := e.Doc.Span(id)
			if sp == nil {
				return fmt.Errorf("no span %q", id)
			}
			e.confirmSpan(sp)
			for _, l := range e.Doc.LinksOf(id) {
				if l.From != id {
					continue
				}
				if l.Origin != Human {
					e.apply("", setVal(&l.Origin, Human))
				}
				e.confirmEnd(l)
			}
		}
		return nil
	})
}

// confirmSpan makes a span a person's, as part of the current batch.
func (e *Editor) confirmSpan(sp *Span) {
	if sp != nil && sp.Origin != Human {
		e.apply("", setVal(&sp.Origin, Human))
	}
}

// confirmEnd confirms the span a confirmed speaker or cue link points to (the mention of who spoke, the
// reporting verb). Other links, such as translations, say nothing about the span at their other end.
func (e *Editor) confirmEnd(l *Link) {
	if l.Type == LinkSpeaker || l.Type == LinkCue {
		e.confirmSpan(e.Doc.Span(l.To))
	}
}

// Reject removes suggestions (spans that are still auto) and records each as a Rejection in the same
// undo step, so that detectors do not propose it again; confirmed spans are left alone. An entity whose
// last mention it removes goes too, and so do a source span's English suggestions
// (ProjectedCounterparts), without a rejection of their own: were the French tagged again, its English
// would be proposed again.
func (e *Editor) Reject(ids ...string) error {
	return e.Batch("reject", func() error {
		along := map[string]bool{} // counterparts already gone with their French span
		for _, id := range ids {
			sp := e.Doc.Span(id)
			if sp == nil && along[id] {
				continue
			}
			if sp == nil {
				return fmt.Errorf("no span %q", id)
			}
			if sp.Origin != Auto {
				continue
			}
			if r := e.Doc.rejectionOf(sp); !e.Doc.hasRejection(r) { // before the links go
				e.apply("", e.Doc.addRejection(r))
			}
			for _, t := range e.detachWithCounterparts(sp) {
				along[t] = true
			}
		}
		return nil
	})
}

// Pending returns the IDs of the spans still awaiting confirmation, in document order of their IDs.
func (d *Document) Pending() []string {
	var ids []string
	for _, sp := range d.Spans {
		if sp.Origin == Auto {
			ids = append(ids, sp.ID)
		}
	}
	return ids
}

// AcceptAll confirms every suggestion; RejectAll removes them all.
func (e *Editor) AcceptAll() error { return e.Accept(e.Doc.Pending()...) }

// SurePending returns the IDs of the suggestions whose confidence is min or more. Pre-annotation's
// confidences say how often such suggestions are right (0.9: nine times in ten or more).
func (d *Document) SurePending(min float64) []string {
	var ids []string
	for _, sp := range d.Spans {
		if sp.Origin == Auto && sp.Confidence >= min {
			ids = append(ids, sp.ID)
		}
	}
	return ids
}

// AcceptSure confirms, in one undo step, the suggestions whose confidence is min or more, with the
// links going out of them (a quotation's speaker) and the mentions those point to (see Accept); it
// returns how many sure suggestions it confirmed.
func (e *Editor) AcceptSure(min float64) (int, error) {
	ids := e.Doc.SurePending(min)
	return len(ids), e.Accept(ids...)
}

// RejectAll removes every span still awaiting confirmation.
func (e *Editor) RejectAll() error { return e.Reject(e.Doc.Pending()...) }

// ErrNoTranslation is why SetStatus refuses to mark a segment translated or reviewed: its English is
// empty or only spaces.
var ErrNoTranslation = errors.New("it has no translation yet: write the English first")

// HasTranslation reports whether the segment's target holds anything but white space: only such a
// segment can be translated or reviewed.
func (s *Segment) HasTranslation() bool { return strings.TrimSpace(s.Target) != "" }

// Done reports whether the status says the translation is finished (translated or reviewed).
func (st Status) Done() bool { return st == StatusTranslated || st == StatusReviewed }

// SetStatus sets a segment's status. A segment without translation (HasTranslation) cannot become
// translated or reviewed (the error wraps ErrNoTranslation): a finished segment with no English would
// drop out of the untranslated ones, and exports would hand it to other tools as done. Taking the
// review away from such a segment, which a file written elsewhere may hold, stays possible. A locked
// segment keeps its status (the error wraps ErrLocked).
func (e *Editor) SetStatus(segID string, st Status) error {
	seg := e.Doc.Segment(segID)
	if seg == nil {
		return fmt.Errorf("no segment %q", segID)
	}
	if !slices.Contains(Statuses, st) {
		return fmt.Errorf("unknown status %q", st)
	}
	if seg.Locked && seg.Status != st {
		return lockedError(segID)
	}
	if st.Done() && seg.Status != st && !seg.HasTranslation() &&
		(seg.Status != StatusReviewed || st != StatusTranslated) {
		return fmt.Errorf("segment %s cannot be %s: %w", segID, st, ErrNoTranslation)
	}
	if seg.Status != st { // the translator's version stays as it is (changes.go)
		e.apply("status", setVal(&seg.Status, st))
	}
	return nil
}

// AddLink adds a link between two existing spans, giving it an ID when it has none.
func (e *Editor) AddLink(l *Link) error {
	d := e.Doc
	if d.Span(l.From) == nil || d.Span(l.To) == nil {
		return fmt.Errorf("link %s → %s: both spans must exist", l.From, l.To)
	}
	if l.Type == "" {
		return errors.New("link without a type")
	}
	if l.ID == "" {
		l.ID = d.NewID('l')
	}
	if l.Origin == "" {
		l.Origin, l.Confidence = Human, 1
	}
	e.apply("link", change{
		do: func() {
			d.Links = append(d.Links, l)
			if ix := d.idx; ix != nil {
				ix.bump(l.ID)
				ix.linksOf[l.From] = append(ix.linksOf[l.From], l)
				if l.To != l.From {
					ix.linksOf[l.To] = append(ix.linksOf[l.To], l)
				}
			}
		},
		undo: func() {
			d.Links = slices.DeleteFunc(d.Links, func(x *Link) bool { return x == l })
			d.invalidate()
		},
	})
	return nil
}

// RemoveLink removes a link.
func (e *Editor) RemoveLink(id string) error {
	d := e.Doc
	i := slices.IndexFunc(d.Links, func(l *Link) bool { return l.ID == id })
	if i < 0 {
		return fmt.Errorf("no link %q", id)
	}
	l := d.Links[i]
	e.apply("unlink", d.reindexed(change{
		do:   func() { d.Links = slices.DeleteFunc(d.Links, func(x *Link) bool { return x == l }) },
		undo: func() { d.Links = append(d.Links, l) },
	}))
	return nil
}

// SetSpeaker makes speakerID the one speaker of quoteID, replacing any previous speaker link. The link
// is a person's, and so are the quote and the speaker's mention: whoever says who spoke a quotation has
// judged it one, and judged that mention to name the speaker, so suggestions among the two are
// confirmed in the same undo step. So are the quote's cue link and the reporting verb it points to,
// when they are suggestions, as accepting the quote confirms them: the quote is no longer a suggestion
// after this, so nothing would offer its cue for review again, and a confirmed-only export would drop
// the cue of a quote a person confirmed. (The cue verb is no judgement of its own: it is the words the
// quote was attributed by; the reviewer who disagrees removes or reshapes it like any span.)
//
// A suggested pronoun or description that the replaced link pointed to, and nothing else does, is filed
// under the new speaker's entity: pre-annotation proposes such a mention only as the words attributing
// the quote ("a-t-il répondu"), so it names whoever spoke it; left under the person it was wrongly
// resolved to, it went on counting as theirs, and Accept all confirmed it so.
func (e *Editor) SetSpeaker(quoteID, speakerID string) error {
	return e.Batch("link speaker", func() error {
		was, err := e.removeSpeakerLinks(quoteID)
		if err != nil {
			return err
		}
		l := &Link{Type: LinkSpeaker, From: quoteID, To: speakerID}
		if err := e.AddLink(l); err != nil {
			return err
		}
		if err := e.refileAttribution(was, speakerID); err != nil {
			return err
		}
		if err := e.followSpeaker(quoteID, was, speakerID); err != nil { // its English says who too
			return err
		}
		e.confirmSpan(e.Doc.Span(quoteID))
		e.confirmEnd(l)
		for _, c := range e.Doc.LinksOf(quoteID) {
			if c.From == quoteID && c.Type == LinkCue {
				if c.Origin != Human {
					e.apply("", setVal(&c.Origin, Human))
				}
				e.confirmEnd(c)
			}
		}
		return nil
	})
}

// refileAttribution files each suggested pronoun or description of old that no link points to any
// more under the entity of speakerID, when it is of the same type (see SetSpeaker).
func (e *Editor) refileAttribution(old []string, speakerID string) error {
	d := e.Doc
	to := d.EntityOf(speakerID)
	for _, id := range old {
		sp := d.Span(id)
		if id == speakerID || sp == nil || sp.Origin != Auto || sp.Mention.Norm() == "" || len(d.LinksOf(id)) > 0 {
			continue
		}
		if to == nil || to.Type != sp.Label || d.EntityOf(id) == to {
			continue
		}
		if err := e.SetMentionEntity(id, to.ID); err != nil {
			return err
		}
	}
	return nil
}

// SetMentionKind says what kind of words an entity mention is (a name, a description, a pronoun), in
// one undo step. The span keeps its origin and confidence: the person has said what the words are,
// not that the suggested mention is right. Setting the kind it has already is no step.
func (e *Editor) SetMentionKind(id string, kind MentionKind) error {
	sp := e.Doc.Span(id)
	if sp == nil {
		return fmt.Errorf("no span %q", id)
	}
	if !kind.Valid() {
		return fmt.Errorf("mention kind %q: expected name, nominal or pronoun", kind)
	}
	if !IsEntityLabel(sp.Label) {
		return fmt.Errorf("span %s is a %s, not an entity mention: it has no mention kind", id, sp.Label)
	}
	if kind.Norm() == sp.Mention.Norm() {
		return nil
	}
	e.apply("mention kind", setVal(&sp.Mention, kind.Norm()))
	return nil
}
