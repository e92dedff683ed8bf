package workspace

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// Problem is why writing a file failed, in terms a user can act on; the app says it in their language.
type Problem int

// The problems IOProblem tells apart.
const (
	ProblemOther        Problem = iota // anything else: the error's own words are all there is
	ProblemReadOnly                    // the disk or folder is mounted read-only
	ProblemDiskFull                    // no space left on the device
	ProblemQuota                       // the user's disk quota is exhausted
	ProblemDenied                      // no permission to write there
	ProblemFileReadOnly                // the file itself is read-only (see CreateAtomic)
	ProblemNoFolder                    // the file's folder does not exist (deleted or moved meanwhile)
	ProblemNotFolder                   // a file stands where one of the path's folders should be
)

// errFileReadOnly marks CreateAtomic's refusal to replace a read-only file.
var errFileReadOnly = errors.New("the file is read-only")

// IOProblem tells why err, from writing a file, happened.
func IOProblem(err error) Problem {
	switch {
	case err == nil:
		return ProblemOther
	case errors.Is(err, errFileReadOnly):
		return ProblemFileReadOnly
	case errors.Is(err, syscall.EROFS):
		return ProblemReadOnly
	case errors.Is(err, syscall.ENOSPC):
		return ProblemDiskFull
	case errors.Is(err, syscall.EDQUOT):
		return ProblemQuota
	case errors.Is(err, fs.ErrPermission):
		return ProblemDenied
	case errors.Is(err, fs.ErrNotExist) && folderGone(err):
		return ProblemNoFolder
	case errors.Is(err, syscall.ENOTDIR):
		return ProblemNotFolder
	}
	return ProblemOther
}

// folderGone reports whether err is about a path whose folder does not exist: a missing file in a
// folder that is there is another matter.
func folderGone(err error) bool {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return false
	}
	_, serr := os.Stat(filepath.Dir(pe.Path))
	return errors.Is(serr, fs.ErrNotExist)
}
