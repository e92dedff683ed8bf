package app

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// goToTyped opens Go to segment with Ctrl+G, types typed over the number it offers and presses
// Enter; it returns the field, for a dialog left open.
func goToTyped(t *testing.T, ui *UI, typed string) fyne.Focusable {
	t.Helper()
	if !ui.dialogOpen() {
		pressShortcut(ui, ctrlKey(fyne.KeyG))
	}
	f, ok := ui.win.Canvas().Focused().(*nameEntry)
	if !ok || !ui.dialogOpen() {
		t.Fatalf("Ctrl+G: dialog open %v, focus on %T; want the number's field", ui.dialogOpen(), ui.win.Canvas().Focused())
	}
	f.TypedShortcut(&fyne.ShortcutSelectAll{})
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	test.Type(f, typed)
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	return f
}

// TestGoToSegment: Ctrl+G asks for a number and goes to that segment's English through the list's
// jump, so that a row far down a document whose heights are still estimates shows measured, in
// view, numbered; what is no segment's number keeps the dialog open and says why under the field.
func TestGoToSegment(t *testing.T) {
	const n = 700
	ref, _ := newTestUI(t, trickyDoc(n), false)
	want := slices.Clone(ref.cache.heights)
	ui, _ := newTestUI(t, nil, false)
	ui.heights.steps = true // the heights are measured a chunk at a time, as in the app
	ui.setDocument(trickyDoc(n), "")
	layOut(ui)
	m := strconv.Itoa(len(ui.doc.Segments)) // paragraphs cut into sentences: more than n
	for _, c := range []struct{ typed, says string }{
		{"abc", "“abc” is not a segment number: type one from 1 to " + m},
		{"0", "There is no segment 0: the document has " + m + " segments"},
		{" 9999 ", "There is no segment 9999: the document has " + m + " segments"},
		{"", "Type a segment number, from 1 to " + m},
	} {
		goToTyped(t, ui, c.typed)
		if !ui.dialogOpen() || ui.cur != 0 || !slices.Contains(shownLabels(ui), c.says) {
			t.Errorf("%q: dialog open %v, segment %d, labels %q; want it open saying %q", c.typed, ui.dialogOpen(), ui.cur+1, shownLabels(ui), c.says)
		}
	}
	goToTyped(t, ui, "612")
	r := ui.rowFor(611)
	if ui.dialogOpen() || ui.cur != 611 || r == nil || ui.win.Canvas().Focused() != fyne.Focusable(r.entry) {
		t.Fatalf("612: dialog open %v, segment %d, focus %T; want segment 612's English", ui.dialogOpen(), ui.cur+1, ui.win.Canvas().Focused())
	}
	if !ui.inView(r) || r.num.Text != "612" {
		t.Errorf("segment 612 in view %v, numbered %q", ui.inView(r), r.num.Text)
	}
	shownExact(t, ui, want, "after Go to segment 612")
	pressShortcut(ui, ctrlKey(fyne.KeyG))
	if f := ui.win.Canvas().Focused().(*nameEntry); f.SelectedText() != "612" {
		t.Errorf("Go to segment offers %q selected, want the current segment's number", f.SelectedText())
	}
	pressKey(ui, fyne.KeyEscape)
	if ui.dialogOpen() || ui.cur != 611 {
		t.Errorf("Escape: dialog open %v, segment %d", ui.dialogOpen(), ui.cur+1)
	}
}

// TestGoToSegmentInFrench: the dialog and its refusals speak French.
func TestGoToSegmentInFrench(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, pairDoc("Une phrase.", "« Déjà vu » 👍🏽.", "José\u0301 répond."), false)
	goToTyped(t, ui, "9")
	labels := strings.Join(shownLabels(ui), "|")
	for _, w := range []string{"Numéro du segment, de 1 à 3\u00a0:", "Il n’y a pas de segment 9\u00a0: le document a 3 segments"} {
		if !strings.Contains(labels, w) {
			t.Errorf("the dialog lacks %q: %q", w, labels)
		}
	}
	goToTyped(t, ui, "2")
	if ui.cur != 1 || ui.dialogOpen() {
		t.Errorf("2: segment %d, dialog open %v", ui.cur+1, ui.dialogOpen())
	}
}

// TestGoToSegmentSaysItsState: the status line after Go to segment says the segment's status, and
// that it is locked, as moving to it with Ctrl+Down does: it said "Segment 2" alone, and a client's
// translate="no" unit said it was locked only once typing in it was refused.
func TestGoToSegmentSaysItsState(t *testing.T) {
	d := pairDoc("Une phrase.", "« Déjà vu » 👍🏽.", "José\u0301 répond.")
	s := d.Segments[1]
	s.Locked, s.Target, s.Status = true, d.SourceText(s), annotate.StatusTranslated
	ui, _ := newTestUI(t, d, false)
	goToTyped(t, ui, "2")
	if want := "Segment 2 of 3 — translated — locked"; ui.cur != 1 || ui.status.Text != want {
		t.Errorf("segment %d, status %q; want segment 2, %q", ui.cur+1, ui.status.Text, want)
	}
}
