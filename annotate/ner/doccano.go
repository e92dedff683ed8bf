package ner

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
)

// doccanoLine is one line of doccano relation-JSONL. Offsets are Unicode code points, end exclusive,
// unless the record says they count UTF-16 code units (annotate.RecordUnit).
type doccanoLine struct {
	ID         any             `json:"id"`
	Text       string          `json:"text"`
	Entities   json.RawMessage `json:"entities"`
	Label      json.RawMessage `json:"label"` // doccano's sequence-labelling export: DoccanoEntities
	OffsetUnit *string         `json:"offset_unit"`
	Meta       json.RawMessage `json:"meta"`
}

// ReadDoccano reads doccano relation-JSONL (one document per line, entity offsets in Unicode code
// points, end exclusive, or in UTF-16 code units where a record's "offset_unit" says so, as Glose's
// export for doccano's browser writes it) and returns examples whose span offsets are bytes. The
// mentions that Glose's export marks as no name ("mention": "pronoun" or "nominal") are left out. name is used in errors,
// which give the line number. Blank lines are skipped.
func ReadDoccano(r io.Reader, name string) ([]Example, error) {
	t, err := readUTF8Lines(r, name)
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(t.Data))
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var out []Example
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(trimSpace(line)) == 0 {
			continue
		}
		var d doccanoLine
		if err := json.Unmarshal(line, &d); err != nil {
			return nil, fmt.Errorf("%s:%d: not a doccano JSON object: %w", name, n, err)
		}
		ex, err := doccanoExample(d)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		out = append(out, ex)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}

// readUTF8Lines reads a JSON Lines file, which must be UTF-8 (UTF-16 with a byte-order mark is
// converted): a Latin-1 gold file is refused with the line and offset of its first accented letter,
// not read with U+FFFD in place of the letters.
func readUTF8Lines(r io.Reader, name string) (*infile.Text, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return infile.UTF8Lines(name, data)
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	return b
}

func doccanoExample(d doccanoLine) (Example, error) {
	if !utf8.ValidString(d.Text) {
		return Example{}, fmt.Errorf("text is not valid UTF-8")
	}
	unit, err := annotate.RecordUnit(d.OffsetUnit, d.Meta)
	if err != nil {
		return Example{}, err
	}
	ents, err := DoccanoEntities(d.Entities, d.Label)
	if err != nil {
		return Example{}, err
	}
	off := annotate.NewOffsets(d.Text)
	ex := Example{Text: d.Text}
	if d.ID != nil {
		ex.ID = fmt.Sprint(d.ID)
	}
	for k, e := range ents {
		if e.Mention.Norm() != "" {
			continue // a pronoun or a description (Glose's export with --mentions all): no name to learn or score
		}
		if e.Label == "" {
			return Example{}, fmt.Errorf("entity %d has no label", k)
		}
		start, err1 := off.Convert(e.Start, unit, annotate.Bytes)
		end, err2 := off.Convert(e.End, unit, annotate.Bytes)
		if err := errors.Join(err1, err2); err != nil || e.Start >= e.End {
			hint := ""
			if unit == annotate.CodePoints {
				hint = annotate.UTF16Hint(off, e.Start, e.End)
			}
			return Example{}, fmt.Errorf("entity %d (%s) has offsets [%d,%d) outside the text's %d %s, inside a character, or empty%s",
				k, e.Label, e.Start, e.End, off.Len(unit), unit, hint)
		}
		ex.Spans = append(ex.Spans, Mention{Start: start, End: end, Label: e.Label, Confidence: 1})
	}
	sort.Slice(ex.Spans, func(i, j int) bool { return ex.Spans[i].Start < ex.Spans[j].Start })
	return ex, nil
}
