package annotate

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/glose-app/glose/annotate/infile"
)

//go:embed glose.schema.json
var schemaJSON []byte

// SchemaJSON returns the JSON Schema (draft 2020-12) of the native format.
func SchemaJSON() []byte { return bytes.Clone(schemaJSON) }

// compiledSchema is compiled once; it is immutable after that.
var compiledSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://glose.app/schema/glose-1.json"
	if err := c.AddResource(url, doc); err != nil {
		return nil, err
	}
	return c.Compile(url)
})

// ValidateJSON checks native JSON against the JSON Schema, then decodes it and checks its meaning
// (Validate). The error names the file and the JSON path of the first problem. Encodings are read as
// Unmarshal reads them.
func ValidateJSON(data []byte, name string) (*Document, error) { return validateJSON(data, name, 0) }

// validateJSON is ValidateJSON for a whole file (line 0) or one line of a corpus.
func validateJSON(data []byte, name string, line int) (*Document, error) {
	sch, err := compiledSchema()
	if err != nil {
		return nil, fmt.Errorf("compiling the built-in schema: %w", err)
	}
	data, err = utf8JSON(name, data, line)
	if err != nil {
		return nil, err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, syntaxError(name, data, line, err)
	}
	if err := checkLossless(name, data, line); err != nil {
		return nil, err // before the schema, which would speak of the value kept, not of the one lost
	}
	if m, ok := inst.(map[string]any); ok {
		if f, _ := m["format"].(string); f != "" || m["format"] == nil {
			if err := CheckFormat(f); err != nil {
				return nil, inFile(err, name, line)
			}
		}
	}
	if err := sch.Validate(inst); err != nil {
		var ve *jsonschema.ValidationError
		if errors.As(err, &ve) {
			return nil, schemaError(ve, lineName(name, line))
		}
		return nil, &ValidationError{File: lineName(name, line), Msg: err.Error()}
	}
	return unmarshalLine(data, name, line, false)
}

// syntaxError says where data, which the schema library could not read (err), stops being one JSON
// value: encoding/json says where the JSON breaks, the schema library does not; data after a whole
// value ("{} ]") is named as such, where encoding/json would speak of the file cut short.
func syntaxError(name string, data []byte, line int, err error) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if dec.Decode(new(json.RawMessage)) == nil {
		if terr := trailingData(name, data, line, dec.InputOffset()); terr != nil {
			return terr
		}
	}
	if jerr := json.Unmarshal(data, new(any)); jerr != nil {
		err = jerr
	}
	return jsonError(name, data, line, err)
}

// ValidateJSONLines checks a Glose JSON Lines corpus (what `glose-cli annotate` writes for several
// files and `export --to jsonl` writes), one document a line, as ValidateJSON checks a document; an
// error names the line ("FILE: line 3: ..."). It returns the documents read.
func ValidateJSONLines(data []byte, name string) ([]*Document, error) {
	t, err := infile.UTF8Lines(name, data)
	if err != nil {
		return nil, err
	}
	var docs []*Document
	for i, line := range bytes.Split(t.Data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d, err := validateJSON(line, name, i+1)
		if err != nil {
			return docs, err
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, &ValidationError{File: name, Msg: "no document: the file is empty"}
	}
	return docs, nil
}

// IsJSONLines tells JSON Lines from one JSON document: the whole is not one JSON value but its first
// line is.
func IsJSONLines(data []byte) bool {
	if t, err := infile.Decode("", data); err == nil {
		data = t.Data
	}
	if json.Valid(data) {
		return false
	}
	first, rest, _ := bytes.Cut(bytes.TrimLeft(data, " \t\r\n"), []byte("\n"))
	return json.Valid(first) && len(bytes.TrimSpace(rest)) > 0
}

// schemaError reports the deepest first cause, which names the precise place.
func schemaError(ve *jsonschema.ValidationError, name string) error {
	for len(ve.Causes) > 0 {
		ve = ve.Causes[0]
	}
	path := "(document)"
	if len(ve.InstanceLocation) > 0 {
		var b strings.Builder
		for _, p := range ve.InstanceLocation {
			if p != "" && p[0] >= '0' && p[0] <= '9' {
				fmt.Fprintf(&b, "[%s]", p)
			} else {
				if b.Len() > 0 {
					b.WriteByte('.')
				}
				b.WriteString(p)
			}
		}
		path = b.String()
	}
	msg := ve.ErrorKind.LocalizedString(message.NewPrinter(language.English))
	return &ValidationError{File: name, Path: path, Msg: "does not match the glose/1 schema: " + msg}
}
