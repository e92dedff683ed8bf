package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// cmdExport converts documents (several make a corpus) into an interchange format.
func cmdExport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	to := fs.String("to", "", "the `FORMAT`: "+strings.Join(formats.Names(true), ", "))
	out := fs.String("o", "", "write to `FILE` (for brat, a directory) instead of standard output (- is standard output); a second file, such as Label Studio's labeling config, goes beside it: tasks.json gives tasks.label_config.xml")
	side := fs.String("side", "", "which text: `source|target|both` (default: both for XLIFF and Glose JSON, source otherwise; Glose JSON keeps both texts, and only the spans of the side chosen; not for tmx, which keeps no spans)")
	confirmed := fs.Bool("confirmed", false, "only spans and links a person made or accepted (no suggestions); for text and markdown, only the English of confirmed segments (translated or reviewed); not for tmx, which keeps no spans")
	skip := fs.Bool("skip-unreviewed", false, "with --confirmed: leave out, naming them, the documents with suggestions and nothing confirmed, which would go out with no annotation (texts that name no one, to a recogniser trained on them)")
	untranslated := fs.String("untranslated", "", "text and markdown: what to do with segments without English (with --confirmed, without confirmed English): `refuse|source|omit` (refuse: list them and write nothing; source: keep their French; omit: leave them out); default refuse")
	labels := fs.String("labels", "", "only these labels, a comma-separated `LIST` (e.g. PER,ORG)")
	mentions := fs.String("mentions", "", "which entity mentions: `names|all` (all: with the pronouns and descriptions that attribute quotes, such as \"il\" and \"le diplomate russe\"); default: names for the formats of named-entity recognisers (conll, spacy, doccano, brat, labelstudio, w3c), all otherwise")
	unit := fs.String("unit", "", "offsets of doccano, Label Studio and quotes-csv: `codepoints|utf16` (default codepoints)")
	paragraphs := fs.Bool("paragraphs", false, "TMX: one unit per paragraph instead of per sentence (for OmegaT)")
	noMarkers := fs.Bool("no-markers", false, "XLIFF: plain text without span markers (<mrk>), for translation tools that drop the text inside them")
	rawCells := fs.Bool("raw-cells", false, "quotes-csv: cells as their text is, for programs, without the tab put before a cell starting with = + - @ that a spreadsheet would run as a formula")
	excel := fs.String("excel", "", "quotes-csv: a file Excel opens right on a double click (UTF-8 byte-order mark, CRLF), its cells separated as Excel's regional settings expect: `semicolon|comma` (semicolon, with decimal commas, for Excel set for French, German…; comma for English)")
	outDirFlag := fs.String("out-dir", "", "with --to glose: write each document to its own Glose JSON file in `DIR`, named after its ID (splits a JSON Lines corpus into files the app opens)")
	force := fs.Bool("force", false, "with --out-dir: replace files already there (each previous version kept as FILE.bak)")
	var synopsis strings.Builder
	synopsis.WriteString("usage: glose-cli export --to FORMAT [-o FILE] [--side source|target|both] [--confirmed]\n" +
		"                        [--skip-unreviewed] [--labels LIST] [--mentions names|all]\n" +
		"                        [--unit codepoints|utf16] [--paragraphs] [--no-markers]\n" +
		"                        [--untranslated refuse|source|omit] [--raw-cells]\n" +
		"                        [--excel semicolon|comma] FILE...\n" +
		"       glose-cli export --to glose --out-dir DIR [--force] [options] CORPUS.jsonl...\n\n" +
		"Converts documents (any format import reads) into FORMAT; several files make a corpus\n" +
		"(text and markdown write the translation of one document, laid out as its French, to deliver)\n" +
		"(- is standard input, its format told by its content). What the format cannot hold is reported on\n" +
		"standard error. Formats:\n")
	for _, f := range formats.All() {
		if f.CanWrite() {
			line := fmt.Sprintf("%s; offsets: %s", f.Title, f.Offsets)
			fmt.Fprintf(&synopsis, "  %-12s %s\n", f.Name, strings.Join(wrap(line, helpWidth-15), "\n"+strings.Repeat(" ", 15)))
		}
	}
	setUsage(fs, stderr, strings.TrimSuffix(synopsis.String(), "\n"))
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *to == "" || fs.NArg() == 0 {
		fs.Usage()
		return usageError("expected --to FORMAT and at least one FILE")
	}
	f, ok := formats.Lookup(*to)
	if !ok || !f.CanWrite() {
		return usageError("--to: unknown export format %q (known: %s)", *to, strings.Join(formats.Names(true), ", "))
	}
	opts := formats.WriteOptions{Confirmed: *confirmed, Unit: *unit, Paragraphs: *paragraphs, NoMarkers: *noMarkers, RawCells: *rawCells}
	var err error
	if opts.Side, err = formats.ParseSide(*side); err != nil { // "" is the format's default
		return usageError("%v", err)
	}
	if opts.Mentions, err = formats.ParseMentions(*mentions); err != nil { // "" is the format's default
		return usageError("--mentions: %v", err)
	}
	if opts.Untranslated, err = formats.ParseUntranslated(*untranslated); err != nil {
		return usageError("--untranslated: %v", err)
	}
	if opts.Excel, err = formats.ParseExcel(*excel); err != nil {
		return usageError("--excel: %v", err)
	}
	if opts.Excel != formats.NoExcel && opts.RawCells {
		return usageError("--raw-cells: not with --excel: Excel would run a cell starting with = + - @ as a formula")
	}
	if err := refuseUnused(f, opts, *labels != ""); err != nil {
		return err
	}
	if *skip {
		if err := checkSkipUnreviewed(f, opts); err != nil {
			return err
		}
	}
	if _, err := formats.ParseUnit(*unit); err != nil {
		return usageError("--unit: %v", err)
	}
	if err := checkOutDir(f, *out, *outDirFlag, *force); err != nil {
		return err
	}
	if *outDirFlag == "" {
		if err := checkDestination(f, *out); err != nil {
			return err
		}
	}
	docs, err := readAll(fs.Args(), stderr)
	if err != nil {
		return err
	}
	if opts.Labels, err = parseLabels(*labels, documentLabels(docs)); err != nil {
		return err
	}
	if *skip {
		if docs, err = skipUnreviewed(f.Name, docs, opts, stderr); err != nil {
			return err
		}
	}
	if *outDirFlag != "" {
		return splitInto(*outDirFlag, *force, f.Name, docs, opts, stderr)
	}
	files, warns, err := formats.Write(f.Name, docs, opts)
	if err != nil {
		return err
	}
	printWarnings(stderr, "export", warns)
	if f.MultiFile {
		if renamed := formats.FolderNames(files, *out, keepFiles(fs.Args(), docs)); len(renamed) > 0 {
			fmt.Fprintf(stderr, "glose-cli export: written as %s, not to replace the file read or the text it was imported from\n", strings.Join(renamed, ", "))
		}
		return writeDir(*out, files)
	}
	return writeFiles(*out, stdout, stderr, files)
}

