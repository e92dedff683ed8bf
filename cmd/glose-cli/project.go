package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
)

// cmdProject proposes target spans for the source quotations and names of every translated segment,
// in each document of a corpus (JSON Lines out, in the same order).
func cmdProject(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("project", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write to `FILE` instead of standard output (- is standard output)")
	glossary := fs.String("glossary", "", "a `FILE` of French terms and their English: CSV or TBX (.csv, .tbx), else tab-separated lines")
	minConf := fs.Float64("min-confidence", project.DefaultMinConfidence, "drop proposals under this confidence, `N` from 0 to 1")
	noAlign := fs.Bool("no-align", false, "do not place names by position when nothing else finds them")
	setUsage(fs, stderr, "usage: glose-cli project [-o FILE] [--glossary FILE] [--min-confidence N] [--no-align] FILE\n\n"+
		"Proposes English spans for the quotations and names of every translated segment, linked to\n"+
		"their source spans by translation links (origin auto), and adds them to the entities. A corpus\n"+
		"(JSON Lines) is projected document by document and written back as JSON Lines.")
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
	path := fs.Arg(0)
	places := newDocPlaces()
	docs, warnings, err := readPlaced(path, formats.ReadOptions{}, places)
	if err != nil {
		return err
	}
	printWarnings(stderr, "project", warnings)
	if err := duplicateIDError(docs, places.place); err != nil {
		return err
	}
	glossaries := map[[2]string]fileGlossary{} // read once for each pair of languages
	n := 0
	for i, d := range docs {
		if *glossary != "" {
			pair := [2]string{d.SourceLang, d.TargetLang}
			g, ok := glossaries[pair]
			if !ok {
				if g, err = readGlossary(*glossary, d.SourceLang, d.TargetLang); err != nil {
					return err
				}
				glossaries[pair] = g
			}
			opts.Glossary = g
		}
		k, err := project.Document(annotate.NewEditor(d), opts)
		if err != nil {
			return fmt.Errorf("projecting %s: %w", places.place(i), err)
		}
		n += k
	}
	said := annotate.Plural(n, "target span", "target spans") + " proposed"
	if len(docs) > 1 {
		said += " in " + annotate.Plural(len(docs), "document", "documents")
	}
	fmt.Fprintf(stderr, "glose-cli project: %s\n", said)
	if len(docs) == 1 && !isCorpusPath(*out) {
		return writeDocument(*out, stdout, docs[0])
	}
	return writeCorpus(*out, stdout, docs) // every document of a corpus, in its order
}
