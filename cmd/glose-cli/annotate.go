package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/workspace"
)

// cmdAnnotate imports files and pre-annotates them (entities, quotes, speakers):
//
//	glose-cli annotate [-o OUT | --out-dir DIR [--force]] [-j N] [--model FILE] [--glossary FILE] FILE...
//
// .txt, .md, .html, .docx, .odt, .srt and .vtt files are imported, .json files read as Glose JSON, .jsonl files as Glose JSON Lines
// corpora (each line a document, as annotate writes them), and - is plain text read from standard
// input (its document ID "stdin"), or Glose JSON or JSON Lines. One file gives Glose JSON, several or
// a corpus give JSON Lines (one document a line, in the order of the arguments and of the corpus
// lines), written as each is done; a document whose ID an earlier one has (a/article.txt,
// b/article.txt) is renamed ID-N, N its place. N documents are pre-annotated at once (one per core by
// default). OUT is replaced only when every file
// succeeded, its previous version kept as OUT.bak. --model names an entity model trained with
// glose-cli train instead of the built-in one; --glossary names a glossary file (as project and qa
// read it) whose English names the entities it holds take. A progress bar goes to stderr when it is a
// terminal. --out-dir writes one Glose JSON file per input instead, named after it (outDir), so that
// each can be reviewed in the app.
func cmdAnnotate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write to `FILE` instead of standard output (- is standard output); a .jsonl FILE gets JSON Lines, even of one document")
	outDirFlag := fs.String("out-dir", "", "write one Glose JSON file per input into `DIR`, named after it (article.txt gives DIR/article.json; a corpus's documents after their IDs), to open each in the app")
	force := fs.Bool("force", false, "with --out-dir: replace files already there (each previous version kept as FILE.bak)")
	minConf := fs.Float64("min-confidence", preannotate.DefaultMinConfidence, "drop proposals below this confidence, `N` from 0 to 1")
	jobs := fs.Int("j", runtime.NumCPU(), "pre-annotate `N` files or documents at once (default: one per core)")
	modelPath := fs.String("model", "", "entity model `FILE` from glose-cli train (default: the built-in model)")
	glossary := fs.String("glossary", "", "a `FILE` of French names and their English, which the entities so named take: CSV or TBX (.csv, .tbx), else tab-separated lines")
	langs := addLangFlags(fs, "the documents (default: a Glose file's own, else fr and en)")
	setUsage(fs, stderr, "usage: glose-cli annotate [-o FILE | --out-dir DIR [--force]] [-j N] [--model FILE] [--glossary FILE] [--min-confidence N] [--source-lang TAG] [--target-lang TAG] FILE...\n\n"+
		"Imports and pre-annotates .txt, .md, .html, .docx, .odt, subtitle .srt and .vtt, Glose .json files\n"+
		"and Glose JSON Lines corpora (.jsonl): one file gives Glose JSON, several or a corpus give JSON\n"+
		"Lines in the order given, or with --out-dir one Glose JSON file each. A Glose document annotated\n"+
		"again has its untouched suggestions replaced by the new run's; what a person did stays. -o may\n"+
		"name the input: annotate -o c.jsonl c.jsonl. A directory is a batch: its .txt, .md, .html, .docx,\n"+
		".odt, .srt, .vtt, .json and .jsonl files, subdirectories included, in name order, as JSON Lines\n"+
		"(hidden files, backups and the output left out; other files named).\n"+
		"- is standard input: Glose JSON or JSON Lines when it is JSON, else text;\n"+
		"other formats go through import first: glose-cli import tasks.json | glose-cli annotate -")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("annotate needs at least one FILE")
	}
	if *jobs < 1 {
		return usageError("-j: must be 1 or more, not %d", *jobs)
	}
	if err := checkConfidence("min-confidence", *minConf); err != nil {
		return err
	}
	if *force && *outDirFlag == "" {
		return usageError("--force: only with --out-dir")
	}
	if *out != "" && *outDirFlag != "" {
		return usageError("-o and --out-dir: give one (-o writes one file, --out-dir one file per input)")
	}
	src, tgt, err := langs.check()
	if err != nil {
		return err
	}
	paths, many, err := expandDirs(fs.Args(), []string{*out, *outDirFlag}, stderr)
	if err != nil {
		return err
	}
	in, err := readStdinArg(paths)
	if err != nil {
		return err
	}
	inputs, err := annotateInputs(paths, in)
	if err != nil {
		return err
	}
	model, err := loadNERModel(*modelPath)
	if err != nil {
		return err
	}
	write, commit, abort, err := annotateOutput(*out, *outDirFlag, *force, inputs, many, stdout)
	if err != nil {
		return err
	}
	prog := newProgress(stderr, inputs)
	opts := preannotate.Options{MinConfidence: *minConf, NER: model}
	if *glossary != "" {
		// Pre-annotation names entities in English whatever a document's target language.
		g, err := readGlossary(*glossary, "fr", "en")
		if err != nil {
			return err
		}
		opts.Glossary = g
	}
	ids := docIDs{} // files of the same name in different directories would share an ID
	var refreshed refreshCount
	var warns []formats.Warning // said once the work is done, grouped: a corpus may give hundreds
	err = annotateFiles(inputs, opts, *jobs, func(i int, d *annotate.Document, r preannotate.Report) error {
		place := inputs[i].place()
		refreshed.add(place, r)
		if id, had := ids.claim(d.ID, i); had >= 0 {
			warns = append(warns, formats.Warning{Doc: place, Msg: renamedMsg(d.ID, inputs[had].place(), id)})
			d.ID = id
		}
		if err := relanguage(stderr, place, d, src, tgt); err != nil {
			return err
		}
		if len(d.Segments) == 0 {
			warns = append(warns, formats.Warning{Doc: place, Msg: noTextMsg})
		}
		if err := write(i, d); err != nil {
			return err
		}
		prog.add(inputs[i].size, inputs[i].place())
		return nil
	})
	prog.done()
	printWarnings(stderr, "annotate", warns)
	if err != nil {
		abort()
		return err
	}
	refreshed.say(stderr)
	return commit()
}

