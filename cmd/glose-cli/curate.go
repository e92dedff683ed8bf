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
	"github.com/glose-app/glose/annotate/curate"
	"github.com/glose-app/glose/annotate/formats"
)

// cmdCurate merges two or three reviewers' annotations of the same documents into one Glose file per
// text for an adjudicator: what all confirmed alike is confirmed, the rest is left as suggestions
// whose notes say who gave what (curate.Merge).
func cmdCurate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("curate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	outDir := fs.String("out-dir", "", "write one Glose JSON file per text into `DIR` (required)")
	force := fs.Bool("force", false, "replace files already in --out-dir, keeping each previous version as FILE.bak")
	notesLang := fs.String("notes-lang", "", "write the notes for the adjudicator in `LANG`, fr or en (default: French when LC_ALL, LC_MESSAGES or LANG is French, as the app's language)")
	setUsage(fs, stderr, "usage: glose-cli curate --out-dir DIR [--force] [--notes-lang LANG] A B [C]\n\n"+
		"Merges two or three reviewers' annotations of the same documents (folders of Glose files, or any\n"+
		"file import reads), paired by text, else by ID, into one Glose file per text: the spans, speakers\n"+
		"and cues every reviewer confirmed alike are confirmed, the others are suggestions whose note says\n"+
		"who gave what, for an adjudicator to settle in the app (Ctrl+J, the QA tab's disputed issues).\n"+
		"The English is A's; where another reviewer's differs, it goes into a note on the segment, as do\n"+
		"statuses that differ (the least advanced is kept), entity names and mentions grouped into entities\n"+
		"otherwise. The notes are in the user's language (French or English). A text two of three hold is\n"+
		"curated with those two.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 2 || fs.NArg() > 3 {
		fs.Usage()
		return usageError("curate needs two or three files or folders: A B [C]")
	}
	if *outDir == "" {
		return usageError("curate needs --out-dir DIR, where it writes one Glose file per text")
	}
	switch *notesLang {
	case "":
		*notesLang = localeLang()
	case "fr", "en":
	default:
		return usageError("curate --notes-lang %q: want fr or en", *notesLang)
	}
	if err := oneStdin(fs.Args()...); err != nil {
		return err
	}
	sets, err := readReviewers(fs.Args(), stderr)
	if err != nil {
		return err
	}
	texts, err := textGroups(fs.Args(), sets, stderr)
	if err != nil {
		return err
	}
	return writeCurated(*outDir, *force, curate.Options{Lang: *notesLang}, reviewerNames(fs.Args()), texts, stdout, stderr)
}

// localeLang is the user's language as POSIX gives it (LC_ALL, else LC_MESSAGES, else LANG), "en"
// when none is set: the language of the notes curate writes for the adjudicator.
func localeLang() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return "en"
}

// readReviewers reads each reviewer's documents.
func readReviewers(paths []string, stderr io.Writer) ([][]*annotate.Document, error) {
	sets := make([][]*annotate.Document, len(paths))
	for i, p := range paths {
		docs, warns, err := readDocs(p, formats.ReadOptions{})
		printWarnings(stderr, "curate", warns)
		if err != nil {
			return nil, err
		}
		if len(docs) == 0 {
			return nil, fmt.Errorf("%s: no document to curate", docName(p))
		}
		sets[i] = docs
	}
	return sets, nil
}

// reviewerNames names the reviewers in the notes after their folders or files ("alice/" is alice),
// or A, B and C when two of those names are the same.
func reviewerNames(paths []string) []string {
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = baseName(filepath.Clean(p))
		if names[i] == "" || names[i] == "." || slices.Contains(names[:i], names[i]) {
			return []string{"A", "B", "C"}[:len(paths)]
		}
	}
	return names
}

// writeCurated curates each text's documents and writes one Glose file per text into dir, printing
// each one's counts on stdout and the warnings on stderr, with what is left to settle.
func writeCurated(dir string, force bool, opts curate.Options, names []string, texts []curateText, stdout, stderr io.Writer) error {
	var docs []*annotate.Document
	var lines []string
	var total curate.Result
	for _, t := range texts {
		res, line, err := curateOne(opts, names, t, stderr)
		if err != nil {
			return err
		}
		docs, lines = append(docs, res.Doc), append(lines, line)
		total.Agreed, total.Disputed, total.Noted = total.Agreed+res.Agreed, total.Disputed+res.Disputed, total.Noted+res.Noted
	}
	o, err := outDirOf(dir, force, docs)
	if err != nil {
		return err
	}
	for i, d := range docs {
		if err := o.write(i, d); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s → %s\n", lines[i], filepath.Join(dir, o.names[i]))
	}
	fmt.Fprintf(stdout, "curate: %s, %s agreed (confirmed), %s to settle (suggestions with a note), %s in curation notes\n",
		annotate.Plural(len(docs), "document", "documents"), annotate.Plural(total.Agreed, "span", "spans"),
		annotate.Plural(total.Disputed, "disagreement", "disagreements"), annotate.Plural(total.Noted, "other difference", "other differences"))
	if total.Disputed+total.Noted > 0 {
		fmt.Fprintf(stderr, "glose-cli curate: warning: %s left to settle: until then the files are valid, but export --confirmed "+
			"leaves out the disputed spans and the links to them, the other exports give them as suggestions, and "+
			"the curation notes say the rest; "+
			"qa lists them (check disputed)\n", annotate.Plural(total.Disputed+total.Noted, "difference", "differences"))
	}
	return nil
}

// curateOne curates one text's documents, printing its warnings, and returns the result with its
// line for standard output, naming its reviewers when some lack it.
func curateOne(opts curate.Options, names []string, t curateText, stderr io.Writer) (*curate.Result, string, error) {
	revs := make([]curate.Reviewer, len(t.docs))
	for i, d := range t.docs {
		revs[i] = curate.Reviewer{Name: names[t.revs[i]], Doc: d}
	}
	res, err := curate.MergeWith(revs, opts)
	if err != nil {
		return nil, "", err
	}
	res.Doc.Meta.Annotators = annotators(t.docs)
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "glose-cli curate: warning: %s\n", w)
	}
	line := fmt.Sprintf("%s: %d agreed, %d to settle", res.Doc.ID, res.Agreed, res.Disputed)
	if res.Noted > 0 {
		line += fmt.Sprintf(", %d in notes", res.Noted)
	}
	if len(t.revs) < len(names) {
		var who []string
		for _, r := range revs {
			who = append(who, r.Name)
		}
		line += " (" + strings.Join(who, " and ") + " only)"
	}
	return res, line, nil
}

// annotators joins the reviewers' annotators, each once, in order.
func annotators(ds []*annotate.Document) []string {
	var out []string
	for _, d := range ds {
		for _, a := range d.Meta.Annotators {
			if a = strings.TrimSpace(a); a != "" && !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}
