package annotate

import (
	"encoding/json"
	"fmt"
	"strings"
)

// ParseUnit reads the name of an offset unit as files and command lines give it: code points
// ("codepoints", "unicode-code-points", "python") or UTF-16 code units ("utf16", "javascript").
func ParseUnit(s string) (Unit, error) {
	switch strings.ToLower(s) {
	case "codepoints", "code-points", "unicode-code-points", "python":
		return CodePoints, nil
	case "utf16", "utf-16", "javascript":
		return UTF16, nil
	}
	return 0, fmt.Errorf("offset unit %q: expected codepoints or utf16", s)
}

// DeclaredUnit returns the offset unit a doccano record names by its "offset_unit" key, top (at the
// top level, as Glose's export writes it and doccano exports it back) or else under its "meta" (where
// older doccano versions put keys they do not know), and whether it names one. A "meta" of another
// shape is the user's own, and names none.
func DeclaredUnit(top *string, meta json.RawMessage) (string, bool) {
	if top != nil {
		return *top, true
	}
	if len(meta) == 0 {
		return "", false
	}
	var m struct {
		OffsetUnit *string `json:"offset_unit"`
	}
	if json.Unmarshal(meta, &m) != nil || m.OffsetUnit == nil {
		return "", false
	}
	return *m.OffsetUnit, true
}

// RecordUnit is the unit of a doccano record's offsets for the readers of gold files, which take no
// --unit: UTF-16 code units when its "offset_unit" says so (an export with --unit utf16, for doccano's
// browser, which keeps the key), else code points, the unit of gold data; a unit that is none is an
// error.
func RecordUnit(top *string, meta json.RawMessage) (Unit, error) {
	s, ok := DeclaredUnit(top, meta)
	if !ok {
		return CodePoints, nil
	}
	u, err := ParseUnit(s)
	if err != nil {
		return 0, fmt.Errorf(`"offset_unit": %w`, err)
	}
	return u, nil
}

// UTF16Hint says, of a range [start, end) counted in code points that does not fit the text, when
// counted in UTF-16 code units it would: the text has characters outside the BMP (emoji), which
// doccano in a web browser counts as two, whatever the record's "offset_unit" says. It is "" otherwise.
func UTF16Hint(off *Offsets, start, end int) string {
	if start < 0 || end <= start || end <= off.Len(CodePoints) || end > off.Len(UTF16) {
		return ""
	}
	if _, err := off.Convert(start, UTF16, Bytes); err != nil {
		return ""
	}
	if _, err := off.Convert(end, UTF16, Bytes); err != nil {
		return ""
	}
	return `; counted in UTF-16 code units, as doccano in a web browser counts them, it fits: add "offset_unit": "utf16" to the records, or convert the file (glose-cli import --unit utf16 FILE | glose-cli export --to doccano -)`
}
