package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/curate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
)

// cmdAgree compares two annotations of the same documents (doccano relation-JSONL or any file import
// reads), for teams that annotate twice to know how far their annotators agree.
func cmdAgree(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("agree", flag.ContinueOnError)
	fs.SetOutput(stderr)
	task := fs.String("task", "quotes", "what to compare: `quotes|ner`, QUOTE spans and speakers or entity spans and labels")
	labels := fs.String("labels", "", "ner: the labels to compare, a comma-separated `LIST` (default: PER,ORG,LOC)")
	jsonOut := fs.Bool("json", false, "print the scores as JSON")
	listErrors := fs.Bool("errors", false, "list every difference (a span of one side only, another label, other bounds,\nanother speaker) with its context, for the annotators to settle")
	setUsage(fs, stderr, "usage: glose-cli agree [--task quotes|ner] [--labels LIST] [--json] [--errors] A B\n\n"+
		"Compares two annotations of the same documents (doccano relation-JSONL, or any file import reads:\n"+
		"a Glose corpus, Label Studio tasks, a brat collection, a folder of Glose files): B scored against\n"+
		"A, on the documents both hold, paired by text, else by ID.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return usageError("agree needs two files or folders: A B")
	}
	a, b := fs.Arg(0), fs.Arg(1)
	if err := oneStdin(a, b); err != nil {
		return err
	}
	switch *task {
	case "quotes":
		if *labels != "" {
			return usageError("--labels is for --task ner")
		}
		return agreeQuotes(a, b, *jsonOut, *listErrors, stdout, stderr)
	case "ner":
		return agreeNER(a, b, *labels, *jsonOut, *listErrors, stdout, stderr)
	default:
		return usageError("unknown --task %q: want quotes or ner", *task)
	}
}

// agreeQuotes prints how far annotation b agrees with annotation a on quotations and speakers.
func agreeQuotes(pathA, pathB string, jsonOut, listErrors bool, stdout, stderr io.Writer) error {
	a, err := readGoldFile("agree", pathA, stderr)
	if err != nil {
		return err
	}
	b, err := readGoldFile("agree", pathB, stderr)
	if err != nil {
		return err
	}
	composedGold(a)
	composedGold(b)
	idsA, textsA := goldKeys(a)
	idsB, textsB := goldKeys(b)
	pairs, onlyA, onlyB := pairDocs(idsA, textsA, idsB, textsB)
	if err := checkPairs(stderr, "agree", pathA, pathB, idsA, textsA, idsB, textsB, pairs, onlyA, onlyB); err != nil {
		return err
	}
	pa, pb := make([]preannotate.GoldDoc, len(pairs)), make([]preannotate.GoldDoc, len(pairs))
	var diffs []agreeDiff
	for k, p := range pairs {
		if listErrors {
			diffs = append(diffs, quoteDiffs(a[p.a], b[p.b])...)
		}
		pa[k], pb[k] = a[p.a], b[p.b]
		pa[k].ID, pb[k].ID = strconv.Itoa(k), strconv.Itoa(k) // paired: AgreeQuotes matches them by ID
	}
	s, err := preannotate.AgreeQuotes(pa, pb)
	if err != nil {
		return fmt.Errorf("%s and %s: %w", pathA, pathB, err)
	}
	rep := agreeQuotesReport{s, curate.Quotes(pa, pb)}
	if jsonOut {
		return encodeAgreement(stdout, rep, listErrors, diffs)
	}
	printDiffs(stdout, diffs)
	fmt.Fprintf(stdout, "quotes: %s, %s in A, %d in B\n", annotate.Plural(s.Documents, "document", "documents"), annotate.Plural(s.QuotesA, "quotation", "quotations"), s.QuotesB)
	fmt.Fprintln(stdout, "B against A:")
	printQuoteScores(stdout, s.Quotes, s.Overlap)
	fmt.Fprintf(stdout, "speakers: the same for %d of the %s both annotated with a speaker in A (%.3f)\n",
		s.Speakers.Correct, annotate.Plural(s.Speakers.Gold, "quotation", "quotations"), s.Speakers.Accuracy)
	printKappa(stdout, "quoted or not", rep.Kappa.Quotes)
	printKappa(stdout, "who said it, of the quotations both marked", rep.Kappa.Speakers)
	return nil
}

// agreeQuotesReport is agree's JSON output for the quotes task: the F1 scores and, under "kappa",
// the chance-corrected agreement, each saying its unit.
type agreeQuotesReport struct {
	preannotate.QuoteAgreement
	Kappa curate.QuoteKappa `json:"kappa"`
}

// printKappa prints one Cohen's kappa with its unit and how many were rated.
func printKappa(w io.Writer, what string, k curate.Kappa) {
	fmt.Fprintf(w, "Cohen's kappa, %s: %.3f over %s (observed %.3f, chance %.3f)\n", what, k.Kappa,
		annotate.Plural(k.Units, k.Unit, k.Unit+"s"), k.Observed, k.Expected)
}

