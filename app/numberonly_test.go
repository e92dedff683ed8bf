package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
)

// TestNumberOnlyProposalAndFill: a table cell of numbers only gets its English first among the
// proposals, inserted with Ctrl+1; Ctrl+Alt+N fills every empty one at once as drafts, leaving the
// segments with words, those already translated and the locked ones alone, and one Undo takes it
// all back.
func TestNumberOnlyProposalAndFill(t *testing.T) {
	d := pairDoc("23,5", "1\u202f234", "Les Écologistes", "12 %", "3,1 🇫🇷", "14 h 30", "2-1", "1er")
	d.Segments[3].Target, d.Segments[3].Status = "twelve per cent", annotate.StatusTranslated
	d.Segments[6].Locked = true
	ui := suggestUI(t, d, nil, nil)
	ui.focusSegment(0, annotate.Target)
	ui.sugg.lookUpNow()
	if len(ui.sugg.offers) == 0 || ui.sugg.offers[0].Kind != suggest.KindNumbers || ui.sugg.offers[0].Text != "23.5" {
		t.Fatalf("offers %+v, want 23.5 first", ui.sugg.offers)
	}
	if got := cardTitle(0, ui.sugg.offers[0]); got != "1 · Numbers only" {
		t.Errorf("card title %q", got)
	}
	must(t, ui.sugg.insert(0))
	if s := d.Segments[0]; s.Target != "23.5" || s.Status != annotate.StatusDraft {
		t.Errorf("inserted: %q %s, want 23.5 draft", s.Target, s.Status)
	}
	ui.undoStep()
	ui.focusSegment(2, annotate.Target)
	ui.sugg.lookUpNow()
	for _, o := range ui.sugg.offers {
		if o.Kind == suggest.KindNumbers {
			t.Errorf("a segment with words offered %q", o.Text)
		}
	}
	pressShortcut(ui, custom("N", ctrl|alt))
	want := []string{"23.5", "1,234", "", "twelve per cent", "3.1 🇫🇷", "14:30", "", ""}
	for i, w := range want {
		s := d.Segments[i]
		if s.Target != w {
			t.Errorf("segment %d: %q, want %q", i+1, s.Target, w)
		}
		if w != "" && i != 3 && s.Status != annotate.StatusDraft {
			t.Errorf("segment %d is %s, want a draft", i+1, s.Status)
		}
	}
	if st := ui.status.Text; !strings.Contains(st, "Filled 4 number-only segments as drafts") {
		t.Errorf("status line %q", st)
	}
	ui.undoStep()
	for i, s := range d.Segments {
		if i != 3 && (s.Target != "" || s.Status != annotate.StatusNew) {
			t.Errorf("after one undo, segment %d is %q %s", i+1, s.Target, s.Status)
		}
	}
	pressShortcut(ui, custom("N", ctrl|alt))
	pressShortcut(ui, custom("N", ctrl|alt))
	if st := ui.status.Text; st != "No empty segment holds numbers only" {
		t.Errorf("second fill: status line %q", st)
	}
}
