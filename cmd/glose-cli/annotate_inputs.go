package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
)

// annotateInput is one document annotate reads: a whole file (text, Markdown, Glose JSON, or
// standard input), or one line of a Glose JSON Lines corpus, such as annotate itself writes, so that
// a corpus reviewed (and a model retrained on it) can be pre-annotated again.
type annotateInput struct {
	path string // the argument it comes from; "-" is standard input
	line int    // its line in a corpus, from 1; 0 for a whole file
	data []byte // the line, or standard input; nil: the file is read when its turn comes
	size int64  // its bytes, for the progress bar
}

// place names the input in messages: the file, or FILE:LINE for a document of a corpus.
func (u annotateInput) place() string {
	if u.line == 0 {
		return argName(u.path)
	}
	return fmt.Sprintf("%s:%d", docName(u.path), u.line)
}

// outBase is what --out-dir names the input's file after: a file's name, or a corpus document's ID
// (as export --to glose --out-dir names them), the corpus's name when the line has none.
func (u annotateInput) outBase() string {
	if u.line > 0 {
		var probe struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(u.data, &probe) == nil && strings.TrimSpace(probe.ID) != "" {
			return probe.ID
		}
	}
	return baseName(u.path)
}

// isCorpusPath reports whether a file is a JSON Lines corpus by its name.
func isCorpusPath(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".jsonl" || ext == ".ndjson"
}

// annotateInputs lists the documents of the arguments, in order: a .jsonl file, or standard input
// holding JSON Lines, gives one per line (read now, each line decoded when its turn comes); any
// other file gives one, read when its turn comes. in is standard input, read when "-" is named.
func annotateInputs(paths []string, in []byte) ([]annotateInput, error) {
	var inputs []annotateInput
	for _, p := range paths {
		switch {
		case p == "-" && stdinIsJSONLines(in):
			lines, err := corpusLines(p, in)
			if err != nil {
				return nil, err
			}
			inputs = append(inputs, lines...)
		case p == "-":
			inputs = append(inputs, annotateInput{path: p, data: in, size: int64(len(in))})
		case isCorpusPath(p):
			data, err := readLimited(p)
			if err != nil {
				return nil, err
			}
			lines, err := corpusLines(p, data)
			if err != nil {
				return nil, err
			}
			inputs = append(inputs, lines...)
		default:
			u := annotateInput{path: p}
			if info, err := os.Stat(p); err == nil { // else the reading will say why
				u.size = info.Size()
			}
			inputs = append(inputs, u)
		}
	}
	return inputs, nil
}

// stdinIsJSONLines reports whether standard input holds JSON Lines: a first line that is a JSON
// object, and more lines (one Glose JSON object alone is a document, and anything else text).
func stdinIsJSONLines(in []byte) bool {
	t := bytes.TrimLeft(in, " \t\r\n\uFEFF")
	return len(t) > 0 && t[0] == '{' && annotate.IsJSONLines(t)
}

// corpusLines returns an input for each non-blank line of data, a JSON Lines corpus read from path.
func corpusLines(path string, data []byte) ([]annotateInput, error) {
	t, err := infile.UTF8Lines(docName(path), data)
	if err != nil {
		return nil, err
	}
	if whole := bytes.TrimSpace(t.Data); len(whole) > 0 && whole[0] == '{' && json.Valid(whole) {
		// One document written over several lines (annotate -o one.jsonl of one text, before it wrote
		// JSON Lines there): the corpus of that document.
		return []annotateInput{{path: path, line: 1, data: whole, size: int64(len(data))}}, nil
	}
	var inputs []annotateInput
	rest := t.Data
	for n := 1; len(rest) > 0; n++ {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if line = bytes.TrimSpace(line); len(line) > 0 {
			inputs = append(inputs, annotateInput{path: path, line: n, data: line, size: int64(len(line)) + 1})
		}
	}
	if len(inputs) == 0 {
		return nil, fmt.Errorf("%s: no document: the file is empty (a Glose JSON Lines corpus holds one document a line)", argName(path))
	}
	return inputs, nil
}

// readCorpusLine decodes the document of a corpus line, saying, when the line is no Glose document
// (a doccano or spaCy corpus), how to make it one.
func readCorpusLine(u annotateInput) (*annotate.Document, error) {
	d, err := annotate.UnmarshalLine(u.data, docName(u.path), u.line)
	return d, importHint(err, u.path, u.data)
}

// importHint adds to err, the failure to read data from path as a Glose document, how to make one
// when data is JSON of another format: a doccano line (whose entities' number IDs the decoder meets
// before it sees that "format" is missing), a spaCy line, Label Studio's list of tasks.
func importHint(err error, path string, data []byte) error {
	var ve *annotate.ValidationError
	if err == nil || !(errors.As(err, &ve) && ve.Code == annotate.InvalidFormatMissing || lacksFormat(data)) {
		return err
	}
	return fmt.Errorf("%w; annotate reads Glose JSON and JSON Lines: other formats (doccano, spaCy, Label Studio) go through import first (glose-cli import %s -o corpus.jsonl)", err, path)
}

// lacksFormat reports whether data, or its first line, is JSON but no Glose document: a list, or an
// object without "format". JSON that does not parse is left to the decoder's error, which says where.
func lacksFormat(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\uFEFF")
	if len(t) > 0 && t[0] == '[' {
		return json.Valid(t)
	}
	var probe map[string]json.RawMessage
	if json.Unmarshal(t, &probe) != nil {
		first, _, _ := bytes.Cut(t, []byte("\n"))
		if json.Unmarshal(first, &probe) != nil {
			return false
		}
	}
	_, ok := probe["format"]
	return !ok
}
