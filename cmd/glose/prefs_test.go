package main

import (
	"errors"
	"path/filepath"
	"testing"
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
