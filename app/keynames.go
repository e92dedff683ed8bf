package app

import (
	"regexp"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// Keys are written one way in each language, wherever they are shown: in the menus, the help sheet,
// the status line, tooltips and messages. In English as Fyne writes them in its menus
// ("Ctrl+Shift+V", "Alt+Del", "Esc"), but for the Return key, which PC keyboards and the app's
// messages call Enter; in French as French keyboards and manuals name them (« Ctrl+Maj+V »,
// « Suppr », « Échap », « Entrée », « Espace »). The messages of translations/*.json write their keys
// so too (TestKeyNamesOneWay).
//
// Fyne 2.7.1 writes a menu item's shortcut from constants of its own in English (widget/
// menu_item_other.go: "Shift+", "Return", "Del"), but writes a key it has no name for as the key's
// own name: a menu item is given a shortcut that names its keys so (shownShortcut).

// keyWord is the interface's name of the key Fyne's menus name word ("Shift", "Return", "Del"…), and
// of the mouse's "click"; "" for a word that is no key's name.
func keyWord(word string) string {
	switch word {
	case "Shift":
		return lang.X("key.shift", "Shift")
	case "Return", "Enter":
		return lang.X("key.enter", "Enter")
	case "Esc", "Escape":
		return lang.X("key.escape", "Esc")
	case "Del", "Delete":
		return lang.X("key.delete", "Del")
	case "Space":
		return lang.X("key.space", "Space")
	case "Backspace":
		return lang.X("key.backspace", "Backspace")
	case "Home":
		return lang.X("key.home", "Home")
	case "End":
		return lang.X("key.end", "End")
	case "PgUp":
		return lang.X("key.pageup", "PgUp")
	case "PgDn":
		return lang.X("key.pagedown", "PgDn")
	case "click":
		return lang.X("key.click", "click")
	}
	return ""
}

// keyWords finds the words of a shortcut's text.
var keyWords = regexp.MustCompile(`[A-Za-z]+`)

// keyNames writes keys given as Fyne's menus write them ("Ctrl+Shift+Return, Esc", "Shift+click")
// in the interface's language, for the menus, the help sheet and the status line.
func keyNames(keys string) string {
	return keyWords.ReplaceAllStringFunc(keys, func(w string) string {
		if n := keyWord(w); n != "" {
			return n
		}
		return w
	})
}

// shortcutText writes sc as Fyne 2.7.1's menus do (widget/menu_item_other.go textsForShortcut).
func shortcutText(sc fyne.KeyboardShortcut) string {
	s := ""
	for _, m := range []struct {
		mod  fyne.KeyModifier
		text string
	}{{fyne.KeyModifierControl, "Ctrl+"}, {fyne.KeyModifierAlt, "Alt+"}, {fyne.KeyModifierShift, "Shift+"}, {fyne.KeyModifierSuper, "Super+"}} {
		if sc.Mod()&m.mod != 0 {
			s += m.text
		}
	}
	if k, ok := map[fyne.KeyName]string{fyne.KeyDelete: "Del", fyne.KeyDown: "↓", fyne.KeyEscape: "Esc",
		fyne.KeyLeft: "←", fyne.KeyPageDown: "PgDn", fyne.KeyPageUp: "PgUp", fyne.KeyRight: "→", fyne.KeyUp: "↑",
	}[sc.Key()]; ok {
		return s + k
	}
	return s + string(sc.Key()) // Fyne's key names: "Return", "Space", "Home", "F1", "S"
}

// shownShortcut is a menu item's shortcut, which the menu writes as text says: the shortcut itself
// for everything else (its ShortcutName, by which the window finds the menu item of a key typed).
type shownShortcut struct {
	fyne.KeyboardShortcut
	text string
}

// Key is what Fyne's menu writes for the key: the whole text, as no modifier is told (Mod).
func (s shownShortcut) Key() fyne.KeyName { return fyne.KeyName(s.text) }

// Mod is none: the text says the modifiers.
func (s shownShortcut) Mod() fyne.KeyModifier { return 0 }

// menuShortcut returns the shortcut a menu item shows for sc: sc written in the interface's
// language. On macOS, whose menus are the system's, drawn from sc's key and modifiers as symbols
// (⌘⇧S), sc itself.
func menuShortcut(sc fyne.Shortcut) fyne.Shortcut {
	k, ok := sc.(fyne.KeyboardShortcut)
	if !ok || runtime.GOOS == "darwin" {
		return sc
	}
	return shownShortcut{KeyboardShortcut: k, text: keyNames(shortcutText(k))}
}

// typedShortcut returns the shortcut a menu item's sc stands for, as typed: what a widget handed it
// expects (a *desktop.CustomShortcut), not the words of the menu.
func typedShortcut(sc fyne.Shortcut) fyne.Shortcut {
	if s, ok := sc.(shownShortcut); ok {
		return s.KeyboardShortcut
	}
	return sc
}