// refreshCount sums what re-running pre-annotation changed in the documents that held an earlier
// run's suggestions (Glose files annotated again), to be said once.
type refreshCount struct {
	docs  []string
	total preannotate.Report
}

func (c *refreshCount) add(name string, r preannotate.Report) {
	if r.Rerun() {
		c.docs = append(c.docs, name)
		c.total.Add(r)
	}
}

// say tells on w what the refresh changed: "glose-cli annotate: a.json: suggestions refreshed: 1 new
// suggestion, 2 earlier ones no longer proposed removed, 40 unchanged".
func (c *refreshCount) say(w io.Writer) {
	switch len(c.docs) {
	case 0:
	case 1:
		fmt.Fprintf(w, "glose-cli annotate: %s: suggestions refreshed: %s\n", c.docs[0], c.total)
	default:
		fmt.Fprintf(w, "glose-cli annotate: suggestions refreshed in %d documents (%s): %s\n", len(c.docs), firstFew(c.docs, 3), c.total)
	}
}

// annotateOutput returns how annotate writes the document at place i: into its own file of dir, or
// to out (see openOutput) as Glose JSON for one file and JSON Lines for several (many: a directory
// was given), for a corpus, or into a .jsonl file.
func annotateOutput(out, dir string, force bool, inputs []annotateInput, many bool, stdout io.Writer) (write func(int, *annotate.Document) error, commit func() error, abort func(), err error) {
	if dir != "" {
		bases := make([]string, len(inputs))
		for i, u := range inputs {
			bases[i] = u.outBase()
		}
		o, err := newOutDir(dir, force, bases)
		if err != nil {
			return nil, nil, nil, err
		}
		return o.write, func() error { return nil }, func() {}, nil
	}
	w, commit, abort, err := openOutput(out, stdout)
	if err != nil {
		return nil, nil, nil, err
	}
	only := len(inputs) == 1 && inputs[0].line == 0 && !many && !isCorpusPath(out) // -o c.jsonl asks for JSON Lines
	return func(_ int, d *annotate.Document) error { return writeAnnotated(w, d, only) }, commit, abort, nil
}

