package main

import (
	"flag"
	"io"

	"github.com/glose-app/glose/annotate"
)

// cmdSchema prints the JSON Schema of the native format.
func cmdSchema(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	fs.SetOutput(stderr)
	setUsage(fs, stderr, "usage: glose-cli schema\n\nPrints the JSON Schema (draft 2020-12) of Glose JSON (glose/1).")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError("schema takes no arguments")
	}
	_, err := stdout.Write(annotate.SchemaJSON())
	return err
}
