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
	f, err := CreateAtomic(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// AtomicFile is a file written in pieces that replaces its path only when committed, as WriteAtomic
// does: until Commit, path keeps its old content, and Abort (or a crash) leaves it untouched.
type AtomicFile struct {
	path string
	tmp  *os.File
}

// CreateAtomic starts writing a new version of path in a temporary file beside it.
func CreateAtomic(path string) (*AtomicFile, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("saving %s: %w", path, err)
	}
	return &AtomicFile{path: path, tmp: tmp}, nil
}

// Write appends to the new version.
func (f *AtomicFile) Write(p []byte) (int, error) {
	n, err := f.tmp.Write(p)
	if err != nil {
		err = fmt.Errorf("saving %s: writing: %w", f.path, err)
	}
	return n, err
}

// Abort drops the new version; path is left as it was.
func (f *AtomicFile) Abort() {
	f.tmp.Close()
	os.Remove(f.tmp.Name())
}

// Commit syncs the new version, keeps the previous one as path+BackupSuffix and renames the new one
// over path. On an error path is left as it was.
func (f *AtomicFile) Commit() error {
	defer os.Remove(f.tmp.Name()) // no-op after the rename
	if err := f.tmp.Sync(); err != nil {
		f.tmp.Close()
		return fmt.Errorf("saving %s: syncing: %w", f.path, err)
	}
	if err := f.tmp.Close(); err != nil {
		return fmt.Errorf("saving %s: %w", f.path, err)
	}
	if info, err := os.Stat(f.path); err == nil {
		_ = os.Chmod(f.tmp.Name(), info.Mode().Perm())
		if err := backup(f.path); err != nil {
			return err
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("saving %s: %w", f.path, err)
	}
	if err := os.Rename(f.tmp.Name(), f.path); err != nil {
		return fmt.Errorf("saving %s: %w", f.path, err)
	}
	syncDir(filepath.Dir(f.path))
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
