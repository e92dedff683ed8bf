package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// cmdSplit splits a corpus into training, development and test sets by document, as a data team does
// before train and eval: deterministic for a seed, documents of one source kept together on request,
// and the records of a JSON Lines file or a Label Studio export written as they are.
func cmdSplit(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("split", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ratio := fs.String("ratio", "80,10,10", "the shares of the parts, a comma-separated `LIST`: train,dev,test, or train,dev (80,10,10 or 0.8,0.1,0.1; 0 leaves a part out)")
	seed := fs.Uint64("seed", 0, "the `N` that decides which documents go where (the same N, the same split; default 0)")
	groupBy := fs.String("group-by", "", "keep together the documents of one `KEY`: file (the input file they came from), or a key of their records, dotted for a nested one (doc_id, meta.url, data.source)")
	to := fs.String("to", "", "write the parts in this `FORMAT` (as export --to) instead of the input's: "+strings.Join(corpusFormats(), ", "))
	out := fs.String("o", "", "the `PREFIX` of the parts' names: corpus gives corpus-train.jsonl, corpus-dev.jsonl, corpus-test.jsonl; a directory (data/) gives data/train.jsonl... (default: the first FILE's name without its extension)")
	force := fs.Bool("force", false, "replace parts already there (each previous version kept as FILE.bak)")
	setUsage(fs, stderr, "usage: glose-cli split [--ratio LIST] [--seed N] [--group-by KEY] [--to FORMAT] [-o PREFIX] [--force] FILE...\n\n"+
		"Splits a corpus (any files import reads, together) into train, dev and test sets by document, at\n"+
		"random but the same for the same --seed, documents of one text, or one --group-by value, in one\n"+
		"part. JSON Lines (a Glose corpus, doccano, spaCy) and Label Studio tasks are written record by\n"+
		"record as they are, in their own format; a brat collection as brat collections, other inputs as\n"+
		"Glose JSON Lines, or --to FORMAT.\n"+
		"The count of each part goes to standard output.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("expected at least one FILE")
	}
	shares, err := parseRatio(*ratio)
	if err != nil {
		return err
	}
	format, err := splitFormat(*to)
	if err != nil {
		return err
	}
	if err := oneStdin(fs.Args()...); err != nil {
		return err
	}
	prefix, dir, err := splitPrefix(*out, fs.Arg(0))
	if err != nil {
		return err
	}
	inputs := expandFolders(fs.Args()) // each file apart: --group-by file keeps a file's documents together
	docs, kind, err := readSplitInputs(inputs, stderr)
	if err != nil {
		return err
	}
	groups, missing, err := groupDocs(docs, *groupBy)
	if err != nil {
		return err
	}
	if missing > 0 {
		fmt.Fprintf(stderr, "glose-cli split: warning: %s no %q: each is a group of its own\n", annotate.Plural(missing, "document has", "documents have"), *groupBy)
	}
	if kind == "" && format.Name == "" {
		format = defaultFormat(inputs)
	}
	shuffleGroups(groups, *seed)
	parts := cutGroups(groups, shares, len(docs))
	w := splitWriter{prefix: prefix, dir: dir, format: format, kind: kind, force: *force, ext: splitExt(kind, format, inputs[0])}
	if err := w.write(docs, parts, stderr); err != nil {
		return err
	}
	return w.report(stdout, stderr, docs, groups, parts, shares, *groupBy != "")
}

// corpusFormats names the formats split writes: those export writes that hold a corpus (not text or
// markdown, the translation of one document, nor glose, one document a file).
func corpusFormats() []string {
	var out []string
	for _, f := range formats.All() {
		if f.CanWrite() && !f.Translation && f.Name != "glose" {
			out = append(out, f.Name)
		}
	}
	return out
}

// splitFormat checks --to: one of corpusFormats.
func splitFormat(to string) (formats.Format, error) {
	if to == "" {
		return formats.Format{}, nil
	}
	f, ok := formats.Lookup(to)
	switch {
	case !ok || !f.CanWrite():
		return f, usageError("--to: unknown export format %q (known: %s)", to, strings.Join(corpusFormats(), ", "))
	case f.Translation:
		return f, usageError("--to %s: writes the translation of one document; give a corpus format (jsonl, doccano, spacy, conll…)", to)
	case f.Name == "glose":
		return f, usageError("--to glose: holds one document a file; give --to jsonl for a corpus of Glose documents")
	}
	return f, nil
}

// splitPrefix is what the parts' names start with: -o, or the first file's name without its
// extension; standard input needs -o. dir says the parts go into the directory prefix (-o data/, or
// -o naming a directory): a prefix made from a brat collection's directory names files beside it,
// never inside the collection.
func splitPrefix(out, first string) (prefix string, dir bool, err error) {
	switch {
	case out == "-":
		return "", false, usageError("-o -: split writes two or three files: give a PREFIX (corpus) or a directory (data/)")
	case out != "":
		return out, strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) || isDir(out), nil
	case first == "-":
		return "", false, usageError("standard input: give -o PREFIX to name the parts")
	}
	first = filepath.Clean(first) // brat/ is the collection brat
	return strings.TrimSuffix(first, filepath.Ext(first)), false, nil
}

// readSplitInputs reads every file; kind is the kind of records they all are (see records), "" when
// they are not all lists of records of one kind with one extension.
func readSplitInputs(paths []string, stderr io.Writer) ([]splitDoc, string, error) {
	var docs []splitDoc
	kind := ""
	for i, p := range paths {
		ds, k, err := readSplitInput(p, stderr)
		if err != nil {
			return nil, "", err
		}
		switch {
		case i == 0:
			kind = k
		case k != kind || !sameExt(p, paths[0]):
			kind = ""
		}
		docs = append(docs, ds...)
	}
	return docs, kind, nil
}

// sameExt reports whether two files have the same extension, case aside: a doccano .jsonl and a
// spaCy .jsonl are both JSON Lines, but the parts of both in one file would mix two formats; a team's
// files of one tool have one extension.
func sameExt(a, b string) bool { return strings.EqualFold(filepath.Ext(a), filepath.Ext(b)) }

// defaultFormat is the format of parts of inputs that are no lists of records: brat for brat
// collections, else Glose JSON Lines.
func defaultFormat(paths []string) formats.Format {
	name := "brat"
	for _, p := range paths {
		if info, err := os.Stat(p); p == "-" || err != nil || !info.IsDir() {
			name = "jsonl"
		}
	}
	f, _ := formats.Lookup(name)
	return f
}

// splitExt is the extension of the parts: the input's for records written as they are, else the
// format's (none for brat, which writes a directory per part).
func splitExt(kind string, f formats.Format, first string) string {
	switch {
	case f.Name != "" && f.MultiFile:
		return ""
	case f.Name != "":
		return f.Extensions[0]
	}
	ext := filepath.Ext(first)
	if first == "-" || ext == "" {
		if kind == jsonArray {
			return ".json"
		}
		return ".jsonl"
	}
	return ext
}
