package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/workspace"
)

func TestSettingsPath(t *testing.T) {
	cfg := func() (string, error) { return "/home/a/.config", nil }
	home := func() (string, error) { return "/home/a", nil }
	for goos, want := range map[string]string{
		"linux":   "/home/a/.config/fyne/app.glose.Glose/preferences.json",
		"freebsd": "/home/a/.config/fyne/app.glose.Glose/preferences.json",
		"darwin":  "/home/a/Library/Preferences/fyne/app.glose.Glose/preferences.json",
		"windows": filepath.Join("/home/a", "AppData", "Roaming", "fyne", "app.glose.Glose", "preferences.json"),
	} {
		if got, err := settingsPath(goos, cfg, home); err != nil || got != want {
			t.Errorf("%s: %q, %v; want %q", goos, got, err, want)
		}
	}
	none := func() (string, error) { return "", errors.New("no home") }
	if _, err := settingsPath("linux", none, none); err == nil {
		t.Error("no config folder: want an error")
	}
}

// TestKeepSettingsAfterAChange: the good copy of the settings file follows a change of the app's
// settings once Fyne has written them (here the test writes the file, as Fyne's listener does
// first), and the end of the app, without waiting: QA17 lost a whole session's settings to a good
// copy taken at start.
func TestKeepSettingsAfterAChange(t *testing.T) {
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "preferences.json")
	written := `{"recent":["/tmp/« Lavrov » café` + "\u0301" + ` 👍🏽 🇫🇷.json"]}` + "\n"
	a.Preferences().AddChangeListener(func() { // Fyne's own writer, registered before Glose's
		if err := os.WriteFile(path, []byte(written), 0o600); err != nil {
			t.Error(err)
		}
	})
	k := keepSettings(a.Preferences(), path, time.Millisecond)
	a.Preferences().SetStringList("recent", []string{"x"})
	for { // the keeper's timer: the test's own deadline bounds the wait
		if got, _ := os.ReadFile(path + workspace.GoodSuffix); string(got) == written {
			break
		}
		time.Sleep(time.Millisecond)
	}
	written = `{"window.width":1100}` + "\n"
	if err := os.WriteFile(path, []byte(written), 0o600); err != nil {
		t.Fatal(err)
	}
	keptSettings(k) // the app has ended
	if got, _ := os.ReadFile(path + workspace.GoodSuffix); string(got) != written {
		t.Errorf("good copy at the end %q, want %q", got, written)
	}
	if keepSettings(a.Preferences(), "", time.Second) != nil {
		t.Error("no settings file: want no keeper")
	}
}
