package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"fyne.io/fyne/v2"

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
// in place), and keeps a copy of a good one. It says on standard error what it did, and returns the
// file's path ("" when there is no home, and Fyne keeps no settings either).
func guardSettings() string {
	path, err := settingsPath(runtime.GOOS, os.UserConfigDir, os.UserHomeDir)
	if err != nil {
		return ""
	}
	r, err := workspace.GuardPreferences(path)
	switch {
	case err != nil:
		fmt.Fprintln(os.Stderr, "glose: checking the settings file:", err)
	case r.Restored:
		fmt.Fprintf(os.Stderr, "glose: the settings file %s was damaged (%s), probably by a crash while it was written: its last good version is back, and the damaged one is kept as %s\n", path, r.Problem, r.Damaged)
	case r.Damaged != "": // an empty file, with nothing to keep, goes without a word: Glose starts as the first time
		fmt.Fprintf(os.Stderr, "glose: the settings file %s is damaged (%s) and there is no good copy of it: it is kept as %s, and Glose starts with its default settings\n", path, r.Problem, r.Damaged)
	}
	return path
}

// keepSettingsDelay is how long after the settings last changed their good copy is refreshed: Fyne
// writes them at once (and again 0.1 s later when they changed while it wrote).
const keepSettingsDelay = time.Second

// keepSettings refreshes the good copy of the settings file at path while the app runs, a while
// after they change, so that a crash during a later write loses no setting of this session; the
// keeper's Flush does it a last time once the app has ended. Nil when path is "".
func keepSettings(p fyne.Preferences, path string, delay time.Duration) *workspace.PreferencesKeeper {
	if path == "" {
		return nil
	}
	k := workspace.NewPreferencesKeeper(path, delay)
	p.AddChangeListener(k.Changed) // after Fyne's own listener, which writes the file
	return k
}

// keptSettings refreshes the good copy as the app ends, after Fyne's last write of the settings.
//
// A "Preferences load error: EOF" as the app ends (which fyneLogFilter drops) is Fyne 2.7.1's own race, which the reads
// here only leave time to show (it was logged in 4 of 15 runs with them, 0 of 15 without): when the
// app stops, Fyne saves the settings once more (preferences.forceImmediateSave, which truncates the
// file, then writes it), while its watcher of the settings folder still runs; the event queue being
// drained by then, fyne.Do runs the watcher's reload at once on the watcher's goroutine, and the
// reload is not suppressed as an echo of Fyne's own save (savedRecently is set only after the
// truncation), so it may read the file empty. It then notifies a change even so, and Fyne saves the
// settings again from that goroutine as the process exits: a file left empty by that is what
// guardSettings puts back at the next start. Nothing here writes the settings file.
func keptSettings(k *workspace.PreferencesKeeper) {
	if k == nil {
		return
	}
	if err := k.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "glose: keeping a copy of the settings file:", err)
	}
}
