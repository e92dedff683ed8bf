package annotate

import "fmt"

// Reshape moves span id to [start, end) of its own text (the source, or its segment's target): the
// correction of a suggestion's bounds ("Ursula" for "Ursula von der Leyen"). Everything else about the
// span stays: its ID, label, links (speaker, cue, translation) and entity, so that a quotation keeps its
// speaker. The span becomes a person's, with confidence 1.
//
// In the same undo step:
//   - a suggestion's old range is recorded as a Rejection, so that pre-annotation and projection do not
//     propose the wrong bounds again. A target rejection is recorded for its place only, without the
//     source span it was projected from: that source span is still rightly projected here, by the
//     corrected span, and refusing it (as Reject does) would forbid projecting it into this segment
//     ever again.
//   - an entity whose name in the span's language is exactly the old text takes the new text as its
//     name; so does its name in the other language when it is the same text and none of its mentions
//     on that side reads so, since it was then a copy of the French (pre-annotation names a person the
//     same in English), which projection would otherwise look for in the English.
//
// The range must be non-empty, inside the text, and cut neither a character nor what a reader sees as
// one (a letter with its combining accent, an emoji with its skin tone: see ClusterSplits).
func (e *Editor) Reshape(id string, start, end int) error {
	d := e.Doc
	sp := d.Span(id)
	if sp == nil {
		return fmt.Errorf("no span %q", id)
	}
	moved := *sp
	moved.Start, moved.End = start, end
	if err := d.checkSpan(&moved); err != nil {
		return fmt.Errorf("reshaping %s: %w", d.Describe(sp), err)
	}
	text := d.sideText(sp)
	for _, edge := range []struct {
		name string
		off  int
	}{{"start", start}, {"end", end}} {
		if c, ok := clusterAround(text, edge.off); !ok {
			return fmt.Errorf("reshaping %s: the %s (byte %d) falls inside the character %+q; move it before or after it",
				d.Describe(sp), edge.name, edge.off, c)
		}
	}
	if start == sp.Start && end == sp.End && sp.Origin == Human && sp.Confidence == 1 {
		return nil
	}
	oldText, newText := text[sp.Start:sp.End], text[start:end]
	return e.Batch("correct span", func() error {
		if sp.Origin == Auto && (start != sp.Start || end != sp.End) {
			r := d.rejectionOf(sp)
			r.FromStart, r.FromEnd = 0, 0
			if !d.hasRejection(r) {
				e.apply("", d.addRejection(r))
			}
		}
		// The lookups index spans by ID, segment and entity, none of which changes here.
		e.apply("", setVal(&sp.Start, start), setVal(&sp.End, end), setVal(&sp.Origin, Human), setVal(&sp.Confidence, 1.0))
		if ent := d.EntityOf(id); ent != nil && oldText != newText {
			e.renameAfterReshape(ent, sp.Side, oldText, newText)
		}
		return nil
	})
}

// sideText returns the text a span's offsets count in: the source, or its segment's target.
func (d *Document) sideText(sp *Span) string {
	if sp.Side == Target {
		if seg := d.Segment(sp.Segment); seg != nil {
			return seg.Target
		}
		return ""
	}
	return d.Text
}

// renameAfterReshape gives ent the new text of a reshaped mention on side as its name where its name
// was the mention's old text (see Reshape).
func (e *Editor) renameAfterReshape(ent *Entity, side Side, oldText, newText string) {
	d := e.Doc
	own, other, otherSide := d.SourceLang, d.TargetLang, Target
	if side == Target {
		own, other, otherSide = d.TargetLang, d.SourceLang, Source
	}
	if ent.Names[own] != oldText {
		return
	}
	copied := ent.Names[other] == oldText && !d.mentionReads(ent, otherSide, oldText)
	_ = e.RenameEntity(ent.ID, own, newText) // ent exists: no error
	if copied {
		_ = e.RenameEntity(ent.ID, other, newText)
	}
}

// mentionReads reports whether one of ent's mentions on side reads text.
func (d *Document) mentionReads(ent *Entity, side Side, text string) bool {
	for _, m := range ent.Mentions {
		if sp := d.Span(m); sp != nil && sp.Side == side && d.SpanText(sp) == text {
			return true
		}
	}
	return false
}
