package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// cmdValidate checks Glose JSON files against the schema and for meaning.
func cmdValidate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	quiet := fs.Bool("q", false, "print nothing for valid files")
	setUsage(fs, stderr, "usage: glose-cli validate [-q] FILE...\n\n"+
		"Checks Glose JSON files (and JSON Lines corpora, one document a line): the JSON Schema, then\n"+
		"offsets in range and matching their text, links and mentions to existing spans, labels, the format\n"+
		"version, and what a JSON reader would lose without a word (a key given twice in one object, a lone\n"+
		"UTF-16 surrogate escape such as \\ud83d). Exit status 1 if any file is invalid. Warns, without\n"+
		"failing, of spans that cut a character in two, of entities at odds with their mentions (a mention\n"+
		"labelled other than its entity's type, an entity without mention), of a PER name on a bare pronoun,\n"+
		"of two notes of one ID and of a client's XLIFF kept for merge-back that is not well-formed XML.\n"+
		"FILE - is standard input; a folder of Glose files is its .json and .jsonl files.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("expected at least one FILE")
	}
	if err := oneStdin(fs.Args()...); err != nil {
		return err
	}
	bad := 0
	paths := expandFolders(fs.Args()) // a folder of Glose files, as annotate --out-dir writes one: its files
	for _, path := range paths {
		name := docName(path)
		docs, err := validateFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "glose-cli validate: %v\n", err)
			bad++
			continue
		}
		if f, newer := workspace.NewerFile(path); newer && path != "-" {
			fmt.Fprintf(stderr, "glose-cli validate: warning: %s: written by a newer version of Glose (format %q; this Glose reads %q): valid as %s, what this Glose does not know in it unchecked\n", name, f, annotate.Format, annotate.Format)
		}
		for _, d := range docs { // valid, but a character cut in two, or an entity at odds with its mentions
			for _, w := range d.Warnings() {
				fmt.Fprintf(stderr, "glose-cli validate: warning: %s: document %s: %s: %s\n", name, d.ID, w.Path, w.Msg)
			}
		}
		switch {
		case *quiet:
		case len(docs) == 1:
			fmt.Fprintf(stdout, "%s: valid %s\n", name, annotate.Format)
		default:
			fmt.Fprintf(stdout, "%s: valid %s, %s\n", name, annotate.Format, annotate.Plural(len(docs), "document", "documents"))
		}
	}
	if bad > 0 {
		return fmt.Errorf("%d of %s invalid", bad, annotate.Plural(len(paths), "file", "files"))
	}
	return nil
}

// validateFile checks a Glose JSON file or JSON Lines corpus ("-": standard input, told by its content).
func validateFile(path string) ([]*annotate.Document, error) {
	name := docName(path)
	read := readLimited
	if path == "-" {
		read = func(string) ([]byte, error) { return readStdin() }
	}
	data, err := read(path)
	if err != nil {
		return nil, err
	}
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".jsonl" || ext == ".ndjson" || annotate.IsJSONLines(data) {
		docs, err := annotate.ValidateJSONLines(data, name)
		if err == nil {
			err = jsonLinesIDError(name, data)
		}
		return docs, err
	}
	d, err := annotate.ValidateJSON(data, name)
	return []*annotate.Document{d}, err
}
