package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
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
		"Pre-annotate the document":       "Ctrl+Shift+D",
		"Project all translated segments": "Ctrl+Shift+P",
		"Run the quality checks":          "Ctrl+Shift+Q",
		"Settings…":                       "Ctrl+,",
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

// TestSettingsHaveTheirShortcut: Tools › Settings… shows Ctrl+, as GNOME apps and browsers do, stays
// the menu's last item, after the memory and glossary files, and the shortcut opens the dialog.
func TestSettingsHaveTheirShortcut(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	items := menuNamed(t, ui, "Tools").Items
	last := items[len(items)-1]
	if last.Label != "Settings…" || last.Shortcut == nil || menuShortcutText(t, last.Shortcut) != "Ctrl+," {
		t.Errorf("the Tools menu ends with %q, shortcut %v; want Settings… with Ctrl+,", last.Label, last.Shortcut)
	}
	if before := items[len(items)-3]; before.Label != "Glossary…" || !items[len(items)-2].IsSeparator {
		t.Errorf("before Settings…: %q, want Glossary… and a separator", before.Label)
	}
	pressShortcut(ui, custom(fyne.KeyComma, ctrl))
	if top := ui.win.Canvas().Overlays().Top(); top == nil || shownText(top, "Settings") == nil {
		t.Fatal("Ctrl+, opened no Settings dialog")
	}
}

// TestQuitAsksAboutUnsavedChanges presses Ctrl+Q with changes: it asks, as closing the window does,
// and the File menu's Quit is the app's own (the driver's would not ask).
func TestQuitAsksAboutUnsavedChanges(t *testing.T) {
	ui, asked := newTestUI(t, testDoc(t), false)
	must(t, ui.ed.SetStatus(ui.doc.Segments[0].ID, annotate.StatusDraft))
	if !ui.handleShortcut(custom(fyne.KeyQ, ctrl)) {
		t.Fatal("Ctrl+Q does nothing")
	}
	if len(*asked) != 1 || !ui.closed {
		t.Errorf("Ctrl+Q asked %v, closed %v; want one question, then closed (Don’t save)", *asked, ui.closed)
	}
	file := menuNamed(t, ui, "File")
	last := file.Items[len(file.Items)-1]
	if !last.IsQuit || last.Label != "Quit" || last.Shortcut == nil {
		t.Errorf("last File item %q (quit %v, shortcut %v)", last.Label, last.IsQuit, last.Shortcut)
	}
}

// TestThemeMenuMarksTheCurrentTheme: the View menu checks the theme in use, and follows a change.
func TestThemeMenuMarksTheCurrentTheme(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	checked := func() (out []string) {
		for _, it := range menuNamed(t, ui, "View").Items {
			if it.Checked && strings.HasPrefix(it.Label, "Theme") { // the English's tags line is ticked too
				out = append(out, it.Label)
			}
		}
		return out
	}
	if got := checked(); len(got) != 1 || got[0] != "Theme: follow the system" {
		t.Errorf("checked %q at first", got)
	}
	ui.setTheme(themeDark)
	if got := checked(); len(got) != 1 || got[0] != "Theme: dark" {
		t.Errorf("checked %q after choosing dark", got)
	}
}

// TestOpenedTextIsARecentFile opens a .txt: it is in Open Recent, labelled as imported anew.
func TestOpenedTextIsARecentFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "article.txt")
	must(t, os.WriteFile(path, []byte(sampleText), 0o644))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	if r := ui.recentFiles(); len(r) == 0 || r[0] != path {
		t.Fatalf("recent files %v, want %s first", r, path)
	}
	if got := ui.recentItem.ChildMenu.Items[0].Label; !strings.HasPrefix(got, "article.txt") || !strings.HasSuffix(got, "(new import)") {
		t.Errorf("recent item %q", got)
	}
}
