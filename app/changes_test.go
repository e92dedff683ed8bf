package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
)

// marked returns the words of a TextView's highlights of one style, in order.
func marked(tv *textview.TextView, st textview.Style) []string {
	var out []string
	for _, h := range tv.Highlights() {
		if h.Style == st {
			out = append(out, tv.Text()[h.Start:h.End])
		}
	}
	return out
}

// TestChangedInReview: a reviewer's edit of a translated segment (typed in its English, with « »,
// emoji and e + U+0301) puts a mark in its row and, under the English, the line of changes with the
// words removed struck through and those added underlined; the filter "Changed in review" shows that
// segment alone; a draft edited, and a segment the translator confirms again with Ctrl+Enter, are not
// changed; Alt+Enter keeps the changes; Accept changes takes them away and undo brings them back.
func TestChangedInReview(t *testing.T) {
	ui, _ := newTestUI(t, filterDoc(9), false)
	type edit struct {
		seg  int
		text string
	}
	for _, e := range []edit{
		{0, "Sentence number 1, « finished » 😀 by José\u0301 today."}, // translated: changed
		{1, "Sentence number 2, half done…"},                          // a draft: not changed
		{3, "Sentence number 4, « done » 👍🏽 by José\u0301!"},          // translated, then confirmed again
	} {
		ui.focusSegment(e.seg, annotate.Target)
		r := ui.rowFor(e.seg)
		r.entry.SetText("")
		test.Type(r.entry, e.text)
		if got := ui.doc.Segments[e.seg].Target; got != e.text {
			t.Fatalf("segment %d: typed %q, English %q", e.seg+1, e.text, got)
		}
	}
	ui.focusSegment(3, annotate.Target)
	pressShortcut(ui, custom(fyne.KeyReturn, ctrl)) // the translator confirms their new version
	ui.focusSegment(0, annotate.Target)
	pressShortcut(ui, custom(fyne.KeyReturn, alt)) // the reviewer marks theirs reviewed
	if st := ui.doc.Segments[0].Status; st != annotate.StatusReviewed {
		t.Fatalf("segment 1 is %s after Alt+Enter", st)
	}
	ui.filter.apply(showChanged)
	if got := shownSegments(ui); !slices.Equal(got, []int{0}) {
		t.Fatalf("Changed in review shows segments %v, want [0]", got)
	}
	r := ui.rowFor(0)
	if r == nil || !r.changed.Visible() || !r.changes.Visible() {
		t.Fatal("the changed segment's row shows no mark or no line of changes")
	}
	if got, want := r.changes.Text(), "Sentence number 1, « done finished » 👍🏽 😀 by José\u0301 today."; got != want {
		t.Errorf("line of changes %q, want %q", got, want)
	}
	if got, want := marked(&r.changes.TextView, textview.Strike), []string{"done", "👍🏽"}; !slices.Equal(got, want) {
		t.Errorf("struck through %q, want %q", got, want)
	}
	if got, want := marked(&r.changes.TextView, textview.Underline), []string{"finished", "😀", "today"}; !slices.Equal(got, want) {
		t.Errorf("underlined %q, want %q", got, want)
	}
	ui.focusSegment(0, annotate.Target)
	if want := "Segment 1 of 9 — reviewed — changed since the translator’s version"; !strings.HasPrefix(ui.status.full, want) {
		t.Errorf("status line %q, want it to begin %q", ui.status.full, want)
	}
	if h := ui.cache.heights[0]; h < ui.rowHeightBy(0, ui.width, ui.measurer.Height)-0.5 {
		t.Errorf("row height %v leaves no room for the line of changes", h)
	}
	for _, i := range []int{1, 3} {
		if ui.doc.Segments[i].Changed() {
			t.Errorf("segment %d is changed", i+1)
		}
	}
	ui.focusSegment(0, annotate.Target)
	actionNamed(t, ui, "Accept changes").run()
	if ui.doc.Segments[0].Changed() || ui.rowFor(0).changes.Visible() || ui.rowFor(0).changed.Visible() {
		t.Fatal("Accept changes left the segment changed or its row marked")
	}
	ui.undoStep()
	if !ui.doc.Segments[0].Changed() || !ui.rowFor(0).changes.Visible() {
		t.Fatal("undo did not bring the changes back")
	}
	ui.filter.apply(showChanged)
	actionNamed(t, ui, "Accept all changes").run()
	if n := countSegments(ui.doc, (*annotate.Segment).Changed); n != 0 {
		t.Errorf("%d segments changed after Accept all changes", n)
	}
}
