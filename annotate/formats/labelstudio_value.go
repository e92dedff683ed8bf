package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate/infile"
)

// lsValueIn is what a region's value holds besides a text span's start, end, text and labels, as
// Label Studio's other control tags write it (labelstud.io/tags): a TextArea's texts, a
// HyperTextLabels region's XPath, offsets and labels.
type lsValueIn struct {
	offsets     bool     // start and end are both whole numbers
	startPath   string   // HyperText: the XPath of the node the region starts in
	startOffset *int     // HyperText: the offset in that node
	global      *[2]int  // HyperText: globalOffsets, start and end in the text of the whole page
	texts       []string // TextArea: value.text is a list
	hyperLabels []string // HyperTextLabels: value.hypertextlabels

	// bad says, by field, how a field present in the value is not what a text span holds: only the
	// result types that need the field refuse it, where the reader can name the task and result.
	bad map[string]lsBad
	// fields are the value's fields as read, and starts where each value starts in the value.
	fields map[string]json.RawMessage
	starts map[string]int
	// capacity is the capacity of the bytes the value was read from: encoding/json hands an
	// Unmarshaler a slice of the file it reads, so the file's capacity minus this is where the
	// value is in the file (problemError checks that it is).
	capacity int
}

// lsBad is a field of a value that has the wrong kind for a text span.
type lsBad struct {
	field string // "start"; "" for the value itself
	why   string // "expected a whole number, found a string (\"8\")"
	// expected and found are the same as words of infile.JSONKinds ("integer", "string"), for a
	// program that says them in its own language.
	expected, found string
}

// UnmarshalJSON reads a region's value whatever its result type, and never fails: every control tag
// of Label Studio writes its own value (value.text is a string for a text span, a list for a
// TextArea; value.start a number, or an XPath for HyperTextLabels), and a result of a type Glose does
// not read must not fail the import. What a text span needs is checked by the reader (problem).
func (v *lsValue) UnmarshalJSON(b []byte) error {
	if v.fast(b) {
		return nil
	}
	*v = lsValue{in: lsValueIn{bad: map[string]lsBad{}, capacity: cap(b)}}
	raw, starts, ok := lsFields(b)
	if !ok {
		v.note("", "an object", "object", b)
		return nil
	}
	v.in.fields, v.in.starts = raw, starts
	var okStart, okEnd bool
	v.Start, okStart = v.whole("start")
	v.End, okEnd = v.whole("end")
	v.in.offsets = okStart && okEnd
	_ = json.Unmarshal(raw["start"], &v.in.startPath)
	v.readText()
	v.Labels = v.strings("labels")
	v.in.hyperLabels = v.strings("hypertextlabels")
	if n, ok := v.whole("startOffset"); ok {
		v.in.startOffset = &n
	}
	if g := raw["globalOffsets"]; present(g) {
		var off struct {
			Start, End *int
		}
		if json.Unmarshal(g, &off) != nil || off.Start == nil || off.End == nil {
			v.note("globalOffsets", "an object with whole numbers start and end", "object", g)
		} else {
			v.in.global = &[2]int{*off.Start, *off.End}
		}
	}
	return nil
}

// fast reads a value whose fields all have the kinds a text span's have (as most results are), at
// the cost of one decoding, and reports whether it could; UnmarshalJSON looks at others field by
// field.
func (v *lsValue) fast(b []byte) bool {
	var f struct {
		Start, End      *int
		Text            *string
		Labels          []string
		HyperTextLabels []string                   `json:"hypertextlabels"`
		StartOffset     *int                       `json:"startOffset"`
		GlobalOffsets   *struct{ Start, End *int } `json:"globalOffsets"`
	}
	if json.Unmarshal(b, &f) != nil || f.Text == nil && bytes.Contains(b, []byte(`"text"`)) {
		return false // a field of another kind, or text: null, which the field by field reading ignores
	}
	if g := f.GlobalOffsets; g != nil && (g.Start == nil || g.End == nil) {
		return false
	}
	*v = lsValue{Labels: f.Labels, in: lsValueIn{hyperLabels: f.HyperTextLabels, startOffset: f.StartOffset}}
	if f.Start != nil && f.End != nil {
		v.Start, v.End, v.in.offsets = *f.Start, *f.End, true
	} else if f.Start != nil {
		v.Start = *f.Start
	} else if f.End != nil {
		v.End = *f.End
	}
	if f.Text != nil {
		v.Text = *f.Text
	}
	if g := f.GlobalOffsets; g != nil {
		v.in.global = &[2]int{*g.Start, *g.End}
	}
	return true
}

