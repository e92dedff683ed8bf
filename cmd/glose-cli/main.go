// Command glose-cli is Glose's headless tool: it imports, pre-annotates, validates, converts and scores
// documents with the same code as the desktop app, for pipelines and measurements. It builds without cgo.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// command is one subcommand: run gets the arguments after the subcommand's name.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

// commands lists every subcommand; each lives in its own file. The summaries that list formats or
// subcommands are made from the lists the commands use, so that help names every one.
func commands() map[string]command {
	return map[string]command{
		"analyze":      {summary: "count source words, characters and segments by translation memory match band and repetitions, weighted words and progress, as translation tools analyse a job", run: cmdAnalyze},
		"agree":        {summary: "compare two annotations of the same documents (quotes and speakers, or entities)", run: cmdAgree},
		"annotate":     {summary: "import and pre-annotate text, Markdown, Glose JSON or JSONL corpora (entities, quotes, speakers) as Glose JSON / JSONL", run: cmdAnnotate},
		"curate":       {summary: "merge two or three reviewers' annotations of the same documents for an adjudicator: agreed spans confirmed, the others suggestions saying who gave what", run: cmdCurate},
		"eval":         {summary: "score pre-annotation against gold annotations, doccano JSONL or any file import reads (entities by default, or quotes)", run: cmdEval},
		"export":       {summary: "convert documents to " + orList(formats.Names(true)), run: cmdExport},
		"import":       {summary: "read " + orList(formats.Names(false)) + " as Glose JSON", run: cmdImport},
		"pretranslate": {summary: "fill untranslated segments of Glose JSON from translation memory or MT (as draft)", run: cmdPretranslate},
		"project":      {summary: "propose English spans for the quotes and names of translated segments, with translation links", run: cmdProject},
		"qa":           {summary: "check a translation (untranslated, quotes, names, numbers, typography, spelling); exit 1 on errors", run: cmdQA},
		"replace":      {summary: "find and replace text in the English of Glose JSON documents, as the app's Replace all (Ctrl+H) does", run: cmdReplace},
		"schema":       {summary: "print the JSON Schema of Glose JSON", run: cmdSchema},
		"set":          {summary: "change a document's languages (BCP 47 tags: en-GB, fr-CA…), ID or title", run: cmdSet},
		"split":        {summary: "split a corpus into train, dev and test sets by document, at random for a seed, keeping a source's documents together", run: cmdSplit},
		"stats":        {summary: "count annotations by label, confirmed and suggested, the documents left to review and names labelled differently", run: cmdStats},
		"tm":           {summary: "translation memory and glossary: " + orList(tmSubcommands), run: cmdTM},
		"train":        {summary: "train the French entity recogniser from annotated documents (doccano, Glose, Label Studio, brat)", run: cmdTrain},
		"update":       {summary: "take the corrected English of an XLIFF, TMX or Glose JSON file returned for a document, keeping its links and entities", run: cmdUpdate},
		"validate":     {summary: "check Glose JSON files (schema, offsets, links); exit 1 if invalid", run: cmdValidate},
	}
}

// orList joins names as "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

func main() {
	stopOnSignal()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// stopOnSignal makes Ctrl+C (SIGINT), SIGTERM and SIGHUP remove the temporary files of the outputs
// being written (-o), which keep their previous content, before exiting with status 128 + the signal's
// number, as a shell reports a process killed by it (130, 143, 129).
func stopOnSignal() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		sig := <-sigs
		workspace.RemoveTemporaryFiles()
		code := 130
		if s, ok := sig.(syscall.Signal); ok {
			code = 128 + int(s)
		}
		os.Exit(code)
	}()
}

// exitError carries an exit status other than 1 (e.g. 2 for usage errors).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageError marks a mistake in the command line (exit status 2).
func usageError(format string, a ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, a...)}
}

func run(args []string, stdout, stderr io.Writer) int {
	cmds := commands()
	if len(args) == 0 { // a usage error
		printUsage(stderr, cmds)
		return 2
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" { // help, which goes to stdout (| less)
		printUsage(stdout, cmds)
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "glose-cli: unknown command %q\n\n", args[0])
		printUsage(stderr, cmds)
		return 2
	}
	out := &checkedWriter{w: stdout}
	err := c.run(args[1:], out, stderr)
	if err == nil && out.err != nil {
		err = fmt.Errorf("writing standard output: %w", out.err)
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) { // -h: the usage is printed on standard output
			var h *helpRequest
			if errors.As(err, &h) {
				io.WriteString(out, h.text)
			}
			if out.err != nil {
				fmt.Fprintf(stderr, "glose-cli %s: writing standard output: %v\n", args[0], out.err)
				return 1
			}
			return 0
		}
		fmt.Fprintf(stderr, "glose-cli %s: %v\n", args[0], err)
		var e *exitError
		if errors.As(err, &e) {
			return e.code
		}
		return 1
	}
	return 0
}

func printUsage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: glose-cli COMMAND [options] [FILE...]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names { // a summary longer than a line goes on under itself
		fmt.Fprintf(w, "  %-12s %s\n", n, strings.Join(wrap(cmds[n].summary, helpWidth-15), "\n"+strings.Repeat(" ", 15)))
	}
	fmt.Fprintln(w, "\nRun 'glose-cli COMMAND -h' for a command's options.")
}
