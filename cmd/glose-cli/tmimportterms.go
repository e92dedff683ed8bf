package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/glossary"
)

// tmImportTerms adds glossary files to the glossary kept in the memory's file, as the app's Tools ›
// Import a glossary does (each entry remembers the file's name as where it came from), creating the
// memory's file when it does not exist yet, as tm import does.
func tmImportTerms(args []string, stdout, stderr io.Writer) error {
	flags := newTMFlags("import-terms", stderr)
	var opts glossary.ImportOptions
	flags.fs.BoolVar(&opts.MatchCase, "match-case", false, "mark every entry of the files as matching case: found only in its case (acronyms, brand names)")
	f, m, err := openParsedForImport(flags, "import-terms", "glossary file (CSV, TSV or TBX)", args)
	if err != nil {
		return err
	}
	defer m.Close()
	g, err := memoryGlossary(m, *f)
	if err != nil {
		return err
	}
	for _, path := range f.fs.Args() {
		n, err := importTermsFile(g, path, opts)
		if err != nil {
			return err
		}
		if path == "-" {
			path = stdinName
		}
		fmt.Fprintf(stdout, "%s: %s imported (%s→%s)\n", path, annotate.Plural(n, "glossary entry", "glossary entries"), *f.source, *f.target)
	}
	return nil
}

// importTermsFile reads one glossary file into g as --glossary reads it: CSV (.csv, its separator
// and encoding detected) and TBX (.tbx, .xml) through the app's import, any other file as
// tab-separated lines (glossary.ParseTSV). Standard input is TBX when it starts with "<", else CSV.
func importTermsFile(g *glossary.Glossary, path string, opts glossary.ImportOptions) (int, error) {
	r, name, err := openArg(path)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		return 0, fmt.Errorf("reading %s: %w", name, err)
	}
	ctx := context.Background()
	ext, as := strings.ToLower(filepath.Ext(name)), name
	if path == "-" {
		ext = ".csv"
		if bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n"), []byte("<")) {
			ext = ".tbx"
		}
		as += ext // what its entries come from
	}
	switch ext {
	case ".csv", ".tbx", ".xml":
		n, err := g.ImportWith(ctx, bytes.NewReader(data), as, opts)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", name, err)
		}
		return n, nil
	}
	n, err := g.ImportTSV(ctx, data, filepath.Base(name), opts)
	if errors.Is(err, glossary.ErrNoTerms) {
		return 0, fmt.Errorf("%s: no glossary entries (expected a French term, a tab and its English on each line)", name)
	}
	return n, tsvFileError(name, err)
}

// parseTSVGlossary reads "French<TAB>English" lines (glossary.ParseTSV), its errors naming the file
// and line.
func parseTSVGlossary(name string, data []byte) ([]glossary.Entry, error) {
	entries, err := glossary.ParseTSV(data)
	return entries, tsvFileError(name, err)
}

// tsvFileError names the file, and the line of a *glossary.TSVError, in err.
func tsvFileError(name string, err error) error {
	if te := (*glossary.TSVError)(nil); errors.As(err, &te) {
		return fmt.Errorf("%s:%d: expected a French term, a tab and its English (or a .csv or .tbx file)", name, te.Line)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
