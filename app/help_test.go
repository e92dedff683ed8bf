package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// menuShortcutText is how Fyne's own menu writes sc: the texts it draws after the item's label.
func menuShortcutText(t *testing.T, sc fyne.Shortcut) string {
	t.Helper()
	it := fyne.NewMenuItem("x", nil)
	it.Shortcut = sc
	menu := widget.NewMenu(fyne.NewMenu("", it))
	w := test.NewWindow(menu)
	defer w.Close()
	var out string
	for _, txt := range texts(menu) {
		if txt.Text != "x" {
			out += txt.Text
		}
	}
	return out
}

// TestHelpKeysMatchTheMenus: in English and French, the help sheet writes each action's first
// shortcut as the menus show it (Fyne writes them in English, and cannot be told otherwise), so that
// the two never disagree ("Ctrl+Maj+V" in one, "Ctrl+Shift+V" in the other).
func TestHelpKeysMatchTheMenus(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		t.Run(locale, func(t *testing.T) {
			useLocale(t, locale)
			ui, _ := newTestUI(t, testDoc(t), false)
			n := 0
			for _, a := range ui.acts.all() {
				if len(a.short) == 0 || a.keys == "" {
					continue
				}
				menu := menuShortcutText(t, a.short[0])
				help := strings.Split(keyNames(a.keys), ", ")[0]
				if menu != help && !strings.HasPrefix(help, menu+" …") { // "Ctrl+1 … Ctrl+5"
					t.Errorf("%q: the menu shows %q, the help sheet %q", a.name, menu, help)
				}
				n++
			}
			if n < 20 {
				t.Errorf("only %d actions with shortcuts compared", n)
			}
			if got := keyNames("Shift+click"); locale == "fr_FR.UTF-8" && got != "Shift+clic" {
				t.Errorf("Shift+click in French: %q", got)
			}
		})
	}
}

// TestHelpSheetShowsEveryKey: the keys' column is as wide as its widest keys and stays inside the
// sheet ("Ctrl+Shift+Z, Ctrl+Y" lost its Y at the right edge), in English and French, in a small
// window too.
func TestHelpSheetShowsEveryKey(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 667, Height: 400}} {
			t.Run(locale, func(t *testing.T) {
				useLocale(t, locale)
				ui, _ := newTestUI(t, testDoc(t), false)
				ui.win.Resize(size)
				ui.showShortcuts()
				list := ui.help
				if list == nil {
					t.Fatal("no help sheet")
				}
				width := list.Size().Width
				if width <= 0 || width > size.Width {
					t.Fatalf("sheet %v wide in a %v window", width, size)
				}
				rows := 0
				for _, o := range list.Objects {
					row, ok := o.(*fyne.Container)
					if !ok {
						continue
					}
					rows++
					keys := row.Objects[1].(*fyne.Container) // the Border's right object
					label := keys.Objects[1].(*widget.Label)
					if end := keys.Position().X + keys.Size().Width; end > row.Size().Width+0.5 || row.Size().Width > width+0.5 {
						t.Errorf("%q ends at %v, past the row's %v (sheet %v)", label.Text, end, row.Size().Width, width)
					}
					if label.Size().Width+0.5 < label.MinSize().Width {
						t.Errorf("%q shown %v wide, under its %v", label.Text, label.Size().Width, label.MinSize().Width)
					}
				}
				if rows < 30 {
					t.Errorf("%d rows with keys", rows)
				}
			})
		}
	}
}
