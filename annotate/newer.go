package annotate

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// NewerFormat reports whether f, a document's "format", names a version of the Glose format newer
// than the one this Glose writes (Format): a higher major version ("glose/2"), which it cannot read,
// or a minor revision ("glose/1.2"), which it reads but whose keys it does not know it would drop on
// writing the document again. Such a file was written by a newer Glose, and holds work this one
// must not write over.
func NewerFormat(f string) bool {
	v, ok := strings.CutPrefix(f, "glose/")
	if !ok {
		return false
	}
	majorText, minorText, hasMinor := strings.Cut(v, ".")
	major, err := strconv.Atoi(majorText)
	if err != nil {
		return false
	}
	if major != 1 || !hasMinor {
		return major > 1
	}
	minor, err := strconv.Atoi(minorText)
	return err == nil && minor > 0
}

// PeekFormat returns the "format" of the Glose document data begins with, without reading the rest:
// Glose writes it first. "" when data does not begin with a JSON object whose first key is "format"
// holding a string.
func PeekFormat(data []byte) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	if k, err := dec.Token(); err != nil || k != "format" {
		return ""
	}
	f, _ := dec.Token()
	s, _ := f.(string)
	return s
}
