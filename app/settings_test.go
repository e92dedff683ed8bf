package app

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/suggest/dict"
	"github.com/glose-app/glose/suggest/mt"
)

func TestSettingsFromEnvironmentAndPreferences(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	t.Setenv("GLOSE_MT", "libretranslate")
	t.Setenv("GLOSE_LIBRETRANSLATE_URL", "http://localhost:5999")
	a := test.NewTempApp(t)
	prefs := a.Preferences()

	keys := newKeyStore(systemKeyring{service: testService(t)})
	s, err := loadSettings(prefs, os.Getenv, keys)
	if err != nil {
		t.Fatal(err)
	}
	want := settings{TMPath: filepath.Join(data, "glose", "tm.db"), DictPath: dict.DefaultPath,
		Provider: mt.LibreTranslate, URL: "http://localhost:5999", Threshold: 75, Propose: 50}
	if s != want {
		t.Errorf("defaults from the environment: %+v, want %+v", s, want)
	}

	f := newSettingsForm(s, keys, test.NewTempApp(t).Preferences())
	if !f.key.Password {
		t.Error("the API key field shows the key")
	}
	f.provider.SetSelectedIndex(3)
	f.url.SetText(" http://localhost:8080 ")
	f.model.SetText("llama-3")
	f.key.SetText("sk-secret-key")
	f.threshold.SetValue(90)
	f.auto.SetChecked(true)
	f.propose.SetValue(20)
	f.entityModel.SetText(" /data/my-ner.model ")
	edited := f.read()
	edited.save(prefs, keys)

	got, _ := loadSettings(prefs, os.Getenv, keys)
	want = settings{TMPath: want.TMPath, DictPath: dict.DefaultPath, Provider: mt.OpenAI, URL: "http://localhost:8080",
		Model: "llama-3", Key: "sk-secret-key", Threshold: 90, AutoMT: true, Propose: 20, EntityModel: "/data/my-ner.model"}
	if got != want {
		t.Errorf("saved and read back: %+v, want %+v", got, want)
	}
	c := got.mtConfig()
	if c.OpenAIURL != "http://localhost:8080" || c.OpenAIModel != "llama-3" || c.OpenAIKey != "sk-secret-key" {
		t.Errorf("machine translation configuration %+v", c)
	}
	if s := fmt.Sprint(c) + fmt.Sprintf("%#v", c); strings.Contains(s, "sk-secret") {
		t.Errorf("the configuration prints the key: %s", s)
	}
}

// TestSettingsSliderPercentages: the two thresholds' values are written as the interface's language
// writes a percentage, as the status line's "8% translated" is: the dialog said "75 %" in English.
func TestSettingsSliderPercentages(t *testing.T) {
	for _, c := range []struct{ language, threshold, propose string }{
		{"en", "90%", "20%"},
		{"fr", "90\u00a0%", "20\u00a0%"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			keys, _ := testKeys(t, false)
			f := newSettingsForm(settings{Threshold: 75, Propose: 50}, keys, test.NewTempApp(t).Preferences())
			f.threshold.SetValue(90)
			f.propose.SetValue(20)
			if got := f.thresholdLabel.Text; got != c.threshold {
				t.Errorf("Pre-translate from: %q, want %q", got, c.threshold)
			}
			if got := f.proposeLabel.Text; got != c.propose {
				t.Errorf("Pre-annotate from: %q, want %q", got, c.propose)
			}
		})
	}
}

func TestSettingsProviders(t *testing.T) {
	for _, p := range providerNames() {
		f := newSettingsForm(settings{Provider: p.name, Threshold: 75}, newKeyStore(systemKeyring{service: testService(t)}), test.NewTempApp(t).Preferences())
		if got := f.read().Provider; got != p.name {
			t.Errorf("provider %q reads back as %q", p.name, got)
		}
		if _, err := mt.New(settings{Provider: p.name, Model: "m", Key: "k"}.mtConfig()); err != nil {
			t.Errorf("provider %q: %v", p.name, err)
		}
	}
}

// TestSettingsGreyTheServiceWithNone: with no machine translation service chosen, its URL, model,
// key and "fetch for each segment" are greyed, and come back when one is chosen.
func TestSettingsGreyTheServiceWithNone(t *testing.T) {
	f := newSettingsForm(settings{Threshold: 75}, newKeyStore(systemKeyring{service: testService(t)}), test.NewTempApp(t).Preferences())
	fields := map[string]fyne.Disableable{"URL": f.url, "model": f.model, "key": f.key, "auto": f.auto}
	for name, w := range fields {
		if !w.Disabled() {
			t.Errorf("no service: %s field enabled", name)
		}
	}
	f.provider.SetSelectedIndex(1)
	for name, w := range fields {
		if w.Disabled() != (name == "model") {
			t.Errorf("%s chosen: %s field greyed %v", f.provider.Selected, name, w.Disabled())
		}
	}
	f.provider.SetSelectedIndex(3)
	if f.model.Disabled() {
		t.Errorf("%s chosen: model greyed", f.provider.Selected)
	}
	f.provider.SetSelectedIndex(0)
	if !f.url.Disabled() {
		t.Error("None chosen again: URL enabled")
	}
}

