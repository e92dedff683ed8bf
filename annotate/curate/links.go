package curate

import (
	"fmt"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// adopt gives a span taken from reviewer i (sp there, c in the output) its entity: the output's
// entity holding another mention of sp's entity, else a copy of sp's entity.
func (m *merger) adopt(i int, sp, c *annotate.Span) {
	if !annotate.IsEntityLabel(c.Label) {
		return
	}
	d := m.revs[i].Doc
	ent := d.EntityOf(sp.ID)
	if ent == nil {
		return
	}
	for _, id := range ent.Mentions {
		o := d.Span(id)
		if o == nil || o.ID == sp.ID || m.placed[keyOf(o)] == nil {
			continue
		}
		if e := m.entityOf(m.placed[keyOf(o)].ID); e != nil {
			e.Mentions = append(e.Mentions, c.ID)
			return
		}
	}
	names := map[string]string{}
	for k, v := range ent.Names {
		names[k] = v
	}
	m.out.Entities = append(m.out.Entities, &annotate.Entity{ID: m.out.NewID('e'), Type: ent.Type, Names: names,
		Mentions: []string{c.ID}, Proposed: slices.Clone(ent.Proposed)})
}

// entityOf returns the output's entity mentioned by the span id, or nil.
func (m *merger) entityOf(id string) *annotate.Entity {
	for _, e := range m.out.Entities {
		if slices.Contains(e.Mentions, id) {
			return e
		}
	}
	return nil
}

// linkEnd is what one reviewer links a span to, by type: the target's key, whether a person
// confirmed the link, and the target's words for the note.
type linkEnd struct {
	rev   int
	to    key
	human bool
	words string
}

type linkKey struct {
	typ  string
	from key
}

// addLinks places the reviewers' links between the output's spans: a speaker or cue link is one per
// quotation, settled among the reviewers; any other link (translation) is kept, confirmed when every
// reviewer confirmed it.
func (m *merger) addLinks() {
	ends := map[linkKey][]linkEnd{}
	var order []linkKey
	for i, r := range m.revs {
		for _, l := range r.Doc.Links {
			from, to := r.Doc.Span(l.From), r.Doc.Span(l.To)
			if from == nil || to == nil || m.placed[keyOf(from)] == nil || m.placed[keyOf(to)] == nil {
				continue // a span in English that differs: warned of with its spans
			}
			lk := linkKey{l.Type, keyOf(from)}
			if !oneEnd(l.Type) {
				lk.typ += "\x00" + fmt.Sprint(keyOf(to)) // one entry per link
			}
			if _, seen := ends[lk]; !seen {
				order = append(order, lk)
			}
			ends[lk] = append(ends[lk], linkEnd{i, keyOf(to), l.Origin == annotate.Human, r.Doc.SpanText(to)})
		}
	}
	for _, lk := range order {
		m.settleLink(lk, ends[lk])
	}
}

// oneEnd reports whether a span has one link of the type at most: a quotation's speaker and cue.
func oneEnd(typ string) bool { return typ == annotate.LinkSpeaker || typ == annotate.LinkCue }

// settleLink adds the link of lk that the reviewers' ends give, confirmed when every reviewer
// confirmed the same one between spans the output confirms (else a suggestion, the quotation's note
// saying its speaker or cue is disputed); a speaker or cue they do not all confirm alike is the
// first reviewer's (else the next one's) as a suggestion, the quotation's note saying each one's.
func (m *merger) settleLink(lk linkKey, ends []linkEnd) {
	typ, _, _ := strings.Cut(lk.typ, "\x00")
	agreed, human := len(ends) == len(m.revs), true
	for _, e := range ends {
		agreed = agreed && e.to == ends[0].to
		human = human && e.human
	}
	l := &annotate.Link{ID: m.out.NewID('l'), Type: typ, From: m.placed[lk.from].ID, To: m.placed[ends[0].to].ID,
		Origin: annotate.Auto, Confidence: round(float64(len(ends)) / float64(len(m.revs)))}
	from, to := m.placed[lk.from], m.placed[ends[0].to]
	switch {
	case agreed && human && (from.Origin == annotate.Auto || to.Origin == annotate.Auto):
		// agreed, but between spans of which one is still to settle: a suggestion with it, so that
		// the document confirms no link to a span it does not confirm
		l.Confidence = min(from.Confidence, to.Confidence)
		if oneEnd(typ) {
			m.note(from, m.p.view(m.p.linkName(typ), m.p.f(m.p.all, m.p.q(annotate.Shorten(ends[0].words, 40)))))
		}
	case agreed && human:
		l.Origin, l.Confidence = annotate.Human, 1
	case !oneEnd(typ) || agreed && !anyHuman(ends):
		// a suggestion nobody confirmed, or a translation link: kept as one
	default:
		l.Confidence = round(float64(confirmedTo(ends, ends[0].to)) / float64(len(m.revs)))
		m.note(m.placed[lk.from], m.p.view(m.p.linkName(typ), m.linkViews(ends)))
		m.res.Disputed++
	}
	m.out.Links = append(m.out.Links, l)
}

// confirmedTo counts the reviewers who confirmed a link to the span of key to.
func confirmedTo(ends []linkEnd, to key) int {
	n := 0
	for _, e := range ends {
		if e.human && e.to == to {
			n++
		}
	}
	return n
}

func anyHuman(ends []linkEnd) bool {
	return slices.ContainsFunc(ends, func(e linkEnd) bool { return e.human })
}

// linkViews says what each reviewer linked: `A “Emmanuel Macron”; B “il”, unconfirmed; C none`.
func (m *merger) linkViews(ends []linkEnd) string {
	var out []string
	for i, r := range m.revs {
		v := r.Name + " " + m.p.none
		for _, e := range ends {
			if e.rev == i {
				v = r.Name + " " + m.p.q(annotate.Shorten(e.words, 40))
				if !e.human {
					v = m.p.f(m.p.unconfirmed, v)
				}
			}
		}
		out = append(out, v)
	}
	return strings.Join(out, ", ")
}

// note adds text to a span's curation note.
func (m *merger) note(sp *annotate.Span, text string) {
	if sp.Note == "" {
		sp.Note = m.p.disputed + text
		return
	}
	sp.Note += m.p.sep + text
}

// addRejections keeps what any reviewer rejected, but for a span the output holds with that label
// (another reviewer's, now to settle) and for English whose segment differs.
func (m *merger) addRejections() {
	seen := map[annotate.Rejection]bool{}
	for i, r := range m.revs {
		for _, rj := range r.Doc.Rejected {
			k := key{rj.Side, rj.Segment, rj.Start, rj.End}
			if sp := m.placed[k]; sp != nil && sp.Label == rj.Label || seen[*rj] ||
				rj.Side == annotate.Target && m.skipSeg[i][rj.Segment] {
				continue
			}
			seen[*rj] = true
			c := *rj
			m.out.Rejected = append(m.out.Rejected, &c)
		}
	}
}
