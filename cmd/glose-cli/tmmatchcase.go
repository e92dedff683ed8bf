package main

import (
	"context"
	"io"
	"strconv"

	"github.com/glose-app/glose/suggest/glossary"
)

// tmMatchCase marks glossary entries, by the IDs tm terms shows, as matching case (found only written
// in their case: PAN, not pan), or, with --off, as found in any case again: the command line's way to
// do what the app's Tools › Glossary… does with an entry's Match case box.
func tmMatchCase(args []string, stdout, stderr io.Writer) error {
	f := newTMFlags("match-case", stderr)
	off := f.fs.Bool("off", false, "find the entries in any case again")
	return onTerms(f, args, "tm match-case needs the IDs of the entries to mark (tm terms shows them)", stdout,
		func(ctx context.Context, g *glossary.Glossary, id int64) (string, error) {
			e, err := g.SetMatchCase(ctx, id, !*off)
			return strconv.FormatInt(id, 10) + ": " + describeTerm(termOf(e)), err
		})
}