// agreeNERReport is agree's JSON output for the ner task: B scored against A.
type agreeNERReport struct {
	Task      string                    `json:"task"`
	Documents int                       `json:"documents"`
	Chars     int                       `json:"chars"`
	Labels    map[string]ner.LabelScore `json:"labels"`
	Micro     preannotate.PRF           `json:"micro"`
	Kappa     curate.EntityKappa        `json:"kappa"` // over tokens' BIO tags
}

// agreeNER prints how far annotation b agrees with annotation a on entities (exact span and label),
// for the labels of --labels (built-in entity labels or those of the files; PER, ORG and LOC when
// empty). The documents are paired by text, else by ID (pairDocs); those of one file only are left
// out with a warning.
func agreeNER(pathA, pathB, labelsFlag string, jsonOut, listErrors bool, stdout, stderr io.Writer) error {
	a, err := readExamples("agree", pathA, stderr)
	if err != nil {
		return err
	}
	b, err := readExamples("agree", pathB, stderr)
	if err != nil {
		return err
	}
	labels, err := parseLabels(labelsFlag, exampleLabels(exampleLabels(entityLabels(), a), b))
	if err != nil {
		return err
	}
	if labels == nil {
		labels = []string{annotate.LabelPER, annotate.LabelORG, annotate.LabelLOC}
	}
	a, b = ner.Composed(a), ner.Composed(b) // as import, the recogniser and train read texts
	idsA, textsA := exampleKeys(a)
	idsB, textsB := exampleKeys(b)
	pairs, onlyA, onlyB := pairDocs(idsA, textsA, idsB, textsB)
	if err := checkPairs(stderr, "agree", pathA, pathB, idsA, textsA, idsB, textsB, pairs, onlyA, onlyB); err != nil {
		return err
	}
	pa, pb := make([]ner.Example, len(pairs)), make([]ner.Example, len(pairs))
	chars := 0
	for k, p := range pairs {
		pa[k], pb[k] = a[p.a], b[p.b]
		chars += len([]rune(pa[k].Text))
	}
	a, b = pa, pb
	if err := requireLabels(pathA, a, labels); err != nil {
		return err
	}
	if err := requireLabels(pathB, b, labels); err != nil {
		return err
	}
	s := ner.Score(a, b, labels)
	rep := agreeNERReport{Task: "ner", Documents: len(a), Chars: chars, Labels: s.Labels, Kappa: curate.Entities(a, b, labels)}
	rep.Micro.Precision, rep.Micro.Recall, rep.Micro.F1 = s.Micro.Precision, s.Micro.Recall, s.Micro.F1
	var diffs []agreeDiff
	for i := range a {
		if listErrors {
			diffs = append(diffs, entityDiffs(a[i], b[i], labels)...)
		}
	}
	if jsonOut {
		return encodeAgreement(stdout, rep, listErrors, diffs)
	}
	printDiffs(stdout, diffs)
	fmt.Fprintf(stdout, "ner: %s, B against A\n", annotate.Plural(rep.Documents, "document", "documents"))
	printNERScores(stdout, s, "both", "B only", "A only")
	printKappa(stdout, "BIO tags of "+strings.Join(labels, ", "), rep.Kappa.Overall)
	for _, l := range labels {
		printKappa(stdout, l+" tokens", rep.Kappa.Labels[l])
	}
	return nil
}

// goldKeys returns the IDs and texts of quotation gold documents, for pairDocs.
func goldKeys(docs []preannotate.GoldDoc) (ids, texts []string) {
	for _, d := range docs {
		ids, texts = append(ids, d.ID), append(texts, d.Text)
	}
	return ids, texts
}

// exampleKeys returns the IDs and texts of entity examples, for pairDocs.
func exampleKeys(exs []ner.Example) (ids, texts []string) {
	for _, ex := range exs {
		ids, texts = append(ids, ex.ID), append(texts, ex.Text)
	}
	return ids, texts
}

// encodeAgreement writes agree's JSON: the scores, with the differences under "errors" when listed
// (an empty list when there are none).
func encodeAgreement(w io.Writer, scores any, listErrors bool, diffs []agreeDiff) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if !listErrors {
		return enc.Encode(scores)
	}
	if diffs == nil {
		diffs = []agreeDiff{}
	}
	raw, err := json.Marshal(scores)
	if err != nil {
		return err
	}
	var obj map[string]any
	if err := json.Unmarshal(raw, &obj); err != nil {
		return err
	}
	obj["errors"] = diffs
	return enc.Encode(obj)
}

// printDiffs prints the differences agree --errors lists, before the scores.
func printDiffs(w io.Writer, diffs []agreeDiff) {
	for _, d := range diffs {
		fmt.Fprintln(w, d)
	}
}
