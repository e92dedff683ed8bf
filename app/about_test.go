package app

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
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
	for _, want := range []string{"Glose ", "BSD 3-Clause", "WiNER-fr", "CLDR", "SCOWL", "FreeDict"} {
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

// TestGuideAddressWithoutABrowser (QA16 #8): Help › User guide without a browser put the address on
// the status line, cut off behind the span buttons and impossible to copy. It now shows in a dialog,
// whole and selectable, with a button (focused: Space) that copies it. In French.
func TestGuideAddressWithoutABrowser(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.opts.openURL = func(*url.URL) error { return errors.New("no browser") }
	var guide *fyne.MenuItem
	for _, it := range menuNamed(t, ui, "Aide").Items {
		if it.Label == "Guide de l’utilisateur (dans le navigateur)" {
			guide = it
		}
	}
	if guide == nil {
		t.Fatal("no user guide in the Help menu")
	}
	guide.Action()
	top := ui.win.Canvas().Overlays().Top()
	addr, _ := findShown(top, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && l.Text == guideURL
	}).(*widget.Label)
	if addr == nil || !addr.Selectable {
		t.Fatalf("the dialog does not show the address as selectable text (label %v)", addr)
	}
	if shownMessage(top, "Impossible d’ouvrir le navigateur. Le guide de l’utilisateur est à cette adresse\u00a0:") == nil {
		t.Error("the dialog does not say, in French, why it shows the address")
	}
	c := ui.win.Canvas()
	for range 3 { // Tab to the Copy button, past the selectable address
		if b := asButton(c.Focused()); b != nil && b.Text == "Copier l’adresse" {
			break
		}
		c.FocusNext()
	}
	b := asButton(c.Focused())
	if b == nil || b.Text != "Copier l’adresse" {
		t.Fatalf("Tab reaches %T, want the Copy button", c.Focused())
	}
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if got := ui.app.Clipboard().Content(); got != guideURL {
		t.Errorf("clipboard holds %q, want %q", got, guideURL)
	}
	if strings.Contains(ui.status.Text, "github.com") {
		t.Errorf("status line %q still shows the address", ui.status.Text)
	}
	closeAll(ui)
	guide.Action() // Escape closes it as it opens
	pressKey(ui, fyne.KeyEscape)
	if ui.dialogOpen() {
		t.Error("Escape did not close the dialog")
	}
}

// TestAboutAndGuideKeepFrenchPunctuation (QA17 #10): in French, Help › User guide without a browser
// wrapped its message before « :», which stood alone on the next line: Fyne's word wrapping breaks at
// the no-break space French puts before it. The guide's dialog and the About box (« ; », « : » in the
// middle of a paragraph) break their lines at ordinary spaces only, in windows of every width.
func TestAboutAndGuideKeepFrenchPunctuation(t *testing.T) {
	useLanguage(t, "fr")
	for _, show := range []struct {
		name string
		open func(ui *UI)
	}{
		{"guide", func(ui *UI) { ui.showGuideAddress() }},
		{"about", func(ui *UI) { ui.showAbout() }},
	} {
		lines := 0
		ui, _ := newTestUI(t, testDoc(t), false)
		for w := float32(1280); w >= 400; w -= 13 {
			ui.win.Resize(fyne.NewSize(w, 720))
			show.open(ui)
			top := ui.win.Canvas().Overlays().Top()
			if top == nil {
				t.Fatalf("%s: no dialog", show.name)
			}
			for _, txt := range texts(top) {
				lines++
				if s := strings.TrimLeft(txt.Text, " \u00a0"); s != "" && strings.ContainsRune(":;!?»", []rune(s)[0]) {
					t.Errorf("%s, %v wide window: a line starts with %q", show.name, w, txt.Text)
				}
				if right := txt.Position().X + txt.Size().Width; right > top.Size().Width {
					t.Errorf("%s, %v wide window: %q ends at %v, past the window", show.name, w, txt.Text, right)
				}
			}
			closeAll(ui)
		}
		if lines < 100 {
			t.Errorf("%s: only %d lines of text seen", show.name, lines)
		}
	}
}
