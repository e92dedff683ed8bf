package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestMenuLabelsClearTheirShortcuts: the F9 item of the Segment menu leaves at least menuShortcutGap
// between its label and its shortcut, in English and in French. Fyne 2.7.1 makes a menu as wide as
// its widest item, that item's label and shortcut an inner padding apart, 8 units at any scale
// (widget/menu_item.go menuItemRenderer.MinSize): at FYNE_SCALE=1.5 "Place the next inline code at
// the cursor, or around the selection", the widest, read as one sentence with its "F9" 12 px away.
// A shortcut of modifiers ("Ctrl+Shift+I") stands apart from the label it ends; the other menus'
// widest rows are logged.
func TestMenuLabelsClearTheirShortcuts(t *testing.T) {
	for _, language := range []string{"en", "fr"} {
		t.Run(language, func(t *testing.T) {
			useLanguage(t, language)
			ui, _ := newTestUI(t, testDoc(t), false)
			ui.app.Settings().SetTheme(gloseTheme{Theme: theme.DefaultTheme(), variant: theme.VariantDark})
			inner := theme.Current().Size(theme.SizeNameInnerPadding)
			var check func(path string, m *fyne.Menu)
			check = func(path string, m *fyne.Menu) {
				width := widget.NewMenu(m).MinSize().Width
				for _, it := range m.Items {
					if it.ChildMenu != nil && len(it.ChildMenu.Items) > 0 {
						check(path+" › "+it.Label, it.ChildMenu)
					}
					if it.Shortcut == nil || it.IsSeparator {
						continue
					}
					alone := widget.NewMenu(fyne.NewMenu("", it)).MinSize().Width
					gap := inner + width - alone
					if gap < menuShortcutGap {
						t.Logf("%s › %q: %.0f units from its shortcut", path, it.Label, gap)
					}
					if gap < menuShortcutGap && it.Shortcut.ShortcutName() == custom(fyne.KeyF9, 0).ShortcutName() {
						t.Errorf("%s › %q: %.0f units from its shortcut, want %.0f", path, it.Label, gap, menuShortcutGap)
					}
				}
			}
			for _, m := range ui.mainMenu().Items {
				check(m.Label, m)
			}
		})
	}
}

// menuShortcutGap is the least room between a menu item's label and its shortcut: three inner
// paddings, 36 px at FYNE_SCALE=1.5.
const menuShortcutGap float32 = 24
