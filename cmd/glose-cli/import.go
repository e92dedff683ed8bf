package main

import (
	"bytes"
	"flag"
	"io"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// cmdImport converts a file into Glose JSON, segmented.
func cmdImport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write to `FILE` instead of standard output (- is standard output)")
	from := fs.String("from", "", "the input `FORMAT` when the file name does not tell: "+strings.Join(formats.Names(false), ", "))
	unit := fs.String("unit", "", "offsets of doccano and Label Studio files: `codepoints|utf16` (default codepoints)")
	langs := addLangFlags(fs, "the documents (default: what the file says, else fr and en)")
	setUsage(fs, stderr, "usage: glose-cli import [-o FILE] [--from FORMAT] [--unit codepoints|utf16] [--source-lang TAG] [--target-lang TAG] FILE\n\n"+
		"Imports a text, Markdown, subtitles (.srt, .vtt), HTML, Word (.docx), OpenDocument (.odt), Glose\n"+
		"JSON/JSONL, doccano, Label Studio, spaCy or Prodigy JSONL, brat, XLIFF or TMX file and writes it\n"+
		"as segmented Glose JSON (JSON Lines when the file holds several documents).\n"+
		"FILE - is standard input, its format told by its content; a brat collection is its directory.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		if fs.NArg() > 1 { // a team's corrected files, to make one corpus of
			files := "FILE..."
			if fs.NArg() <= 3 {
				files = strings.Join(fs.Args(), " ")
			}
			return usageError("expected one FILE, got %d; to read several into one corpus: glose-cli export --to jsonl -o corpus.jsonl %s", fs.NArg(), files)
		}
		return usageError("expected one FILE, got %d", fs.NArg())
	}
	if _, err := formats.ParseUnit(*unit); err != nil {
		return usageError("--unit: %v", err)
	}
	if f, ok := formats.Lookup(*from); *from != "" && (!ok || !f.CanRead()) {
		return usageError("--from: unknown import format %q (known: %s)", *from, strings.Join(formats.Names(false), ", "))
	}
	src, tgt, err := langs.check()
	if err != nil {
		return err
	}
	places := newDocPlaces()
	docs, warnings, err := readPlaced(fs.Arg(0), formats.ReadOptions{Format: *from, Unit: *unit, SourceLang: src, TargetLang: tgt}, places)
	printWarnings(stderr, "import", warnings)
	if err != nil {
		return err
	}
	var warns []formats.Warning // said once, grouped: a corpus may give hundreds
	for i, d := range docs {    // a file that names its languages (XLIFF, TMX, Glose JSON) gets the flags' all the same
		said, err := setLanguages(d, src, tgt)
		if err != nil {
			return err
		}
		if said != "" {
			warns = append(warns, formats.Warning{Doc: places.place(i), Msg: said + ", as the command line says"})
		}
	}
	warns = append(warns, uniqueIDs(docs, places.place)...)
	for i, d := range docs {
		if len(d.Segments) == 0 {
			warns = append(warns, formats.Warning{Doc: places.place(i), Msg: noTextMsg})
		}
	}
	printWarnings(stderr, "import", warns)
	if len(docs) == 1 {
		return writeDocument(*out, stdout, docs[0])
	}
	return writeCorpus(*out, stdout, docs)
}

// writeCorpus writes documents as Glose JSON Lines.
func writeCorpus(path string, stdout io.Writer, docs []*annotate.Document) error {
	var buf bytes.Buffer
	for _, d := range docs {
		b, err := annotate.MarshalLine(d)
		if err != nil {
			return err
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	if toStdout(path) {
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	return workspace.WriteAtomic(path, buf.Bytes())
}
