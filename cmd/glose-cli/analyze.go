package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/suggest/analysis"
	"github.com/glose-app/glose/suggest/tm"
)

// analyzed is one document's analysis, as --json writes it.
type analyzed struct {
	File     string           `json:"file"`
	Document string           `json:"document"`
	Report   *analysis.Report `json:"analysis"`
	several  bool             // the file holds other documents too
}

// cmdAnalyze counts the words of documents and what the translation memory covers of them, band by
// band of match score, as translation tools' analyses do for a quote (see package analysis).
func cmdAnalyze(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tmPath := fs.String("tm", "", "translation memory `FILE` (default: the user's, if there is one)")
	asJSON := fs.Bool("json", false, "write the analyses as JSON")
	weights := fs.String("weights", "", "billing weights in percent over the defaults, as `BAND=N,...` (bands: "+
		strings.Join(analysis.Names[:], ", ")+")")
	setUsage(fs, stderr, "usage: glose-cli analyze [--tm FILE] [--json] [--weights BAND=N,...] FILE...\n\n"+
		"Counts the source words, characters and segments of documents (any format import reads), by\n"+
		"match band of the translation memory (context 101%, 100%, 95-99%, 85-94%, 75-84%, 50-74%, no\n"+
		"match) and repetitions within a document, the weighted words to bill, and the progress by\n"+
		"status. Several files give one analysis each, then their total. FILE - is standard input.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("expected at least one FILE")
	}
	w, err := analysis.ParseWeights(*weights)
	if err != nil {
		return usageError("--weights: %v", err)
	}
	if err := oneStdin(fs.Args()...); err != nil {
		return err
	}
	m, err := openTM(*tmPath, false)
	switch {
	case errors.Is(err, errNoMemory) && *tmPath == "":
		fmt.Fprintf(stderr, "glose-cli analyze: %v; counting every segment as new\n", err)
	case err != nil:
		return err
	default:
		defer m.Close()
	}
	results, err := analyzeFiles(fs.Args(), m, &w, stderr)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeAnalysesJSON(stdout, results)
	}
	return writeAnalyses(stdout, results)
}

// analyzeFiles analyses the documents of every file, in order.
func analyzeFiles(paths []string, m *tm.Memory, w *analysis.Weights, stderr io.Writer) ([]analyzed, error) {
	var out []analyzed
	bar := newPTProgress(stderr)
	bar.cmd = "analyze"
	defer bar.clear()
	for _, p := range paths {
		docs, warns, err := readDocs(p, formats.ReadOptions{})
		printWarnings(stderr, "analyze", warns)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			r, err := analysis.Document(context.Background(), d, analysis.Options{Memory: m, Weights: w, Progress: bar.show})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			out = append(out, analyzed{File: p, Document: d.ID, Report: r, several: len(docs) > 1})
		}
	}
	return out, nil
}

func total(results []analyzed) *analysis.Report {
	rs := make([]*analysis.Report, len(results))
	for i, r := range results {
		rs[i] = r.Report
	}
	return analysis.Sum(rs...)
}

func writeAnalysesJSON(w io.Writer, results []analyzed) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Documents []analyzed       `json:"documents"`
		Total     *analysis.Report `json:"total"`
	}{results, total(results)})
}

// writeAnalyses writes each document's tables, then the total when there are several.
func writeAnalyses(w io.Writer, results []analyzed) error {
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		title := r.File
		if r.several {
			title += " (" + r.Document + ")"
		}
		writeReport(w, title, r.Report)
	}
	if len(results) > 1 {
		fmt.Fprintln(w)
		writeReport(w, fmt.Sprintf("Total (%s)", annotate.Plural(len(results), "document", "documents")), total(results))
	}
	return nil
}

// writeReport writes a report as two aligned tables under a title.
func writeReport(w io.Writer, title string, r *analysis.Report) {
	same := func(s string) string { return s }
	fmt.Fprintf(w, "%s: %s, %s, %d characters (%d without spaces)", title,
		annotate.Plural(r.Total.Segments, "segment", "segments"), annotate.Plural(r.Total.Words, "word", "words"),
		r.Total.Characters, r.Total.CharsNoSpace)
	if !r.Memory {
		fmt.Fprint(w, "; no translation memory")
	}
	fmt.Fprintf(w, "\nWeighted words: %s · translated or reviewed: %d%% of the words\n\n", fmtNum(r.Weighted), analysis.WholePercent(r.Translated()))
	table(w, analysis.BandColumns, r.BandTable(same))
	fmt.Fprintln(w)
	table(w, analysis.StatusColumns, r.StatusTable(same))
}

// table writes rows under a header in columns, the first aligned left and the numbers right.
func table(w io.Writer, header []string, rows [][]string) {
	all := append([][]string{header}, rows...)
	width := make([]int, len(header))
	for _, row := range all {
		for i, cell := range row {
			width[i] = max(width[i], utf8.RuneCountInString(cell))
		}
	}
	for _, row := range all {
		var b strings.Builder
		for i, cell := range row {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(cell))
			if i == 0 {
				b.WriteString(cell + pad)
			} else {
				b.WriteString("  " + pad + cell)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

func fmtNum(f float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", f), ".0") }
