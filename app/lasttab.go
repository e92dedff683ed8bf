package app

// The side panel keeps the tab the person last chose, by a click, a shortcut (Ctrl+Shift+1…4) or
// --tab, across documents and across restarts: the tab is what they are doing (confirming quotes,
// translating), not a property of the article. Every new document opened on the Proposals tab,
// the translators' tab since the app was theirs alone (674343b), and an analyst confirming quotes
// clicked Quotes once per article. Until a first choice, a document opens on the tab it was left on,
// else on Proposals: its content cannot tell an analyst from a translator, since pre-annotation
// proposes quotes in every text opened, translators' too.

// prefSideTab holds the index of the side tab last chosen (0 is the first); absent until a choice.
const prefSideTab = "panel.tab"

// choiceKept returns the index of the side tab last chosen, -1 before any choice.
func (ui *UI) choiceKept() int {
	if i := ui.app.Preferences().IntWithFallback(prefSideTab, -1); i >= 0 && i < len(ui.panels) {
		return i
	}
	return -1 // none, or a number no tab has (a preferences file edited by hand)
}

// tabChosen keeps the side tab just selected as the person's choice, unless the app chose it.
func (ui *UI) tabChosen() {
	if ui.tabByApp || ui.app == nil {
		return
	}
	if i := ui.tabs.SelectedIndex(); i >= 0 && i < len(ui.panels) {
		ui.app.Preferences().SetInt(prefSideTab, i)
	}
}

// showOpeningTab selects the side tab a document opens on: the one last chosen, else left, the tab
// it was left on (-1: none); else the tab stays (Proposals at the start).
func (ui *UI) showOpeningTab(left int) {
	switch i := ui.choiceKept(); {
	case i >= 0:
		ui.selectByApp(ui.panels[i])
	case left >= 0 && left < len(ui.panels):
		ui.selectByApp(ui.panels[left])
	}
}

// selectByApp selects p's side tab as the app's choice, not the person's.
func (ui *UI) selectByApp(p panel) {
	ui.tabByApp = true
	ui.selectPanel(p)
	ui.tabByApp = false
}
