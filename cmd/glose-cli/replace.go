package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// replaceFile is one DOC of glose-cli replace: the document read, and what the replacement makes of it.
type replaceFile struct {
	path   string
	doc    *annotate.Document
	plan   annotate.ReplacePlan
	before []string // each planned segment's English before the replacement, for --dry-run's context
}

// replaceFlags are glose-cli replace's options.
type replaceFlags struct {
	find, with, out                                  *string
	matchCase, accents, whole, unconfirmed, dry, inP *bool
	asJSON                                           *bool
}

func newReplaceFlags(fs *flag.FlagSet) replaceFlags {
	return replaceFlags{
		find:        fs.String("find", "", "the `TEXT` to find in the English (case and accents ignored unless asked; a no-break space matches a space)"),
		with:        fs.String("with", "", "the `TEXT` that replaces it (--with '' deletes the matches); typed in lower case, it takes each match's case unless --match-case"),
		out:         fs.String("o", "", "write the document to `FILE` instead of standard output (- is standard output); it may be DOC itself; one DOC only"),
		matchCase:   fs.Bool("match-case", false, "\"Deal\" does not match \"deal\", and the replacement is used as typed"),
		accents:     fs.Bool("match-accents", false, "\"resume\" does not match \"résumé\""),
		whole:       fs.Bool("whole-words", false, "\"deal\" does not match inside \"dealer\" or \"ordeal\""),
		unconfirmed: fs.Bool("unconfirmed-only", false, "leave translated and reviewed segments alone (new and draft ones only)"),
		dry:         fs.Bool("dry-run", false, "list each match (segment and context) and what replaces it on standard output, and write nothing"),
		inP:         fs.Bool("in-place", false, "write each DOC back in place, keeping its previous version as DOC.bak"),
		asJSON:      fs.Bool("json", false, `print what is (or would be) replaced as JSON: [{"file", "document", "replacements", "segments", "reviewed", "skipped", "locked", "matches": [{"segment", "start", "end", "old", "new", "before", "after"}]}], start and end in code points of the segment's English before the replacement`),
	}
}

// cmdReplace finds and replaces text in the English of Glose documents, as the app's Replace all
// (Ctrl+H) does, with the same code (annotate.PlanReplace, annotate.Editor.Replace).
func cmdReplace(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("replace", flag.ContinueOnError)
	f := newReplaceFlags(fs)
	setUsage(fs, stderr, "usage: glose-cli replace --find TEXT --with TEXT [--match-case] [--match-accents] [--whole-words] [--unconfirmed-only] [--dry-run] [--json] [-o FILE | --in-place] DOC...\n\n"+
		"Replaces every match of --find in the English of Glose JSON documents, as Replace all in the\n"+
		"app's Find and Replace (Ctrl+H) does: the French is never changed, locked segments are left\n"+
		"alone (and counted), the English spans follow the replacement, a new segment becomes a draft and\n"+
		"a reviewed one translated. Each DOC's count goes to standard error (standard output with\n"+
		"--dry-run). Every DOC is read before any is written: a DOC that cannot be read writes none.\n"+
		"Without -o or --in-place, the one DOC goes to standard output.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	paths := fs.Args()
	s, opts, err := f.check(fs, paths)
	if err != nil {
		return err
	}
	files, err := replaceRead(paths, *f.inP && !*f.dry, stderr)
	if err != nil {
		return err
	}
	for _, rf := range files {
		if err := rf.replace(s, *f.with, opts, *f.dry); err != nil {
			return err
		}
	}
	if *f.asJSON {
		if err := printReplaceJSON(stdout, files); err != nil {
			return err
		}
	} else {
		report := stderr
		if *f.dry {
			report = stdout
		}
		for _, rf := range files {
			rf.print(report, *f.dry)
		}
	}
	if *f.dry {
		return nil
	}
	return replaceWrite(files, *f.out, *f.inP, stdout)
}

// check refuses a command line that cannot be run, with a usage error naming the option; it returns
// the search and the options.
func (f replaceFlags) check(fs *flag.FlagSet, paths []string) (*annotate.Searcher, annotate.ReplaceOptions, error) {
	opts := annotate.ReplaceOptions{UnconfirmedOnly: *f.unconfirmed,
		SearchOptions: annotate.SearchOptions{MatchCase: *f.matchCase, MatchAccents: *f.accents, WholeWords: *f.whole}}
	given := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { given[fl.Name] = true })
	fail := func(format string, a ...any) (*annotate.Searcher, annotate.ReplaceOptions, error) {
		fs.Usage()
		return nil, opts, usageError(format, a...)
	}
	s := annotate.NewSearcher(*f.find, opts.SearchOptions)
	switch {
	case len(paths) == 0:
		return fail("expected at least one DOC")
	case *f.find == "":
		return fail("--find: give the TEXT to find; it may not be empty")
	case s == nil:
		return fail("--find %q: nothing to find once accents are ignored (give --match-accents to find a lone accent)", *f.find)
	case !given["with"]:
		return fail("--with TEXT is required (--with '' deletes the matches)")
	case given["o"] && *f.inP:
		return fail("-o and --in-place: give one; -o writes one DOC elsewhere, --in-place writes each DOC back")
	case given["o"] && len(paths) > 1:
		return fail("-o: one DOC only, got %d; give --in-place to write each back", len(paths))
	case !*f.dry && !*f.inP && len(paths) > 1:
		return fail("%d DOCs: give --in-place to write each back, or --dry-run to list the matches", len(paths))
	case *f.inP && !*f.dry && slices.Contains(paths, "-"):
		return fail("--in-place: - (standard input) has no place to be written back; give -o FILE")
	case *f.asJSON && !*f.dry && !*f.inP && toStdout(*f.out):
		return fail("--json: the document goes to standard output; give -o FILE, --in-place or --dry-run")
	}
	return s, opts, oneStdin(paths...)
}

