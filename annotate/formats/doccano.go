package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
)

func doccanoFormat() Format {
	return Format{
		Name: "doccano", Title: "doccano relation JSONL", Extensions: []string{".jsonl"},
		NER:         true,
		Offsets:     "Unicode code points (Python str indices); --unit utf16 for doccano's browser",
		UnitChoice:  true,
		Description: "spans and relations of one side, the kind of pronouns and descriptions (a \"mention\" key doccano ignores); no origins, entities or translations",
		write:       writeDoccano, read: readDoccano,
	}
}

type doccanoRecord struct {
	ID        any               `json:"id"` // a number when the document's ID is one, as doccano numbers records (doccanoID)
	Text      string            `json:"text"`
	Entities  []doccanoEntity   `json:"entities"`
	Relations []doccanoRelation `json:"relations"`
	// OffsetUnit is Glose's: the unit the offsets count ("codepoints" or "utf16"), so that reading
	// the file back needs no --unit. doccano keeps keys it does not know as the record's metadata
	// and writes them back on export (at the top level, or under "meta" in older versions), which
	// the reader reads both (doccanoIn.unit).
	OffsetUnit string `json:"offset_unit"`
}

// doccanoEntity is an entity of doccano's relation format. Mention is Glose's: the kind of a pronoun
// or description ("pronoun", "nominal"), absent for a name. doccano's import ignores keys it does not
// know (its entities are pydantic models), so the file still loads there, and the label stays the
// entity type a recogniser learns; doccano's own export does not write it back.
type doccanoEntity struct {
	ID          int                  `json:"id"`
	Label       string               `json:"label"`
	StartOffset int                  `json:"start_offset"`
	EndOffset   int                  `json:"end_offset"`
	Mention     annotate.MentionKind `json:"mention,omitempty"`
}

type doccanoRelation struct {
	ID     int    `json:"id"`
	FromID int    `json:"from_id"`
	ToID   int    `json:"to_id"`
	Type   string `json:"type"`
}

func writeDoccano(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	unit, _ := parseUnit(opts.Unit, annotate.CodePoints)
	var w warnings
	var buf bytes.Buffer
	for _, d := range docs {
		translationWarning(d, "doccano", opts, &w)
		entityWarning(d, "doccano", opts, &w)
		docLossWarnings(d, "doccano", false, &w)
		for _, v := range views(d, opts, &w) {
			rec := doccanoRecordOf(v, unit, &w)
			if err := writeJSONLine(&buf, rec); err != nil {
				return nil, nil, err
			}
		}
	}
	return []File{{Name: "corpus.jsonl", Main: true, Data: buf.Bytes()}}, w, nil
}

// doccanoID is how a record gives the document's ID: doccano numbers its records, so an ID that is a
// plain whole number (no sign, no leading zero, within JSON's exact integers) is written as a number, as
// doccano wrote it, and comes back from import as the same ID; any other ID is a string.
func doccanoID(id string) any {
	if n, err := strconv.ParseInt(id, 10, 64); err == nil && n >= 0 && n < 1<<53 && strconv.FormatInt(n, 10) == id {
		return json.Number(id)
	}
	return id
}

func doccanoRecordOf(v *view, unit annotate.Unit, w *warnings) doccanoRecord {
	rec := doccanoRecord{ID: doccanoID(v.ID), Text: v.Text, Entities: []doccanoEntity{}, Relations: []doccanoRelation{}, OffsetUnit: unitFlag(unit)}
	num := map[string]int{}
	for i, s := range v.Spans {
		num[s.ID] = i + 1
		rec.Entities = append(rec.Entities, doccanoEntity{i + 1, s.Label, v.at(s.Start, unit), v.at(s.End, unit), s.Mention.Norm()})
	}
	for i, l := range v.Links {
		rec.Relations = append(rec.Relations, doccanoRelation{i + 1, num[l.From], num[l.To], l.Type})
	}
	originWarning(v.ID, v.Spans, "doccano", w)
	spanNoteWarning(v.ID, v.Spans, "doccano", w)
	if unit == annotate.CodePoints && outsideBMP(v.Text) {
		w.say(v.ID, WarnCodePointsOutsideBMP, map[string]any{"Format": "doccano"}, "the text has characters outside the BMP (e.g. emoji): offsets are code points, as Python counts; doccano's browser counts UTF-16 code units (doccano issue #2290), so use --unit utf16 to load this file into doccano")
	}
	return rec
}

