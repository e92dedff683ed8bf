package workspace

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
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
// there is one; with none, it is set aside all the same (an empty one removed), and Fyne starts with
// its defaults as the first time, without an error. A missing file is left missing: Fyne creates it
// at the first setting saved, and removing it is how a user resets the settings.
//
// The error is returned only when the files cannot be read or written; a damaged file with no good
// copy is reported in the result, not as an error.
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
		return r, keepGood(good, data)
	}
	saved, err := os.ReadFile(good)
	if err != nil || settingsProblem(saved) != "" {
		return r, setAside(path, data, &r)
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

// setAside clears the way for Fyne when a damaged settings file has no good copy to put back: Fyne
// would log "Preferences load error: EOF" (or a JSON error), start with its defaults and write them
// over the file at the first change. A file cut short is kept as path+DamagedSuffix, where what it
// holds can be read; an empty one holds nothing. The file is then removed, as at a first start.
func setAside(path string, data []byte, r *PreferencesRecovery) error {
	if r.Problem != "empty" {
		r.Damaged = path + DamagedSuffix
		if err := replaceFile(r.Damaged, data); err != nil {
			return err
		}
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// KeepGoodPreferences refreshes the good copy of the settings file at path (see GuardPreferences)
// when the file reads as a JSON object and differs from the copy, so that a crash during a later
// write puts back the settings of this session, not of its start: call it once Fyne has written the
// file (after a change, at the end). A file being rewritten at that moment (empty, cut short) or
// missing is left alone, and the copy stays as it was; the error is returned only when the copy cannot
// be written.
func KeepGoodPreferences(path string) error {
	data, err := os.ReadFile(path)
	if err != nil || settingsProblem(data) != "" {
		return nil
	}
	return keepGood(path+GoodSuffix, data)
}

// keepGood writes data to the good copy good, unless it holds data already: every write of the copy
// beside the settings file is seen by every Glose window's Fyne, which reads the settings again.
func keepGood(good string, data []byte) error {
	if old, err := os.ReadFile(good); err == nil && bytes.Equal(old, data) {
		return nil
	}
	return replaceFile(good, data)
}

// PreferencesKeeper refreshes the good copy of the settings file a while after the settings last
// changed (KeepGoodPreferences), once Fyne has written them: a settings dialog or a window resized
// changes several in a row, and one copy is enough.
type PreferencesKeeper struct {
	path  string
	delay time.Duration
	mu    sync.Mutex
	timer *time.Timer
	// kept, when set (by tests), is called after each refresh with its error.
	kept func(error)
}

// NewPreferencesKeeper returns a keeper of the good copy of the settings file at path, refreshed delay
// after the last change.
func NewPreferencesKeeper(path string, delay time.Duration) *PreferencesKeeper {
	return &PreferencesKeeper{path: path, delay: delay}
}

// Changed notes that the settings changed: the copy is refreshed delay later, unless they change
// again before. It may be called on any goroutine (a change listener of Fyne's preferences).
func (k *PreferencesKeeper) Changed() {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.timer != nil {
		k.timer.Reset(k.delay)
		return
	}
	k.timer = time.AfterFunc(k.delay, func() { k.keep() })
}

// Flush refreshes the copy now, as the app ends (Fyne writes the settings one last time before it
// returns), and cancels the one to come.
func (k *PreferencesKeeper) Flush() error {
	k.mu.Lock()
	if k.timer != nil {
		k.timer.Stop()
	}
	k.mu.Unlock()
	return k.keep()
}

func (k *PreferencesKeeper) keep() error {
	err := KeepGoodPreferences(k.path)
	if k.kept != nil {
		k.kept(err)
	}
	return err
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
