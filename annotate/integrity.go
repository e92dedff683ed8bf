package annotate

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// IntegrityWarnings lists what a document read whole may hold that Glose keeps but a later step
// would trip on: two notes of one list with one ID (XLIFF tools refuse them, and merge-back writes
// them so), and a client's file kept for merge-back (Meta.Original) that is not well-formed XML, into
// which the translations could not be merged back. Neither loses anything: the document opens, and
// the caller says them as warnings. Each has a Code (WarnNoteID, WarnOriginal).
func (d *Document) IntegrityWarnings() []*ValidationError {
	out := noteIDTwice("notes", d.Notes)
	for i, s := range d.Segments {
		out = append(out, noteIDTwice(fmt.Sprintf("segments[%d].notes", i), s.Notes)...)
	}
	if w := d.originalWarning(); w != nil {
		out = append(out, w)
	}
	return out
}

// noteIDTwice lists the notes of the list at path whose ID an earlier one of it has.
func noteIDTwice(path string, notes []Note) []*ValidationError {
	var out []*ValidationError
	first := map[string]int{}
	for i, n := range notes {
		if n.ID == "" {
			continue
		}
		j, ok := first[n.ID]
		if !ok {
			first[n.ID] = i
			continue
		}
		other := fmt.Sprintf("%s[%d]", path, j)
		out = append(out, &ValidationError{Path: fmt.Sprintf("%s[%d].id", path, i), Code: WarnNoteID,
			Args: map[string]any{"ID": n.ID, "Other": other},
			Msg:  fmt.Sprintf("note ID %q is also the ID of %s: XLIFF tools refuse two notes of one ID in one place; give each its own", n.ID, other)})
	}
	return out
}

// originalWarning says that the client's file kept for merge-back is not well-formed XML, or is nil.
func (d *Document) originalWarning() *ValidationError {
	o := d.Meta.Original
	if o == nil {
		return nil
	}
	err := wellFormed(o.Data)
	if err == nil {
		return nil
	}
	line := 1 // no element at all: the file's first line says so
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		line = se.Line
	}
	return &ValidationError{Path: "meta.original.text", Code: WarnOriginal, Args: map[string]any{"XMLLine": line, "Reason": err.Error()},
		Msg: fmt.Sprintf("the client's file kept for merge-back (%s) is not well-formed XML (%v): exporting to XLIFF cannot merge the translations back into it", o.Name, err)}
}

// wellFormed reports where data is not well-formed XML: tags that do not match, text cut short.
func wellFormed(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	root := false
	for {
		tok, err := dec.Token() // Token, not RawToken: it checks that each end tag matches its start
		if errors.Is(err, io.EOF) {
			if !root {
				return errors.New("no XML element")
			}
			return nil
		}
		if err != nil {
			return err
		}
		if _, ok := tok.(xml.StartElement); ok {
			root = true
		}
	}
}
