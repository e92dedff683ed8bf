package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
)

// readAnnotated reads a file argument of train, eval and agree: doccano JSON Lines are returned as
// data, for the readers of gold made for them; any other file import reads (a Glose document or
// corpus reviewed in the app, Label Studio tasks, a brat collection) is imported, so that a team
// trains and scores on what its annotators corrected without an export first. cmd names the
// command in import's warnings on stderr.
func readAnnotated(cmd, path string, stderr io.Writer) (doccano []byte, docs []*annotate.Document, err error) {
	if files := folderFiles(path); files != nil {
		docs, warns, err := readFiles(files, formats.ReadOptions{})
		printWarnings(stderr, cmd, warns)
		return nil, docs, err
	}
	var data []byte
	info, serr := os.Stat(path)
	dir := path != "-" && serr == nil && info.IsDir() // a brat collection
	switch {
	case path == "-":
		data, err = readStdin()
	case !dir:
		data, err = readLimited(path)
	}
	if err != nil || !dir && (isDoccanoLines(data) || len(bytes.TrimSpace(data)) == 0) {
		return data, nil, err // an empty file too: the doccano readers say "no document in FILE"
	}
	var warns []formats.Warning
	if path == "-" {
		docs, warns, err = formats.Read(stdinName, data, formats.ReadOptions{})
	} else { // from the disk: a brat .ann finds its .txt
		docs, warns, err = formats.ReadFile(path, formats.ReadOptions{})
	}
	printWarnings(stderr, cmd, warns)
	return nil, docs, err
}

// readExamples reads the entity annotations of a file argument for train, eval and agree --task
// ner (see readAnnotated): doccano JSON Lines as the recogniser's own reader reads them, the
// documents of any other file by their source side's names.
// Names nobody confirmed are counted in a warning (unconfirmed).
func readExamples(cmd, path string, stderr io.Writer) ([]ner.Example, error) {
	exs, c, err := countedExamples(cmd, path, stderr)
	if err == nil {
		unconfirmed(stderr, cmd, docName(path), c.auto, annotate.Plural(c.names, "entity mention", "entity mentions"))
	}
	return exs, err
}

// readExampleFiles reads the entity annotations of several files (train's --train and --dev, eval's
// --gold given again), one after the other, and says once for them all how many names are
// suggestions nobody confirmed, naming the first files that hold some.
func readExampleFiles(cmd string, paths []string, stderr io.Writer) ([]ner.Example, error) {
	var all []ner.Example
	var total suggestedNames
	var suggesting []string
	for _, p := range paths {
		exs, c, err := countedExamples(cmd, p, stderr)
		if err != nil {
			return nil, err
		}
		all = append(all, exs...)
		total.auto, total.names = total.auto+c.auto, total.names+c.names
		if c.auto > 0 {
			suggesting = append(suggesting, docName(p))
		}
	}
	unconfirmed(stderr, cmd, firstFew(suggesting, 3), total.auto, annotate.Plural(total.names, "entity mention", "entity mentions"))
	return all, nil
}

// suggestedNames counts the entity mentions of imported documents (names) and, of them, the
// suggestions nobody confirmed (auto).
type suggestedNames struct{ auto, names int }

// countedExamples is readExamples without the warning, its counts returned instead, for train to
// say them once for several files.
func countedExamples(cmd, path string, stderr io.Writer) ([]ner.Example, suggestedNames, error) {
	data, docs, err := readAnnotated(cmd, path, stderr)
	if err != nil {
		return nil, suggestedNames{}, err
	}
	if docs != nil {
		return docExamples(docName(path), docs)
	}
	exs, err := ner.ReadDoccano(bytes.NewReader(data), docName(path))
	if err == nil && len(exs) == 0 {
		err = fmt.Errorf("no document in %s: expected doccano JSON Lines, one document a line", docName(path))
	}
	return exs, suggestedNames{}, err
}

