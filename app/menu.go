package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// mainMenu builds the menu bar from the action table. On desktop, menu shortcuts fire wherever the
// focus is, before the focused widget sees them.
func (ui *UI) mainMenu() *fyne.MainMenu {
	t := &ui.acts
	items := func(as []*action) []*fyne.MenuItem {
		out := make([]*fyne.MenuItem, len(as))
		for i, a := range as {
			out[i] = a.menuItem()
		}
		return out
	}
	file := items(t.file)
	ui.recentItem = fyne.NewMenuItem(lang.L("Open Recent"), nil)
	ui.recentItem.ChildMenu = fyne.NewMenu("")
	ui.fillRecentMenu()
	file = append(file[:1], append([]*fyne.MenuItem{ui.recentItem}, file[1:]...)...)
	edit := items(t.edit)
	edit = append(edit[:2], append([]*fyne.MenuItem{fyne.NewMenuItemSeparator()}, edit[2:]...)...)
	view := []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("Theme: follow the system"), func() { ui.setTheme(themeSystem) }),
		fyne.NewMenuItem(lang.L("Theme: light"), func() { ui.setTheme(themeLight) }),
		fyne.NewMenuItem(lang.L("Theme: dark"), func() { ui.setTheme(themeDark) }),
	}
	ui.menu = fyne.NewMainMenu(
		fyne.NewMenu(lang.L("File"), file...),
		fyne.NewMenu(lang.L("Edit"), edit...),
		fyne.NewMenu(lang.L("Tag"), items(t.tag)...),
		fyne.NewMenu(lang.L("Segment"), items(t.segment)...),
		ui.toolsMenu(),
		fyne.NewMenu(lang.L("View"), view...),
		fyne.NewMenu(lang.L("Help"), items(t.help)...),
	)
	return ui.menu
}

// fillRecentMenu lists the recent files from the preferences.
func (ui *UI) fillRecentMenu() {
	if ui.recentItem == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, p := range ui.recentFiles() {
		items = append(items, fyne.NewMenuItem(filepath.Base(p)+" — "+filepath.Dir(p), func() { ui.Open(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("No recent files"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	ui.recentItem.ChildMenu.Items = items
	if ui.menu != nil {
		ui.menu.Refresh()
	}
}

// refreshTagMenu rebuilds the Tag menu after the schema changed (another document).
func (ui *UI) refreshTagMenu() {
	ui.buildTagActions()
	if ui.menu == nil {
		return
	}
	for _, m := range ui.menu.Items {
		if m.Label == lang.L("Tag") {
			m.Items = nil
			for _, a := range ui.acts.tag {
				m.Items = append(m.Items, a.menuItem())
			}
		}
	}
	ui.menu.Refresh()
}
