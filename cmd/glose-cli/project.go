package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/workspace"
)

// cmdProject proposes target spans for the source quotations and names of every translated segment.
func cmdProject(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("project", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	glossary := fs.String("glossary", "", "a tab-separated `FILE` of French terms and their English (one pair a line)")
	minConf := fs.Float64("min-confidence", project.DefaultMinConfidence, "drop proposals under this confidence")
	noAlign := fs.Bool("no-align", false, "do not place names by position when nothing else finds them")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: glose-cli project [-o OUT] [--glossary TSV] FILE\n\nProposes English spans for the quotations and names of every translated segment, linked to\ntheir source spans by translation links (origin auto), and adds them to the entities.")
		fs.PrintDefaults()
	}
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
	if *glossary != "" {
		g, err := readGlossary(*glossary)
		if err != nil {
			return err
		}
		opts.Glossary = g
	}
	d, warnings, err := workspace.Load(fs.Arg(0))
	if err != nil {
		return err
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

// tsvGlossary is a glossary read from a tab-separated file, keyed by folded French term.
type tsvGlossary map[string][]string

func (g tsvGlossary) Lookup(fr string) []string { return g[project.Fold(strings.TrimSpace(fr))] }

// readGlossary reads "French<TAB>English" lines; blank lines and lines starting with # are skipped.
func readGlossary(path string) (tsvGlossary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading glossary: %w", err)
	}
	defer f.Close()
	g := tsvGlossary{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fr, en, ok := strings.Cut(t, "\t")
		if !ok || strings.TrimSpace(fr) == "" || strings.TrimSpace(en) == "" {
			return nil, fmt.Errorf("%s:%d: expected a French term, a tab and its English", path, line)
		}
		k := project.Fold(strings.TrimSpace(fr))
		g[k] = append(g[k], strings.TrimSpace(en))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading glossary %s: %w", path, err)
	}
	return g, nil
}
