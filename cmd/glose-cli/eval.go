package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
)

// cmdEval scores a recogniser against gold annotations:
//
//	glose-cli eval --gold FILE.jsonl [--gold FILE...] --task ner|quotes [--labels PER,ORG,LOC] [--model FILE] [--json] [--errors] [FILE...]
//
// Several gold files (--gold given again, or files after the options: --gold test/*.json) are
// scored as one corpus of their documents.
func cmdEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var gold fileList
	fs.Var(&gold, "gold", "gold annotations: a `FILE` of doccano relation-JSONL, or any file import reads (a Glose corpus, Label Studio tasks, a brat collection); again for more files, as are the files after the options")
	task := fs.String("task", "ner", "what to evaluate: `ner|quotes`, entity mentions or quotations and speakers")
	labels := fs.String("labels", "", "the labels to score, a comma-separated `LIST` (default: PER,ORG,LOC for ner)")
	model := fs.String("model", "", "entity model `FILE` from glose-cli train (default: the built-in model)")
	jsonOut := fs.Bool("json", false, "print the scores as JSON")
	errs := fs.Bool("errors", false, "also list every error in context: missed, misplaced, mislabelled or misattributed and false")
	setUsage(fs, stderr, "usage: glose-cli eval --gold FILE [--gold FILE...] [--task ner|quotes] [--labels LIST] [--model FILE] [--json] [--errors] [FILE...]\n\n"+
		"Scores pre-annotation against gold annotations (doccano relation-JSONL, or any file import reads:\n"+
		"a Glose corpus, Label Studio tasks, a brat collection); several files are scored as one corpus.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	gold = append(gold, fs.Args()...)
	if len(gold) == 0 {
		fs.Usage()
		return usageError("eval needs --gold FILE")
	}
	if err := oneStdin(gold...); err != nil {
		return err
	}
	switch *task {
	case "ner":
		return evalNER(gold, *model, *labels, *jsonOut, *errs, stdout, stderr)
	case "quotes":
		return evalQuotes(gold, *labels, *jsonOut, *errs, stdout, stderr)
	default:
		return usageError("unknown --task %q: want ner or quotes", *task)
	}
}

// nerReport is eval's JSON output for the ner task.
type nerReport struct {
	Task      string                    `json:"task"`
	Documents int                       `json:"documents"`
	Chars     int                       `json:"chars"`
	Seconds   float64                   `json:"seconds"`
	Labels    map[string]ner.LabelScore `json:"labels"`
	Micro     struct {
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	} `json:"micro"`
}

// evalNER runs the NER model (modelPath, or the built-in one when empty) over the gold documents and
// prints exact-match scores for the labels of --labels (those of the model or the gold; PER, ORG and
// LOC when empty), after every error in context when listErrors is set.
func evalNER(goldPaths []string, modelPath, labelsFlag string, jsonOut, listErrors bool, stdout, stderr io.Writer) error {
	gold, err := readExampleFiles("eval", goldPaths, stderr)
	if err != nil {
		return err
	}
	m, err := loadNERModel(modelPath)
	if err != nil {
		return err
	}
	labels, err := parseLabels(labelsFlag, exampleLabels(m.Labels(), gold))
	if err != nil {
		return err
	}
	if labels == nil {
		labels = []string{annotate.LabelPER, annotate.LabelORG, annotate.LabelLOC}
	}
	if err := requireLabels(filesName(goldPaths), gold, labels); err != nil {
		return err
	}
	start := time.Now()
	pred := make([]ner.Example, len(gold))
	rep := nerReport{Task: "ner", Documents: len(gold)}
	for i, ex := range gold {
		pred[i] = ner.Example{Text: ex.Text, Spans: m.Recognize(ex.Text)}
		rep.Chars += len([]rune(ex.Text))
	}
	rep.Seconds = time.Since(start).Seconds()
	s := ner.Score(gold, pred, labels)
	rep.Labels = s.Labels
	rep.Micro.Precision, rep.Micro.Recall, rep.Micro.F1 = s.Micro.Precision, s.Micro.Recall, s.Micro.F1
	var errs []preannotate.EntityError
	if listErrors {
		for i, g := range gold {
			errs = append(errs, preannotate.EntityErrors(g, pred[i].Spans, labels)...)
		}
	}
	if jsonOut {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if listErrors {
			return enc.Encode(struct {
				nerReport
				Errors []preannotate.EntityError `json:"errors"`
			}{rep, errs})
		}
		return enc.Encode(rep)
	}
	for _, e := range errs {
		fmt.Fprintln(stdout, e)
	}
	fmt.Fprintf(stdout, "ner: %s, %s, %.2fs\n", annotate.Plural(rep.Documents, "document", "documents"), annotate.Plural(rep.Chars, "character", "characters"), rep.Seconds)
	printNERScores(stdout, s, "tp", "fp", "fn")
	return nil
}

// printNERScores prints one row per label and the micro average, the count columns headed as given.
func printNERScores(w io.Writer, s ner.Scores, both, onlyPred, onlyGold string) {
	fmt.Fprintf(w, "%-6s %6s %6s %6s %9s %6s %6s\n", "label", both, onlyPred, onlyGold, "precision", "recall", "f1")
	for _, l := range s.SortedLabels() {
		ls := s.Labels[l]
		fmt.Fprintf(w, "%-6s %6d %6d %6d %9.3f %6.3f %6.3f\n", l, ls.TP, ls.FP, ls.FN, ls.Precision, ls.Recall, ls.F1)
	}
	fmt.Fprintf(w, "%-6s %6d %6d %6d %9.3f %6.3f %6.3f\n", "micro", s.Micro.TP, s.Micro.FP, s.Micro.FN,
		s.Micro.Precision, s.Micro.Recall, s.Micro.F1)
}

// loadNERModel returns the model file at path, or the built-in model when path is empty.
func loadNERModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Default()
	}
	return ner.LoadFile(path)
}