func writeJSONLine(buf *bytes.Buffer, v any) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// doccanoIn accepts the relation format (entities as objects) and the sequence-labelling format
// ("label" or "entities" as [start, end, label] triples); id may be a number or a string.
type doccanoIn struct {
	ID         any               `json:"id"`
	Text       *string           `json:"text"`
	Entities   json.RawMessage   `json:"entities"`
	Label      json.RawMessage   `json:"label"`
	Relations  []doccanoRelation `json:"relations"`
	OffsetUnit *string           `json:"offset_unit"` // Glose's export says its unit (doccanoRecord)
	Meta       json.RawMessage   `json:"meta"`        // where older doccano versions put keys they do not know
	Spans      json.RawMessage   `json:"spans"`       // spaCy's span groups or Prodigy's spans (spanGroups)
	Answer     string            `json:"answer"`      // Prodigy's: "accept", "reject" or "ignore" (addSpanGroups)
}

// unit returns the offset unit the record says it counts in (its "offset_unit", at the top level or
// under "meta"), or "" when it says none; an unknown one is an error naming the line.
func (in doccanoIn) unit(where place) (string, error) {
	s, ok := annotate.DeclaredUnit(in.OffsetUnit, in.Meta)
	if !ok {
		return "", nil
	}
	if _, err := parseUnit(s, annotate.CodePoints); err != nil || s == "" {
		return "", where.err(ErrDoccanoUnit, map[string]any{"Value": s},
			`"offset_unit": %q is no offset unit: expected "codepoints" or "utf16"`, s)
	}
	return s, nil
}

// With no unit asked for, offsets that do not fit the text as code points but do as UTF-16 code units
// (a doccano in a web browser) are read so, with a warning, as Label Studio offsets are (lsUnit):
// the command line and the app then read the file alike.
func readDoccano(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	docs, w, err := readDoccanoIn(name, data, opts)
	var ue *UnitError
	if opts.Unit != "" || !errors.As(err, &ue) {
		return docs, w, err
	}
	asked := opts
	asked.Unit = unitFlag(ue.Fits)
	docs2, w2, err2 := readDoccanoIn(name, data, asked)
	if err2 != nil {
		return docs, w, err // offsets that fit in neither unit: the hint says what the first one does
	}
	var first warnings
	first.say(name, WarnOffsetsReadUTF16, map[string]any{"Format": "doccano", "Unit": asked.Unit},
		"offsets read as %s: counted in %s they do not fit the text, and counted so they do, as doccano in a web browser counts them; import with --unit %s to say so", ue.Fits, ue.Read, asked.Unit)
	return docs2, append(first, w2...), nil
}

// readDoccanoIn reads a doccano file with its offsets in the unit opts ask for (code points by default).
func readDoccanoIn(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	unit, _ := parseUnit(opts.Unit, annotate.CodePoints)
	var docs []*annotate.Document
	var w warnings
	err := eachLine(data, func(n int, line []byte) error {
		where := place{text: fmt.Sprintf("%s: line %d", name, n), line: n}
		defer w.at(len(w), map[string]any{"Line": n})
		in, err := decodeDoccano(name, n, line)
		if err != nil {
			return err
		}
		said, err := in.unit(where)
		if err != nil {
			return err
		}
		recUnit := unit
		if opts.Unit == "" && said != "" { // the record's own word, unless the user said otherwise
			recUnit, _ = parseUnit(said, annotate.CodePoints)
		}
		r, err := doccanoRaw(where, in, recUnit)
		if err != nil {
			return err
		}
		r.ID = docIDFrom(name, in.ID, len(docs))
		o := targetSide(where.text, "doccano", "doccano records", r.ID, opts, &w)
		if opts.Unit == "" && recUnit == annotate.CodePoints && outsideBMP(r.Text) && len(r.Spans) > 0 && absent(in.Spans) && !utf16Impossible(where, in) {
			w.say(where.text, WarnCodePointsAssumed, map[string]any{"Format": "doccano"},
				"the text has characters outside the BMP: offsets were read as code points; if the file comes from doccano's browser, import it with --unit utf16")
		}
		prodigyAnswerWarning(where, in, r, &w)
		d, err := build(where, r, o, &w)
		if err != nil {
			return splitInCodePoints(err, opts, where, in)
		}
		docs = append(docs, d)
		return nil
	})
	if err == nil && len(docs) == 0 {
		err = readErr(ErrNoRecord, nil, "%s: no record (the file is empty)", name)
	}
	return docs, w, err
}

