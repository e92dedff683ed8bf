package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
	"github.com/glose-app/glose/workspace"
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

// TestChangedInReview: a reviewer's edit of a translated segment, changes tracked, (typed in its English, with « »,
// emoji and e + U+0301) puts a mark in its row and, under the English, the line of changes with the
// words removed struck through and those added underlined; the filter "Changed in review" shows the
// changed segments; a draft edited is not changed; Ctrl+Enter from a reviewer's habit and Alt+Enter
// keep the changes, and the status line says so after Ctrl+Enter; Accept changes takes them away and
// undo brings them back.
func TestChangedInReview(t *testing.T) {
	d := filterDoc(9)
	d.TrackChanges = true // a reviewer's
	ui, _ := newTestUI(t, d, false)
	type edit struct {
		seg  int
		text string
	}
	for _, e := range []edit{
		{0, "Sentence number 1, « finished » 😀 by José\u0301 today."}, // translated: changed
		{1, "Sentence number 2, half done…"},                          // a draft: not changed
		{3, "Sentence number 4, « done » 👍🏽 by José\u0301!"},          // translated, then Ctrl+Enter
	} {
		retypeEnglish(t, ui, e.seg, e.text)
	}
	ui.focusSegment(3, annotate.Target)
	pressShortcut(ui, custom(fyne.KeyReturn, ctrl)) // the reviewer confirms from habit
	if want := "Segment 4 confirmed; its changes since the translator’s version stay until accepted or rejected"; !strings.HasPrefix(ui.status.full, want) {
		t.Errorf("status line after Ctrl+Enter on a changed segment %q, want it to begin %q", ui.status.full, want)
	}
	ui.focusSegment(0, annotate.Target)
	pressShortcut(ui, custom(fyne.KeyReturn, alt)) // the reviewer marks theirs reviewed
	if st := ui.doc.Segments[0].Status; st != annotate.StatusReviewed {
		t.Fatalf("segment 1 is %s after Alt+Enter", st)
	}
	ui.filter.apply(showChanged)
	if got := shownSegments(ui); !slices.Equal(got, []int{0, 3}) {
		t.Fatalf("Changed in review shows segments %v, want [0 3]", got)
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
	if ui.doc.Segments[1].Changed() {
		t.Error("the draft edited is changed")
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

// retypeEnglish replaces segment i's English by typing text in its field.
func retypeEnglish(t *testing.T, ui *UI, i int, text string) {
	t.Helper()
	ui.focusSegment(i, annotate.Target)
	r := ui.rowFor(i)
	r.entry.SetText("")
	test.Type(r.entry, text)
	if got := ui.doc.Segments[i].Target; got != text {
		t.Fatalf("segment %d: typed %q, English %q", i+1, text, got)
	}
}

// TestOwnRevisionNotTracked: a translator who reopens their finished document in a later session
// (every segment translated, one reviewed, changes not tracked) and revises segments, typing and
// confirming with Ctrl+Enter and Alt+Enter, finds no changes of their own to accept: no mark, no line,
// nothing under Changed in review, no translator's version in the file saved.
func TestOwnRevisionNotTracked(t *testing.T) {
	d := filterDoc(6)
	for i, seg := range d.Segments {
		seg.Target, seg.Status = fmt.Sprintf("Sentence number %d, « done » 😀 by José\u0301.", i+1), annotate.StatusTranslated
	}
	d.Segments[4].Status = annotate.StatusReviewed
	path := filepath.Join(t.TempDir(), "mine.json")
	must(t, workspace.Save(path, d))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	layOut(ui)
	for _, i := range []int{1, 4} {
		retypeEnglish(t, ui, i, fmt.Sprintf("Sentence number %d, « revised » 👍🏽 by José\u0301.", i+1))
		ui.focusSegment(i, annotate.Target)
		pressShortcut(ui, custom(fyne.KeyReturn, ctrl))
		if strings.Contains(ui.status.full, "stay until accepted") {
			t.Errorf("segment %d: Ctrl+Enter says %q", i+1, ui.status.full)
		}
	}
	ui.focusSegment(4, annotate.Target)
	pressShortcut(ui, custom(fyne.KeyReturn, alt))
	for _, i := range []int{1, 4} {
		if seg, r := ui.doc.Segments[i], ui.rowFor(i); seg.Changed() || r.changes.Visible() || r.changed.Visible() {
			t.Errorf("segment %d, the translator's own revision, shows as changed", i+1)
		}
	}
	if ui.filter.apply(showChanged); len(shownSegments(ui)) != 0 {
		t.Errorf("Changed in review shows segments %v", shownSegments(ui))
	}
	must(t, ui.saveTo(path))
	if data, err := os.ReadFile(path); err != nil || bytes.Contains(data, []byte("translatorTarget")) {
		t.Errorf("the file saved holds a translator's version (%v)", err)
	}
}

// TestRejectChangesInApp: Reject changes gives the current segment its translator's version back
// (Segment menu, and the right click on the line of changes), Reject all changes every changed
// segment but the locked one, which the status line names; each is one undo step.
func TestRejectChangesInApp(t *testing.T) {
	d := filterDoc(9)
	d.TrackChanges = true
	ui, _ := newTestUI(t, d, false)
	orig := map[int]string{}
	for _, i := range []int{0, 3, 6} {
		orig[i] = ui.doc.Segments[i].Target
		retypeEnglish(t, ui, i, fmt.Sprintf("Sentence number %d, « reviewed » 👍🏽 by José\u0301.", i+1))
	}
	ui.focusSegment(3, annotate.Target)
	actionNamed(t, ui, "Reject changes").run()
	if seg := ui.doc.Segments[3]; seg.Target != orig[3] || seg.Changed() {
		t.Fatalf("after Reject changes: %q, changed %v; want %q", seg.Target, seg.Changed(), orig[3])
	}
	if r := ui.rowFor(3); r.entry.Text != orig[3] || r.changes.Visible() {
		t.Errorf("the row shows %q, line of changes %v", r.entry.Text, r.changes.Visible())
	}
	if want := "Changes rejected in segment 4"; !strings.HasPrefix(ui.status.full, want) {
		t.Errorf("status line %q, want it to begin %q", ui.status.full, want)
	}
	ui.undoStep()
	if seg := ui.doc.Segments[3]; seg.Target == orig[3] || !seg.Changed() {
		t.Fatal("undo did not bring the reviewer's English back")
	}
	r := ui.rowFor(0)
	r.changes.TappedSecondary(&fyne.PointEvent{})
	m := topMenu(t, ui)
	if got, want := menuLabels(ui.changesMenu(0).Items), []string{"Accept changes", "Reject changes"}; !slices.Equal(got, want) || len(m.Items) != 2 {
		t.Fatalf("right click on the line of changes: %v (%d items), want %v", got, len(m.Items), want)
	}
	test.Tap(m.Items[1].(fyne.Tappable))
	if seg := ui.doc.Segments[0]; seg.Target != orig[0] {
		t.Fatalf("the menu's Reject changes left %q", seg.Target)
	}
	ui.undoStep()
	ui.doc.Segments[6].Locked = true
	actionNamed(t, ui, "Reject all changes").run()
	for i, want := range map[int]bool{0: false, 3: false, 6: true} {
		if got := ui.doc.Segments[i].Changed(); got != want {
			t.Errorf("segment %d changed %v after Reject all changes, want %v", i+1, got, want)
		}
	}
	if want := "Changes rejected in 2 segments; the locked ones keep theirs: 7"; !strings.HasPrefix(ui.status.full, want) {
		t.Errorf("status line %q, want it to begin %q", ui.status.full, want)
	}
	ui.undoStep()
	if n := countSegments(ui.doc, (*annotate.Segment).Changed); n != 3 {
		t.Errorf("one undo gives %d changed segments back, want 3", n)
	}
}

// TestChangesLineShortened: the line of changes of a long segment keeps every word removed and added
// with three words around each change, an ellipsis standing for the words in between, which the
// English field shows just above: the row no longer holds the English twice over.
func TestChangesLineShortened(t *testing.T) {
	d := filterDoc(3)
	seg := d.Segments[0]
	seg.TranslatorTarget = "On a Wednesday evening Donald Trump talked about a “very, very good meeting” after receiving Sergei Lavrov, Russia’s top diplomat, at the White House, with « le dialogue » 😀 and José\u0301 Bové in the evening."
	seg.Target = strings.Replace(strings.Replace(seg.TranslatorTarget, "talked about", "spoke of", 1), "the evening", "the morning", 1)
	ui, _ := newTestUI(t, d, false)
	r := ui.rowFor(0)
	want := "… evening Donald Trump talked about spoke of a “very, very … Bové in the evening morning."
	if got := r.changes.Text(); got != want {
		t.Errorf("line of changes %q, want %q", got, want)
	}
	if got, want := marked(&r.changes.TextView, textview.Strike), []string{"talked about", "evening"}; !slices.Equal(got, want) {
		t.Errorf("struck through %q, want %q", got, want)
	}
	if got, want := marked(&r.changes.TextView, textview.Underline), []string{"spoke of", "morning"}; !slices.Equal(got, want) {
		t.Errorf("underlined %q, want %q", got, want)
	}
	for _, tc := range []struct {
		s          string
		head, tail bool
		want       string
	}{
		{"one two three four five", true, false, "one two three four five"}, // too short to gain
		{"one two three four five six", true, false, "… four five six"},
		{" one two three four five six", false, true, " one two three …"},
		{" one two three four five six seven eight nine ", false, false, " one two three … seven eight nine "},
		{" one two three four five six seven eight ", false, false, " one two three four five six seven eight "},
		{"« le dialogue » 😀 and José\u0301 Bové", true, false, "… and José\u0301 Bové"},
	} {
		if got := elided(tc.s, tc.head, tc.tail); got != tc.want {
			t.Errorf("elided(%q, %v, %v) = %q, want %q", tc.s, tc.head, tc.tail, got, tc.want)
		}
	}
}
