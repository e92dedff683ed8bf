package app

import (
	"encoding/json"
	"io/fs"
	"slices"
	"strconv"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/translations"
)

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

// ShowPanel selects the side tab whose title (without its count) is title, or whose position is
// title ("1" is the first); it reports whether there was one. The title may be in any language Glose
// speaks, in any case, with or without its accents (`--tab controles`, as a terminal on an English
// keyboard types it), or a name the tab had in an earlier version (panelAliases), so that
// `glose --tab Suggestions` or `--tab Propositions` opens the Proposals tab whatever the locale.
func (ui *UI) ShowPanel(title string) bool {
	files := translationFiles()
	alias, _ := panelAliases(title)
	for k, p := range ui.panels {
		if k >= len(ui.tabs.Items) {
			continue
		}
		keys, names := titleNames(files, p.title())
		if strconv.Itoa(k+1) == title || slices.Contains(keys, alias) || slices.ContainsFunc(names, func(n string) bool { return annotate.Fold(n) == annotate.Fold(title) }) {
			ui.tabs.SelectIndex(k)
			return true
		}
	}
	return false
}

// translationFiles returns the interface's strings of every language Glose speaks, by key: the
// messages only, not the plural forms.
func translationFiles() []map[string]string {
	var out []map[string]string
	files, _ := fs.Glob(translations.FS, "*.json")
	for _, file := range files {
		data, err := translations.FS.ReadFile(file)
		var raw map[string]json.RawMessage
		if err != nil || json.Unmarshal(data, &raw) != nil {
			continue
		}
		strs := make(map[string]string, len(raw))
		for key, r := range raw {
			var value string
			if json.Unmarshal(r, &value) == nil {
				strs[key] = value
			}
		}
		out = append(out, strs)
	}
	return out
}

// titleNames returns the keys of files that give title in some language, and every name they
// give it: the title in each language.
func titleNames(files []map[string]string, title string) (keys, names []string) {
	names = []string{title}
	for _, strs := range files {
		for key, value := range strs {
			if value == title && !slices.Contains(keys, key) {
				keys = append(keys, key)
			}
		}
	}
	for _, key := range keys {
		names = append(names, key)
		for _, strs := range files {
			names = append(names, strs[key])
		}
	}
	return keys, names
}

// panelAliases gives the key of the tab that had the name alias in an earlier version: the
// Proposals tab was Suggestions, then Translation help (« Aide à la traduction »).
func panelAliases(alias string) (key string, ok bool) {
	for _, former := range []string{"Suggestions", "Translation help", "Aide à la traduction"} {
		if annotate.Fold(alias) == annotate.Fold(former) {
			return "Proposals", true
		}
	}
	return "", false
}
