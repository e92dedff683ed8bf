package app

import (
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// TestQuotesListTakesAcceptAndReject: in the Quotes list, a accepts the quote the focus is on and r
// rejects it, each going on to the next quote with the focus kept in the list, where the letters did
// nothing; another letter says which keys work there.
func TestQuotesListTakesAcceptAndReject(t *testing.T) {
	d, err := workspace.SampleDocument()
	must(t, err)
	ui, _ := newTestUI(t, d, false)
	ui.focusPanel(1)
	p := ui.quotesPanel()
	if ui.win.Canvas().Focused() != p.list || p.list.cursor != 0 {
		t.Fatalf("Ctrl+Shift+2: focus on %T row %d, want the Quotes list on row 0", ui.win.Canvas().Focused(), p.list.cursor)
	}
	first, second, third := p.quotes[0].ID, p.quotes[1].ID, p.quotes[2].ID
	if d.Span(first).Origin != annotate.Auto || d.Span(second).Origin != annotate.Auto {
		t.Fatal("the sample's first quotes are not suggestions")
	}
	typeKeys(ui, "a")
	if sp := d.Span(first); sp == nil || sp.Origin != annotate.Human {
		t.Errorf("a in the list: the first quote is %+v, want it accepted", sp)
	}
	if ui.win.Canvas().Focused() != p.list || p.quotes[p.list.cursor].ID != second {
		t.Errorf("after a: focus on %T row %d, want the list on the second quote (row 1)", ui.win.Canvas().Focused(), p.list.cursor)
	}
	typeKeys(ui, "r")
	if d.Span(second) != nil {
		t.Error("r in the list: the second quote is still there, want it rejected")
	}
	if ui.win.Canvas().Focused() != p.list || p.quotes[p.list.cursor].ID != third {
		t.Errorf("after r: focus on %T row %d, want the list on the third quote", ui.win.Canvas().Focused(), p.list.cursor)
	}
	typeKeys(ui, "x")
	if got, want := ui.status.full, "In the Quotes list, a accepts the quote and r rejects it; Enter goes to it"; got != want {
		t.Errorf("x in the list: status %q, want %q", got, want)
	}
}
