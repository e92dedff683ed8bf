package main

import (
	"io"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// writeDocument writes d as Glose JSON to path (atomically), or to stdout when path is empty.
func writeDocument(path string, stdout io.Writer, d *annotate.Document) error {
	if path == "" {
		return annotate.Encode(stdout, d)
	}
	return workspace.Save(path, d)
}
