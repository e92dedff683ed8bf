package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestRetypedSurnameKeepsItsSpan: a reviewer double-clicks the misspelt surname of a confirmed
// English name and types the right one over it. The name's span covered "Peter B" after it, the
// rest typed left out for good (projection never touches a confirmed span); it now covers the name
// as corrected, and Ctrl+Z then Ctrl+Shift+Z give back each state with its span.
func TestRetypedSurnameKeepsItsSpan(t *testing.T) {
	d := pairDoc("« Bravo », a dit le député Peter Bone 👍🏽.")
	en := "“Well done,” said MP Peter Bonne 👍🏽."
	d.Segments[0].Target, d.Segments[0].Status = en, annotate.StatusTranslated
	ui, _ := newTestUI(t, d, false)
	at := strings.Index(en, "Peter Bonne")
	sp := &annotate.Span{Side: annotate.Target, Segment: d.Segments[0].ID, Start: at, End: at + len("Peter Bonne"),
		Label: annotate.LabelPER, Origin: annotate.Human}
	must(t, ui.ed.AddSpan(sp))
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	word := utf8.RuneCountInString(en[:at+len("Peter ")])
	r.entry.selectRange(word, word+len("Bonne"))
	if got := r.entry.SelectedText(); got != "Bonne" {
		t.Fatalf("selected %q", got)
	}
	test.Type(r.entry, "Bone")
	seg := ui.doc.Segments[0]
	spanText := func() string { return seg.Target[sp.Start:sp.End] }
	if want := "“Well done,” said MP Peter Bone 👍🏽."; seg.Target != want {
		t.Fatalf("English %q, want %q", seg.Target, want)
	}
	if got := spanText(); got != "Peter Bone" {
		t.Errorf("the name's span covers %q, want Peter Bone", got)
	}
	pressShortcut(ui, undoKey)
	if seg.Target != en || spanText() != "Peter Bonne" {
		t.Errorf("Ctrl+Z: %q with its span on %q, want %q on Peter Bonne", seg.Target, spanText(), en)
	}
	pressShortcut(ui, redoKey)
	if got := spanText(); got != "Peter Bone" {
		t.Errorf("Ctrl+Shift+Z: the span covers %q, want Peter Bone", got)
	}
}
