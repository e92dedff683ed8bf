package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
)

// readGoldFile reads a quotation gold file for eval and agree --task quotes: doccano relation-JSONL,
// or any file import reads (see readAnnotated). A file with no document, or with documents but no
// QUOTE span, is refused: scoring it would print only zeros. When the file holds other labels
// (entities), the message points to --task ner.
func readGoldFile(cmd, path string, stderr io.Writer) ([]preannotate.GoldDoc, error) {
	data, imported, err := readAnnotated(cmd, path, stderr)
	if err != nil {
		return nil, err
	}
	path = docName(path)
	if imported != nil {
		return quoteGold(cmd, path, imported, stderr)
	}
	docs, err := preannotate.ReadGold(bytes.NewReader(data), path)
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no document in %s: expected doccano JSON Lines, one document a line", path)
	}
	for _, d := range docs {
		if len(d.Quotes) > 0 {
			return docs, nil
		}
	}
	msg := fmt.Sprintf("no QUOTE span in %s (%s): nothing to score for --task quotes", path, annotate.Plural(len(docs), "document", "documents"))
	// Read again as entities only to say what the file holds instead: this is the error path.
	if exs, err := ner.ReadDoccano(bytes.NewReader(data), path); err == nil {
		if other := exampleLabels(nil, exs); len(other) > 0 {
			slices.Sort(other)
			msg += fmt.Sprintf("; it holds %s spans: use --task ner to compare entities", strings.Join(other, ", "))
		}
	}
	return nil, fmt.Errorf("%s", msg)
}

// requireLabels refuses a doccano file in which no span carries one of labels, for eval and agree
// --task ner: its scores would all be zero. When the file holds QUOTE spans, the message points to
// --task quotes.
func requireLabels(path string, exs []ner.Example, labels []string) error {
	for _, ex := range exs {
		for _, m := range ex.Spans {
			if slices.Contains(labels, m.Label) {
				return nil
			}
		}
	}
	if path == "-" {
		path = stdinName
	}
	msg := fmt.Sprintf("no %s span in %s (%s): nothing to score for --task ner", strings.Join(labels, ", "), path, annotate.Plural(len(exs), "document", "documents"))
	if other := exampleLabels(nil, exs); len(other) > 0 {
		slices.Sort(other)
		hint := "use --labels to choose among them"
		if slices.Contains(other, annotate.LabelQuote) {
			hint = "use --task quotes to compare quotations"
		}
		msg += fmt.Sprintf("; it holds %s spans: %s", strings.Join(other, ", "), hint)
	}
	return fmt.Errorf("%s", msg)
}

// joinAnd joins names as English lists them: "a", "a and b", "a, b and c".
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
