package main

import (
	"io"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// checkedWriter remembers the first error writing to w, so that run fails a command whose output was
// lost (a full disk, a closed file) even where the command printed with fmt.Fprintf and went on.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// toStdout reports whether -o path means standard output: no -o, or -o - as for most tools.
func toStdout(path string) bool {
	return path == "" || path == "-"
}

// writeDocument writes d as Glose JSON to path (atomically), or to stdout when path is empty or "-".
func writeDocument(path string, stdout io.Writer, d *annotate.Document) error {
	if toStdout(path) {
		return annotate.Encode(stdout, d)
	}
	return workspace.Save(path, d)
}
