// Package workspace keeps the user's work safe on disk: atomic saves with a backup of the previous
// version, an autosave sidecar written after changes, recovery after a crash, the recent-files list and
// loading documents by file type. It is shared by the desktop app and the command-line tool and imports
// nothing graphical.
package workspace

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

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
	path     string
	tmp      *os.File
	direct   *os.File // a device or a pipe, written as it comes: nothing to replace or back up
	keepOpen bool     // direct is the process's standard output or error
}

// CreateAtomic starts writing a new version of path in a temporary file beside it. A new file gets the
// mode an ordinary program gives it (0666 less the umask), a replaced file keeps its own. A read-only
// path is refused here, before any work: replacing it would undo the protection its owner gave it.
//
// A symbolic link is written through: the file it points to gets the new version (and its backup
// beside it), and the link stays. A device or a pipe (/dev/stdout, /dev/null, a FIFO) is not a
// document: it is written directly, with no temporary file and no backup.
func CreateAtomic(path string) (*AtomicFile, error) {
	path, err := resolveLinks(path)
	if err != nil {
		return nil, fmt.Errorf("saving %s: %w", path, err)
	}
	switch path {
	case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1": // the same stream, appending if the shell does
		return &AtomicFile{path: path, direct: os.Stdout, keepOpen: true}, nil
	case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2":
		return &AtomicFile{path: path, direct: os.Stderr, keepOpen: true}, nil
	}
	if info, err := os.Stat(path); err == nil && info.Mode()&(os.ModeDevice|os.ModeNamedPipe|os.ModeSocket) != 0 || processStream(path) {
		flags := os.O_WRONLY
		if err == nil && info.Mode().IsRegular() {
			flags |= os.O_TRUNC // a file behind /proc/self/fd/N, replaced as the shell's > would
		}
		f, err := os.OpenFile(path, flags, 0)
		if err != nil {
			return nil, fmt.Errorf("saving %s: %w", path, err)
		}
		return &AtomicFile{path: path, direct: f}, nil
	}
	perm := os.FileMode(0o666)
	if info, err := os.Stat(path); err == nil {
		if err := checkWritable(path, info); err != nil {
			return nil, err
		}
		perm = info.Mode().Perm()
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("saving %s: %w", path, err)
	}
	tmp, err := createTemp(path, perm)
	if err != nil {
		return nil, fmt.Errorf("saving %s: %w", path, err)
	}
	return &AtomicFile{path: path, tmp: tmp}, nil
}

