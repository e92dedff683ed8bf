package formats

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

func gloseFormat() Format {
	return Format{
		Name: "glose", Title: "Glose JSON", Extensions: []string{".json", ".glose"}, Offsets: "Unicode code points",
		Bilingual:   true,
		Description: "lossless: everything Glose holds (one document per file); the options leave out spans and links",
		write:       writeGlose, read: readGlose,
	}
}

func jsonlFormat() Format {
	return Format{
		Name: "jsonl", Title: "Glose JSON Lines corpus", Extensions: []string{".jsonl"}, Offsets: "Unicode code points",
		Bilingual:   true,
		Description: "lossless: one Glose document a line; the options leave out spans and links",
		write:       writeJSONL, read: readJSONL,
	}
}

func textFormat() Format {
	return Format{
		Name: "text", Title: "Plain text (the translation)", Extensions: []string{".txt", ".md"}, Offsets: "none",
		NoSpans: true, Translation: true,
		Description: "export: the English, laid out as the French was (its paragraphs, line breaks, spaces between sentences, line ends), without annotations; import: a text or Markdown article, segmented, Markdown markup stripped",
		write:       writeText, read: readText,
	}
}

func markdownFormat() Format {
	return Format{
		Name: "markdown", Title: "Markdown (the translation)", Extensions: []string{".md"}, Offsets: "none",
		NoSpans: true, Translation: true,
		Description: "export only, of a document imported from Markdown: the English with the headings, list items and quotations of the French; the inline markup of the French (emphasis, links, code) is not kept",
		write:       writeMarkdown,
	}
}

// writeGlose writes one document whole, or what the options keep of it (see narrow).
func writeGlose(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	if len(docs) != 1 {
		return nil, nil, fmt.Errorf("a Glose JSON file holds one document; for %d documents use the jsonl format", len(docs))
	}
	var w warnings
	b, err := annotate.Marshal(narrow(docs[0], opts, &w))
	if err != nil {
		return nil, nil, err
	}
	return []File{{Name: docs[0].ID + ".json", Main: true, Data: b}}, w, nil
}

