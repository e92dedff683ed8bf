package main

import (
	"flag"
	"fmt"
	"io"
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
	setUsage(fs, stderr, "usage: glose-cli curate --out-dir DIR [--force] A B [C]\n\n"+
		"Merges two or three reviewers' annotations of the same documents (folders of Glose files, or any\n"+
		"file import reads), paired by text, else by ID, into one Glose file per text: the spans, speakers\n"+
		"and cues every reviewer confirmed alike are confirmed, the others are suggestions whose note says\n"+
		"who gave what, for an adjudicator to settle in the app (Ctrl+J, the QA tab's disputed issues).\n"+
		"The English is A's; where another reviewer's differs, it goes into a note on the segment.")
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
	if err := oneStdin(fs.Args()...); err != nil {
		return err
	}
	sets, err := readReviewers(fs.Args(), stderr)
	if err != nil {
		return err
	}
	texts, err := pairReviewers(fs.Args(), sets, stderr)
	if err != nil {
		return err
	}
	return writeCurated(*outDir, *force, reviewerNames(fs.Args()), texts, stdout, stderr)
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

// pairReviewers returns, for each document of A that B also holds (by text, else by ID), the
// reviewers' documents of that text, C's when it holds it too; documents of one ID whose texts
// differ are refused, saying where, and those of one reviewer only are left out with a warning.
func pairReviewers(paths []string, sets [][]*annotate.Document, stderr io.Writer) ([][]*annotate.Document, error) {
	keys := func(docs []*annotate.Document) (ids, texts []string) {
		for _, d := range docs {
			ids, texts = append(ids, d.ID), append(texts, d.Text)
		}
		return ids, texts
	}
	idsA, textsA := keys(sets[0])
	var out [][]*annotate.Document
	inC := map[int]*annotate.Document{}
	if len(sets) == 3 {
		idsC, textsC := keys(sets[2])
		pairs, onlyA, onlyC := pairDocs(idsA, textsA, idsC, textsC)
		if err := checkPairs(stderr, "curate", paths[0], paths[2], idsA, textsA, idsC, textsC, pairs, onlyA, onlyC); err != nil {
			return nil, err
		}
		for _, p := range pairs {
			inC[p.a] = sets[2][p.b]
		}
	}
	idsB, textsB := keys(sets[1])
	pairs, onlyA, onlyB := pairDocs(idsA, textsA, idsB, textsB)
	if err := checkPairs(stderr, "curate", paths[0], paths[1], idsA, textsA, idsB, textsB, pairs, onlyA, onlyB); err != nil {
		return nil, err
	}
	for _, p := range pairs {
		docs := []*annotate.Document{sets[0][p.a], sets[1][p.b]}
		if c := inC[p.a]; c != nil {
			docs = append(docs, c)
		}
		out = append(out, docs)
	}
	return out, nil
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
// each one's counts on stdout and the warnings on stderr.
func writeCurated(dir string, force bool, names []string, texts [][]*annotate.Document, stdout, stderr io.Writer) error {
	var docs []*annotate.Document
	var lines []string
	agreed, disputed := 0, 0
	for _, ds := range texts {
		revs := make([]curate.Reviewer, len(ds))
		for i, d := range ds {
			revs[i] = curate.Reviewer{Name: names[i], Doc: d}
		}
		res, err := curate.Merge(revs)
		if err != nil {
			return err
		}
		res.Doc.Meta.Annotators = annotators(ds)
		for _, w := range res.Warnings {
			fmt.Fprintf(stderr, "glose-cli curate: warning: %s\n", w)
		}
		docs = append(docs, res.Doc)
		agreed, disputed = agreed+res.Agreed, disputed+res.Disputed
		lines = append(lines, fmt.Sprintf("%s: %d agreed, %d to settle", res.Doc.ID, res.Agreed, res.Disputed))
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
	fmt.Fprintf(stdout, "curate: %s, %s agreed (confirmed), %s to settle (suggestions with a note)\n",
		annotate.Plural(len(docs), "document", "documents"), annotate.Plural(agreed, "span", "spans"),
		annotate.Plural(disputed, "disagreement", "disagreements"))
	return nil
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