// replaceRead reads every DOC as Glose JSON, one document each, before anything is replaced. A DOC
// a newer Glose wrote is refused when it is to be written back (inPlace): this Glose would drop what
// it does not know in it.
func replaceRead(paths []string, inPlace bool, stderr io.Writer) ([]*replaceFile, error) {
	var files []*replaceFile
	for _, p := range paths {
		docs, warnings, err := readDocs(p, formats.ReadOptions{Format: "glose"})
		printWarnings(stderr, "replace", warnings)
		if err != nil {
			return nil, fmt.Errorf("%w; nothing was written", err)
		}
		if v, newer := newerWarning(warnings); newer && inPlace {
			return nil, fmt.Errorf("%s: written by a newer version of Glose (format %q; this Glose reads %q): not written back in place, as what this Glose does not know in it would be lost; give -o FILE to write the result elsewhere; nothing was written",
				docName(p), v, annotate.Format)
		}
		if len(docs) != 1 {
			return nil, fmt.Errorf("%s: %d documents; replace takes Glose JSON files of one document each; nothing was written", docName(p), len(docs))
		}
		files = append(files, &replaceFile{path: p, doc: docs[0]})
	}
	return files, nil
}

// replace plans the replacement in the file's document and, unless dry, makes it.
func (rf *replaceFile) replace(s *annotate.Searcher, with string, opts annotate.ReplaceOptions, dry bool) error {
	rf.plan = annotate.PlanReplace(rf.doc, s, with, opts)
	for _, sr := range rf.plan.Segments {
		rf.before = append(rf.before, rf.doc.Segments[sr.Index].Target)
	}
	if dry {
		return nil
	}
	if _, err := annotate.NewEditor(rf.doc).Replace("replace all", rf.plan.Segments); err != nil {
		return fmt.Errorf("%s: %w", docName(rf.path), err)
	}
	return nil
}

// replaceWrite writes the documents: each back in place (atomically, DOC.bak keeping the previous
// version), or the one to out or standard output.
func replaceWrite(files []*replaceFile, out string, inPlace bool, stdout io.Writer) error {
	if !inPlace {
		return writeDocument(out, stdout, files[0].doc)
	}
	for _, rf := range files {
		if len(rf.plan.Segments) == 0 {
			continue // unchanged: no new version, no backup
		}
		if err := writeDocument(rf.path, stdout, rf.doc); err != nil {
			return err
		}
	}
	return nil
}

// print says what was (or would be) replaced in the file: with dry, each match first.
func (rf *replaceFile) print(w io.Writer, dry bool) {
	name := docName(rf.path)
	if dry {
		for k, sr := range rf.plan.Segments {
			seg, text := rf.doc.Segments[sr.Index], rf.before[k]
			for j, r := range sr.Ranges {
				before, after := matchContext(text, r[0], r[1])
				fmt.Fprintf(w, "%s: segment %s: %s[%s → %s]%s\n", name, seg.ID, before, text[r[0]:r[1]], sr.With[j], after)
			}
		}
	}
	fmt.Fprintf(w, "glose-cli replace: %s: %s\n", name, rf.summary(dry))
}

