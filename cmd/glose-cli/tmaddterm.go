package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/glose-app/glose/suggest/glossary"
)

// tmAddTerm adds one term and its translation to the glossary kept in the memory's file, as the
// app's Add to the glossary does (glossary.AddTyped: trimmed, NFC, origin "typed", a pair already
// there not doubled), creating the memory's file when it does not exist yet, as tm import-terms does.
func tmAddTerm(args []string, stdout, stderr io.Writer) error {
	f := newTMFlags("add-term", stderr)
	note := f.fs.String("note", "", "a note on the term, a `TEXT` shown with it (a definition, where to use it)")
	matchCase := f.fs.Bool("match-case", false, "find the term only written in its case (PAN, not pan), accents aside")
	if err := parseFlags(f.fs, args); err != nil {
		return err
	}
	if f.fs.NArg() != 2 {
		f.fs.Usage()
		return usageError("tm add-term needs two arguments, the term and its translation (quote each): got %d", f.fs.NArg())
	}
	src, tgt := f.fs.Arg(0), f.fs.Arg(1)
	typed, err := glossary.TypedEntry(src, tgt, *note)
	if err != nil {
		return usageError("tm add-term: %s", addTermProblem(err, *f.source, *f.target))
	}
	m, g, err := openGlossary(f, true)
	if err != nil {
		return err
	}
	defer m.Close()
	e, added, err := g.AddTyped(context.Background(), glossary.Entry{Source: src, Target: tgt, Note: *note, MatchCase: *matchCase})
	if err != nil {
		return err
	}
	t := termOf(e)
	switch {
	case added:
		fmt.Fprintf(stdout, "added %d: %s\n", e.ID, describeTerm(t))
	case typed.Note != "":
		fmt.Fprintf(stdout, "already there, its note replaced: %d: %s\n", e.ID, describeTerm(t))
	default:
		fmt.Fprintf(stdout, "already there, not added again: %d: %s\n", e.ID, describeTerm(t))
	}
	return nil
}

// addTermProblem says which side of the term is empty, in the command's words.
func addTermProblem(err error, source, target string) string {
	switch {
	case errors.Is(err, glossary.ErrNoSource):
		return fmt.Sprintf("the term (%s) is empty: give it as written in the source text", source)
	case errors.Is(err, glossary.ErrNoTarget):
		return fmt.Sprintf("the translation (%s) is empty: give the term's translation", target)
	}
	return err.Error()
}
