package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/glose-app/glose/annotate"
)

// TestRejectedProjectionStaysRejected rejects a projected name with Alt+R, types on, lets projection
// run after the pause and on Ctrl+Enter: the name is not proposed again; undo brings it back.
func TestRejectedProjectionStaysRejected(t *testing.T) {
	ui, _ := newTestUI(t, docWithEntities(t), false)
	d := ui.doc
	r := typeEnglish(t, ui, 0, lavrovEN)
	ui.projectTyped()
	per := projected(t, ui, 0)[annotate.LabelPER]
	if per == nil {
		t.Fatal("the name was not projected")
	}
	ui.selectSpan(per.ID)
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyR, Modifier: fyne.KeyModifierAlt})
	if d.Span(per.ID) != nil || len(d.Rejected) != 1 {
		t.Fatalf("Alt+R: span still there %v, rejections %d", d.Span(per.ID) != nil, len(d.Rejected))
	}
	ui.win.Canvas().Focus(r.entry)
	r.entry.SetText("Yesterday, " + lavrovEN)
	ui.projectTyped()
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	spans := projected(t, ui, 0)
	if p := spans[annotate.LabelPER]; p != nil {
		t.Fatalf("the rejected name came back: %s", d.Describe(p))
	}
	if spans[annotate.LabelQuote] == nil {
		t.Error("the quotation, never rejected, is no longer projected")
	}
	for ui.ed.UndoName() != "reject" {
		if !ui.ed.Undo() {
			t.Fatal("the rejection is not in the undo history")
		}
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if d.Span(per.ID) != per || len(d.Rejected) != 0 {
		t.Fatalf("undo: span back %v, rejections %d", d.Span(per.ID) != nil, len(d.Rejected))
	}
}

// TestRejectedWhileInBackground rejects a pre-annotated name while a background pre-annotation runs on
// a copy of the document that still proposes it: adding the job's proposals must not bring it back.
func TestRejectedWhileInBackground(t *testing.T) {
	ui, _ := newTestUI(t, docWithEntities(t), false)
	d := ui.doc
	var auto *annotate.Span
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source && sp.Origin == annotate.Auto && sp.Label == annotate.LabelPER {
			auto = sp
			break
		}
	}
	if auto == nil {
		t.Fatal("the test document has no suggested name")
	}
	before := map[string]bool{}
	for _, sp := range d.Spans {
		if sp.ID != auto.ID {
			before[sp.ID] = true
		}
	}
	snap := d.Clone() // the job's copy, taken before the rejection, still holds the suggestion
	if err := ui.ed.Reject(auto.ID); err != nil {
		t.Fatal(err)
	}
	n, _, err := ui.addProposals("pre-annotate", snap, before)
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range d.Spans {
		if sp.Start == auto.Start && sp.End == auto.End && sp.Label == auto.Label {
			t.Fatalf("the rejected suggestion came back from the background job (%d spans added)", n)
		}
	}
}
