package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// mainMenu builds the menu bar from the action table. On desktop, menu shortcuts fire wherever the
// focus is, before the focused widget sees them, even over a dialog: every item is guarded (see
// guardMenu).
func (ui *UI) mainMenu() *fyne.MainMenu {
	t := &ui.acts
	items := menuItems
	file := items(t.file)
	quit := file[len(file)-1]
	quit.IsQuit = true // the driver adds no Quit of its own, which would not ask about unsaved changes
	file = append(file[:len(file)-1], fyne.NewMenuItemSeparator(), quit)
	ui.recentItem = fyne.NewMenuItem(lang.L("Open Recent"), nil)
	ui.recentItem.ChildMenu = fyne.NewMenu("")
	file = append(file[:1], append([]*fyne.MenuItem{ui.recentItem}, file[1:]...)...)
	edit := items(t.edit)
	edit = append(edit[:2], append([]*fyne.MenuItem{fyne.NewMenuItemSeparator()}, edit[2:]...)...)
	ui.themeItems = map[string]*fyne.MenuItem{}
	ui.tagLines.item = fyne.NewMenuItem(lang.L("The English’s tags under every segment"), ui.toggleTagLines)
	ui.tagLines.item.Checked = !ui.tagLines.current
	view := append(items(t.view), fyne.NewMenuItemSeparator(), ui.tagLines.item, fyne.NewMenuItemSeparator())
	for _, th := range []struct{ choice, name string }{
		{themeSystem, lang.L("Theme: follow the system")}, {themeLight, lang.L("Theme: light")}, {themeDark, lang.L("Theme: dark")},
	} {
		it := fyne.NewMenuItem(th.name, func() { ui.setTheme(th.choice) })
		ui.themeItems[th.choice] = it
		view = append(view, it)
	}
	ui.markTheme()
	ui.menu = fyne.NewMainMenu(
		fyne.NewMenu(lang.L("File"), file...),
		fyne.NewMenu(lang.L("Edit"), edit...),
		fyne.NewMenu(lang.L("Tag"), items(t.tag)...),
		fyne.NewMenu(lang.L("Segment"), items(t.segment)...),
		ui.toolsMenu(),
		fyne.NewMenu(lang.L("View"), view...),
		fyne.NewMenu(lang.L("Help"), items(t.help)...),
	)
	for _, m := range ui.menu.Items {
		ui.guardMenu(m.Items)
	}
	ui.fillRecentMenu() // guards its own items, made afresh each time
	return ui.menu
}

// menuItems returns the menu items of as, with their separators, and those of a submenu under one
// item of that name.
func menuItems(as []*action) []*fyne.MenuItem {
	out := make([]*fyne.MenuItem, 0, len(as))
	var sub *fyne.MenuItem
	for _, a := range as {
		if a.sepBefore && len(out) > 0 {
			out = append(out, fyne.NewMenuItemSeparator())
		}
		switch {
		case a.submenu == "":
			sub = nil
			out = append(out, a.menuItem())
		case sub != nil && sub.Label == a.submenu:
			sub.ChildMenu.Items = append(sub.ChildMenu.Items, a.menuItem())
		default:
			sub = fyne.NewMenuItem(a.submenu, nil)
			sub.ChildMenu = fyne.NewMenu("", a.menuItem())
			out = append(out, sub)
		}
		if a.submenu != "" {
			a.parent = sub
		}
	}
	return out
}

// guardMenu makes items (and their submenus) wait while a dialog is open, as the canvas's shortcuts
// do. The desktop driver looks a shortcut up in the main menu before anything else and runs the
// item's action whatever covers the window (Fyne 2.7.1, glfw window.triggersShortcut), so that
// Alt+3 or Ctrl+Enter pressed over the Export dialog would change the document behind it, and Ctrl+E
// would stack a second dialog. While a dialog is open the key goes instead where it would have gone
// without a menu: to the dialog's focused widget (Ctrl+Z undoes in a file name).
func (ui *UI) guardMenu(items []*fyne.MenuItem) {
	for _, it := range items {
		if it.ChildMenu != nil {
			ui.guardMenu(it.ChildMenu.Items)
		}
		run := it.Action
		if run == nil || ui.runsOverDialogs(it) {
			continue
		}
		it.Action = func() {
			if !ui.dialogOpen() {
				run()
				return
			}
			if f, ok := ui.win.Canvas().Focused().(fyne.Shortcutable); ok && it.Shortcut != nil {
				f.TypedShortcut(typedShortcut(it.Shortcut))
			}
		}
	}
}

// runsOverDialogs reports whether it is the menu item of an action that runs while a dialog is open.
func (ui *UI) runsOverDialogs(it *fyne.MenuItem) bool {
	for _, a := range ui.acts.all() {
		if a.item == it {
			return a.overDialogs
		}
	}
	return false
}

// markTheme checks the View menu's item of the theme in use.
func (ui *UI) markTheme() {
	cur := ui.app.Preferences().StringWithFallback(prefTheme, themeSystem)
	if ui.themeItems[cur] == nil {
		cur = themeSystem
	}
	for choice, it := range ui.themeItems {
		it.Checked = choice == cur
	}
	if ui.menu != nil {
		ui.menu.Refresh()
	}
}

// fillRecentMenu lists the recent files from the preferences.
func (ui *UI) fillRecentMenu() {
	if ui.recentItem == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, p := range ui.recentFiles() {
		label := filepath.Base(p) + " — " + filepath.Dir(p)
		if !isNative(p) { // opening it imports and pre-annotates it again, as a new document
			label += " " + lang.L("(new import)")
		}
		items = append(items, fyne.NewMenuItem(label, func() { ui.Open(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("No recent files"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	ui.guardMenu(items)
	ui.recentItem.ChildMenu.Items = items
	if ui.menu != nil {
		ui.menu.Refresh()
	}
	if ui.start != nil && ui.doc == ui.blank { // the start view lists them too
		ui.showEmptyHint()
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
			m.Items = menuItems(ui.acts.tag) // with the separator before Move the mention…
			ui.guardMenu(m.Items)
		}
	}
	ui.menu.Refresh()
}
