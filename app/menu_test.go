package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// menuNamed returns the main menu called label, failing when there is none.
func menuNamed(t *testing.T, ui *UI, label string) *fyne.Menu {
	t.Helper()
	for _, m := range ui.menu.Items {
		if m.Label == label {
			return m
		}
	}
	t.Fatalf("no %s menu", label)
	return nil
}

// TestDocumentToolsInToolsMenu checks that the tools working on the whole document are in the Tools
// menu, not in Edit, with their shortcuts, and that the help sheet lists them under Tools.
func TestDocumentToolsInToolsMenu(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	keys := map[string]string{
		"Pre-annotate the document":       "",
		"Project all translated segments": "Ctrl+Shift+P",
		"Run the quality checks":          "Ctrl+Shift+Q",
	}
	for _, it := range menuNamed(t, ui, "Edit").Items {
		if _, ok := keys[it.Label]; ok {
			t.Errorf("%q is still in the Edit menu", it.Label)
		}
	}
	inTools := map[string]bool{}
	for _, it := range menuNamed(t, ui, "Tools").Items {
		if want, ok := keys[it.Label]; ok {
			inTools[it.Label] = true
			if (want == "") != (it.Shortcut == nil) {
				t.Errorf("Tools → %q: shortcut %v, want %q", it.Label, it.Shortcut, want)
			}
		}
	}
	group := ""
	for _, r := range ui.shortcutRows() {
		if r[1] == "" {
			group = r[0]
			continue
		}
		if want, ok := keys[r[0]]; ok && (group != "Tools" || r[1] != want) {
			t.Errorf("help sheet: %q %q under %q, want %q under Tools", r[0], r[1], group, want)
		}
	}
	for name := range keys {
		if !inTools[name] {
			t.Errorf("%q is not in the Tools menu", name)
		}
	}
}