// writeJSONL writes the documents whole, or what the options keep of them (see narrow), one a line.
func writeJSONL(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	var w warnings
	var buf bytes.Buffer
	for _, d := range docs {
		b, err := annotate.MarshalLine(narrow(d, opts, &w))
		if err != nil {
			return nil, nil, err
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	return []File{{Name: "corpus.jsonl", Main: true, Data: buf.Bytes()}}, w, nil
}

func readGlose(name string, data []byte, _ ReadOptions) ([]*annotate.Document, []Warning, error) {
	d, err := annotate.Unmarshal(data, name)
	if err != nil {
		return nil, nil, err
	}
	var w warnings
	newerFormat(&w, name, data, 0)
	return []*annotate.Document{d}, w, nil
}

func readJSONL(name string, data []byte, _ ReadOptions) ([]*annotate.Document, []Warning, error) {
	var docs []*annotate.Document
	var w warnings
	err := eachLine(data, func(n int, line []byte) error {
		d, err := annotate.UnmarshalLine(line, name, n)
		if err != nil {
			return err
		}
		if len(w) == 0 { // once: the first document a newer Glose wrote says it of the corpus
			newerFormat(&w, name, line, n)
		}
		docs = append(docs, d)
		return nil
	})
	if err == nil && len(docs) == 0 {
		err = readErr(ErrNoDocument, nil, "%s: no document (the file is empty)", name)
	}
	return docs, w, err
}

// newerFormat warns when the document data (line line of a corpus, or 0) was written by a newer
// Glose in a minor revision of the format, which it read: what this Glose does not know in it is
// not in the document read, and writing it over the file would lose it (a newer major version is
// refused by annotate.CheckFormat).
func newerFormat(w *warnings, name string, data []byte, line int) {
	f := annotate.PeekFormat(data)
	if !annotate.NewerFormat(f) {
		return
	}
	args := map[string]any{"Version": f, "Supported": annotate.Format}
	where := name
	if line > 0 {
		args["Line"] = line
		where = fmt.Sprintf("%s: line %d", name, line)
	}
	w.say(where, WarnNewerFormat, args, "written by a newer version of Glose (format %q; this Glose reads %q): what this Glose does not know in it is left out, and lost if the document is written over the file; change it with that version", f, annotate.Format)
}

func readText(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	d, err := plaintext.Import(name, data, plaintext.Options{SourceLang: opts.SourceLang, TargetLang: opts.TargetLang})
	if err != nil {
		return nil, nil, err
	}
	return []*annotate.Document{d}, nil, nil
}

// eachLine calls f with each non-blank line of data and its 1-based number.
func eachLine(data []byte, f func(n int, line []byte) error) error {
	for n := 1; len(data) > 0; n++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if err := f(n, line); err != nil {
			return err
		}
	}
	return nil
}

// sniffJSON tells Glose JSON from a Label Studio task (or task list) and from a doccano record, which
// Glose writes as one line that is a whole JSON document too: a file saved as x.json or x.doccano.
func sniffJSON(data []byte) string {
	t := bytes.TrimLeft(data, " \t\r\n\uFEFF")
	if len(t) > 0 && t[0] == '[' {
		return "labelstudio"
	}
	var probe struct {
		Format   json.RawMessage `json:"format"`
		Data     json.RawMessage `json:"data"`
		Text     json.RawMessage `json:"text"`
		Entities json.RawMessage `json:"entities"`
		Label    json.RawMessage `json:"label"`
	}
	if json.Unmarshal(data, &probe) != nil || probe.Format != nil {
		return "glose"
	}
	switch {
	case probe.Data != nil:
		return "labelstudio"
	case isDoccanoRecord(probe.Text, probe.Entities, probe.Label):
		return "doccano"
	}
	return "glose"
}

// isDoccanoRecord reports whether the fields of an object without "format" make a doccano record: a
// text that is a string (Glose keeps its text under "source"), or doccano's entities, and entities or
// label lists that are doccano's when they hold anything ([start, end, label] or {"start_offset": ...};
// Glose's entities are objects with an "id" and a "type").
func isDoccanoRecord(text, entities, label json.RawMessage) bool {
	lists := 0
	for _, raw := range []json.RawMessage{entities, label} {
		switch kind := doccanoList(raw); kind {
		case listForeign:
			return false
		case listDoccano:
			lists++
		}
	}
	t := bytes.TrimSpace(text)
	return (len(t) > 0 && t[0] == '"') || lists > 0
}

// The kinds of list doccanoList tells apart.
const (
	listNone    = iota // absent, null or empty: says nothing
	listDoccano        // doccano's entities or labels
	listForeign        // something else
)

// doccanoList tells whether raw is a list of doccano entities ({"start_offset": ...}) or labels
// ([start, end, label]), judging by its first element.
func doccanoList(raw json.RawMessage) int {
	var items []json.RawMessage
	if len(raw) == 0 || string(raw) == "null" {
		return listNone
	}
	if json.Unmarshal(raw, &items) != nil {
		return listForeign
	}
	if len(items) == 0 {
		return listNone
	}
	first := bytes.TrimSpace(items[0])
	switch {
	case len(first) > 0 && first[0] == '[':
		return listDoccano
	case len(first) > 0 && first[0] == '{':
		var e struct {
			Start json.RawMessage `json:"start_offset"`
		}
		if json.Unmarshal(first, &e) == nil && e.Start != nil {
			return listDoccano
		}
	}
	return listForeign
}

// sniffJSONL tells a Glose corpus from doccano JSONL by the first line.
func sniffJSONL(data []byte) string {
	pick := "jsonl"
	_ = eachLine(data, func(_ int, line []byte) error {
		// A record without "format" but with doccano's keys is doccano, even when its text is
		// missing: the doccano reader then says so, instead of the Glose reader asking for a format.
		var probe struct {
			Format   string          `json:"format"`
			Text     json.RawMessage `json:"text"`
			Entities json.RawMessage `json:"entities"`
			Label    json.RawMessage `json:"label"`
		}
		if json.Unmarshal(line, &probe) == nil && probe.Format == "" && (probe.Text != nil || probe.Entities != nil || probe.Label != nil) {
			pick = "doccano"
		}
		return errStop
	})
	return pick
}
