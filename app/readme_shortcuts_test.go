package app

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeListsEveryShortcut: README's Keyboard table gives every menu item that has a shortcut
// with its keys, in the row of its menu, as the help sheet writes them in English, so that the
// table users look shortcuts up in cannot go stale when a key or a label changes.
func TestReadmeListsEveryShortcut(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Skip("README.md not beside the package:", err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if menu, items, ok := strings.Cut(strings.TrimPrefix(line, "| "), " | "); ok && strings.HasPrefix(line, "| ") {
			rows[menu] = "; " + strings.TrimSuffix(items, " |") + ";"
		}
	}
	useLocale(t, "en_US.UTF-8")
	ui, _ := newTestUI(t, testDoc(t), false)
	acts := &ui.acts
	n := 0
	for _, g := range []struct {
		menu string
		as   []*action
	}{{"File", acts.file}, {"Edit", acts.edit}, {"Tag", acts.tag}, {"Segment", acts.segment},
		{"Tools", acts.tools}, {"View", acts.view}, {"Help", acts.help}} {
		row, ok := rows[g.menu]
		if !ok {
			t.Errorf("README's Keyboard table has no row for the %s menu", g.menu)
			continue
		}
		for _, a := range g.as {
			if a.keys == "" {
				continue
			}
			if item := "; " + a.name + " (" + a.keys + ");"; !strings.Contains(row, item) {
				t.Errorf("README's %s row lacks %q", g.menu, strings.Trim(item, "; "))
			}
			n++
		}
	}
	if n < 50 {
		t.Errorf("only %d shortcuts compared", n)
	}
}
