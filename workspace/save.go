// Package workspace keeps the user's work safe on disk: atomic saves with a backup of the previous
// version, an autosave sidecar written after changes, recovery after a crash, the recent-files list and
// loading documents by file type. It is shared by the desktop app and the command-line tool and imports
// nothing graphical.
package workspace

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/glose-app/glose/annotate"
)

// BackupSuffix is appended to a file's name for the copy of its previous version.
const BackupSuffix = ".bak"

// WriteAtomic replaces path with data so that a crash at any moment leaves either the old or the new
// content, never a mix: it writes a temporary file in the same directory, syncs it, keeps the previous
// version as path+BackupSuffix, renames the new file over path and syncs the directory.
func WriteAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("saving %s: writing: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("saving %s: syncing: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if info, err := os.Stat(path); err == nil {
		_ = os.Chmod(tmp.Name(), info.Mode().Perm())
		if err := backup(path); err != nil {
			return err
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// backup copies the current version of path to path+BackupSuffix (itself atomically).
func backup(path string) error {
	src, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("keeping a backup of %s: %w", path, err)
	}
	defer src.Close()
	bak := path + BackupSuffix
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(bak)+".tmp-*")
	if err != nil {
		return fmt.Errorf("keeping a backup of %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := io.Copy(tmp, src); err != nil {
		tmp.Close()
		return fmt.Errorf("keeping a backup of %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("keeping a backup of %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), bak); err != nil {
		return fmt.Errorf("keeping a backup of %s: %w", path, err)
	}
	return nil
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync() // best effort: not every file system supports it
		d.Close()
	}
}

// Save writes d as native JSON to path atomically, keeping the previous version as a backup.
func Save(path string, d *annotate.Document) error {
	data, err := annotate.Marshal(d)
	if err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	return WriteAtomic(path, data)
}