// isDoccanoLines reports whether data is doccano JSON Lines: a first line that is an object with a
// "text" and no "format" (which a Glose corpus line has) nor "spans" (a spaCy or Prodigy record).
func isDoccanoLines(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\uFEFF")
	first, _, _ := bytes.Cut(t, []byte("\n"))
	var probe map[string]json.RawMessage
	if json.Unmarshal(first, &probe) != nil {
		return false
	}
	_, text := probe["text"]
	_, format := probe["format"]
	_, spans := probe["spans"] // spaCy's span groups or Prodigy's spans, which only import reads
	return text && !format && !spans
}

// docExamples makes an example of each document: its text and the names among its source spans (a
// pronoun or description attributing a quote is no name to learn or score, as in doccano files).
// Suggestions nobody confirmed are read as the rest, as export --to doccano writes them, and
// counted; a file with no span at all is refused: it teaches and scores nothing.
func docExamples(name string, docs []*annotate.Document) ([]ner.Example, suggestedNames, error) {
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
		return nil, suggestedNames{}, fmt.Errorf("%s: no span (%s): expected annotated documents (doccano JSON Lines, a Glose corpus, Label Studio tasks, a brat collection)",
			name, annotate.Plural(len(docs), "document", "documents"))
	}
	return exs, suggestedNames{auto: auto, names: names}, nil
}

// quoteGold makes the quotation gold of imported documents: their source QUOTE spans, each with the
// span its speaker link leads to and the name of that span's entity (as a doccano gold's
// speaker_name). Quotations nobody confirmed are counted in a warning, as docExamples counts names;
// a file with no quotation is refused, saying which labels it holds.
func quoteGold(cmd, name string, docs []*annotate.Document, stderr io.Writer) ([]preannotate.GoldDoc, error) {
	gold := make([]preannotate.GoldDoc, 0, len(docs))
	quotes, auto := 0, 0
	var labels []string
	for _, d := range docs {
		g := preannotate.GoldDoc{ID: d.ID, Text: d.Text}
		at := map[string]int{}
		for _, s := range d.Spans {
			switch {
			case s.Side != annotate.Source:
			case s.Label == annotate.LabelQuote:
				at[s.ID] = len(g.Quotes)
				g.Quotes = append(g.Quotes, preannotate.GoldQuote{Start: s.Start, End: s.End})
				if s.Origin == annotate.Auto {
					auto++
				}
			case !slices.Contains(labels, s.Label):
				labels = append(labels, s.Label)
			}
		}
		for _, l := range d.Links {
			i, ok := at[l.From]
			if sp := d.Span(l.To); ok && sp != nil && l.Type == annotate.LinkSpeaker {
				q := &g.Quotes[i]
				q.SpeakerStart, q.SpeakerEnd = sp.Start, sp.End
				if e := d.EntityOf(sp.ID); e != nil {
					q.SpeakerName = e.Names[d.SourceLang]
				}
			}
		}
		quotes += len(g.Quotes)
		gold = append(gold, g)
	}
	if quotes == 0 {
		msg := fmt.Sprintf("no QUOTE span in %s (%s): nothing to score for --task quotes", name, annotate.Plural(len(docs), "document", "documents"))
		if len(labels) > 0 {
			slices.Sort(labels)
			msg += fmt.Sprintf("; it holds %s spans: use --task ner to compare entities", strings.Join(labels, ", "))
		}
		return nil, errors.New(msg)
	}
	unconfirmed(stderr, cmd, name, auto, annotate.Plural(quotes, "quotation", "quotations"))
	return gold, nil
}

// unconfirmed warns that auto of the annotations counted in of ("12 quotations") are suggestions
// nobody confirmed, which an import-read file gives as annotations all the same.
func unconfirmed(stderr io.Writer, cmd, name string, auto int, of string) {
	if auto > 0 {
		fmt.Fprintf(stderr, "glose-cli %s: warning: %s: %d of %s not confirmed (suggestions, origin auto) read as annotations; review them first, or leave them out with export --to doccano --confirmed\n",
			cmd, name, auto, of)
	}
}
