package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/glose-app/glose/workspace"
)

// appID names the app to Fyne, and with it the folder of its settings file.
const appID = "app.glose.Glose"

// settingsPath is where Fyne 2.7 keeps the app's settings (its internal/app rootConfigDir, per
// system, then the app's ID): Fyne does not say it, and guardSettings must find the file before Fyne
// reads it.
func settingsPath(goos string, userConfigDir, home func() (string, error)) (string, error) {
	var root string
	switch goos {
	case "darwin":
		h, err := home()
		if err != nil {
			return "", err
		}
		root = filepath.Join(h, "Library", "Preferences")
	case "windows":
		h, err := home()
		if err != nil {
			return "", err
		}
		root = filepath.Join(h, "AppData", "Roaming")
	default:
		d, err := userConfigDir()
		if err != nil {
			return "", err
		}
		root = d
	}
	return filepath.Join(root, "fyne", appID, "preferences.json"), nil
}

// guardSettings puts back the last good settings file when a crash left it damaged (Fyne rewrites it
// in place), and keeps a copy of a good one. It says on standard error what it did.
func guardSettings() {
	path, err := settingsPath(runtime.GOOS, os.UserConfigDir, os.UserHomeDir)
	if err != nil {
		return // no home: Fyne keeps no settings either
	}
	r, err := workspace.GuardPreferences(path)
	switch {
	case err != nil:
		fmt.Fprintln(os.Stderr, "glose: checking the settings file:", err)
	case r.Restored:
		fmt.Fprintf(os.Stderr, "glose: the settings file %s was damaged (%s), probably by a crash while it was written: its last good version is back, and the damaged one is kept as %s\n", path, r.Problem, r.Damaged)
	case r.Problem != "":
		fmt.Fprintf(os.Stderr, "glose: the settings file %s is damaged (%s) and there is no good copy of it: Glose starts with its default settings\n", path, r.Problem)
	}
}
