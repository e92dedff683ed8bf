package qa

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate"
)

// The annotation checks read the tags rather than the English: what a data team checks before it
// exports training data, as Prodigy, INCEpTION and doccano users do. They hold in a locked segment
// too (its English is locked, not its tags), and their issues name the span they are about, so that
// the QA tab goes to it.

// entityLabel reports whether a span's label names something (PER, ORG, LOC, MISC or a label of the
// document's own), not a quotation or its reporting verb.
func entityLabel(l string) bool { return l != annotate.LabelQuote && l != annotate.LabelCue }

// confirmed reports whether a person made or accepted the span.
func confirmed(sp *annotate.Span) bool { return sp.Origin != annotate.Auto }

// segmentOf returns the ID of the segment holding a span, or "".
func segmentOf(d *annotate.Document, sp *annotate.Span) string {
	if sp.Side == annotate.Target {
		return sp.Segment
	}
	if i := d.SegmentAt(sp.Start); i >= 0 {
		return d.Segments[i].ID
	}
	return ""
}

// linkFrom returns the span the first link of type typ from span id points to, or nil.
func linkFrom(d *annotate.Document, id, typ string) *annotate.Span {
	for _, l := range d.LinksOf(id) {
		if l.Type == typ && l.From == id {
			if sp := d.Span(l.To); sp != nil {
				return sp
			}
		}
	}
	return nil
}

// linkedTo reports whether a link of type typ points to span id.
func linkedTo(d *annotate.Document, id, typ string) bool {
	for _, l := range d.LinksOf(id) {
		if l.Type == typ && l.To == id {
			return true
		}
	}
	return false
}

// cueAlone flags the reporting verbs no quotation links to as its cue: left behind when their
// quotation was removed or never linked. An English verb is attributed through the French verb it
// translates when that one is.
func (r *run) cueAlone() {
	for _, sp := range r.d.Spans {
		if sp.Label != annotate.LabelCue || r.cueHeld(sp) {
			continue
		}
		seg, verb := segmentOf(r.d, sp), annotate.Shorten(r.d.SpanText(sp), 40)
		r.add(CueAlone, "qa."+CueAlone, seg, sp.ID,
			fmt.Sprintf("The reporting verb “%s” in %s belongs to no quotation: link it to its quotation (a quotation's cue) or remove it.", verb, seg),
			map[string]string{"verb": verb})
	}
}

func (r *run) cueHeld(sp *annotate.Span) bool {
	if linkedTo(r.d, sp.ID, annotate.LinkCue) {
		return true
	}
	for _, l := range r.d.LinksOf(sp.ID) {
		if l.Type == annotate.LinkTranslation && l.To == sp.ID && linkedTo(r.d, l.From, annotate.LinkCue) {
			return true
		}
	}
	return false
}

// speakerLabel flags the quotations whose speaker is the name of a place or of something else (LOC,
// MISC), as a person relabelling the speaker's mention leaves it: the Quotes tab then names a city as
// the speaker. A country, a capital or a seat of government speaking for the government is no fault
// (speaksForGovernment), nor is a description ("le communiqué", MISC), a document quoted.
func (r *run) speakerLabel() {
	for _, q := range r.d.Spans {
		if q.Label != annotate.LabelQuote || q.Side != annotate.Source {
			continue // a speaker is linked on the French quotation, the English one's comes from it
		}
		sp := linkFrom(r.d, q.ID, annotate.LinkSpeaker)
		if sp == nil || sp.Label != annotate.LabelLOC && sp.Label != annotate.LabelMISC ||
			sp.Mention != "" && sp.Mention != annotate.MentionName {
			continue
		}
		quote, who := annotate.Shorten(r.d.SpanText(q), 50), r.d.SpanText(sp)
		if sp.Label == annotate.LabelLOC && speaksForGovernment(who) {
			continue
		}
		seg := segmentOf(r.d, q)
		r.add(SpeakerLabel, "qa."+SpeakerLabel, seg, q.ID,
			fmt.Sprintf("The speaker of %s in %s is “%s”, tagged %s: a speaker is a person (PER) or an organisation (ORG).", quote, seg, who, sp.Label),
			map[string]string{"quote": quote, "speaker": who, "label": sp.Label})
	}
}

// speakerMissing flags the confirmed French quotations with no speaker while the mention of a person or an
// organisation stands right beside them, in the same segment: at most three words apart (", a
// déclaré", "selon"), with no end of sentence or other quotation between.
func (r *run) speakerMissing() {
	r.bySeg = nil
	for _, q := range r.d.Spans {
		if q.Label != annotate.LabelQuote || q.Side != annotate.Source || !confirmed(q) || linkFrom(r.d, q.ID, annotate.LinkSpeaker) != nil {
			continue
		}
		seg := segmentOf(r.d, q)
		who := r.besideQuote(q, seg)
		if who == nil {
			continue
		}
		quote, name := annotate.Shorten(r.d.SpanText(q), 50), r.d.SpanText(who)
		r.add(SpeakerMissing, "qa."+SpeakerMissing, seg, q.ID,
			fmt.Sprintf("The quotation %s in %s has no speaker, while “%s” beside it may be the speaker: link it, or ignore this warning if it has none.", quote, seg, name),
			map[string]string{"quote": quote, "speaker": name})
	}
}

