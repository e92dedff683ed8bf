package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
)

// cmdProject proposes target spans for the source quotations and names of every translated segment.
func cmdProject(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("project", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write to `FILE` instead of standard output (- is standard output)")
	glossary := fs.String("glossary", "", "a `FILE` of French terms and their English: CSV or TBX (.csv, .tbx), else tab-separated lines")
	minConf := fs.Float64("min-confidence", project.DefaultMinConfidence, "drop proposals under this confidence, `N` from 0 to 1")
	noAlign := fs.Bool("no-align", false, "do not place names by position when nothing else finds them")
	setUsage(fs, stderr, "usage: glose-cli project [-o FILE] [--glossary FILE] [--min-confidence N] [--no-align] FILE\n\n"+
		"Proposes English spans for the quotations and names of every translated segment, linked to\n"+
		"their source spans by translation links (origin auto), and adds them to the entities.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError("expected one FILE, got %d", fs.NArg())
	}
	if err := checkConfidence("min-confidence", *minConf); err != nil {
		return err
	}
	opts := project.Options{Names: project.NamerFunc(ner.EnglishName), MinConfidence: *minConf, NoAlign: *noAlign}
	d, warnings, err := loadDoc(fs.Arg(0))
	if err != nil {
		return err
	}
	if *glossary != "" {
		g, err := readGlossary(*glossary, d.SourceLang, d.TargetLang)
		if err != nil {
			return err
		}
		opts.Glossary = g
	}
	for _, w := range warnings {
		fmt.Fprintf(stderr, "glose-cli project: warning: %s\n", w)
	}
	n, err := project.Document(annotate.NewEditor(d), opts)
	if err != nil {
		return fmt.Errorf("projecting %s: %w", fs.Arg(0), err)
	}
	fmt.Fprintf(stderr, "glose-cli project: %s proposed\n", annotate.Plural(n, "target span", "target spans"))
	return writeDocument(*out, stdout, d)
}
