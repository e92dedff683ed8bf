package app

import (
	"regexp"
	"strings"
	"testing"
)

// englishKey finds an English key's name as Fyne's menus or an English message write it, but for a
// {{.Placeholder}} of that name.
var englishKey = regexp.MustCompile(`(?:^|[^{.\w])(Return|Enter|Shift|Esc|Escape|Del|Delete|Space|Backspace|PgUp|PgDn)\b`)

// TestKeyNamesOneWay: each language names a key one way wherever the app shows it: French « Entrée »,
// « Maj », « Échap », « Suppr » in the messages, the menus and the help sheet (they mixed "Return" and
// « Entrée », "Shift" and « Maj »), English "Enter" (never Fyne's "Return").
func TestKeyNamesOneWay(t *testing.T) {
	for k, v := range readTranslations(t, "fr.json") {
		if m := englishKey.FindStringSubmatch(v); m != nil && !strings.HasPrefix(k, "key.") {
			t.Errorf("fr.json %q writes the key %q in English", k, m[1])
		}
	}
	for k, v := range readTranslations(t, "en.json") {
		if strings.Contains(v, "Return") {
			t.Errorf("en.json %q says Return: write Enter, as the menus and the help sheet do", k)
		}
	}
	for _, c := range []struct {
		locale string
		refuse *regexp.Regexp
		want   string // the menu's Confirm and go to the next segment
	}{
		{"fr_FR.UTF-8", englishKey, "Ctrl+Entrée"},
		{"en_US.UTF-8", regexp.MustCompile(`(Return)`), "Ctrl+Enter"},
	} {
		t.Run(c.locale, func(t *testing.T) {
			useLocale(t, c.locale)
			ui, _ := newTestUI(t, testDoc(t), false)
			for _, a := range ui.acts.all() {
				if len(a.short) == 0 {
					continue
				}
				menu := menuShortcutText(t, menuShortcut(a.short[0]))
				if m := c.refuse.FindStringSubmatch(menu); m != nil {
					t.Errorf("the menu item %q shows %q", a.name, menu)
				}
				if a.short[0].ShortcutName() == custom("Return", ctrl).ShortcutName() && menu != c.want {
					t.Errorf("the menu item %q shows %q, want %q", a.name, menu, c.want)
				}
			}
			for _, r := range ui.shortcutRows() {
				if m := c.refuse.FindStringSubmatch(r[0] + " " + r[1]); m != nil {
					t.Errorf("the help sheet's row %q writes %q", r, m[1])
				}
			}
		})
	}
}

// TestMenuShortcutsStillRun: a menu item's shortcut, written in French, is the same shortcut for the
// window, which finds the item of a key typed by its name, and for a widget it is handed to.
func TestMenuShortcutsStillRun(t *testing.T) {
	useLocale(t, "fr_FR.UTF-8")
	sc := custom("S", ctrl|shift)
	shown := menuShortcut(sc)
	if shown.ShortcutName() != sc.ShortcutName() || typedShortcut(shown) != sc {
		t.Errorf("shown as %q: name %q, typed %v; want %q and the shortcut itself", menuShortcutText(t, shown), shown.ShortcutName(), typedShortcut(shown), sc.ShortcutName())
	}
	if got := menuShortcutText(t, shown); got != "Ctrl+Maj+S" {
		t.Errorf("the menu shows %q, want Ctrl+Maj+S", got)
	}
}
