package infile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"
)

// JSONError turns an error of encoding/json about data into one a user understands: the line and
// column (in characters) of the problem, and what was expected there in words, not Go types. data is
// the whole file, or one line of it whose number is line (JSON Lines); what names the value the whole
// of data should be ("a Glose document", "a doccano record").
func JSONError(name string, data []byte, line int, what string, err error) *Error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se) && se.Offset >= int64(len(bytes.TrimRight(data, " \t\r\n"))):
		return coded(jsonAt(name, data, line, len(data), "the JSON is cut short: the file ends before "+what+" is complete"), ErrJSONCutShort, nil)
	case errors.As(err, &se):
		// Offset counts the bytes read, the offending one included.
		return coded(jsonAt(name, data, line, int(se.Offset)-1, "invalid JSON: "+se.Error()), ErrJSONSyntax, nil)
	case errors.As(err, &te):
		field := strings.TrimPrefix(te.Field, ".")
		if p := jsonPath(data, valueStart(data, int(te.Offset))); p != "" && indexless(p) == field {
			field = p // encoding/json names the field without the indexes of the arrays it is in
		}
		msg := fmt.Sprintf("expected %s, found %s", what, valueWords(te.Value))
		if field != "" {
			msg = fmt.Sprintf("%s: expected %s, found %s", field, typeWords(te.Type), valueWords(te.Value))
		}
		return coded(jsonAt(name, data, line, valueStart(data, int(te.Offset)), msg), ErrJSONType,
			map[string]any{"Field": field, "Expected": typeKind(te.Type), "Found": valueKind(te.Value)})
	case errors.Is(err, io.EOF) && len(bytes.TrimSpace(data)) == 0:
		return &Error{File: name, Line: line, Offset: -1, Msg: "the file is empty: expected " + what, Code: ErrJSONEmpty}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return coded(jsonAt(name, data, line, len(data), "the JSON is cut short: the file ends before "+what+" is complete"), ErrJSONCutShort, nil)
	}
	return &Error{File: name, Line: line, Offset: -1, Msg: "invalid JSON: " + err.Error(), Code: ErrJSONSyntax}
}

// jsonFrame is an object or array jsonPath is inside: the key of the value being read, or its index.
type jsonFrame struct {
	array    bool
	key      string
	index    int
	wantsKey bool // an object's next string is a key
}

// jsonPath returns the JSON path ("spans[3].start") of the value that starts at byte off of data, or
// "" when no value does (or data is not JSON up to it). The path of the whole of data is "".
func jsonPath(data []byte, off int) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []jsonFrame
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		end := int(dec.InputOffset())
		if n := len(stack); n > 0 && stack[n-1].wantsKey {
			if d, ok := tok.(json.Delim); ok && d == '}' {
				stack = stack[:n-1]
				valueDone(stack)
				continue
			}
			if end > off {
				return ""
			}
			stack[n-1].key, stack[n-1].wantsKey = tok.(string), false
			continue
		}
		d, isDelim := tok.(json.Delim)
		switch {
		case isDelim && (d == ']' || d == '}'):
			stack = stack[:len(stack)-1]
			valueDone(stack)
			continue
		case end > off:
			return pathOf(stack)
		case isDelim:
			stack = append(stack, jsonFrame{array: d == '[', wantsKey: d == '{'})
			continue
		}
		valueDone(stack)
	}
}

// valueDone moves the innermost frame of stack past the value just read.
func valueDone(stack []jsonFrame) {
	if n := len(stack); n > 0 {
		if stack[n-1].array {
			stack[n-1].index++
		} else {
			stack[n-1].wantsKey = true
		}
	}
}

// pathOf writes the path of the value being read in the innermost frame of stack.
func pathOf(stack []jsonFrame) string {
	var b strings.Builder
	for _, f := range stack {
		if f.array {
			fmt.Fprintf(&b, "[%d]", f.index)
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(f.key)
	}
	return b.String()
}

// indexless is path without its array indexes, as encoding/json names a field: spans.start.
func indexless(path string) string {
	var b strings.Builder
	skip := false
	for _, r := range path {
		switch {
		case r == '[':
			skip = true
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	return strings.TrimPrefix(b.String(), ".")
}

// coded gives e a code and its Args.
func coded(e *Error, code Code, args map[string]any) *Error {
	e.Code, e.Args = code, args
	return e
}

// JSONPosition returns the Error for a place in data (see JSONError) with message msg.
func JSONPosition(name string, data []byte, line int, off int64, msg string) *Error {
	return jsonAt(name, data, line, int(off), msg)
}

func jsonAt(name string, data []byte, line, off int, msg string) *Error {
	off = max(0, min(off, len(data)))
	before := data[:off]
	start := bytes.LastIndexByte(before, '\n') + 1
	return &Error{
		File:   name,
		Line:   max(line, 1) + bytes.Count(before, []byte{'\n'}),
		Column: utf8.RuneCount(before[start:]) + 1,
		Offset: -1,
		Msg:    msg,
	}
}

// valueStart finds where the value that ends at off begins: encoding/json reports type errors after
// a string, number or literal, but just inside an object or array.
func valueStart(data []byte, off int) int {
	off = min(off, len(data))
	if off == 0 {
		return 0
	}
	switch data[off-1] {
	case '{', '[':
		return off - 1
	case '"':
		for i := off - 2; i >= 0; i-- {
			if data[i] != '"' {
				continue
			}
			bs := 0
			for j := i - 1; j >= 0 && data[j] == '\\'; j-- {
				bs++
			}
			if bs%2 == 0 {
				return i
			}
		}
		return 0
	}
	i := off
	for i > 0 && !strings.ContainsRune(" \t\r\n,:[{", rune(data[i-1])) {
		i--
	}
	return i
}

// typeWords names what a Go type reads from JSON, in English.
func typeWords(t reflect.Type) string { return kindWords[typeKind(t)] }

// kindWords says each word of JSONKinds in English.
var kindWords = map[string]string{
	"string": "a string", "integer": "a whole number", "natural": "a whole number from 0", "number": "a number",
	"bool": "true or false", "object": "an object {...}", "array": "an array [...]", "value": "a value",
}

// valueWords names what encoding/json found (its UnmarshalTypeError.Value).
func valueWords(v string) string {
	switch v {
	case "array":
		return "an array"
	case "object":
		return "an object"
	case "string":
		return "a string"
	case "number":
		return "a number"
	case "bool":
		return "true or false"
	}
	if n, ok := strings.CutPrefix(v, "number "); ok {
		return "the number " + n
	}
	return v
}

// typeKind names what a Go type reads from JSON as a word for a program (JSONKinds), which typeWords
// says in English.
func typeKind(t reflect.Type) string {
	if t == nil {
		return "value"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "integer"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "natural"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Bool:
		return "bool"
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Pointer:
		return typeKind(t.Elem())
	}
	return "value"
}

// valueKind names what encoding/json found (its UnmarshalTypeError.Value) as a word of JSONKinds.
func valueKind(v string) string {
	switch v {
	case "array", "object", "string", "number", "bool":
		return v
	}
	if strings.HasPrefix(v, "number ") {
		return "number"
	}
	return "value"
}

// JSONKinds lists the words ErrJSONType's Expected and Found take: a JSON string, a whole number, a
// whole number from 0, a number, true or false, an object, an array, or any value.
func JSONKinds() []string {
	return []string{"string", "integer", "natural", "number", "bool", "object", "array", "value"}
}
