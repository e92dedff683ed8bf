package workspace

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// The settings file (theme, recent files, QA checks turned off, machine translation settings) belongs
// to Fyne, which rewrites it in place: it truncates the file, then writes the new JSON. A crash or a
// kill between the two leaves it empty or cut short, Fyne then starts with no settings at all and
// saves that over the file at the next change. GuardPreferences, run before Fyne reads the file, keeps
// a copy of the last good version and puts it back when the file is damaged.

// GoodSuffix is appended to the settings file's name for the copy of its last good version.
const GoodSuffix = ".good"

// DamagedSuffix is appended to a damaged settings file's name when it is set aside.
const DamagedSuffix = ".damaged"

// PreferencesRecovery says what GuardPreferences found.
type PreferencesRecovery struct {
	// Restored is true when the file was damaged and its last good copy was put back.
	Restored bool
	// Damaged is where the damaged file was set aside, when it was.
	Damaged string
	// Problem says what was wrong with the file ("empty", "cut short or not JSON: ..."), when
	// something was.
	Problem string
}

// GuardPreferences checks the settings file at path before its owner reads it. A file that reads as
// a JSON object is copied to path+GoodSuffix (atomically, when the copy differs). A damaged one
// (empty, cut short, not JSON) is set aside as path+DamagedSuffix and replaced by the good copy when
// there is one. A missing file is left missing: Fyne creates it at the first setting saved, and
// removing it is how a user resets the settings.
//
// The error is returned only when the files cannot be read or written; a damaged file with no good
// copy is reported in the result, not as an error, and left for Fyne, which starts with defaults.
func GuardPreferences(path string) (PreferencesRecovery, error) {
	var r PreferencesRecovery
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return r, nil
	}
	if err != nil {
		return r, err
	}
	good := path + GoodSuffix
	r.Problem = settingsProblem(data)
	if r.Problem == "" {
		if old, err := os.ReadFile(good); err == nil && bytes.Equal(old, data) {
			return r, nil
		}
		return r, replaceFile(good, data)
	}
	saved, err := os.ReadFile(good)
	if err != nil || settingsProblem(saved) != "" {
		return r, nil // nothing better to put back: Fyne will say it could not load, and start anew
	}
	r.Damaged = path + DamagedSuffix
	if err := replaceFile(r.Damaged, data); err != nil {
		return r, err
	}
	if err := replaceFile(path, saved); err != nil {
		return r, err
	}
	r.Restored = true
	return r, nil
}

// settingsProblem says why data is not a settings file Fyne can load, or "" when it is one: a JSON
// object, as Fyne writes it.
func settingsProblem(data []byte) string {
	if len(bytes.TrimSpace(data)) == 0 {
		return "empty"
	}
	var values map[string]any
	if err := json.Unmarshal(data, &values); err != nil {
		return "cut short or not JSON: " + err.Error()
	}
	return ""
}

// replaceFile writes data to a temporary file beside path, syncs it and renames it over path, so that
// path holds either its old content or data, never a mix. Unlike WriteAtomic it keeps no backup.
func replaceFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
