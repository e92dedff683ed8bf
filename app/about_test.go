package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestHelpMenuHasAboutAndGuide: Help offers the user guide and an About box naming the version, the
// licence and the data Glose ships.
func TestHelpMenuHasAboutAndGuide(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	items := map[string]bool{}
	for _, it := range menuNamed(t, ui, "Help").Items {
		items[it.Label] = true
	}
	for _, want := range []string{"Keyboard shortcuts", "User guide (in the browser)", "About Glose"} {
		if !items[want] {
			t.Errorf("Help menu lacks %q: %v", want, items)
		}
	}
	text := aboutText(ui.app)
	for _, want := range []string{"Glose ", "BSD 3-Clause", "WiNER-fr", "CLDR", "FreeDict"} {
		if !strings.Contains(text, want) {
			t.Errorf("About text lacks %q:\n%s", want, text)
		}
	}
	ui.showAbout()
	if !ui.dialogOpen() {
		t.Error("About Glose showed nothing")
	}
}

// TestVersionIsFyneApps: the About box's version is the one packages get from FyneApp.toml.
func TestVersionIsFyneApps(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "cmd", "glose", "FyneApp.toml"))
	must(t, err)
	if !strings.Contains(string(b), `Version = "`+version+`"`) {
		t.Errorf("FyneApp.toml does not give version %q", version)
	}
	if v := appVersion(test.NewTempApp(t)); !strings.HasPrefix(v, version) {
		t.Errorf("appVersion %q", v)
	}
}