// doccanoRecordWords is what a line of a doccano file must hold, for messages.
const doccanoRecordWords = `a doccano record (an object {"text": ..., "entities": [...]})`

// decodeDoccano reads line n of a doccano file, saying what is wrong where in words.
func decodeDoccano(name string, n int, line []byte) (doccanoIn, error) {
	var in doccanoIn
	if err := json.Unmarshal(line, &in); err != nil {
		e := infile.JSONError(name, line, n, doccanoRecordWords, err)
		if line[0] == '[' {
			e.Msg += "; a file that is one JSON array is a Label Studio task list: import it with --from labelstudio"
		}
		return in, e
	}
	if in.Text == nil {
		return in, &infile.Error{File: name, Line: n, Offset: -1, Msg: `the record has no "text": expected ` + doccanoRecordWords,
			Code: infile.ErrJSONNoField, Args: map[string]any{"Field": "text"}}
	}
	// Entities as objects: decoding the whole line again says which field of which entity is wrong,
	// and where.
	if raw := bytes.TrimLeft(in.Entities, " \t["); len(raw) > 0 && raw[0] == '{' {
		var strict struct {
			Entities []doccanoEntity `json:"entities"`
		}
		if err := json.Unmarshal(line, &strict); err != nil {
			return in, infile.JSONError(name, line, n, doccanoRecordWords, err)
		}
	}
	return in, nil
}

func doccanoRaw(where place, in doccanoIn, unit annotate.Unit) (rawDoc, error) {
	r := rawDoc{Text: *in.Text}
	off := annotate.NewOffsets(r.Text)
	ents, err := doccanoEntities(where, in)
	if err != nil {
		return r, err
	}
	for i, e := range ents {
		path := fmt.Sprintf("%s[%d]", in.entitiesKey(), i)
		at := where.in(path, path)
		a, b, err := toBytes(off, e.StartOffset, e.EndOffset, unit, at)
		if err != nil {
			return r, utf16Hint(at, err, off, e, unit)
		}
		if strings.TrimSpace(e.Label) == "" {
			return r, at.err(ErrEmptyLabel, nil, "%s: empty label", at)
		}
		if !e.Mention.Valid() {
			return r, at.err(ErrDoccanoMention, map[string]any{"Value": string(e.Mention)},
				"%s: mention %q is no mention kind (expected nominal or pronoun, or none for a name)", at, e.Mention)
		}
		r.Spans = append(r.Spans, rawSpan{Key: fmt.Sprint(e.ID), Start: a, End: b, Label: e.Label, Mention: e.Mention.Norm()})
	}
	for _, rel := range in.Relations {
		r.Links = append(r.Links, rawLink{Type: rel.Type, From: fmt.Sprint(rel.FromID), To: fmt.Sprint(rel.ToID)})
	}
	return r, addSpanGroups(&r, where, in, off, unit)
}

// utf16Hint adds to the error of an entity outside the text, read in code points, that counted in
// UTF-16 code units it would be inside: the text has characters outside the BMP, which doccano in a
// web browser counts as two.
func utf16Hint(at place, err error, off *annotate.Offsets, e doccanoEntity, unit annotate.Unit) error {
	if unit != annotate.CodePoints || e.StartOffset < 0 || e.EndOffset <= e.StartOffset || e.EndOffset > off.Len(annotate.UTF16) {
		return err
	}
	return &UnitError{Read: annotate.CodePoints, Fits: annotate.UTF16,
		Err: at.err(ErrOffsetsFitUTF16, map[string]any{"Format": "doccano"}, "%w; the text has characters outside the BMP (such as emoji), which doccano in a web browser counts as two UTF-16 code units: if the file comes from there, import it with --unit utf16", err)}
}