// keepFiles are the files a folder export must not replace: those read, and beside each the text
// its documents were imported from (meta.origin: article.txt beside the article.json annotate wrote
// from it), which a brat export of the document into that folder replaced with its own .txt.
func keepFiles(paths []string, docs []*annotate.Document) []string {
	keep := slices.Clone(paths)
	for _, d := range docs {
		o := d.Meta.Origin
		if o == "" || filepath.Base(o) != o {
			continue
		}
		for _, p := range paths {
			if p != "-" {
				keep = append(keep, filepath.Join(filepath.Dir(p), o))
			}
		}
	}
	return keep
}

// checkOutDir refuses --out-dir and --force where they do not apply: --out-dir writes Glose JSON
// files, one per document, and goes with no -o.
func checkOutDir(f formats.Format, out, dir string, force bool) error {
	switch {
	case force && dir == "":
		return usageError("--force: only with --out-dir")
	case dir == "":
		return nil
	case f.Name != "glose":
		return usageError("--out-dir: only with --to glose (one Glose JSON file per document), not %s", f.Name)
	case out != "":
		return usageError("-o and --out-dir: give one (-o writes one file, --out-dir one file per document)")
	}
	return nil
}

// splitInto writes each document to its own file of dir (outDir), named after its ID, as the export to
// format (Glose JSON) writes it with opts.
func splitInto(dir string, force bool, format string, docs []*annotate.Document, opts formats.WriteOptions, stderr io.Writer) error {
	o, err := outDirOf(dir, force, docs)
	if err != nil {
		return err
	}
	var all []formats.Warning
	for i, d := range docs {
		files, warns, err := formats.Write(format, []*annotate.Document{d}, opts)
		if err != nil {
			return err
		}
		all = append(all, warns...)
		for _, f := range files {
			if f.Main {
				if err := workspace.WriteAtomic(filepath.Join(o.dir, o.names[i]), f.Data); err != nil {
					return err
				}
			}
		}
	}
	printWarnings(stderr, "export", all)
	return nil
}

