package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/glose-app/glose/suggest/tm"
)

// tmDelete deletes translation units by hand, as the app's Delete from the memory… does: the units
// of a French segment (all its English, or the one given), with every source that holds them (TMX
// files imported, segments confirmed). --dry-run lists them and deletes nothing.
func tmDelete(args []string, stdout, stderr io.Writer) error {
	f := newTMFlags("delete", stderr)
	dry := f.fs.Bool("dry-run", false, "list the units that would go, with their sources, and delete nothing")
	if err := parseFlags(f.fs, args); err != nil {
		return err
	}
	if n := f.fs.NArg(); n < 1 || n > 2 || strings.TrimSpace(f.fs.Arg(0)) == "" {
		f.fs.Usage()
		return usageError("tm delete needs the French segment (quoted) and, optionally, its English: got %d arguments", n)
	}
	p := tm.Pair{SourceLang: *f.source, TargetLang: *f.target, Source: f.fs.Arg(0), Target: f.fs.Arg(1)}
	m, err := openTM(*f.path, false)
	if err != nil {
		return err
	}
	defer m.Close()
	ctx := context.Background()
	var hs []tm.Held
	if *dry {
		hs, err = m.Units(ctx, p)
	} else {
		hs, err = m.Delete(ctx, p)
	}
	if err != nil {
		return err
	}
	if len(hs) == 0 {
		return fmt.Errorf("no %s→%s unit of %s in the memory: the French must be the whole segment as stored "+
			"(tm search or tm concordance finds it)", *f.source, *f.target, describePair(p))
	}
	verb := "deleted"
	if *dry {
		verb = "would delete"
	}
	for _, h := range hs {
		fmt.Fprintf(stdout, "%s: %s → %s\n", verb, h.Source, oneLine.Replace(h.Target))
		for i, s := range h.Sources {
			lead := termNoteIndent + "held by: "
			if i > 0 {
				lead = termNoteIndent + "         "
			}
			fmt.Fprintf(stdout, "%s%s\n", lead, describeSource(s))
		}
	}
	if *dry {
		fmt.Fprintln(stdout, "dry run: nothing deleted (run it again without --dry-run to delete)")
	}
	return nil
}

// describePair names the French, and the English when given, quoted.
func describePair(p tm.Pair) string {
	if p.Target == "" {
		return fmt.Sprintf("%q", p.Source)
	}
	return fmt.Sprintf("%q → %q", p.Source, p.Target)
}

// describeSource says what holds a unit: "client.tmx (TMX file, 2026-11-28)", "document d1, segment
// s3 (confirmed 2026-11-28)".
func describeSource(s tm.Source) string {
	day := s.Changed.Format("2006-01-02")
	switch s.Kind {
	case tm.SourceImported:
		return fmt.Sprintf("%s (TMX file, imported %s)", s.Origin, day)
	case tm.SourceConfirmed:
		if s.Segment == "" {
			return fmt.Sprintf("document %s (confirmed %s)", s.Origin, day)
		}
		return fmt.Sprintf("document %s, segment %s (confirmed %s)", s.Origin, s.Segment, day)
	}
	return fmt.Sprintf("an earlier version of the memory, which did not record sources (%s)", day)
}
