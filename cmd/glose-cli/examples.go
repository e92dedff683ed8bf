package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/ner"
)

// readExamples reads the annotated documents of a file argument for train, eval and agree --task
// ner. doccano JSON Lines are read as the recogniser's own reader reads them; any other file import
// reads (a Glose document or corpus reviewed in the app, Label Studio tasks, a brat collection) goes
// through import, its source side's names becoming the examples, so that a team trains on what its
// annotators corrected without an export first. cmd names the command in the warnings on stderr.
func readExamples(cmd, path string, stderr io.Writer) ([]ner.Example, error) {
	var data []byte
	var err error
	switch info, serr := os.Stat(path); {
	case path == "-":
		data, err = readStdin()
	case serr == nil && info.IsDir(): // a brat collection
	default:
		data, err = readLimited(path)
	}
	if err != nil {
		return nil, err
	}
	if isDoccanoLines(data) {
		exs, err := ner.ReadDoccano(bytes.NewReader(data), docName(path))
		if err == nil && len(exs) == 0 {
			err = fmt.Errorf("no document in %s: expected doccano JSON Lines, one document a line", docName(path))
		}
		return exs, err
	}
	var docs []*annotate.Document
	var warns []formats.Warning
	if path == "-" {
		docs, warns, err = formats.Read(stdinName, data, formats.ReadOptions{})
	} else {
		docs, warns, err = formats.ReadFile(path, formats.ReadOptions{})
	}
	printWarnings(stderr, cmd, warns)
	if err != nil {
		return nil, err
	}
	return docExamples(cmd, docName(path), docs, stderr)
}

// isDoccanoLines reports whether data is doccano JSON Lines: a first line that is an object with a
// "text" and no "format" (which a Glose corpus line has).
func isDoccanoLines(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\uFEFF")
	first, _, _ := bytes.Cut(t, []byte("\n"))
	var probe map[string]json.RawMessage
	if json.Unmarshal(first, &probe) != nil {
		return false
	}
	_, text := probe["text"]
	_, format := probe["format"]
	return text && !format
}

// docExamples makes an example of each document: its text and the names among its source spans (a
// pronoun or description attributing a quote is no name to learn or score, as in doccano files).
// Suggestions nobody confirmed are read as the rest, as export --to doccano writes them, with a
// warning counting them; a file with no span at all is refused: it teaches and scores nothing.
func docExamples(cmd, name string, docs []*annotate.Document, stderr io.Writer) ([]ner.Example, error) {
	exs := make([]ner.Example, 0, len(docs))
	spans, names, auto := 0, 0, 0 // auto: suggested names, of names (QUOTE and CUE, which train leaves out, apart)
	for _, d := range docs {
		ex := ner.Example{ID: d.ID, Text: d.Text}
		for _, s := range d.Spans {
			if s.Side != annotate.Source || !s.IsName() {
				continue
			}
			ex.Spans = append(ex.Spans, ner.Mention{Start: s.Start, End: s.End, Label: s.Label, Confidence: 1})
			if annotate.IsEntityLabel(s.Label) {
				names++
				if s.Origin == annotate.Auto {
					auto++
				}
			}
		}
		slices.SortStableFunc(ex.Spans, func(a, b ner.Mention) int { return a.Start - b.Start })
		spans += len(ex.Spans)
		exs = append(exs, ex)
	}
	if spans == 0 {
		return nil, fmt.Errorf("%s: no span (%s): expected annotated documents (doccano JSON Lines, a Glose corpus, Label Studio tasks, a brat collection)",
			name, annotate.Plural(len(docs), "document", "documents"))
	}
	if auto > 0 {
		fmt.Fprintf(stderr, "glose-cli %s: warning: %s: %d of %s not confirmed (suggestions, origin auto) read as annotations; review them first, or leave them out with export --to doccano --confirmed\n",
			cmd, name, auto, annotate.Plural(names, "entity mention", "entity mentions"))
	}
	return exs, nil
}
