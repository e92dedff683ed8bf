package app

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/workspace"
)

// TestSideTabKeepsTheLastChoice: an analyst confirming quotes chooses the Quotes tab once, not once
// per article: every document opened after, in this window or after a restart, shows the tab last
// chosen, a click's or the command line's (ShowPanel, --tab). Before any choice a document opens on
// the tab it was left on (kept by earlier versions), else on Proposals, and those are no choice.
func TestSideTabKeepsTheLastChoice(t *testing.T) {
	dir := t.TempDir()
	plain, quoted, other := filepath.Join(dir, "plain.json"), filepath.Join(dir, "quoted.json"), filepath.Join(dir, "other.json")
	d, _ := reviewDoc(t) // its quotes confirmed
	must(t, workspace.Save(plain, d))
	must(t, workspace.Save(quoted, testDoc(t))) // a suggested quote
	must(t, workspace.Save(other, sampleSegments("other", "Other")))
	ui, _ := newTestUI(t, nil, false)
	shows := func(what string, want panel) {
		t.Helper()
		if got := ui.tabs.SelectedIndex(); got != panelIndex(ui, want) {
			t.Errorf("%s: tab %d shown, want %d (%s)", what, got+1, panelIndex(ui, want)+1, want.title())
		}
	}

	ui.Open(quoted)
	shows("first run", ui.sugg)
	left := place{path: plain, cur: d.Segments[0].ID, top: d.Segments[0].ID, tab: panelIndex(ui, ui.qa), caret: -1}
	setStringList(ui.app.Preferences(), prefPlaces, []string{left.String()})
	ui.Open(plain)
	shows("first run, a document left on QA", ui.qa)
	if ui.app.Preferences().IntWithFallback(prefSideTab, -1) != -1 {
		t.Errorf("the tabs the app chose were kept as the person's choice")
	}

	ui.tabs.SelectIndex(panelIndex(ui, ui.quotesPanel())) // a click on Quotes
	for _, path := range []string{other, plain, quoted} {
		ui.Open(path)
		shows("after choosing Quotes, "+filepath.Base(path), ui.quotesPanel())
	}
	ui.quit()
	ui = reopenIn(t, ui.app, other)
	shows("after a restart", ui.quotesPanel())

	if !ui.ShowPanel("3") { // glose --tab 3, before the document opens
		t.Fatal("no side tab 3")
	}
	ui.Open(quoted)
	shows("--tab 3", ui.qa)

	// a preferences file edited by hand: a number no tab has is no choice, and plain opens on the tab
	// it was left on
	for _, n := range []int{-5, 99} {
		ui.app.Preferences().SetInt(prefSideTab, n)
		ui.Open(plain)
		shows(fmt.Sprintf("tab %d in the preferences", n), ui.quotesPanel())
	}
}
