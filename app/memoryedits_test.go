package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// TestTypedCorrectionReachesTheMemory: a confirmed segment corrected by typing stays translated, and
// the memory takes the corrected English once the translator leaves it, in place of the English
// first confirmed, which it no longer offers (the QA tester's "15 Decembre."); a translated segment
// only gone through is not stored, nor is the English Ctrl+Enter stored already.
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
	if offered(ui, "The minister was in Washington yesterdy.") {
		t.Errorf("the memory still offers the typo corrected: %+v", ui.sugg.offers)
	}
	if n := count(); n != 1 {
		t.Errorf("the memory holds %d units, want 1 (the correction in place of the typo)", n)
	}
}

// TestCorrectedTypoNoLongerOffered: the QA tester's case. "15 Decembre." corrected to "15 December."
// in a segment is no longer offered for that French, in this document or another; another
// document's own translation of it stays, after this document's. Emptying the English (to write it
// again) takes nothing from the memory: as in memoQ and Trados, only a confirmation changes it.
func TestCorrectedTypoNoLongerOffered(t *testing.T) {
	d := pairDoc("Le 15 décembre.", "Il est reparti jeudi.")
	ui := suggestUI(t, d, nil, nil)
	other := tm.Unit{SourceLang: "fr", TargetLang: "en", Source: "Le 15 décembre.", Target: "On December 15.",
		Origin: "other-doc", Segment: "s1", Changed: time.Now().Add(-time.Hour)}
	must(t, ui.sugg.src.mem.Add(context.Background(), other))
	ui.focusSegment(0, annotate.Target)
	r := visibleRow(t, ui, 0)
	r.entry.SetText("15 Decembre.")
	r.entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.SetText("15 December.")
	ui.focusSegment(1, annotate.Target)
	ui.focusSegment(0, annotate.Target)
	var got []string
	for _, o := range ui.sugg.offers {
		if o.Kind == suggest.KindTM {
			got = append(got, o.Text)
		}
	}
	if strings.Join(got, "|") != "15 December.|On December 15." {
		t.Errorf("the memory offers %q, want the correction, then the other document's English", got)
	}
	visibleRow(t, ui, 0).entry.SetText("")
	ui.focusSegment(1, annotate.Target)
	ui.focusSegment(0, annotate.Target)
	if !offered(ui, "15 December.") {
		t.Errorf("after the English was emptied the memory offers %+v, want the correction kept", ui.sugg.offers)
	}
}
