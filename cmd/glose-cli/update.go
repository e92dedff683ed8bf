package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/update"
)

// cmdUpdate updates the translation of a Glose document from the XLIFF or TMX file a reviewer or a
// translation tool returned, keeping the document's links, entities, rejections and notes.
func cmdUpdate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("update", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "", "the returned `FILE`: XLIFF 2 or 1.2 (.xlf, .xliff) or TMX (.tmx) exported from this document, or the document as Glose JSON (.json) a reviewer edited")
	out := fs.String("o", "", "write to `FILE` instead of standard output (- is standard output); it may be the document itself")
	dry := fs.Bool("dry-run", false, "print what would change and write nothing")
	noProject := fs.Bool("no-project", false, "do not project the French spans onto the changed segments afterwards")
	remember := fs.Bool("remember", false, "store the English taken in (segments translated or reviewed) in the translation memory, as the app's update does")
	tmPath := fs.String("tm", "", "the translation memory `FILE` for --remember (default: the user's, see glose-cli tm -h); implies --remember")
	setUsage(fs, stderr, "usage: glose-cli update --from FILE [-o FILE] [--dry-run] [--no-project] [--remember] [--tm FILE] DOC\n\n"+
		"Takes the corrected English of the returned file for the segments whose translation or status\n"+
		"changed, keeping everything else of DOC (French, spans, links, entities, notes). Segments are\n"+
		"found by the IDs the export wrote, else by their French; a segment whose French differs is\n"+
		"refused. English spans whose text changed are dropped unless the file marks them, then\n"+
		"projected again. The summary goes to standard error (standard output with --dry-run).\n"+
		"A client's XLIFF returned with the same units becomes the file the next export merges into.\n"+
		"--remember stores the new English in the translation memory, replacing the English it held from\n"+
		"those segments of DOC (one translation per segment of a document).\n\n"+
		"Exit status: 0 when every segment of the file was found (and applied), 3 when DOC was updated\n"+
		"but some were refused or not found (--dry-run: would be), 1 on error (nothing written), 2 for a\n"+
		"mistake in the command line.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError("expected one DOC, got %d", fs.NArg())
	}
	if *from == "" {
		fs.Usage()
		return usageError("--from FILE is required: the file returned by the reviewer or the translation tool")
	}
	d, warnings, err := loadDoc(fs.Arg(0))
	if err != nil {
		return err
	}
	printWarnings(stderr, "update", warnings)
	plan, warnings, err := update.ReadFile(d, *from)
	if err != nil {
		return err
	}
	printWarnings(stderr, "update", warnings) // grouped: a Trados file gives one per unit of bare codes
	report := stderr
	if *dry {
		report = stdout
	}
	for _, l := range plan.Summary() {
		fmt.Fprintf(report, "glose-cli update: %s\n", l)
	}
	if *dry {
		return partial(plan)
	}
	mem, err := openUpdateMemory(*tmPath, *remember)
	if err != nil {
		return err
	}
	if mem != nil {
		defer mem.m.Close()
	}
	opts := update.Options{}
	if !*noProject {
		opts.Project = &project.Options{Names: project.NamerFunc(ner.EnglishName)}
	}
	res, err := update.Apply(annotate.NewEditor(d), plan, opts)
	if err != nil {
		return fmt.Errorf("updating %s from %s: %w", fs.Arg(0), *from, err)
	}
	fmt.Fprintf(stderr, "glose-cli update: %s\n", res.Summary())
	if mem != nil {
		if err := mem.store(d, plan, stderr); err != nil {
			return err
		}
	}
	if err := writeDocument(*out, stdout, d); err != nil {
		return err
	}
	return partial(plan)
}

// exitPartial is update's exit status when some of the file's segments were refused or not found
// (the others applied), so that a script tells a partial update from a whole one (0) and from a
// failure (1), as rsync's 23 tells a partial transfer.
const exitPartial = 3

// partial is the error of exit status exitPartial when the plan leaves segments of the file out.
func partial(p *update.Plan) error {
	if !p.Partial() {
		return nil
	}
	n := len(p.Refused) + len(p.NotFound)
	return &exitError{code: exitPartial, err: fmt.Errorf("%s of %s not applied (%d refused, %d not found): exit status %d",
		annotate.Plural(n, "segment", "segments"), filepath.Base(p.File), len(p.Refused), len(p.NotFound), exitPartial)}
}
