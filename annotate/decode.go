package annotate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/glose-app/glose/annotate/infile"
)

// ValidationError names the first problem found in a document: a JSON path and what is wrong there.
type ValidationError struct {
	File string // the file, when known
	Path string // JSON path such as "spans[3].end", or a description of the place
	Msg  string
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

func inFile(err error, file string) error {
	var ve *ValidationError
	if errors.As(err, &ve) && ve.File == "" {
		ve.File = file
	}
	return err
}

// Decode reads one native JSON document. name is the file name used in error messages. The document is
// checked in full (Validate) before it is returned.
func Decode(r io.Reader, name string) (*Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return Unmarshal(data, name)
}

// Unmarshal parses one native JSON document from data; see Decode. data must be UTF-8 (UTF-16 with a
// byte-order mark is converted, a UTF-8 byte-order mark dropped): invalid bytes are refused with their
// offset, never replaced.
func Unmarshal(data []byte, name string) (*Document, error) { return UnmarshalLine(data, name, 0) }

// UnmarshalLine is Unmarshal for one line of a JSON Lines corpus: errors name the line, counted from 1
// (0: data is a whole file).
func UnmarshalLine(data []byte, name string, line int) (*Document, error) {
	data, err := utf8JSON(name, data, line)
	if err != nil {
		return nil, err
	}
	var w wireDoc
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&w); err != nil {
		return nil, jsonError(name, data, line, err)
	}
	if dec.More() {
		e := infile.JSONPosition(name, data, line, dec.InputOffset(), "unexpected data after the document (one document per file; use JSON Lines for a corpus)")
		return nil, &ValidationError{File: name, Path: e.Place(), Msg: e.Msg}
	}
	d, err := fromWire(&w)
	if err == nil {
		err = d.Validate()
	}
	if err != nil {
		return nil, inFile(err, lineName(name, line))
	}
	return d, nil
}

// utf8JSON returns data (a file, or line line of one) as UTF-8, or an error naming the line and byte
// offset of the first byte that is not UTF-8.
func utf8JSON(name string, data []byte, line int) ([]byte, error) {
	t, err := infile.UTF8Lines(name, data)
	if ie := (*infile.Error)(nil); errors.As(err, &ie) && line > 0 && ie.Line > 0 {
		ie.Line += line - 1
	}
	if err != nil {
		return nil, err
	}
	return t.Data, nil
}

// lineName is how an error about a whole record names it: the file, and its line in a corpus.
func lineName(name string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s: line %d", name, line)
	}
	return name
}

// CheckFormat accepts "glose/1" and minor revisions ("glose/1.2"), and refuses anything else clearly.
func CheckFormat(f string) error {
	switch {
	case f == "":
		return &ValidationError{Path: "format", Msg: `missing: this is not a Glose document (expected "format": "glose/1")`}
	case f == Format || strings.HasPrefix(f, Format+"."):
		return nil
	case strings.HasPrefix(f, "glose/"):
		return &ValidationError{Path: "format", Msg: fmt.Sprintf("version %q is not supported by this Glose, which reads %q: update Glose", f, Format)}
	}
	return &ValidationError{Path: "format", Msg: fmt.Sprintf("%q is not a Glose format (expected %q)", f, Format)}
}

// jsonError says where data (a file, or line line of one) is not JSON, or not shaped as a document,
// and what was expected there.
func jsonError(name string, data []byte, line int, err error) error {
	e := infile.JSONError(name, data, line, "a Glose document (an object {\"format\": \"glose/1\", ...})", err)
	return &ValidationError{File: name, Path: e.Place(), Msg: e.Msg}
}

func fromWire(w *wireDoc) (*Document, error) {
	if err := CheckFormat(w.Format); err != nil {
		return nil, err
	}
	if w.Offsets != "" && w.Offsets != OffsetUnitName {
		return nil, &ValidationError{Path: "offsets", Msg: fmt.Sprintf("unit %q is not supported (expected %q)", w.Offsets, OffsetUnitName)}
	}
	d := &Document{ID: w.ID, Title: w.Title, SourceLang: w.Source.Lang, TargetLang: w.Target.Lang, Text: w.Source.Text, Notes: notesFromWire(w.Notes)}
	if err := d.metaFromWire(w.Meta); err != nil {
		return nil, err
	}
	for _, l := range w.Labels {
		d.Labels = append(d.Labels, Label(l))
	}
	off := d.SourceOffsets()
	d.Segments = make([]*Segment, 0, len(w.Segments))
	for i, s := range w.Segments {
		path := fmt.Sprintf("segments[%d]", i)
		a, b, err := convertRange(off, s.Start, s.End, path, "source.text")
		if err != nil {
			return nil, err
		}
		kind := KindSentence // the schema's default when "kind" is absent; "" is refused by Validate
		if s.Kind != nil {
			kind = *s.Kind
		}
		d.Segments = append(d.Segments, &Segment{ID: s.ID, Start: a, End: b, Paragraph: s.Paragraph, Kind: kind, Target: s.Target, Status: s.Status,
			Unit: s.Unit, UnitSegment: s.UnitSeg, Notes: notesFromWire(s.Notes)})
	}
	d.invalidate()
	for i := range w.Spans {
		sp, err := d.spanFromWire(&w.Spans[i], fmt.Sprintf("spans[%d]", i))
		if err != nil {
			return nil, err
		}
		d.Spans = append(d.Spans, sp)
	}
	for _, l := range w.Links {
		d.Links = append(d.Links, &Link{ID: l.ID, Type: l.Type, From: l.From, To: l.To, Origin: l.Origin, Confidence: l.Confidence})
	}
	for _, e := range w.Entities {
		d.Entities = append(d.Entities, &Entity{ID: e.ID, Type: e.Type, Names: e.Names, Mentions: e.Mentions})
	}
	d.invalidate() // the index was built while spans were still being added
	for i := range w.Rejected {
		r, err := d.rejectionFromWire(&w.Rejected[i], fmt.Sprintf("rejected[%d]", i))
		if err != nil {
			return nil, err
		}
		d.Rejected = append(d.Rejected, r)
	}
	return d, nil
}

