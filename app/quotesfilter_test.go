package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// rowSign binds row i of the Quotes list and returns its sign and the sign's tip.
func rowSign(p *quotesPanel, i int) (fyne.Resource, string) {
	box := p.list.CreateItem().(*fyne.Container)
	p.bind(i, box)
	icon := box.Objects[rowLines].(*fyne.Container).Objects[1].(*fyne.Container).Objects[0].(*widget.Icon)
	return icon.Resource, p.signTips[box]
}

// TestQuotesToConfirmOnly: each Quotes row says by a sign, and in words in its tip, whether the quote
// has something left to confirm, not by a colour alone; "To confirm only" lists those quotes alone,
// a quote accepted leaves the list, and with none left the tab says why it lists nothing.
func TestQuotesToConfirmOnly(t *testing.T) {
	d, quotes := reviewDoc(t)
	d.Span(quotes[2]).Origin = annotate.Auto
	ui, _ := newTestUI(t, d, false)
	p := shownQuotes(t, ui)
	if res, tip := rowSign(p, 0); res.Name() != confirmedSign().Name() || !strings.HasPrefix(tip, "Quote confirmed\nSeg. 5 · ") {
		t.Errorf("a confirmed quote's sign %s, tip %q", res.Name(), tip)
	}
	if res, tip := rowSign(p, 2); res.Name() != pendingSign().Name() || !strings.HasPrefix(tip, "Something to confirm\nSeg. 31 · ") {
		t.Errorf("a suggested quote's sign %s, tip %q", res.Name(), tip)
	}
	test.Tap(p.pending)
	if len(p.quotes) != 1 || p.quotes[0].ID != quotes[2] || !p.empty.Hidden {
		t.Fatalf("To confirm only lists %d quotes, hint hidden %v; want the suggestion alone", len(p.quotes), p.empty.Hidden)
	}
	if _, _, french, _, _ := quoteRow(p, 0); !strings.Contains(french, "La science avance") {
		t.Errorf("the row listed reads %q", french)
	}
	ui.jumpToSpan(quotes[2])
	visibleRow(t, ui, 30).src.TypedRune('a')
	p.refresh()
	if len(p.quotes) != 0 || p.empty.Hidden || !strings.HasPrefix(p.empty.Text, "Every quote is confirmed") {
		t.Errorf("after accepting it: %d quotes listed, hint %q shown %v", len(p.quotes), p.empty.Text, !p.empty.Hidden)
	}
	test.Tap(p.pending)
	if len(p.quotes) != 3 {
		t.Errorf("with the box cleared the tab lists %d quotes, want 3", len(p.quotes))
	}
}

// TestQuotesFilterByKeyboard: from the Quotes list, Tab reaches "To confirm only" and Space
// ticks it.
func TestQuotesFilterByKeyboard(t *testing.T) {
	d, quotes := reviewDoc(t)
	d.Span(quotes[2]).Origin = annotate.Auto
	ui, _ := newTestUI(t, d, false)
	p := shownQuotes(t, ui)
	ui.win.Canvas().Focus(p.list)
	ui.win.Canvas().FocusNext()
	if ui.win.Canvas().Focused() != fyne.Focusable(p.pending) {
		t.Fatalf("Tab from the list focused %T", ui.win.Canvas().Focused())
	}
	p.pending.TypedRune(' ')
	if !p.onlyPending || len(p.quotes) != 1 {
		t.Errorf("Space: filter on %v, %d quotes listed", p.onlyPending, len(p.quotes))
	}
}

// TestQuotesFilterKept: "To confirm only" stays as it was left, for the next document and after a
// restart, as the side tab does: an analyst confirming pre-annotation's quotes ticks it once.
func TestQuotesFilterKept(t *testing.T) {
	d, quotes := reviewDoc(t)
	d.Span(quotes[2]).Origin = annotate.Auto
	path := filepath.Join(t.TempDir(), "quoted.json")
	must(t, workspace.Save(path, d))
	ui, _ := newTestUI(t, d, false)
	test.Tap(shownQuotes(t, ui).pending)
	ui.quit()
	ui = reopenIn(t, ui.app, path)
	p := shownQuotes(t, ui)
	if !p.pending.Checked || len(p.quotes) != 1 {
		t.Fatalf("after a restart: box ticked %v, %d quotes listed; want ticked, the suggestion alone", p.pending.Checked, len(p.quotes))
	}
	test.Tap(p.pending)
	ui.quit()
	if p = shownQuotes(t, reopenIn(t, ui.app, path)); p.pending.Checked || len(p.quotes) != 3 {
		t.Errorf("cleared, then a restart: box ticked %v, %d quotes listed; want all 3", p.pending.Checked, len(p.quotes))
	}
}
