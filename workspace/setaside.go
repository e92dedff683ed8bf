package workspace

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// SetAsideDir is where autosaves that cannot be read, and unsaved work the user set aside, go
// (SetAsideAutosave, SetAsideUnsaved): in the state directory, but not among the autosaves, so that they are neither offered again nor pruned.
func SetAsideDir() (string, error) {
	dir, err := StateDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "set-aside"), nil
}

// SetAsideAutosave moves an autosave that cannot be read (cut short, or written by a newer Glose) out
// of the way, into SetAsideDir under its name and the time, as "article.json-1a2b3c4d.damaged-20261127-
// 091500.json", and returns where it is now. Nothing is deleted: the user may still want what it
// holds (a newer Glose reads it). When it cannot be moved there, it is renamed beside itself.
func SetAsideAutosave(sidecar string, now time.Time) (string, error) {
	return moveAutosaveAside(sidecar, "damaged", now)
}

// moveAutosaveAside moves sidecar into SetAsideDir as "STEM.LABEL-DATE.json" (beside itself when it cannot go
// there) and returns where it is now.
func moveAutosaveAside(sidecar, label string, now time.Time) (string, error) {
	return placeAside(sidecar, sidecar, label, now)
}

// placeAside moves the file from into SetAsideDir as moveAutosaveAside names the autosave sidecar.
func placeAside(from, sidecar, label string, now time.Time) (string, error) {
	stem := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(sidecar), "."), ".autosave.json")
	name := stem + "." + label + "-" + now.Format("20060102-150405")
	var places []string
	if dir, err := SetAsideDir(); err == nil && os.MkdirAll(dir, 0o700) == nil {
		places = append(places, dir)
	}
	places = append(places, filepath.Dir(sidecar))
	var first error
	for _, dir := range places {
		to, err := moveAside(from, dir, name)
		if err == nil {
			return to, nil
		}
		if first == nil {
			first = err
		}
	}
	return "", fmt.Errorf("setting the autosave %s aside: %w", sidecar, first)
}

// moveAside renames from into dir as name.json (name-2.json… when taken), never over a file.
func moveAside(from, dir, name string) (string, error) {
	for i := 1; i < 100; i++ {
		to := filepath.Join(dir, name+".json")
		if i > 1 {
			to = filepath.Join(dir, fmt.Sprintf("%s-%d.json", name, i))
		}
		if _, err := os.Lstat(to); err == nil {
			continue
		}
		if err := os.Rename(from, to); err != nil {
			return "", err
		}
		return to, nil
	}
	return "", fmt.Errorf("too many set aside as %s already", name)
}

// CopyAutosaveAside copies the autosave sidecar into SetAsideDir as SetAsideAutosave names a damaged
// one, leaving it in place, and returns where the copy is: an autosave recovered in part (some of its
// changes cannot be read, see ChangesLost) is written again by the window that recovered it, and the
// changes it could not read are kept in the copy.
func CopyAutosaveAside(sidecar string, now time.Time) (string, error) {
	data, err := os.ReadFile(sidecar)
	if err != nil {
		return "", fmt.Errorf("copying the autosave %s aside: %w", sidecar, err)
	}
	f, err := os.CreateTemp(filepath.Dir(sidecar), filepath.Base(sidecar)+".*"+tmpSuffix)
	if err != nil {
		return "", fmt.Errorf("copying the autosave %s aside: %w", sidecar, err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	var to string
	if err == nil {
		to, err = placeAside(f.Name(), sidecar, "damaged", now)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("copying the autosave %s aside: %w", sidecar, err)
	}
	return to, nil
}
