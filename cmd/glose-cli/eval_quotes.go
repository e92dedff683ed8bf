package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/preannotate"
)

// evalQuotes pre-annotates the texts of quotation gold files (doccano relation-JSONL with QUOTE and
// SPEAKER entities and "speaker" relations) and prints exact and overlap scores for the quotes and the
// attribution accuracy (see preannotate.EvalQuotes). labelsFlag must be empty or QUOTE: the task
// scores quotes only.
func evalQuotes(paths []string, labelsFlag string, jsonOut, listErrors bool, stdout, stderr io.Writer) error {
	if _, err := parseLabels(labelsFlag, []string{annotate.LabelQuote}); err != nil {
		return fmt.Errorf("--task quotes: %w", err)
	}
	var gold []preannotate.GoldDoc
	for _, p := range paths {
		g, err := readGoldFile("eval", p, stderr)
		if err != nil {
			return err
		}
		gold = append(gold, g...)
	}
	s, err := preannotate.EvalQuotes(gold, preannotate.Options{})
	if err != nil {
		return err
	}
	var errs []preannotate.QuoteError
	if listErrors {
		for _, g := range gold {
			e, err := preannotate.QuoteErrors(g, preannotate.Options{})
			if err != nil {
				return err
			}
			errs = append(errs, e...)
		}
	}
	if jsonOut {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if listErrors {
			return enc.Encode(struct {
				preannotate.QuoteScores
				Errors []preannotate.QuoteError `json:"errors"`
			}{s, errs})
		}
		return enc.Encode(s)
	}
	for _, e := range errs {
		fmt.Fprintln(stdout, e)
	}
	fmt.Fprintf(stdout, "quotes: %s, %s, %.2fs\n", annotate.Plural(s.Documents, "document", "documents"), annotate.Plural(s.Chars, "character", "characters"), s.Seconds)
	printQuoteScores(stdout, s.Quotes, s.Overlap)
	fmt.Fprintf(stdout, "attribution: %d/%d correct (%.3f)\n", s.Attribution.Correct, s.Attribution.Gold, s.Attribution.Accuracy)
	return nil
}

// printQuoteScores prints the exact and overlap precision, recall and F1 of quotations.
func printQuoteScores(w io.Writer, exact, overlap preannotate.PRF) {
	fmt.Fprintf(w, "%-15s %9s %6s %6s\n", "", "precision", "recall", "f1")
	for _, r := range []struct {
		name string
		p    preannotate.PRF
	}{{"exact", exact}, {"overlap >= 1/2", overlap}} {
		fmt.Fprintf(w, "%-15s %9.3f %6.3f %6.3f\n", r.name, r.p.Precision, r.p.Recall, r.p.F1)
	}
}
