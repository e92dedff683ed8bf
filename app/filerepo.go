package app

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// fileRepository is everything Fyne's own "file" repository does (internal/repository.FileRepository
// in Fyne 2.7.1): the file dialogs list folders, climb to parents, make folders and check for files
// through it.
type fileRepository interface {
	repository.DeleteAllRepository // and so WritableRepository
	repository.AppendableRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// lazyFileRepo is Fyne's "file" repository, to which it hands everything but Writer. Fyne's Save
// dialog, once the user agrees to replace a file, opens it with storage.Writer before calling back,
// and Fyne's Writer empties the file there and then; Glose writes the file itself afterwards,
// atomically, keeping the previous version as a backup, which would be empty. This Writer empties
// an existing file only when first written to: closed unwritten, the file is left as it was.
type lazyFileRepo struct{ fileRepository }

// protectReplacedFiles puts lazyFileRepo in front of the "file" repository registered by the driver
// (the GL driver or Fyne's test driver, which each register their own when created). Where that
// repository is not Fyne's usual one, it is left alone rather than stripped of what it can do.
func protectReplacedFiles() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return // no local files: nothing to protect
	}
	if _, done := r.(lazyFileRepo); done {
		return
	}
	base, ok := r.(fileRepository)
	if _, custom := r.(repository.CustomURIRepository); !ok || custom {
		fyne.LogError("the file repository is not Fyne's usual one: a file replaced from a save dialog is emptied before it is backed up", nil)
		return
	}
	repository.Register("file", lazyFileRepo{base})
}

// Writer returns a writer for u that empties an existing file at its first Write, not before. A file
// that does not exist is created at once, as by Fyne, and a file that cannot be written to gives the
// error now, as it would from Fyne: the save dialog reports it.
func (r lazyFileRepo) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if exists, err := r.Exists(u); err != nil || !exists {
		return r.fileRepository.Writer(u)
	}
	probe, err := r.Appender(u) // opens it for writing as Writer would, without emptying it
	if err != nil {
		return nil, err
	}
	if err := probe.Close(); err != nil {
		return nil, err
	}
	return &lazyWriter{uri: u, open: r.fileRepository.Writer}, nil
}

// lazyWriter opens its file with open (which empties it) at the first Write. A zero-length Write
// counts: it empties the file, as writing nothing through Fyne's own writer would.
type lazyWriter struct {
	uri    fyne.URI
	open   func(fyne.URI) (fyne.URIWriteCloser, error)
	w      fyne.URIWriteCloser // nil until the first Write
	closed bool
}

// URI returns the file written to.
func (l *lazyWriter) URI() fyne.URI { return l.uri }

// Write empties the file the first time, then writes p to it.
func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.closed {
		return 0, os.ErrClosed
	}
	if l.w == nil {
		w, err := l.open(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

// Close closes the file if it was written to; otherwise the file was never touched.
func (l *lazyWriter) Close() error {
	if l.closed {
		return os.ErrClosed
	}
	l.closed = true
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}

var (
	_ fileRepository      = lazyFileRepo{}
	_ fyne.URIWriteCloser = (*lazyWriter)(nil)
)
