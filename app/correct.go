package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// Correcting a span's bounds: pre-annotation proposes PER "Ursula" where the name is "Ursula von der
// Leyen", or a quotation one word too long. The person selects the right words and presses the label's
// key, as for tagging; when the selection overlaps spans of that label, the first of them takes the
// selection's range (annotate.Editor.Reshape, which keeps its links and entity) and the others are
// removed, instead of a second span being laid over the wrong one. Spans of other labels are left
// alone: a name inside a quotation is no wrong bound of the quotation.

// sameLabelOverlapping returns the spans with label that overlap sel on its side (and, in the English,
// in its segment), in text order.
func (ui *UI) sameLabelOverlapping(sel *annotate.Span, label string) []*annotate.Span {
	var spans []*annotate.Span
	if sel.Side == annotate.Target {
		spans = ui.doc.TargetSpans(sel.Segment) // sorted
	} else if ui.cur < len(ui.cache.bySeg) {
		spans = ui.cache.bySeg[ui.cur] // sorted, and with those running in from another segment
	}
	var out []*annotate.Span
	for _, o := range spans {
		if o.Label == label && o.Side == sel.Side && o.Start < sel.End && sel.Start < o.End {
			out = append(out, o)
		}
	}
	return out
}

// correctionTarget picks, among overlapping spans of one label, the one to reshape: the first that
// carries something (a link, such as a quotation's speaker, or an entity), else the first.
func (ui *UI) correctionTarget(over []*annotate.Span) *annotate.Span {
	for _, o := range over {
		if len(ui.doc.LinksOf(o.ID)) > 0 || ui.doc.EntityOf(o.ID) != nil {
			return o
		}
	}
	return over[0]
}

// correctBounds gives the selection's range to a span of label that it overlaps and removes the other
// spans of label it overlaps (rejecting suggestions, so that they are not proposed again), in one undo
// step. It reports false, doing nothing, when the selection overlaps no span of label.
func (ui *UI) correctBounds(sel *annotate.Span, label string) (bool, error) {
	over := ui.sameLabelOverlapping(sel, label)
	if len(over) == 0 {
		return false, nil
	}
	keep := ui.correctionTarget(over)
	was := ui.doc.SpanText(keep)
	removed := 0
	err := ui.ed.Batch("correct span", func() error {
		if err := ui.ed.Reshape(keep.ID, sel.Start, sel.End); err != nil {
			return err
		}
		for _, o := range over {
			if o == keep {
				continue
			}
			var err error
			if o.Origin == annotate.Auto {
				err = ui.ed.Reject(o.ID)
			} else {
				err = ui.ed.RemoveSpan(o.ID)
			}
			if err != nil {
				return err
			}
			removed++
		}
		return nil
	})
	if err != nil {
		return true, err
	}
	ui.clearSelection()
	ui.selectSpan(keep.ID)
	name, old := correctionNames(keep.Label, ui.doc.SpanText(keep), was)
	args := map[string]any{"Span": name, "Old": old, "N": removed}
	if removed == 0 {
		ui.setStatus(lang.L("Corrected {{.Span}} (was {{.Old}})", args))
	} else {
		ui.setStatus(lang.N("Corrected {{.Span}} (was {{.Old}}) and removed {{.N}} overlapping spans", removed, args))
	}
	return true, nil
}