// refuseUnused refuses an option the format does not use rather than ignore it silently (the app's
// Export dialog leaves it out, from the same Format.Uses); labels says whether --labels was given
// (its list is checked against the documents later).
func refuseUnused(f formats.Format, opts formats.WriteOptions, labels bool) error {
	if labels {
		opts.Labels = []string{"*"}
	}
	unused := f.UnusedOptions(opts)
	if len(unused) == 0 {
		return nil
	}
	opt := unused[0]
	switch {
	case slices.Contains(formats.SpanOptions, opt) && f.Uses(opt):
		return usageError("--%s: not used with --no-markers, which leaves every span out", opt)
	case f.Rows && slices.Contains(formats.SpanOptions, opt):
		return usageError("--%s: not used by %s, which writes a row per French quotation, with its English and its speaker", opt, f.Name)
	case opt == formats.OptionSide:
		return usageError("--side: not used by %s, which keeps no spans and always writes both texts", f.Name)
	case slices.Contains(formats.SpanOptions, opt):
		return usageError("--%s: not used by %s, which keeps no spans", opt, f.Name)
	}
	return usageError("--%s: not used by %s, only by %s", opt, f.Name, joinAnd(formats.FormatsUsing(opt)))
}

// readAll imports every file, printing the importers' warnings, and renames a document whose ID an
// earlier one has (ID-N, as import and annotate do), with a warning naming both places and the new
// ID: a team merging its members' corrected files, each named after the same article, gets its
// corpus, and exporters keyed by ID (brat's files, a second document silently replacing the first)
// still see distinct documents.
func readAll(paths []string, stderr io.Writer) ([]*annotate.Document, error) {
	if err := oneStdin(paths...); err != nil {
		return nil, err
	}
	var docs []*annotate.Document
	places := newDocPlaces()
	for _, p := range paths {
		ds, warns, err := readPlaced(p, formats.ReadOptions{}, places)
		printWarnings(stderr, "export", warns)
		if err != nil {
			return nil, err
		}
		docs = append(docs, ds...)
	}
	printWarnings(stderr, "export", uniqueIDs(docs, places.place))
	return docs, nil
}

// checkDestination refuses, before any work, an -o that the format cannot write to: none or a file
// for a format that writes several files (brat), a directory for the others.
func checkDestination(f formats.Format, out string) error {
	if out == "-" && !f.MultiFile {
		return nil // standard output
	}
	info, err := os.Stat(out)
	isDir := err == nil && info.IsDir()
	switch {
	case f.MultiFile && out == "-":
		return usageError("-o -: %s writes several files, which cannot go to standard output: give a directory with -o DIR", f.Name)
	case f.MultiFile && out == "":
		return usageError("%s writes several files: give a directory with -o DIR", f.Name)
	case f.MultiFile && err == nil && !isDir:
		return usageError("-o %s: %s writes several files into a directory, and %s is a file: give a directory", out, f.Name, out)
	case !f.MultiFile && isDir:
		return usageError("-o %s: is a directory; %s writes one file: give a file name", out, f.Name)
	}
	return nil
}

func writeDir(dir string, files []formats.File) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	for _, f := range files {
		if err := workspace.WriteAtomic(filepath.Join(dir, f.Name), f.Data); err != nil {
			return err
		}
	}
	return nil
}

// writeFiles writes the main file to out (or stdout, for no -o or -o -) and companions beside it,
// named after it.
func writeFiles(out string, stdout, stderr io.Writer, files []formats.File) error {
	if toStdout(out) {
		out = ""
	}
	for _, f := range files {
		switch {
		case f.Main && out == "":
			if _, err := stdout.Write(f.Data); err != nil {
				return fmt.Errorf("writing the export: %w", err)
			}
		case f.Main:
			if err := workspace.WriteAtomic(out, f.Data); err != nil {
				return err
			}
		case out == "":
			fmt.Fprintf(stderr, "glose-cli export: warning: %s not written (give -o FILE to get it beside the output)\n", f.Name)
		default:
			p := formats.CompanionPath(out, f)
			if err := workspace.WriteAtomic(p, f.Data); err != nil {
				return err
			}
		}
	}
	return nil
}