// resolveLinks follows the symbolic links at path to the file they name, which may not exist yet (a
// link to a file to be created). It stops at a path under /dev or /proc (see processStream).
func resolveLinks(path string) (string, error) {
	for range 40 {
		if processStream(path) {
			return path, nil
		}
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&os.ModeSymlink == 0 {
			return path, nil
		}
		target, err := os.Readlink(path)
		if err != nil {
			return path, err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return path, errors.New("too many levels of symbolic links")
}

// processStream reports whether path is under /dev or /proc, where files are devices and the
// process's own streams (/dev/stdout is a link to /proc/self/fd/1, which may name a pipe, a terminal or
// the file the shell redirected it to): never a place for a temporary file or a backup.
func processStream(path string) bool {
	return strings.HasPrefix(path, "/dev/") || strings.HasPrefix(path, "/proc/")
}

// checkWritable refuses to replace a file that has no write permission for its owner (even when the
// process could, as root can) or that this process cannot open for writing.
func checkWritable(path string, info os.FileInfo) error {
	if !info.Mode().IsRegular() {
		return fmt.Errorf("saving %s: not a regular file", path)
	}
	if info.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("saving %s: %w (mode %#o); make it writable (chmod u+w) or write elsewhere", path, errFileReadOnly, info.Mode().Perm())
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0) // no O_TRUNC: the file is left as it is
	if err != nil {
		return fmt.Errorf("saving %s: the file is not writable: %w", path, err)
	}
	return f.Close()
}

// createTemp creates an empty file beside path with a fresh name and mode perm less the umask
// (os.CreateTemp would give 0600 whatever the umask), first removing those a killed process left
// there (see removeDeadTemps).
// Every temporary file is listed in temps until it is renamed or removed, so that RemoveTemporaryFiles
// can remove them when the process is stopped by a signal.
func createTemp(path string, perm os.FileMode) (*os.File, error) {
	temps.Lock()
	defer temps.Unlock()
	if temps.stopped {
		return nil, errStopped
	}
	prefix := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	removeDeadTemps(prefix)
	for range 100 {
		f, err := os.OpenFile(prefix+tempTag()+strconv.FormatUint(uint64(rand.Uint32()), 36), os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, os.ErrExist) {
			if err == nil {
				temps.names[f.Name()] = true
			}
			return f, err
		}
	}
	return nil, fmt.Errorf("creating a temporary file beside %s: too many attempts", filepath.Base(path))
}

// temps are the temporary files of the saves in progress (see createTemp).
var temps = struct {
	sync.Mutex
	names   map[string]bool
	stopped bool // RemoveTemporaryFiles was called: no new temporary file
}{names: map[string]bool{}}

// errStopped refuses a save begun after RemoveTemporaryFiles.
var errStopped = errors.New("the program is stopping")

// removeTemp removes the temporary file name, or only forgets it once it was renamed into place.
func removeTemp(name string) error {
	temps.Lock()
	defer temps.Unlock()
	delete(temps.names, name)
	return os.Remove(name)
}

// RemoveTemporaryFiles removes the temporary files of every save in progress, leaving each file being
// saved as it was, and refuses saves begun after it. A program calls it when a signal (Ctrl+C, SIGTERM)
// stops it half-way, just before exiting, so that no hidden .FILE.tmp-XXXX is left behind.
func RemoveTemporaryFiles() {
	temps.Lock()
	defer temps.Unlock()
	temps.stopped = true
	for name := range temps.names {
		os.Remove(name)
		delete(temps.names, name)
	}
}

// Write appends to the new version.
func (f *AtomicFile) Write(p []byte) (int, error) {
	if f.direct != nil {
		n, err := f.direct.Write(p)
		if err != nil {
			err = fmt.Errorf("saving %s: writing: %w", f.path, err)
		}
		return n, err
	}
	n, err := f.tmp.Write(p)
	if err != nil {
		err = fmt.Errorf("saving %s: writing: %w", f.path, err)
	}
	return n, err
}

// Abort drops the new version; path is left as it was.
func (f *AtomicFile) Abort() {
	if f.direct != nil {
		if !f.keepOpen {
			f.direct.Close()
		}
		return
	}
	f.tmp.Close()
	removeTemp(f.tmp.Name())
}

// Commit syncs the new version, keeps the previous one as path+BackupSuffix and renames the new one
// over path. On an error path is left as it was.
func (f *AtomicFile) Commit() error {
	if f.direct != nil {
		if f.keepOpen {
			return nil
		}
		if err := f.direct.Close(); err != nil {
			return fmt.Errorf("saving %s: %w", f.path, err)
		}
		return nil
	}
	defer removeTemp(f.tmp.Name()) // after the rename, it only forgets it
	if err := f.tmp.Sync(); err != nil {
		f.tmp.Close()
		return fmt.Errorf("saving %s: syncing: %w", f.path, err)
	}
	if err := f.tmp.Close(); err != nil {
		return fmt.Errorf("saving %s: %w", f.path, err)
	}
	if info, err := os.Stat(f.path); err == nil {
		if err := checkWritable(f.path, info); err != nil { // made read-only while we wrote
			return err
		}
		_ = os.Chmod(f.tmp.Name(), info.Mode().Perm())
		if err := backup(f.path, info.Mode().Perm()); err != nil {
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

// backup keeps the current version of path as path+BackupSuffix (itself atomically), with the file's
// mode perm: the copy is no more readable than the file. The backup is the file itself under a second
// name (a hard link) where the file system allows it, a copy elsewhere: a link takes no room, so that
// a disk with room for the new version alone still takes the save, and nothing is copied.
func backup(path string, perm os.FileMode) error {
	bak := path + BackupSuffix
	if linkBackup(path, bak) == nil {
		return nil
	}
	src, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("keeping a backup of %s: %w", path, err)
	}
	defer src.Close()
	tmp, err := createTemp(bak, perm)
	if err != nil {
		return fmt.Errorf("keeping a backup of %s: %w", path, err)
	}
	defer removeTemp(tmp.Name())
	_ = tmp.Chmod(perm) // the umask may have narrowed it; an existing backup's mode is replaced too
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

// linkBackup gives the file at path the name bak too, through a temporary name renamed over bak.
func linkBackup(path, bak string) error {
	tmp, err := createTemp(bak, 0o600) // a fresh name, listed for RemoveTemporaryFiles
	if err != nil {
		return err
	}
	defer removeTemp(tmp.Name()) // after the rename, it only forgets it
	tmp.Close()
	if err := os.Remove(tmp.Name()); err != nil {
		return err
	}
	if err := os.Link(path, tmp.Name()); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), bak)
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
