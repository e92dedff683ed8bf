package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// menuRoom is the height a menu has below the menu bar in the smallest window Glose fits itself to
// (1280×720, on a 1366×768 screen): the bar takes about 28 px of the 720.
const menuRoom = 720 - 28

// TestMenusFitA720PixelWindow: every menu of the menu bar, and every submenu, opens whole in a
// 720-px-high window, in English and in French, with the app's theme. Fyne scrolls a taller menu,
// and its last items (Find and Replace… in the Edit menu) were cut off at the bottom. The F9 item
// stands clear of its shortcut (shortcutGap).
func TestMenusFitA720PixelWindow(t *testing.T) {
	for _, language := range []string{"en", "fr"} {
		t.Run(language, func(t *testing.T) {
			useLanguage(t, language)
			ui, _ := newTestUI(t, testDoc(t), false)
			ui.app.Settings().SetTheme(gloseTheme{Theme: theme.DefaultTheme(), variant: theme.VariantDark})
			var check func(path string, m *fyne.Menu)
			check = func(path string, m *fyne.Menu) {
				if h := widget.NewMenu(m).MinSize().Height; h > menuRoom {
					t.Errorf("the %s menu is %.0f px high, more than the %d px under the menu bar", path, h, menuRoom)
				} else {
					t.Logf("%s: %.0f px", path, h)
				}
				shortcutGap(t, path, m)
				for _, it := range m.Items {
					if it.ChildMenu != nil && len(it.ChildMenu.Items) > 0 {
						check(path+" › "+it.Label, it.ChildMenu)
					}
				}
			}
			shown := map[*fyne.MenuItem]bool{}
			var walk func(items []*fyne.MenuItem)
			walk = func(items []*fyne.MenuItem) {
				for _, it := range items {
					shown[it] = true
					if it.ChildMenu != nil {
						walk(it.ChildMenu.Items)
					}
				}
			}
			for _, m := range ui.mainMenu().Items {
				check(m.Label, m)
				walk(m.Items)
			}
			for _, a := range ui.acts.edit { // moved into a submenu, each keeps its item and shortcut
				if !shown[a.item] || (len(a.short) > 0 && a.item.Shortcut == nil) {
					t.Errorf("%q is not in the menus with its shortcut", a.name)
				}
			}
		})
	}
}

// TestSubmenuShortcutsStillRun: Ctrl+Shift+A and Ctrl+Shift+R, whose items moved into Edit › All
// suggestions, still accept and reject every suggestion, both by the app's shortcuts and as the
// desktop driver runs them: it looks the key up in the menus and their submenus.
func TestSubmenuShortcutsStillRun(t *testing.T) {
	for _, tc := range []struct {
		key  fyne.KeyName
		want string
	}{{fyne.KeyA, "Accepted 2 suggestions"}, {fyne.KeyR, "Rejected 2 suggestions"}} {
		for _, byMenu := range []bool{false, true} {
			ui, _ := newTestUI(t, testDoc(t), false)
			sc := custom(tc.key, ctrl|shift)
			if it := menuItemFor(ui.mainMenu().Items, sc.ShortcutName()); byMenu && it != nil {
				it.Action()
			} else if !ui.handleShortcut(sc) || byMenu {
				t.Fatalf("Ctrl+Shift+%s (menu %v) ran nothing", tc.key, byMenu)
			}
			if n := len(ui.doc.Pending()); n != 0 || ui.status.Text != tc.want {
				t.Errorf("Ctrl+Shift+%s (menu %v): %d pending, status %q", tc.key, byMenu, n, ui.status.Text)
			}
		}
	}
}

// menuItemFor returns the item of menus, or of their submenus, showing the shortcut named name.
func menuItemFor(menus []*fyne.Menu, name string) *fyne.MenuItem {
	for _, m := range menus {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == name {
				return it
			}
			if it.ChildMenu != nil {
				if found := menuItemFor([]*fyne.Menu{it.ChildMenu}, name); found != nil {
					return found
				}
			}
		}
	}
	return nil
}

// shortcutGap checks that the F9 item of menu m, at path, leaves at least menuShortcutGap between
// its label and its shortcut, and logs the other items with less. Fyne 2.7.1 makes a menu as wide as
// its widest item, that item's label and shortcut an inner padding apart, 8 units at any scale
// (widget/menu_item.go menuItemRenderer.MinSize): at FYNE_SCALE=1.5 "Place the next inline code at
// the cursor, or around the selection", the Segment menu's widest, read as one sentence with its
// "F9" 12 px away; a shortcut of modifiers ("Ctrl+Shift+I") stands apart from the label it ends.
func shortcutGap(t *testing.T, path string, m *fyne.Menu) {
	t.Helper()
	inner := theme.Current().Size(theme.SizeNameInnerPadding)
	width := widget.NewMenu(m).MinSize().Width
	for _, it := range m.Items {
		if it.Shortcut == nil || it.IsSeparator {
			continue
		}
		gap := inner + width - widget.NewMenu(fyne.NewMenu("", it)).MinSize().Width
		switch {
		case gap >= menuShortcutGap:
		case it.Shortcut.ShortcutName() == custom(fyne.KeyF9, 0).ShortcutName():
			t.Errorf("%s › %q: %.0f units from its shortcut, want %.0f", path, it.Label, gap, menuShortcutGap)
		default:
			t.Logf("%s › %q: %.0f units from its shortcut", path, it.Label, gap)
		}
	}
}

// menuShortcutGap is the least room between the F9 item's label and its shortcut: three inner
// paddings, 36 px at FYNE_SCALE=1.5.
const menuShortcutGap float32 = 24
