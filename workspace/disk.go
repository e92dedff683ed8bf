package workspace

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/glose-app/glose/annotate"
)

// Version identifies what a file held when it was read or written, so that a save can tell whether
// another program (or another Glose window) changed it in between. Size and modification time are a
// quick first look; the content's hash decides, so that a file touched but not changed is not taken
// for a new version, nor a changed file with its old time and size for the same one.
type Version struct {
	Exists  bool
	Size    int64
	ModTime time.Time
	Sum     [sha256.Size]byte
}

// ReadVersion returns the version of the file at path; a file that does not exist has the zero
// Version, without an error.
func ReadVersion(path string) (Version, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Version{}, nil
	}
	if err != nil {
		return Version{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return Version{}, err
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return Version{}, fmt.Errorf("reading %s: %w", path, err)
	}
	v := Version{Exists: true, Size: info.Size(), ModTime: info.ModTime()}
	h.Sum(v.Sum[:0])
	return v, nil
}

// versionOf is the version of data just written to path.
func versionOf(path string, data []byte) Version {
	v := Version{Exists: true, Size: int64(len(data)), Sum: sha256.Sum256(data)}
	if info, err := os.Stat(path); err == nil {
		v.ModTime = info.ModTime()
	}
	return v
}

// SameContent reports whether v and w hold the same bytes.
func (v Version) SameContent(w Version) bool {
	return v.Exists == w.Exists && v.Size == w.Size && v.Sum == w.Sum
}

// Changed reports whether the file at path no longer holds version v, and returns what it holds now.
// With quick set, a file whose size and modification time are v's is taken as unchanged without
// reading it: for checking often while the user is idle. A file that has gone is a change; a file
// that cannot be read is not (the error says why).
func Changed(path string, v Version, quick bool) (bool, Version, error) {
	if quick && v.Exists {
		if info, err := os.Stat(path); err == nil && info.Size() == v.Size && info.ModTime().Equal(v.ModTime) {
			return false, v, nil
		}
	}
	now, err := ReadVersion(path)
	if err != nil {
		return false, v, err
	}
	return !now.SameContent(v), now, nil
}

// ConflictError refuses to save over a file that changed on disk since the version the document was
// read from or last saved as: saving would silently drop the other program's work.
type ConflictError struct {
	Path string
	Disk Version // what the file holds now
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("saving %s: the file changed on disk since it was opened or last saved", e.Path)
}

// SaveOver writes d to path as Save does, but only when the file still holds version base, or has
// gone; else it returns a *ConflictError and writes nothing. The zero Version saves whatever the
// file holds. It returns the version written.
func SaveOver(path string, d *annotate.Document, base Version) (Version, error) {
	if base.Exists {
		if changed, now, err := Changed(path, base, false); err == nil && changed && now.Exists {
			return Version{}, &ConflictError{Path: path, Disk: now}
		}
	}
	data, err := annotate.Marshal(d)
	if err != nil {
		return Version{}, fmt.Errorf("saving %s: %w", path, err)
	}
	if err := WriteAtomic(path, data); err != nil {
		return Version{}, err
	}
	return versionOf(path, data), nil
}

// KeepCopy copies the file at path to a new file beside it named after what it is and when, as
// "article.disk-20261127-091500.json", and returns its path: the other side's work, kept before
// saving over it. It writes data instead of the file's content when data is not nil (this side's
// work, kept before reloading the other's). The copy is made atomically, and never replaces a file.
func KeepCopy(path, what string, data []byte, now time.Time) (string, error) {
	if data == nil {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			return "", fmt.Errorf("keeping a copy of %s: %w", path, err)
		}
	}
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext) + "." + what + "-" + now.Format("20060102-150405")
	for i := 1; i < 100; i++ {
		name := stem + ext
		if i > 1 {
			name = fmt.Sprintf("%s-%d%s", stem, i, ext)
		}
		if _, err := os.Lstat(name); err == nil {
			continue
		}
		if err := WriteAtomic(name, data); err != nil {
			return "", fmt.Errorf("keeping a copy of %s: %w", path, err)
		}
		return name, nil
	}
	return "", fmt.Errorf("keeping a copy of %s: too many copies already", path)
}

// CheckWritable reports whether a save could replace the file at path, by creating and removing a
// temporary file beside it as a save does and checking the file's own mode: on opening a document,
// to say at once that it cannot be saved there (a read-only disk, a full one, no permission) rather
// than at the first save.
func CheckWritable(path string) error { return ProbeSave(path, 0) }

// ProbeSave reports whether a save of size bytes to path could now succeed, by writing that many bytes
// to a temporary file beside it, as a save does, then removing it: for the app to see that what made a
// save fail (a full disk, a read-only folder, a folder gone) is over, without writing the document.
func ProbeSave(path string, size int) error {
	if info, err := os.Stat(path); err == nil {
		if err := checkWritable(path, info); err != nil {
			return err
		}
	}
	f, err := createTemp(path, 0o600)
	if err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	chunk := make([]byte, min(size, 1<<20))
	for left := size; left > 0 && err == nil; left -= len(chunk) {
		_, err = f.Write(chunk[:min(left, len(chunk))])
	}
	if err == nil && size > 0 {
		err = f.Sync() // a disk that takes the bytes but has no room for them says so here
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if rerr := removeTemp(f.Name()); err == nil {
		err = rerr
	}
	if err != nil {
		return fmt.Errorf("saving %s: %w", path, err)
	}
	return nil
}
