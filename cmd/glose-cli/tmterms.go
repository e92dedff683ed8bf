package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/glose-app/glose/suggest/glossary"
	"github.com/glose-app/glose/suggest/tm"
)

// openGlossary opens the glossary kept in the memory named by --tm (or the user's), for the language
// pair source→target, creating the memory's file when create says so; closing the memory closes it.
func openGlossary(f tmFlags, create bool) (*tm.Memory, *glossary.Glossary, error) {
	m, err := openTM(*f.path, create)
	if err != nil {
		return nil, nil, err
	}
	g, err := memoryGlossary(m, f)
	if err != nil {
		m.Close()
		return nil, nil, err
	}
	return m, g, nil
}

// memoryGlossary is the glossary of the language pair source→target kept in the memory m, which
// --tm names (or the user's, which openTM found).
func memoryGlossary(m *tm.Memory, f tmFlags) (*glossary.Glossary, error) {
	name := *f.path
	if name == "" {
		name, _ = tm.DefaultPath(os.Getenv)
	}
	return glossary.New(m.DB(), name, *f.source, *f.target)
}

// tmTerm is one line of tm terms --json.
type tmTerm struct {
	ID     int64  `json:"id"`
	Source string `json:"source"`
	Target string `json:"target"`
	Type   string `json:"type,omitempty"`
	Origin string `json:"origin,omitempty"`
	Note   string `json:"note,omitempty"`
	// MatchCase: the term is found only written in its case.
	MatchCase bool `json:"match_case,omitempty"`
}

// termOf is the entry e as tm terms lists it.
func termOf(e glossary.Entry) tmTerm {
	return tmTerm{ID: e.ID, Source: e.Source, Target: e.Target, Type: e.Type, Origin: e.Origin, Note: e.Note, MatchCase: e.MatchCase}
}

// tmTerms lists the glossary's entries of the language pair: what the app marks in the French and
// offers, imported or learned from the names translators confirmed.
func tmTerms(args []string, stdout, stderr io.Writer) error {
	f := newTMFlags("terms", stderr)
	asJSON := f.fs.Bool("json", false, `print JSON: [{"id", "source", "target", "type", "origin", "note", "match_case"}]`)
	asCSV := f.fs.Bool("csv", false, "print CSV (source,target,note,match case with a heading row), as tm import-terms and the app's Import a glossary read it")
	if err := parseFlags(f.fs, args); err != nil {
		return err
	}
	if f.fs.NArg() != 0 {
		return usageError("tm terms takes no arguments")
	}
	if *asJSON && *asCSV {
		return usageError("tm terms: --json and --csv: choose one")
	}
	m, g, err := openGlossary(f, false)
	if err != nil {
		return err
	}
	defer m.Close()
	entries, err := g.Entries(context.Background())
	if err != nil {
		return err
	}
	if *asCSV {
		return glossary.WriteCSV(stdout, entries)
	}
	terms := make([]tmTerm, len(entries))
	for i, e := range entries {
		terms[i] = termOf(e)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(terms)
	}
	if len(terms) == 0 {
		fmt.Fprintf(stdout, "no glossary entries for %s→%s (glose-cli tm import-terms adds a CSV, TSV or TBX glossary, tm add-term one term)\n", *f.source, *f.target)
	}
	for _, t := range terms {
		fmt.Fprintf(stdout, "%6d  %s\n", t.ID, describeTerm(t))
		writeTermNote(stdout, t.Note)
	}
	return nil
}

// termNoteIndent lines a note up under the entry it belongs to, past the ID column.
const termNoteIndent = "        "

// writeTermNote prints an entry's note under it, indented, one line per line of the note (blank
// lines dropped), so that a translator reading the listing sees what the client said about a term.
func writeTermNote(w io.Writer, note string) {
	first := true
	for _, line := range strings.Split(note, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		prefix := termNoteIndent + "      "
		if first {
			prefix, first = termNoteIndent+"note: ", false
		}
		fmt.Fprintf(w, "%s%s\n", prefix, line)
	}
}

// describeTerm says an entry on one line: "Moscou → Moscow (LOC, a1)", "PAN → PAN (match case, typed)".
func describeTerm(t tmTerm) string {
	var about []string
	matchCase := ""
	if t.MatchCase {
		matchCase = "match case"
	}
	for _, s := range []string{t.Type, matchCase, t.Origin} {
		if s != "" {
			about = append(about, s)
		}
	}
	s := t.Source + " → " + t.Target
	if len(about) > 0 {
		s += " (" + strings.Join(about, ", ") + ")"
	}
	return s
}

// tmDeleteTerm deletes glossary entries by the IDs tm terms shows.
func tmDeleteTerm(args []string, stdout, stderr io.Writer) error {
	f := newTMFlags("delete-term", stderr)
	return onTerms(f, args, "tm delete-term needs the IDs of the entries to delete (tm terms shows them)", stdout,
		func(ctx context.Context, g *glossary.Glossary, id int64) (string, error) {
			e, err := g.Get(ctx, id)
			if err == nil {
				err = g.Remove(ctx, id)
			}
			return "deleted " + strconv.FormatInt(id, 10) + ": " + describeTerm(termOf(e)), err
		})
}

// onTerms runs a subcommand that takes glossary entry IDs (need says so when there are none), its
// flags made in f: it opens the glossary and does each ID in turn, printing the line do returns,
// stopping at the first error.
func onTerms(f tmFlags, args []string, need string, stdout io.Writer,
	do func(context.Context, *glossary.Glossary, int64) (string, error)) error {
	if err := parseFlags(f.fs, args); err != nil {
		return err
	}
	ids, err := termIDs(f, need)
	if err != nil {
		return err
	}
	m, g, err := openGlossary(f, false)
	if err != nil {
		return err
	}
	defer m.Close()
	for _, id := range ids {
		line, err := do(context.Background(), g, id)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, line)
	}
	return nil
}

// termIDs reads the glossary entry IDs a subcommand takes as its arguments; none is a usage error
// saying need.
func termIDs(f tmFlags, need string) ([]int64, error) {
	if f.fs.NArg() == 0 {
		f.fs.Usage()
		return nil, usageError("%s", need)
	}
	ids := make([]int64, f.fs.NArg())
	for i, a := range f.fs.Args() {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return nil, usageError("%q is no glossary entry ID (tm terms shows them)", a)
		}
		ids[i] = id
	}
	return ids, nil
}
