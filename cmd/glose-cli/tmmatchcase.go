package main

import (
	"context"
	"fmt"
	"io"
)

// tmMatchCase marks glossary entries, by the IDs tm terms shows, as matching case (found only written
// in their case: PAN, not pan), or, with --off, as found in any case again: the command line's way to
// do what the app's Tools › Glossary… does with an entry's Match case box.
func tmMatchCase(args []string, stdout, stderr io.Writer) error {
	f := newTMFlags("match-case", stderr)
	off := f.fs.Bool("off", false, "find the entries in any case again")
	if err := parseFlags(f.fs, args); err != nil {
		return err
	}
	ids, err := termIDs(f, "tm match-case needs the IDs of the entries to mark (tm terms shows them)")
	if err != nil {
		return err
	}
	m, g, err := openGlossary(f, false)
	if err != nil {
		return err
	}
	defer m.Close()
	for _, id := range ids {
		e, err := g.SetMatchCase(context.Background(), id, !*off)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%d: %s\n", id, describeTerm(termOf(e)))
	}
	return nil
}
