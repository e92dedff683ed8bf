package app

import (
	"cmp"
	"errors"
	"slices"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// Correcting a span's bounds: pre-annotation proposes PER "Ursula" where the name is "Ursula von der
// Leyen", or a quotation one word too long. The person selects the right words and presses the label's
// key, as for tagging; when the selection overlaps spans of that label, the first of them takes the
// selection's range (annotate.Editor.Reshape, which keeps its links and entity) and the others are
// removed, instead of a second span being laid over the wrong one. Spans of other labels are left
// alone: a name inside a quotation is no wrong bound of the quotation.
//
// A quotation may run over several segments, while a selection made with the mouse or the arrows stays
// inside one (unless extended with Shift into another, see crosssel.go). So a selection inside one
// segment moves only the edge of such a span that lies in that segment: selecting "Nous avons" where
// « Nous avons travaillé jour et nuit. Les résultats sont là. » starts leaves out the « and keeps the
// quotation's end in the next sentence. A selection over several segments gives its whole range.

// sameLabelOverlapping returns the spans with label that overlap sel on its side (and, in the English,
// in its segment), in text order.
func (ui *UI) sameLabelOverlapping(sel *annotate.Span, label string) []*annotate.Span {
	var spans []*annotate.Span
	if sel.Side == annotate.Target {
		spans = ui.doc.TargetSpans(sel.Segment) // sorted
	} else {
		spans = ui.sourceSpansOver(sel.Start, sel.End)
	}
	var out []*annotate.Span
	for _, o := range spans {
		if o.Label == label && o.Side == sel.Side && o.Start < sel.End && sel.Start < o.End {
			out = append(out, o)
		}
	}
	return out
}

// sourceSpansOver returns the source spans of the segments that source range [a, b) overlaps, sorted
// (outer before inner where they start together), each once.
func (ui *UI) sourceSpansOver(a, b int) []*annotate.Span {
	first, last := ui.segmentsOver(a, b)
	if first < 0 || last >= len(ui.cache.bySeg) {
		return nil
	}
	if first == last {
		return ui.cache.bySeg[first] // sorted, and with those running in from another segment
	}
	var out []*annotate.Span
	seen := map[*annotate.Span]bool{}
	for _, spans := range ui.cache.bySeg[first : last+1] {
		for _, sp := range spans {
			if !seen[sp] {
				seen[sp] = true
				out = append(out, sp)
			}
		}
	}
	slices.SortStableFunc(out, func(x, y *annotate.Span) int {
		if x.Start != y.Start {
			return cmp.Compare(x.Start, y.Start)
		}
		return cmp.Compare(y.End, x.End)
	})
	return out
}

// correctedRange returns the range span keep takes when corrected with selection sel: sel's, except
// for a source span over several segments corrected with a selection inside one of them, which moves
// only the span's edge in that segment. A selection inside a segment that holds neither edge (the
// middle sentence of a quotation over three) is refused: it cannot say which edge to move.
func (ui *UI) correctedRange(keep, sel *annotate.Span) (start, end int, err error) {
	if sel.Side != annotate.Source || ui.crossActive() { // the selection runs over several segments
		return sel.Start, sel.End, nil
	}
	first, last := ui.segmentsOver(keep.Start, keep.End)
	at, _ := ui.segmentsOver(sel.Start, sel.End)
	switch {
	case first == last:
		return sel.Start, sel.End, nil
	case at == first:
		return sel.Start, keep.End, nil
	case at == last:
		return keep.Start, sel.End, nil
	}
	return 0, 0, errors.New(lang.L("{{.Span}} runs over segments {{.From}}–{{.To}}: select its first words in segment {{.From}} or its last in segment {{.To}}, or Shift+click to select over segments",
		map[string]any{"Span": ui.spanName(keep), "From": first + 1, "To": last + 1}))
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
	start, end, err := ui.correctedRange(keep, sel)
	if err != nil {
		return true, err
	}
	was := ui.doc.SpanText(keep)
	wasName := ""
	if e := ui.doc.EntityOf(keep.ID); e != nil {
		wasName = e.Names[ui.sideLang(keep)]
	}
	removed := 0
	var filed *annotate.Entity
	err = ui.ed.Batch("correct span", func() error {
		if err := ui.ed.Reshape(keep.ID, start, end); err != nil {
			return err
		}
		var err error
		if filed, err = ui.fileCorrected(keep, wasName); err != nil {
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
	ui.correctedStatus(keep, was, removed)
	if filed != nil {
		ui.setStatus(ui.filedStatus(ui.status.Text, filed))
	}
	return true, nil
}

// correctedStatus says on the status line that keep's bounds were corrected from text was, that
// removed other spans went, and over which segments keep now runs when it runs over several.
func (ui *UI) correctedStatus(keep *annotate.Span, was string, removed int) {
	name, old := correctionNames(keep.Label, ui.doc.SpanText(keep), was)
	args := map[string]any{"Span": name, "Old": old, "N": removed}
	from, to := 0, 0
	if keep.Side == annotate.Source {
		from, to = ui.segmentsOver(keep.Start, keep.End)
		args["From"], args["To"] = from+1, to+1
	}
	switch {
	case from < to && removed == 0:
		ui.setStatus(lang.L("Corrected {{.Span}} over segments {{.From}}–{{.To}} (was {{.Old}})", args))
	case from < to:
		ui.setStatus(lang.N("Corrected {{.Span}} over segments {{.From}}–{{.To}} (was {{.Old}}) and removed {{.N}} overlapping spans", removed, args))
	case removed == 0:
		ui.setStatus(lang.L("Corrected {{.Span}} (was {{.Old}})", args))
	default:
		ui.setStatus(lang.N("Corrected {{.Span}} (was {{.Old}}) and removed {{.N}} overlapping spans", removed, args))
	}
}
