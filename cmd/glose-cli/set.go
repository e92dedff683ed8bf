package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// langFlags are --source-lang and --target-lang, which import, annotate and set take: the languages
// of the documents, BCP 47 tags checked and made canonical as the app's Document properties does.
type langFlags struct{ source, target *string }

func addLangFlags(fs *flag.FlagSet, what string) langFlags {
	return langFlags{
		source: fs.String("source-lang", "", "the source language of "+what+", a BCP 47 `TAG` (fr, fr-CA, fr-CH…)"),
		target: fs.String("target-lang", "", "the target language of "+what+", a BCP 47 `TAG` (en, en-GB, en-US…)"),
	}
}

// check returns the tags given in their canonical form ("" for a flag not given), or a usage error
// naming the flag.
func (f langFlags) check() (src, tgt string, err error) {
	for _, c := range []struct {
		name string
		in   *string
		out  *string
	}{{"source-lang", f.source, &src}, {"target-lang", f.target, &tgt}} {
		if *c.in == "" {
			continue
		}
		if *c.out, err = annotate.ParseLanguage(*c.in); err != nil {
			return "", "", usageError("--%s: %v", c.name, err)
		}
	}
	if src != "" && src == tgt {
		return "", "", usageError("--source-lang and --target-lang: both %s; %v", src, annotate.ErrSameLanguages)
	}
	return src, tgt, nil
}

// setLanguages gives d the languages src and tgt ("" keeps the document's), through the editor so
// that its entities' names follow. It returns what changed, as "target language en → en-GB", for a
// warning where the file had said otherwise.
func setLanguages(d *annotate.Document, src, tgt string) (string, error) {
	p := d.Properties()
	var said []string
	if src != "" && src != p.SourceLang {
		said = append(said, fmt.Sprintf("source language %s → %s", p.SourceLang, src))
		p.SourceLang = src
	}
	if tgt != "" && tgt != p.TargetLang {
		said = append(said, fmt.Sprintf("target language %s → %s", p.TargetLang, tgt))
		p.TargetLang = tgt
	}
	if len(said) == 0 {
		return "", nil
	}
	if err := annotate.NewEditor(d).SetProperties(p); err != nil {
		return "", fmt.Errorf("document %s: %w", d.ID, err)
	}
	return strings.Join(said, ", "), nil
}

// relanguage gives a document annotate made the languages of --source-lang and --target-lang,
// warning when it came with other languages than the defaults fr and en (a Glose file's own).
func relanguage(stderr io.Writer, name string, d *annotate.Document, src, tgt string) error {
	named := src != "" && d.SourceLang != "fr" && d.SourceLang != src || tgt != "" && d.TargetLang != "en" && d.TargetLang != tgt
	said, err := setLanguages(d, src, tgt)
	if err == nil && named {
		fmt.Fprintf(stderr, "glose-cli annotate: warning: %s: %s, as the command line says\n", name, said)
	}
	return err
}

// cmdSet changes the properties of a document: its ID, title and languages.
func cmdSet(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("set", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write to `FILE` instead of standard output (- is standard output); it may be the document itself")
	id := fs.String("id", "", "the document's new `ID`")
	title := fs.String("title", "", "the document's new `TITLE`")
	langs := addLangFlags(fs, "the document")
	setUsage(fs, stderr, "usage: glose-cli set [--source-lang TAG] [--target-lang TAG] [--id ID] [--title TITLE] [-o FILE] DOC\n\n"+
		"Changes the properties of a document, as File › Document properties does in the app, and writes it\n"+
		"as Glose JSON. The languages are BCP 47 tags (en-GB, fr-CA…), written into every export that\n"+
		"carries them; the target's decides the English spelling qa checks (en-GB British, en-US American).\n"+
		"Entities keep their names across a change of language. A JSON Lines corpus has each of its\n"+
		"documents changed, and is written back whole (--id: a file of one document only).")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError("expected one DOC, got %d", fs.NArg())
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if !given["id"] && !given["title"] && !given["source-lang"] && !given["target-lang"] {
		fs.Usage()
		return usageError("nothing to set: give --source-lang, --target-lang, --id or --title")
	}
	src, tgt, err := langs.check()
	if err != nil {
		return err
	}
	docs, warnings, err := readDocs(fs.Arg(0), formats.ReadOptions{})
	printWarnings(stderr, "set", warnings)
	if err != nil {
		return err
	}
	if len(docs) > 1 && given["id"] {
		return usageError("--id: %s holds %d documents, whose IDs must stay distinct: set the ID of one document at a time", docName(fs.Arg(0)), len(docs))
	}
	for _, d := range docs { // every document of a corpus: a JSON Lines file is written back whole
		p := d.Properties()
		if given["id"] {
			p.ID = *id
		}
		if given["title"] {
			p.Title = *title
		}
		p.SourceLang, p.TargetLang = orElse(src, p.SourceLang), orElse(tgt, p.TargetLang)
		if err := annotate.NewEditor(d).SetProperties(p); err != nil {
			return setError(d, len(docs), p, src, tgt, err)
		}
	}
	if len(docs) == 1 {
		return writeDocument(*out, stdout, docs[0])
	}
	return writeCorpus(*out, stdout, docs)
}

// setError words a refusal of SetProperties as a usage error naming the flag, and the document when
// the file holds several.
func setError(d *annotate.Document, n int, p annotate.Properties, src, tgt string, err error) error {
	where := ""
	if n > 1 {
		where = "document " + d.ID + ": "
	}
	var pe *annotate.PropertiesError
	switch {
	case errors.Is(err, annotate.ErrSameLanguages):
		return usageError("%s--source-lang and --target-lang: the document would be in %s on both sides; %v", where, orElse(tgt, orElse(src, p.TargetLang)), annotate.ErrSameLanguages)
	case errors.As(err, &pe):
		flag := map[string]string{"id": "--id", "title": "--title", "source.lang": "--source-lang", "target.lang": "--target-lang"}[pe.Field]
		return usageError("%s%s: %v", where, flag, pe.Err)
	}
	return err
}

// orElse returns a, or b when a is empty.
func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
