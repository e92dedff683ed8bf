package app

import "strconv"

// setPanelBadge shows a count in the title of p's tab ("QA (3)", "QA (999+)" beyond).
func (ui *UI) setPanelBadge(p panel, n int) {
	for k, q := range ui.panels {
		if q != p || k >= len(ui.tabBadges) {
			continue
		}
		b := ""
		switch {
		case n > 999: // the four tabs must fit the side panel's width
			b = "(999+)"
		case n > 0:
			b = "(" + strconv.Itoa(n) + ")"
		}
		if ui.tabBadges[k] != b {
			ui.tabBadges[k] = b
			ui.refitTabs()
		}
	}
}

// ShowPanel selects the side tab whose title (in the user's language, without its count) is title,
// or whose position is title ("1" is the first); it reports whether there was one.
func (ui *UI) ShowPanel(title string) bool {
	for k, p := range ui.panels {
		if (p.title() == title || strconv.Itoa(k+1) == title) && k < len(ui.tabs.Items) {
			ui.tabs.SelectIndex(k)
			return true
		}
	}
	return false
}