// rejectionFromWire converts one entry of "rejected" to bytes, checking its ranges and text.
func (d *Document) rejectionFromWire(wr *wireRejection, path string) (*Rejection, error) {
	r := &Rejection{Side: wr.Side, Segment: wr.Segment, Label: wr.Label}
	off, what := d.SourceOffsets(), "source.text"
	switch wr.Side {
	case Source:
		if wr.Segment != "" || wr.From != nil {
			return nil, &ValidationError{Path: path, Msg: "a source rejection has no segment and no from"}
		}
	case Target:
		seg := d.Segment(wr.Segment)
		if seg == nil {
			return nil, &ValidationError{Path: path + ".segment", Msg: fmt.Sprintf("no segment %q", wr.Segment)}
		}
		off, what = NewOffsets(seg.Target), "the target of segment "+seg.ID
	default:
		return nil, &ValidationError{Path: path + ".side", Msg: fmt.Sprintf("%q: expected %q or %q", wr.Side, Source, Target)}
	}
	a, b, err := convertRange(off, wr.Start, wr.End, path, what)
	if err != nil {
		return nil, err
	}
	r.Start, r.End = a, b
	if wr.From != nil {
		if wr.From.End <= wr.From.Start {
			return nil, &ValidationError{Path: path + ".from", Msg: fmt.Sprintf("range [%d, %d) is empty", wr.From.Start, wr.From.End)}
		}
		if r.FromStart, r.FromEnd, err = convertRange(d.SourceOffsets(), wr.From.Start, wr.From.End, path+".from", "source.text"); err != nil {
			return nil, err
		}
	}
	if got := d.rejectionText(r); wr.Text != got {
		return nil, &ValidationError{Path: path + ".text", Msg: fmt.Sprintf("%q does not match the text at [%d, %d), which is %q", wr.Text, wr.Start, wr.End, got)}
	}
	return r, nil
}

func (d *Document) metaFromWire(m *wireMeta) error {
	if m == nil {
		return nil
	}
	d.Meta = Meta{Origin: m.Origin, URL: m.URL, Annotators: m.Annotators}
	for _, f := range []struct {
		path, v string
		t       *time.Time
	}{{"meta.created", m.Created, &d.Meta.Created}, {"meta.modified", m.Modified, &d.Meta.Modified}} {
		if f.v == "" {
			continue
		}
		t, err := time.Parse(time.RFC3339Nano, f.v)
		if err != nil {
			return &ValidationError{Path: f.path, Msg: fmt.Sprintf("%q is not an RFC 3339 date-time", f.v)}
		}
		*f.t = t.UTC()
	}
	return nil
}

func convertRange(off *Offsets, start, end int, path, what string) (int, int, error) {
	n := off.Len(CodePoints)
	if start < 0 || end < start || end > n {
		return 0, 0, &ValidationError{Path: path, Msg: fmt.Sprintf("range [%d, %d) is not inside %s (%s)", start, end, what, Plural(n, "code point", "code points"))}
	}
	a, err1 := off.Convert(start, CodePoints, Bytes)
	b, err2 := off.Convert(end, CodePoints, Bytes)
	if err := errors.Join(err1, err2); err != nil {
		return 0, 0, &ValidationError{Path: path, Msg: err.Error()}
	}
	return a, b, nil
}

func (d *Document) spanFromWire(ws *wireSpan, path string) (*Span, error) {
	sp := &Span{ID: ws.ID, Side: ws.Side, Segment: ws.Segment, Label: ws.Label, Origin: ws.Origin, Confidence: ws.Confidence, Note: ws.Note,
		Mention: ws.Mention.Norm()}
	if !ws.Mention.Valid() {
		return nil, &ValidationError{Path: path + ".mention", Msg: fmt.Sprintf("%q: expected name, nominal or pronoun (or no \"mention\" for a name)", ws.Mention)}
	}
	var off *Offsets
	what := "source.text"
	switch ws.Side {
	case Source:
		off = d.SourceOffsets()
	case Target:
		seg := d.Segment(ws.Segment)
		if seg == nil {
			return nil, &ValidationError{Path: path + ".segment", Msg: fmt.Sprintf("no segment %q", ws.Segment)}
		}
		off, what = NewOffsets(seg.Target), "the target of segment "+seg.ID
	default:
		return nil, &ValidationError{Path: path + ".side", Msg: fmt.Sprintf("%q: expected %q or %q", ws.Side, Source, Target)}
	}
	a, b, err := convertRange(off, ws.Start, ws.End, path, what)
	if err != nil {
		return nil, err
	}
	sp.Start, sp.End = a, b
	if got := d.SpanText(sp); ws.Text != got {
		return nil, &ValidationError{Path: path + ".text", Msg: fmt.Sprintf("%q does not match the text at [%d, %d), which is %q", ws.Text, ws.Start, ws.End, got)}
	}
	return sp, nil
}