// splitInCodePoints makes a *UnitError of an entity edge that, read in code points with no unit asked
// for, splits a character (a letter and its accent, CR LF) in a text with characters outside the BMP,
// when the record's offsets can count UTF-16 code units: doccano in a web browser counts each such
// character as two, so that every offset after one lands a character later read as code points. The
// reader then reads the file again in UTF-16 code units, as for an entity past the end of the text.
func splitInCodePoints(err error, opts ReadOptions, where place, in doccanoIn) error {
	var re *ReadError
	if opts.Unit != "" || !errors.As(err, &re) || re.Code != ErrSplitsCharacter || !outsideBMP(*in.Text) || utf16Impossible(where, in) {
		return err
	}
	return &UnitError{Read: annotate.CodePoints, Fits: annotate.UTF16, Err: err}
}

// UnitError is an import error about offsets that do not fit the text counted in the unit they were
// read in, but would counted in another: a doccano file made in a web browser (UTF-16 code units) read
// as code points, say. A program can read the file again with ReadOptions.Unit set to Fits, which
// UnitFlag names.
type UnitError struct {
	Read, Fits annotate.Unit
	Err        error // what does not fit, with the hint the command line gives
}

func (e *UnitError) Error() string { return e.Err.Error() }
func (e *UnitError) Unwrap() error { return e.Err }

// UnitFlag is the ReadOptions.Unit (and --unit) value that selects u: "codepoints" or "utf16".
func UnitFlag(u annotate.Unit) string { return unitFlag(u) }

// utf16Impossible reports whether the entities of a doccano record cannot count UTF-16 code units:
// one of them is outside the text so counted, or has an edge inside a character outside the BMP (in
// the middle of its surrogate pair). Its offsets are then surely code points.
func utf16Impossible(where place, in doccanoIn) bool {
	_, err := doccanoRaw(where, in, annotate.UTF16)
	return err != nil
}

// entitiesKey is the key that holds the record's entities: "entities" (doccano's relation export and
// Glose's), or "label" (its sequence-labelling export, [start, end, label] triples), which errors
// name so that the path is one the file has.
func (in doccanoIn) entitiesKey() string {
	if absent(in.Entities) && !absent(in.Label) {
		return "label"
	}
	return "entities"
}

func absent(raw json.RawMessage) bool {
	return len(bytes.TrimSpace(raw)) == 0 || string(raw) == "null"
}

func doccanoEntities(where place, in doccanoIn) ([]doccanoEntity, error) {
	key := in.entitiesKey()
	raw := in.Entities
	if key == "label" {
		raw = in.Label
	}
	if absent(raw) {
		return nil, nil
	}
	var objs []doccanoEntity
	if err := json.Unmarshal(raw, &objs); err == nil {
		return objs, nil
	}
	return tripleEntities(where, key, raw, "objects {id, label, start_offset, end_offset} or [start, end, label] triples")
}

// tripleEntities reads the [start, end, label] triples of raw, the value of key, as entities whose
// IDs are their places from -1 down (no relation names them); expected says what key may hold.
func tripleEntities(where place, key string, raw json.RawMessage, expected string) ([]doccanoEntity, error) {
	var triples [][3]any
	if err := json.Unmarshal(raw, &triples); err != nil {
		return nil, where.in(key, key).err(ErrDoccanoEntities, nil, "%s: %s: expected %s", where, key, expected)
	}
	out := make([]doccanoEntity, 0, len(triples))
	for i, t := range triples {
		s, ok1 := t[0].(float64)
		e, ok2 := t[1].(float64)
		l, ok3 := t[2].(string)
		if !ok1 || !ok2 || !ok3 {
			path := fmt.Sprintf("%s[%d]", key, i)
			return nil, where.in(path, path).err(ErrDoccanoTriple, nil, "%s: %s: expected [start, end, label]", where, path)
		}
		out = append(out, doccanoEntity{ID: -(i + 1), Label: l, StartOffset: int(s), EndOffset: int(e)})
	}
	return out, nil
}
