package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/glose-app/glose/workspace"
)

// cmdImport converts a file into Glose JSON, segmented.
func cmdImport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: glose-cli import [-o OUT] FILE\n\nImports a text, Markdown or Glose JSON file and writes it as segmented Glose JSON.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageError("%v", err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError("expected one FILE, got %d", fs.NArg())
	}
	d, warnings, err := workspace.Load(fs.Arg(0))
	if err != nil {
		return err
	}
	for _, w := range warnings {
		fmt.Fprintf(stderr, "glose-cli import: warning: %s\n", w)
	}
	return writeDocument(*out, stdout, d)
}