// TestSettingsLabelsFollowTheirFields: choosing a service ungreys the labels of its fields with the
// fields (Fyne's Form greys them only when refreshed: "Server URL" stayed grey beside a field one
// could type in), and None greys them again, "API key" included, whose row holds a note too; the
// model's label stays grey but for the service that takes a model.
func TestSettingsLabelsFollowTheirFields(t *testing.T) {
	a := test.NewTempApp(t)
	f := newSettingsForm(settings{Threshold: 75}, newKeyStore(systemKeyring{service: testService(t)}), a.Preferences())
	w := test.NewWindow(f.newForm())
	defer w.Close()
	grey, plain := theme.Color(theme.ColorNameDisabled), theme.Color(theme.ColorNameForeground)
	for _, c := range []struct {
		provider                 int
		url, model, key, service color.Color
	}{
		{0, grey, grey, grey, plain},
		{1, plain, grey, plain, plain},  // LibreTranslate
		{3, plain, plain, plain, plain}, // OpenAI-compatible
		{0, grey, grey, grey, plain},
	} {
		f.provider.SetSelectedIndex(c.provider)
		for label, want := range map[string]color.Color{"Server URL": c.url, "Model": c.model, "API key": c.key, "Machine translation": c.service} {
			if got := formLabel(t, f.form, label).Color; got != want {
				t.Errorf("%s chosen: label %q in %v, want %v", f.provider.Selected, label, got, want)
			}
		}
	}
}

// formLabel finds the label text of form's row named label.
func formLabel(t *testing.T, form *widget.Form, label string) *canvas.Text {
	t.Helper()
	found, _ := findShown(form, func(o fyne.CanvasObject) bool {
		l, ok := o.(*canvas.Text)
		return ok && l.Text == label
	}).(*canvas.Text)
	if found == nil {
		t.Fatalf("no label %q in the form", label)
	}
	return found
}

// TestSettingsDialogKeys: the dialog opens with the focus in its first field; Escape cancels it from
// a field (Fyne's Entry swallowed the key, so the dialog stayed), and Enter there saves, as the
// Save button does.
// TestSettingsFirstFieldSelected: the settings open with the first field's path selected, the cursor
// at its end, so that typing a new path replaces it, as in desktop dialogs, and End or a click keeps it.
func TestSettingsFirstFieldSelected(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	s := ui.sugg.settings()
	s.TMPath = filepath.Join(t.TempDir(), "mémoire.db")
	ui.applySettings(s)
	c := ui.win.Canvas()
	ui.settingsDialog()
	first, ok := c.Focused().(*nameEntry)
	if path := s.TMPath; !ok || first.Text != path {
		t.Fatalf("settings open with the focus on %T", c.Focused())
	}
	path := s.TMPath
	if first.SelectedText() != path || first.CursorColumn != len([]rune(path)) {
		t.Errorf("the first field has %q selected, the cursor at %d; want all of %q, the cursor at its end", first.SelectedText(), first.CursorColumn, path)
	}
	want := filepath.Join(t.TempDir(), "autre.db")
	test.Type(first, want)
	if first.Text != want {
		t.Errorf("typing over the selected path gave %q, want %q", first.Text, want)
	}
	pressKey(ui, fyne.KeyEscape)
}

func TestSettingsDialogKeys(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	c := ui.win.Canvas()
	ui.settingsDialog()
	first, ok := c.Focused().(*nameEntry)
	if !ok || c.Overlays().Top() == nil {
		t.Fatalf("settings open with the focus on %T, want the memory database's field", c.Focused())
	}
	test.Type(first, "-changed")
	pressKey(ui, fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Fatal("Escape in a field left the settings open")
	}
	if got := ui.app.Preferences().String(prefTMPath); strings.HasSuffix(got, "-changed") {
		t.Fatalf("Escape saved the memory path %q", got)
	}
	ui.settingsDialog()
	first = c.Focused().(*nameEntry)
	want := filepath.Join(t.TempDir(), "other.db")
	first.SetText(want)
	pressKey(ui, fyne.KeyReturn)
	if c.Overlays().Top() != nil {
		t.Error("Enter in a field left the settings open")
	}
	if got := ui.app.Preferences().String(prefTMPath); got != want {
		t.Errorf("after Enter the memory path is %q, want %q", got, want)
	}
}
