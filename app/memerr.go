package app

import (
	"errors"
	"io/fs"
	"syscall"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/suggest/store"
	"github.com/glose-app/glose/workspace"
)

// memoryProblem says why the translation memory cannot be used, in the words a failed save uses
// (ioReason) when the disk is the cause (a read-only configuration folder, a full disk), and in
// words of its own when SQLite is (a lock, a damaged file): the system's English ("creating directory
// for …: mkdir …: read-only file system") is the last resort.
func memoryProblem(err error) string {
	var pe *fs.PathError
	var errno syscall.Errno
	if (workspace.IOProblem(err) != workspace.ProblemOther || errors.As(err, &errno)) && errors.As(err, &pe) {
		return lang.L("Translation memory unavailable: {{.Path}} cannot be created or opened: {{.Reason}}",
			map[string]any{"Path": quoteDir(pe.Path), "Reason": ioReason(err)})
	}
	switch store.ProblemOf(err) {
	case store.ProblemBusy:
		return lang.L("Translation memory unavailable: another program keeps its file locked. Close that program, then open the document again.")
	case store.ProblemReadOnly:
		return lang.L("Translation memory unavailable: its file or its folder cannot be written. Check that they are writable, or choose another file in Tools › Settings.")
	case store.ProblemCorrupt:
		return lang.L("Translation memory unavailable: its file is damaged, or is not a Glose memory. Choose another file in Tools › Settings.")
	}
	return lang.L("Translation memory unavailable: {{.Error}}", map[string]any{"Error": err.Error()})
}
