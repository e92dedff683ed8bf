package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// splitDoc is one document of the corpus to split, with where it came from.
type splitDoc struct {
	doc  *annotate.Document
	file string // the input file it was read from, as given
	raw  []byte // its record as the file holds it (a JSON Lines line, a task of a JSON array); nil when the file is no list of records
}

// The kinds of input whose records split writes back as they are: a JSON Lines file of Glose
// documents, one of other records (doccano, spaCy, Prodigy), a JSON array of tasks (Label Studio).
const (
	linesGlose = "glose-lines"
	linesOther = "lines"
	jsonArray  = "array"
)

// readSplitInput imports path and pairs each document with its record in the file when the file is a
// list of records, one per document (kind says which list), so that a split writes doccano's meta,
// Label Studio's predictions and whatever else import does not keep, byte for byte.
func readSplitInput(path string, stderr io.Writer) ([]splitDoc, string, error) {
	var data []byte
	var docs []*annotate.Document
	var warns []formats.Warning
	var err error
	if path == "-" {
		if data, err = readStdin(); err == nil {
			docs, warns, err = formats.Read(stdinName, data, formats.ReadOptions{})
		}
	} else {
		docs, warns, err = formats.ReadFile(path, formats.ReadOptions{})
		if info, statErr := os.Stat(path); err == nil && statErr == nil && !info.IsDir() {
			data, err = os.ReadFile(path)
		}
	}
	printWarnings(stderr, "split", warns)
	if err != nil {
		return nil, "", err
	}
	recs, kind := records(data, len(docs))
	out := make([]splitDoc, len(docs))
	for i, d := range docs {
		out[i] = splitDoc{doc: d, file: docName(path)}
		if recs != nil {
			out[i].raw = recs[i]
		}
	}
	return out, kind, nil
}

// records cuts data into its records when it is a JSON array of n objects or JSON Lines of n objects,
// and says which; nil and "" otherwise.
func records(data []byte, n int) ([][]byte, string) {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if len(t) == 0 || n == 0 {
		return nil, ""
	}
	if t[0] == '[' {
		var tasks []json.RawMessage
		if json.Unmarshal(t, &tasks) != nil || len(tasks) != n {
			return nil, ""
		}
		out := make([][]byte, n)
		for i, task := range tasks {
			out[i] = bytes.TrimSpace(task)
		}
		return out, jsonArray
	}
	var out [][]byte
	for _, line := range bytes.Split(t, []byte("\n")) {
		if line = bytes.TrimSpace(line); len(line) > 0 {
			out = append(out, line)
		}
	}
	var first map[string]json.RawMessage
	if len(out) != n || json.Unmarshal(out[0], &first) != nil {
		return nil, ""
	}
	if _, ok := first["format"]; ok {
		return out, linesGlose
	}
	return out, linesOther
}

// groupValue returns the value of key (a dotted path: "meta.url", "doc_id") in the document's record,
// or in its Glose JSON when it has none; ok is false when the record does not hold it.
func (s splitDoc) groupValue(key string) (string, bool, error) {
	rec := s.raw
	if rec == nil {
		b, err := annotate.MarshalLine(s.doc)
		if err != nil {
			return "", false, fmt.Errorf("encoding %s: %w", s.doc.ID, err)
		}
		rec = b
	}
	v := json.RawMessage(rec)
	for _, k := range strings.Split(key, ".") {
		var obj map[string]json.RawMessage
		if json.Unmarshal(v, &obj) != nil {
			return "", false, nil
		}
		if v = obj[k]; v == nil {
			return "", false, nil
		}
	}
	var str string
	if json.Unmarshal(v, &str) == nil {
		return str, str != "", nil
	}
	if string(v) == "null" {
		return "", false, nil
	}
	var compact bytes.Buffer
	if json.Compact(&compact, v) != nil {
		return string(v), true, nil
	}
	return compact.String(), true, nil
}
