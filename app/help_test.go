package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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

// TestHelpSheetScrollsFromTheKeyboard (QA16 #9): the help sheet scrolled only with the wheel, so a
// keyboard user could not read the shortcuts below the first screen. Down, Page Down, End, Up,
// Page Up and Home now scroll it; Escape still closes it.
func TestHelpSheetScrollsFromTheKeyboard(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Canvas().Unfocus()
	pressKey(ui, fyne.KeyF1)
	s, _ := findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		_, ok := o.(*container.Scroll)
		return ok
	}).(*container.Scroll)
	if s == nil {
		t.Fatal("F1 shows no scrolling help sheet")
	}
	bottom := s.Content.MinSize().Height - s.Size().Height
	if bottom <= 0 {
		t.Fatalf("the sheet fits (%v in %v): nothing to scroll", s.Content.MinSize(), s.Size())
	}
	var last float32
	for _, step := range []struct {
		key  fyne.KeyName
		want func(y float32) bool
	}{
		{fyne.KeyDown, func(y float32) bool { return y > 0 }},
		{fyne.KeyPageDown, func(y float32) bool { return y > last+s.Size().Height/2 }},
		{fyne.KeyEnd, func(y float32) bool { return y == bottom }},
		{fyne.KeyDown, func(y float32) bool { return y == bottom }},
		{fyne.KeyUp, func(y float32) bool { return y < bottom }},
		{fyne.KeyPageUp, func(y float32) bool { return y < last-s.Size().Height/2 || y == 0 }},
		{fyne.KeyHome, func(y float32) bool { return y == 0 }},
	} {
		pressKey(ui, step.key)
		if !step.want(s.Offset.Y) {
			t.Errorf("%s: offset %v (was %v, bottom %v)", step.key, s.Offset.Y, last, bottom)
		}
		last = s.Offset.Y
	}
	pressKey(ui, fyne.KeyEscape)
	if ui.dialogOpen() {
		t.Error("Escape did not close the help sheet")
	}
}