// openOutput returns where annotate writes: path, replaced atomically when commit is called, or stdout
// (no path, or "-").
func openOutput(path string, stdout io.Writer) (w io.Writer, commit func() error, abort func(), err error) {
	if toStdout(path) {
		return stdout, func() error { return nil }, func() {}, nil
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, nil, nil, usageError("-o %s: is a directory; expected a file", path)
	}
	f, err := workspace.CreateAtomic(path)
	if err != nil {
		return nil, nil, nil, err
	}
	return f, f.Commit, f.Abort, nil
}

// readStdinArg reads standard input when paths name it ("-"), once: nil when they do not.
func readStdinArg(paths []string) ([]byte, error) {
	if err := oneStdin(paths...); err != nil {
		return nil, err
	}
	for _, p := range paths {
		if p == "-" {
			return readStdin()
		}
	}
	return nil, nil
}

// argName names a file argument in messages.
func argName(path string) string {
	if path == "-" {
		return "standard input"
	}
	return path
}

// annotateFiles reads and pre-annotates inputs with up to jobs at once and hands each document to emit
// in their order. At most a few documents wait for an earlier one, so memory stays bounded
// when one file is slow. The first error, reading or emitting, stops the work and is returned.
func annotateFiles(inputs []annotateInput, opts preannotate.Options, jobs int, emit func(i int, d *annotate.Document, r preannotate.Report) error) error {
	type result struct {
		d   *annotate.Document
		r   preannotate.Report
		err error
	}
	results := make([]chan result, len(inputs))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	window := make(chan struct{}, 2*jobs) // documents being read, annotated or waiting for their turn
	next := make(chan int)
	stop := make(chan struct{})
	go func() {
		defer close(next)
		for i := range inputs {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range min(jobs, len(inputs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d, r, err := annotateFile(inputs[i], opts)
				results[i] <- result{d, r, err}
			}
		}()
	}
	var err error
	for i := range inputs {
		r := <-results[i]
		<-window
		if err = r.err; err == nil {
			err = emit(i, r.d, r.r)
		}
		if err != nil {
			break
		}
	}
	close(stop)
	wg.Wait()
	return err
}

// annotateFile reads one input and pre-annotates it (refreshing the suggestions of a Glose document
// pre-annotated before), saying what changed.
func annotateFile(u annotateInput, opts preannotate.Options) (*annotate.Document, preannotate.Report, error) {
	var d *annotate.Document
	var err error
	switch {
	case u.line > 0:
		d, err = readCorpusLine(u)
	case u.path == "-":
		if d, err = stdinForAnnotation(u.data); err != nil {
			err = fmt.Errorf("standard input: %w", err)
		}
	default:
		d, err = readForAnnotation(u.path)
	}
	if err != nil {
		return nil, preannotate.Report{}, err
	}
	r, err := preannotate.RunReport(d, opts)
	if err != nil {
		return nil, r, fmt.Errorf("%s: %w", u.place(), err)
	}
	return d, r, nil
}

// checkConfidence refuses a confidence threshold outside [0, 1] (NaN included) as a usage error.
func checkConfidence(flagName string, v float64) error {
	if !(v >= 0 && v <= 1) {
		return usageError("--%s: must be between 0 and 1 (a share, e.g. 0.5), not %v", flagName, v)
	}
	return nil
}

// writeAnnotated writes a document as Glose JSON when it is the only one, else as one JSON line.
func writeAnnotated(w io.Writer, d *annotate.Document, only bool) error {
	var b []byte
	var err error
	if only {
		b, err = annotate.Marshal(d)
	} else {
		b, err = annotate.MarshalLine(d)
	}
	if err != nil {
		return fmt.Errorf("encoding %s: %w", d.ID, err)
	}
	if len(b) == 0 || b[len(b)-1] != '\n' {
		b = append(b, '\n')
	}
	_, err = w.Write(b)
	return err
}
