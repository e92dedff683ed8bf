package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/workspace"
)

// cmdTrain trains the French named-entity model:
//
//	glose-cli train --train FILE [--train FILE...] [--dev FILE...] [-o FILE] [--epochs N] [--seed N] [FILE...]
//
// Several training files (--train given again, or files after the options: --train data/*.json)
// are read each as one would be and learnt together: a team's corrected corpus beside the data it
// started from, or the Glose files of annotate --out-dir reviewed one by one.
func cmdTrain(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "ner-fr.model", "write the model to `FILE` (- is standard output)")
	var trainPaths, devPaths fileList
	fs.Var(&trainPaths, "train", "training data: a `FILE` of doccano relation-JSONL, or any file import reads (a Glose corpus, Label Studio tasks, a brat collection); again for more files, as are the files after the options")
	fs.Var(&devPaths, "dev", "development data, a `FILE` as --train takes, for choosing the epoch and calibrating confidences; again for more files")
	epochs := fs.Int("epochs", 0, "at most `N` passes over the training data (0: the trainer's default)")
	seed := fs.Uint64("seed", 0, "random seed `N` for shuffling")
	setUsage(fs, stderr, "usage: glose-cli train --train FILE [--train FILE...] [--dev FILE...] [-o FILE] [--epochs N] [--seed N] [FILE...]\n\n"+
		"Trains the French entity recogniser on annotated documents (PER, ORG, LOC, MISC spans): doccano\n"+
		"relation-JSONL, or any file import reads (a Glose corpus, Label Studio tasks, a brat collection),\n"+
		"and writes the model, which annotate --model, eval --model and the app's Settings use. Several\n"+
		"files are learnt together (--train a.jsonl --train b.jsonl, or --train reviewed/*.json). --dev\n"+
		"documents whose text is also in --train are named on standard error (split makes disjoint sets).")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	trainPaths = append(trainPaths, fs.Args()...)
	if len(trainPaths) == 0 {
		fs.Usage()
		return usageError("train needs --train FILE")
	}
	if *epochs < 0 {
		return usageError("--epochs: must be 0 (the default) or more, not %d", *epochs)
	}
	if err := oneStdin(append(slices.Clone(trainPaths), devPaths...)...); err != nil {
		return err
	}
	var w *workspace.AtomicFile
	if *out != "-" {
		var err error
		if w, err = createModelFile(*out); err != nil { // before training: a path that cannot be written fails now, not after
			return err
		}
		defer w.Abort() // no-op after Commit
	}
	train, err := readExampleFiles("train", trainPaths, stderr)
	if err != nil {
		return err
	}
	dev, err := readExampleFiles("train", devPaths, stderr)
	if err != nil {
		return err
	}
	train, dev = namesOnly(train, filesName(trainPaths), stderr), namesOnly(dev, filesName(devPaths), stderr)
	train = keepLastOfEachText(stderr, train, filesName(trainPaths))
	warnDevOverlap(stderr, train, dev, filesName(trainPaths), filesName(devPaths))
	m, err := ner.Train(train, dev, ner.TrainOptions{Epochs: *epochs, Seed: *seed}, stderr)
	if err != nil {
		return fmt.Errorf("training on %s: %w", filesName(trainPaths), err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	if w == nil { // -o -: the model is the output, and the report goes to stderr
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("writing the model: %w", err)
		}
		_, err = fmt.Fprintf(stderr, "wrote the model to standard output (%d bytes)\n", buf.Len())
		return err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return err
	}
	if err := w.Commit(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", *out, buf.Len())
	return err
}

// filesName names the files of a flag given several times: the first three, and how many more.
func filesName(paths []string) string {
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = docName(p)
	}
	if len(names) <= 3 {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:3], ", ") + fmt.Sprintf(" and %d more files", len(names)-3)
}

// namesOnly leaves out the quotations and reporting verbs (QUOTE, CUE) of training data, saying how
// many on w: Glose's own doccano export holds them, and the recogniser learnt them as kinds of names,
// which annotate --model then proposed beside the quotations the rules find.
func namesOnly(exs []ner.Example, path string, w io.Writer) []ner.Example {
	left := map[string]int{}
	for i := range exs {
		exs[i].Spans = slices.DeleteFunc(exs[i].Spans, func(m ner.Mention) bool {
			if annotate.IsEntityLabel(m.Label) {
				return false
			}
			left[m.Label]++
			return true
		})
	}
	if len(left) > 0 {
		var parts []string
		total := 0
		for _, l := range slices.Sorted(maps.Keys(left)) {
			parts = append(parts, fmt.Sprintf("%d %s", left[l], l))
			total += left[l]
		}
		spans := "spans"
		if total == 1 {
			spans = "span"
		}
		fmt.Fprintf(w, "train: %s: %s %s left out: the recogniser learns names; quotations and their verbs are found by rules\n", path, strings.Join(parts, " and "), spans)
	}
	return exs
}

// createModelFile starts writing the model file path, refusing what cannot become one: no name, a
// directory, a read-only file, a directory that does not exist or cannot be written.
func createModelFile(path string) (*workspace.AtomicFile, error) {
	if path == "" {
		return nil, usageError("-o needs a file name for the model")
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, usageError("-o %s: is a directory; expected a file", path)
	}
	return workspace.CreateAtomic(path)
}
