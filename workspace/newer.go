package workspace

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/glose-app/glose/annotate"
)

// NewerError says that an autosave was written by a newer Glose (annotate.NewerFormat): this one
// does not recover it, as it would drop what it does not know, and never removes or writes over it,
// so that the newer Glose recovers it whole.
type NewerError struct {
	File   string // the autosave
	Format string // the version of the format it is in ("glose/2")
}

func (e *NewerError) Error() string {
	return fmt.Sprintf("%s was written by a newer version of Glose (format %q; this Glose reads %q): open the document with that version to recover it; the file is kept as it is",
		e.File, e.Format, annotate.Format)
}

// IsNewer reports whether err says an autosave was written by a newer Glose, and in which format.
func IsNewer(err error) (string, bool) {
	var n *NewerError
	if errors.As(err, &n) {
		return n.Format, true
	}
	return "", false
}

// newerFormat returns the format of the autosave data when a newer Glose wrote it.
func newerFormat(side string, data []byte) error {
	if f := annotate.PeekFormat(data); annotate.NewerFormat(f) {
		return &NewerError{File: side, Format: f}
	}
	return nil
}

// NewerFile returns the format of the Glose JSON file at path (an autosave, a document) when a
// newer Glose wrote it (see NewerError), from its first bytes (the format comes first), without
// reading the rest.
func NewerFile(path string) (string, bool) {
	f, err := os.Open(path)
	if err != nil {
		return "", false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	return IsNewer(newerFormat(path, head[:n]))
}

// writtenByNewer reports whether the autosave side was written by a newer Glose: such a file is not
// this Glose's to remove or write over.
func writtenByNewer(side string) bool {
	_, newer := NewerFile(side)
	return newer
}