// summary counts the replacements as the app's status line does: "6 replacements in 4 segments".
func (rf *replaceFile) summary(dry bool) string {
	p := rf.plan
	msg := annotate.Plural(p.Count(), "replacement", "replacements") + " in " + annotate.Plural(len(p.Segments), "segment", "segments")
	if dry {
		msg += " (dry run: nothing written)"
	}
	if p.Reviewed > 0 {
		be := annotate.Plural(p.Reviewed, "reviewed segment is", "reviewed segments are")
		if dry {
			be = annotate.Plural(p.Reviewed, "reviewed segment", "reviewed segments") + " would be"
		}
		msg += "; " + be + " translated again: their review was of other words"
	}
	if p.Skipped > 0 {
		msg += "; " + annotate.Plural(p.Skipped, "confirmed segment", "confirmed segments") + " left alone (--unconfirmed-only)"
	}
	if p.Locked > 0 {
		msg += "; " + annotate.Plural(p.Locked, "locked segment", "locked segments") + " left alone"
	}
	return msg
}

// contextChars is how many characters of the English --dry-run shows on each side of a match.
const contextChars = 30

// matchContext returns the English before and after text[a:b], about contextChars characters each,
// on one line, cut between words where one ends near the cut, "…" marking a cut.
func matchContext(text string, a, b int) (before, after string) {
	before, after = text[:a], text[b:]
	if n := utf8.RuneCountInString(before); n > contextChars {
		before = before[runeIndex(before, n-contextChars):]
		if i := strings.IndexAny(before, spaces); i >= 0 && i < len(before)/2 {
			_, size := utf8.DecodeRuneInString(before[i:])
			before = before[i+size:]
		}
		before = "…" + strings.TrimLeftFunc(before, func(r rune) bool { return unicode.Is(unicode.Mn, r) })
	}
	if utf8.RuneCountInString(after) > contextChars {
		after = after[:runeIndex(after, contextChars)]
		if i := strings.LastIndexAny(after, spaces); i > len(after)/2 {
			after = after[:i]
		}
		after += "…"
	}
	return oneLine.Replace(before), oneLine.Replace(after)
}

// spaces are the spaces a context is cut at.
const spaces = " \u00a0\u202f\n\t"

// runeIndex returns the byte offset of the n-th character of s, n at most its length.
func runeIndex(s string, n int) int {
	off, _ := annotate.ConvertString(s, n, annotate.CodePoints, annotate.Bytes)
	return off
}

// oneLine puts a context on one line, keeping its other spaces (no-break ones included) as they are.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// replaceJSON is --json's record of one DOC.
type replaceJSON struct {
	File         string      `json:"file"`
	Document     string      `json:"document"`
	Replacements int         `json:"replacements"`
	Segments     int         `json:"segments"`
	Reviewed     int         `json:"reviewed"`
	Skipped      int         `json:"skipped"`
	Locked       int         `json:"locked"`
	Matches      []matchJSON `json:"matches"`
}

type matchJSON struct {
	Segment string `json:"segment"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Old     string `json:"old"`
	New     string `json:"new"`
	Before  string `json:"before"`
	After   string `json:"after"`
}

func printReplaceJSON(w io.Writer, files []*replaceFile) error {
	out := []replaceJSON{}
	for _, rf := range files {
		p := rf.plan
		r := replaceJSON{File: docName(rf.path), Document: rf.doc.ID, Replacements: p.Count(), Segments: len(p.Segments),
			Reviewed: p.Reviewed, Skipped: p.Skipped, Locked: p.Locked, Matches: []matchJSON{}}
		for k, sr := range p.Segments {
			text := rf.before[k]
			for j, m := range sr.Ranges {
				before, after := matchContext(text, m[0], m[1])
				r.Matches = append(r.Matches, matchJSON{Segment: rf.doc.Segments[sr.Index].ID,
					Start: annotate.Count(text[:m[0]], annotate.CodePoints), End: annotate.Count(text[:m[1]], annotate.CodePoints),
					Old: text[m[0]:m[1]], New: sr.With[j], Before: before, After: after})
			}
		}
		out = append(out, r)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// newerWarning returns the format of a document a newer Glose wrote, when warnings say it.
func newerWarning(warnings []formats.Warning) (string, bool) {
	for _, w := range warnings {
		if w.Code == formats.WarnNewerFormat {
			v, _ := w.Args["Version"].(string)
			return v, true
		}
	}
	return "", false
}
