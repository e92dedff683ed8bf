package app

import (
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestRemovingASuggestionSaysItIsNotRejected: Delete on a wrong suggestion removes it without
// remembering a rejection (a person's choice to remove, unlike r), so that pre-annotating the
// document again, as a team does with a retrained model, proposed it again; the reviewer who took
// Delete for r could not know. The status line now says so, and how to reject it; a span the
// person made is removed as before.
func TestRemovingASuggestionSaysItIsNotRejected(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	var per string
	for _, sp := range d.Spans {
		if sp.Label == annotate.LabelPER && sp.Origin == annotate.Auto {
			per = sp.ID
		}
	}
	if per == "" {
		t.Fatal("the test expects a suggested PER")
	}
	ui.selectSpan(per)
	must(t, ui.removeSelectedSpan())
	want := "Removed PER “Sergueï Lavrov”, a suggestion, not rejected (r rejects it): pre-annotating again may propose it"
	if ui.status.Text != want || len(d.Rejected) != 0 {
		t.Errorf("status %q, %d rejections; want %q and none", ui.status.Text, len(d.Rejected), want)
	}
	mine := &annotate.Span{Side: annotate.Source, Start: 0, End: len("Sergueï Lavrov"), Label: annotate.LabelPER, Origin: annotate.Human, Confidence: 1}
	must(t, ui.ed.AddSpan(mine))
	ui.selectSpan(mine.ID)
	must(t, ui.removeSelectedSpan())
	if want := "Removed PER “Sergueï Lavrov”"; ui.status.Text != want {
		t.Errorf("a span the person made: status %q, want %q", ui.status.Text, want)
	}
}
