package app

import (
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/app/textview"
)

// TestRowGroupsFollowSpanChanges: the rows' spans are grouped by segment again only when a source span
// came, went or moved (cachegroup.go). After each edit, undo and redo here (an accept, which moves
// nothing; a span's bounds corrected over emoji and no-break spaces; a span added, removed, and
// their undo and redo), the groups are what grouping afresh gives, and the row of the moved span
// highlights its new bounds.
func TestRowGroupsFollowSpanChanges(t *testing.T) {
	d, zoe, quote := manyEntitiesDoc(t)
	ui, _ := newTestUI(t, d, false)
	last := len(d.Segments) - 1
	check := func(step string) {
		t.Helper()
		want := project.Overlapping(ui.doc)
		for i := range want {
			if !slices.Equal(ui.cache.bySeg[i], want[i]) {
				t.Fatalf("%s: segment %d's spans %v, grouped afresh %v", step, i+1, textsOf(ui.doc, ui.cache.bySeg[i]), textsOf(ui.doc, want[i]))
			}
		}
	}
	before := ui.cache.bySeg
	must(t, ui.ed.Accept(zoe.ID))
	check("accept")
	if &ui.cache.bySeg[0] != &before[0] {
		t.Error("an accept, which moves no span, grouped the spans again")
	}
	seg := d.Segments[last]
	inner := strings.Index(d.Text[seg.Start:], "succès 👍🏽") + seg.Start // the quotation's words, without « and its no-break space
	must(t, ui.ed.Reshape(quote.ID, inner, inner+len("succès 👍🏽")))
	check("bounds corrected")
	if hs := ui.sourceHighlights(last); !slices.ContainsFunc(hs, func(h textview.Highlight) bool {
		return h.Start == inner-seg.Start && h.End == inner-seg.Start+len("succès 👍🏽")
	}) {
		t.Errorf("the row highlights %v, not the corrected quotation", hs)
	}
	sp := &annotate.Span{Side: annotate.Source, Start: seg.Start, End: seg.Start + len("«"), Label: annotate.LabelMISC}
	must(t, ui.ed.AddSpan(sp))
	check("span added")
	must(t, ui.ed.RemoveSpan(zoe.ID))
	check("span removed")
	for i := range 3 {
		ui.ed.Undo()
		check("undo " + string(rune('1'+i)))
	}
	for i := range 3 {
		ui.ed.Redo()
		check("redo " + string(rune('1'+i)))
	}
}

// textsOf returns the texts of spans, for messages.
func textsOf(d *annotate.Document, spans []*annotate.Span) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, d.SpanText(sp))
	}
	return out
}