// lsFields splits a JSON object into its fields, with the offset in b where each value starts.
func lsFields(b []byte) (map[string]json.RawMessage, map[string]int, bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, nil, false
	}
	raw, starts := map[string]json.RawMessage{}, map[string]int{}
	for dec.More() {
		tok, err := dec.Token()
		key, isKey := tok.(string)
		if err != nil || !isKey {
			return nil, nil, false
		}
		at := int(dec.InputOffset()) // after the key: spaces, a colon, spaces, then the value
		var m json.RawMessage
		if err := dec.Decode(&m); err != nil {
			return nil, nil, false
		}
		if i := bytes.IndexByte(b[at:], ':'); i >= 0 {
			at += i + 1
		}
		for at < len(b) && strings.IndexByte(" \t\r\n", b[at]) >= 0 {
			at++
		}
		raw[key], starts[key] = m, at
	}
	return raw, starts, true
}

// note notes that field has the wrong kind for a text span: b where the words expected (whose kind
// in infile.JSONKinds is kind) were.
func (v *lsValue) note(field, expected, kind string, b []byte) {
	v.in.bad[field] = lsBad{field, "expected " + expected + ", found " + jsonKind(b), kind, jsonKindWord(b)}
}

// whole reads field as a whole number; a field present with another kind of value is noted in bad.
func (v *lsValue) whole(field string) (int, bool) {
	b := v.in.fields[field]
	if !present(b) {
		return 0, false
	}
	var n int
	if err := json.Unmarshal(b, &n); err != nil {
		v.note(field, "a whole number", "integer", b)
		return 0, false
	}
	return n, true
}

// strings reads field as a list of strings, noting another kind of value in bad.
func (v *lsValue) strings(field string) []string {
	b := v.in.fields[field]
	if !present(b) {
		return nil
	}
	var out []string
	if err := json.Unmarshal(b, &out); err != nil {
		v.note(field, "a list of strings", "array", b)
		return nil
	}
	return out
}

// readText reads value.text: a string (a span's text), or a list of strings (a TextArea's).
func (v *lsValue) readText() {
	b := v.in.fields["text"]
	if !present(b) {
		return
	}
	if json.Unmarshal(b, &v.Text) == nil {
		return
	}
	if json.Unmarshal(b, &v.in.texts) == nil {
		v.in.bad["text"] = lsBad{"text", "expected a string, found a list", "string", "array"}
		return
	}
	v.note("text", "a string or a list of strings", "string", b)
}

// problem returns the first field of the value that is not what a text span has (start and end
// whole numbers, text a string, labels a list of strings), if there is one.
func (v *lsValue) problem() (lsBad, bool) {
	for _, f := range []string{"", "start", "end", "text", "labels"} {
		if bad, ok := v.in.bad[f]; ok {
			return bad, true
		}
	}
	return lsBad{}, false
}

// lsBadValue reports whether a labels region's value has a problem, which the reader reports.
func lsBadValue(v *lsValue) bool {
	_, bad := v.problem()
	return bad
}

// problemError is the error for a field of the value: at its line and column in the file's data
// when the value was read from it, as infile.JSONError says a JSON value of the wrong kind (with
// its code, the field as the export spells it: annotations.result.value.start), then the task and
// result (at, which starts with the file's name).
func (v *lsValue) problemError(name string, data []byte, at place, kind string, bad lsBad) error {
	field := "value"
	if bad.field != "" {
		field += "." + bad.field
	}
	off := cap(data) - v.in.capacity + v.in.starts[bad.field]
	args := map[string]any{"Field": kind + "s.result." + field, "Expected": bad.expected, "Found": bad.found}
	if v.in.capacity == 0 || off < 0 || off >= len(data) || !bytes.HasPrefix(data[off:], bytes.TrimSpace(v.in.fields[bad.field])) {
		return at.err(ErrRegionValue, args, "%s: %s: %s", at, field, bad.why)
	}
	e := infile.JSONPosition(name, data, 0, int64(off), strings.TrimPrefix(at.text, name+": ")+": "+field+": "+bad.why)
	// An infile.Error has no place keys of its own: its Field is the whole path
	// (annotations[0].result[3].value.end) and its Args name the task.
	for k, v := range at.args() {
		args[k] = v
	}
	if p, _ := args["Path"].(string); p != "" {
		args["Field"] = p + "." + field
		delete(args, "Path")
	}
	e.Code, e.Args = infile.ErrJSONType, args
	return e
}

// present reports whether a field is in a JSON object with a value other than null.
func present(b json.RawMessage) bool {
	return len(b) > 0 && !bytes.Equal(b, []byte("null"))
}

// jsonKindWord names the kind of a JSON value as a word of infile.JSONKinds ("value" for null or
// nothing).
func jsonKindWord(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return "value"
	}
	switch b[0] {
	case '"':
		return "string"
	case '[':
		return "array"
	case '{':
		return "object"
	case 't', 'f':
		return "bool"
	case 'n':
		return "value"
	}
	return "number"
}

// jsonKind names the kind of a JSON value in messages, with the value when it is short.
func jsonKind(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return "nothing"
	}
	kind := "a number"
	switch b[0] {
	case '"':
		kind = "a string"
	case '[':
		return "a list"
	case '{':
		return "an object"
	case 't', 'f':
		kind = "a boolean"
	case 'n':
		return "null"
	}
	if len(b) <= 40 {
		return fmt.Sprintf("%s (%s)", kind, b)
	}
	return kind
}
