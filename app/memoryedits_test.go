package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestTypedCorrectionReachesTheMemory: a confirmed segment corrected by typing stays translated, and
// the memory takes the corrected English once the translator leaves it, so that it offers it as a
// whole match, not only the English first confirmed; a translated segment only gone through is not
// stored, nor is the English Ctrl+Enter stored already.
func TestTypedCorrectionReachesTheMemory(t *testing.T) {
	d := pairDoc("Le ministre était à Washington hier.", "Il est reparti jeudi.", "Il reviendra.")
	d.Segments[2].Target, d.Segments[2].Status = "He will be back.", annotate.StatusTranslated
	ui := suggestUI(t, d, nil, nil)
	count := func() int {
		n, err := ui.sugg.src.mem.Count(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	ui.focusSegment(0, annotate.Target)
	r := visibleRow(t, ui, 0)
	r.entry.SetText("The minister was in Washington yesterdy.")
	r.entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	if n := count(); n != 1 {
		t.Fatalf("the memory holds %d units after Ctrl+Enter, want 1", n)
	}
	ui.focusSegment(2, annotate.Target)
	ui.focusSegment(0, annotate.Target)
	if n := count(); n != 1 {
		t.Fatalf("the memory holds %d units after going through a translated segment untouched, want 1", n)
	}
	visibleRow(t, ui, 0).entry.SetText("The minister was in Washington yesterday.")
	if d.Segments[0].Status != annotate.StatusTranslated {
		t.Fatalf("status %s after typing in a translated segment", d.Segments[0].Status)
	}
	ui.focusSegment(1, annotate.Target)
	ui.focusSegment(0, annotate.Target)
	if !offered(ui, "The minister was in Washington yesterday.") {
		t.Errorf("the memory offers %+v, not the corrected English", ui.sugg.offers)
	}
	if n := count(); n != 2 {
		t.Errorf("the memory holds %d units, want 2 (the first English and its correction)", n)
	}
}
