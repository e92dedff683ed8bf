package app

import (
	"strconv"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// wholeOnScreen reports whether segment i's row lies whole in the list's view.
func wholeOnScreen(t *testing.T, ui *UI, i int) bool {
	t.Helper()
	if ui.rowFor(i) == nil {
		return false
	}
	top, bottom, view := onScreen(t, ui, i)
	return top >= 0 && bottom <= view
}

// TestJumpKeepsTheSegmentBefore: Go to segment and Ctrl+J show the segment before the one they go to
// above it, whole, coming from above or below: the sentence before a quotation names its speaker, and
// a jump put the quotation's segment at the very top of the list.
func TestJumpKeepsTheSegmentBefore(t *testing.T) {
	d, _ := shortDoc(60)
	for i := range d.Segments {
		d.Segments[i].Target = "" // one line a row: many rows in view
	}
	seg := d.Segments[45]
	must(t, annotate.NewEditor(d).AddSpan(&annotate.Span{Side: annotate.Source, Start: seg.Start, End: seg.Start + len("Phrase"), Label: annotate.LabelMISC, Origin: annotate.Auto}))
	ui, _ := newTestUI(t, d, false)
	for _, n := range []int{40, 12, 2, 55} {
		goToTyped(t, ui, strconv.Itoa(n))
		if ui.cur != n-1 || !wholeOnScreen(t, ui, n-1) || !wholeOnScreen(t, ui, n-2) {
			t.Errorf("Go to segment %d: on segment %d, it whole in view %v, segment %d %v; want both", n, ui.cur+1, wholeOnScreen(t, ui, n-1), n-1, wholeOnScreen(t, ui, n-2))
		}
	}
	ui.focusSegment(0, annotate.Target)
	ui.handleShortcut(custom(fyne.KeyJ, ctrl))
	if ui.cur != 45 || !wholeOnScreen(t, ui, 45) || !wholeOnScreen(t, ui, 44) {
		t.Errorf("Ctrl+J: on segment %d, it whole in view %v, segment 45 %v; want both", ui.cur+1, wholeOnScreen(t, ui, 45), wholeOnScreen(t, ui, 44))
	}
}