// besideQuote returns the nearest mention of a person or organisation right beside quotation q of
// segment seg, or nil.
func (r *run) besideQuote(q *annotate.Span, seg string) *annotate.Span {
	var best *annotate.Span
	bestGap := 0
	for _, sp := range r.sameSideSpans(q, seg) {
		if !speakerLike(sp.Label) || sp.End > q.Start && sp.Start < q.End || r.quoteWithin(q, seg, sp.Start, sp.End, true) {
			continue // in the quotation, or in another ("la « coordination nationale des Gilets jaunes »")
		}
		a, b := sp.End, q.Start
		if sp.Start >= q.End {
			a, b = q.End, sp.Start
		}
		gap := r.textOf(q, a, b)
		if nearGap(gap) && (best == nil || len(gap) < bestGap) && !r.quoteWithin(q, seg, a, b, false) {
			best, bestGap = sp, len(gap)
		}
	}
	return best
}

// speakerLike reports whether a label may name a speaker: any but a place, another name, a quotation
// or a verb (PER, ORG, or a label of the document's own such as SPEAKER).
func speakerLike(l string) bool {
	return entityLabel(l) && l != annotate.LabelLOC && l != annotate.LabelMISC
}

// sameSideSpans returns the spans of q's side in segment seg, from an index made at the first call
// of a run (asking the document for each quotation went over all its spans every time).
func (r *run) sameSideSpans(q *annotate.Span, seg string) []*annotate.Span {
	return r.segmentSpans(seg, q.Side)
}

// segmentSpans returns the spans of segment seg on one side, in the document's order; the slice is
// the run's.
func (r *run) segmentSpans(seg string, side annotate.Side) []*annotate.Span {
	if r.bySeg == nil {
		r.bySeg = map[string][]*annotate.Span{}
		for _, sp := range r.d.Spans {
			id := segmentOf(r.d, sp)
			if sp.Side == annotate.Target {
				id = "en\x00" + id
			}
			r.bySeg[id] = append(r.bySeg[id], sp)
		}
	}
	if side == annotate.Target {
		return r.bySeg["en\x00"+seg]
	}
	return r.bySeg[seg]
}

// textOf returns the text between a and b on q's side.
func (r *run) textOf(q *annotate.Span, a, b int) string {
	text := r.d.Text
	if q.Side == annotate.Target {
		s := r.d.Segment(q.Segment)
		if s == nil {
			return ""
		}
		text = s.Target
	}
	if a < 0 || b > len(text) || a > b {
		return ""
	}
	return text[a:b]
}

// quoteWithin reports whether another quotation of q's side lies between a and b, or, around, holds
// them.
func (r *run) quoteWithin(q *annotate.Span, seg string, a, b int, around bool) bool {
	for _, sp := range r.sameSideSpans(q, seg) {
		if sp == q || sp.Label != annotate.LabelQuote {
			continue
		}
		if !around && sp.Start >= a && sp.End <= b || around && sp.Start <= a && b <= sp.End {
			return true
		}
	}
	return false
}

// nearGap reports whether the words between a quotation and a mention are few enough for the mention
// to attribute it: at most three, no end of sentence, no line break.
func nearGap(gap string) bool {
	if strings.ContainsAny(gap, ".!?…\n") {
		return false
	}
	words := strings.FieldsFunc(gap, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' })
	return len(words) <= 3
}

// counterpartLabel flags the names whose confirmed English counterpart (the span their translation
// link points to, made or accepted by a person) carries another label.
func (r *run) counterpartLabel() {
	for _, l := range r.d.Links {
		src, en := r.d.Span(l.From), r.d.Span(l.To)
		if l.Type != annotate.LinkTranslation || src == nil || en == nil || !confirmed(en) ||
			!entityLabel(src.Label) || !entityLabel(en.Label) || src.Label == en.Label {
			continue
		}
		seg, fr, eng := segmentOf(r.d, src), r.d.SpanText(src), r.d.SpanText(en)
		r.add(CounterpartLabel, "qa."+CounterpartLabel, seg, src.ID,
			fmt.Sprintf("“%s” in %s is tagged %s, but its English “%s” is tagged %s.", fr, seg, src.Label, eng, en.Label),
			map[string]string{"name": fr, "label": src.Label, "english": eng, "englishLabel": en.Label})
	}
}
