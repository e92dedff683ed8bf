package annotate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/glose-app/glose/annotate/infile"
)

// ValidationError names the first problem found in a document: a JSON path and what is wrong there.
//
// Msg says it in English, for the command line. Code and Args say it as data, for a program that says
// it in its own words and language (see ErrorCode); Err is the cause another package found, such as
// the *infile.Error of JSON that does not parse.
type ValidationError struct {
	File string // the file, when known
	Path string // JSON path such as "spans[3].end", or a description of the place
	Msg  string
	Code ErrorCode      // the kind of problem, or "" for one without a code
	Args map[string]any // the values its wording needs, by name, for Code
	Err  error          // the cause, or nil
}

// Unwrap returns the cause, so that errors.As finds an *infile.Error under a JSON error.
func (e *ValidationError) Unwrap() error { return e.Err }

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

// inFile names the file (and the line of a corpus, counted from 1, or 0) an error is about.
func inFile(err error, file string, line int) error {
	var ve *ValidationError
	if errors.As(err, &ve) && ve.File == "" {
		ve.File = lineName(file, line)
		if line > 0 && ve.Code != "" {
			args := make(map[string]any, len(ve.Args)+1)
			for k, v := range ve.Args {
				args[k] = v
			}
			args["Line"] = line
			ve.Args = args
		}
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
	return unmarshalLine(data, name, line, true)
}

// unmarshalLine is UnmarshalLine; scan says whether to look for what encoding/json reads without a
// word but loses (checkLossless), which a caller that did so already skips.
func unmarshalLine(data []byte, name string, line int, scan bool) (*Document, error) {
	data, err := utf8JSON(name, data, line)
	if err != nil {
		return nil, err
	}
	var w wireDoc
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&w); err != nil {
		return nil, jsonError(name, data, line, err)
	}
	if err := trailingData(name, data, line, dec.InputOffset()); err != nil {
		return nil, err
	}
	if scan {
		if err := checkLossless(name, data, line); err != nil {
			return nil, err
		}
	}
	d, err := fromWire(&w)
	if err == nil {
		err = d.Validate()
	}
	if err != nil {
		return nil, inFile(err, name, line)
	}
	GiveNoteIDs(d) // a file from before note IDs: the same IDs at each reading, kept by the next save
	return d, nil
}

// trailingData refuses what follows the JSON value of data ending at off, naming it and where it
// starts; nil when only white space does.
func trailingData(name string, data []byte, line int, off int64) error {
	at := afterValue(data, off)
	if at == len(data) {
		return nil
	}
	stray := Shorten(string(data[at:min(at+200, len(data))]), 20)
	e := infile.JSONPosition(name, data, line, int64(at), fmt.Sprintf("unexpected data after the document, %q (one document per file; use JSON Lines for a corpus)", stray))
	return &ValidationError{File: name, Path: e.Place(), Msg: e.Msg, Code: InvalidTrailingData, Args: map[string]any{"Line": e.Line, "Column": e.Column, "Data": stray}}
}

// afterValue returns the offset of the first byte after off that is not JSON white space, len(data)
// when there is none. Decoder.More cannot tell: it is false before a stray ] or } ("{}}" would pass).
func afterValue(data []byte, off int64) int {
	return len(data) - len(bytes.TrimLeft(data[off:], " \t\r\n"))
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

// CheckFormat accepts "glose/1" and minor revisions ("glose/1.2"), and refuses anything else clearly:
// a newer major version ("glose/2") as written by a newer Glose, naming both versions.
func CheckFormat(f string) error {
	switch {
	case f == "":
		return coded("format", InvalidFormatMissing, nil, `missing: this is not a Glose document (expected "format": "glose/1")`)
	case f == Format || strings.HasPrefix(f, Format+"."):
		return nil
	case NewerFormat(f):
		return coded("format", InvalidFormatVersion, map[string]any{"Version": f, "Supported": Format},
			fmt.Sprintf("written by a newer version of Glose: it is in version %q of the format, and this Glose reads %q; open it with that version, or update Glose", f, Format))
	}
	return coded("format", InvalidFormat, map[string]any{"Format": f, "Expected": Format}, fmt.Sprintf("%q is not a Glose format (expected %q)", f, Format))
}

// jsonError says where data (a file, or line line of one) is not JSON, or not shaped as a document,
// and what was expected there.
func jsonError(name string, data []byte, line int, err error) error {
	e := infile.JSONError(name, data, line, "a Glose document (an object {\"format\": \"glose/1\", ...})", err)
	return &ValidationError{File: name, Path: e.Place(), Msg: e.Msg, Err: e}
}

func fromWire(w *wireDoc) (*Document, error) {
	if err := CheckFormat(w.Format); err != nil {
		return nil, err
	}
	if w.Offsets != "" && w.Offsets != OffsetUnitName {
		return nil, coded("offsets", InvalidOffsetUnit, map[string]any{"Unit": w.Offsets, "Expected": OffsetUnitName},
			fmt.Sprintf("unit %q is not supported (expected %q)", w.Offsets, OffsetUnitName))
	}
	d := &Document{ID: w.ID, Title: w.Title, SourceLang: w.Source.Lang, TargetLang: w.Target.Lang, Text: w.Source.Text, Layout: layoutFromWire(w.Source.Layout), Notes: notesFromWire(w.Notes)}
	if err := d.metaFromWire(w.Meta); err != nil {
		return nil, err
	}
	for _, l := range w.Labels {
		d.Labels = append(d.Labels, Label(l))
	}
	// The text first: a text not in NFC would otherwise be reported as every span's text mismatch.
	if err := d.validateHeader(); err != nil {
		return nil, err
	}
	off := d.SourceOffsets()
	tags, err := tagsFromWire(off, w.Source.Layout)
	if err != nil {
		return nil, err
	}
	d.Layout.Tags = tags
	d.Segments = make([]*Segment, 0, len(w.Segments))
	prevEnd := 0
	for i, s := range w.Segments {
		path := fmt.Sprintf("segments[%d]", i)
		a, b, err := convertRange(off, s.Start, s.End, path, nil)
		if err != nil {
			return nil, err
		}
		if s.End <= s.Start || s.Start < prevEnd { // said here, in the file's code points, not by Validate in bytes
			return nil, coded(path, InvalidSegmentRange, map[string]any{"Start": s.Start, "End": s.End},
				fmt.Sprintf("range [%d, %d) must be non-empty, inside the text and after the previous segment (which ends at %d)", s.Start, s.End, prevEnd))
		}
		prevEnd = s.End
		kind := KindSentence // the schema's default when "kind" is absent; "" is refused by Validate
		if s.Kind != nil {
			kind = *s.Kind
		}
		seg := &Segment{ID: s.ID, Start: a, End: b, Paragraph: s.Paragraph, Kind: kind, Target: s.Target, Status: s.Status,
			Unit: s.Unit, UnitSegment: s.UnitSeg, Notes: notesFromWire(s.Notes), Locked: s.Locked, LockReason: s.LockReason,
			QAIgnored: qaIgnoredFromWire(s.QAIgnored)}
		if seg.Codes, err = codesFromWire(path, seg, s.Codes); err != nil {
			return nil, err
		}
		if seg.TranslatorTarget, err = translatorFromWire(path, s.Translator); err != nil {
			return nil, err
		}
		d.Segments = append(d.Segments, seg)
	}
	d.TrackChanges = trackChangesFromWire(w.Track, d.Segments)
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
		d.Entities = append(d.Entities, &Entity{ID: e.ID, Type: e.Type, Names: e.Names, Mentions: e.Mentions, Proposed: e.Proposed})
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
	off := d.SourceOffsets()
	var seg *Segment
	switch wr.Side {
	case Source:
		if wr.Segment != "" || wr.From != nil {
			return nil, coded(path, InvalidSourceSegment, nil, "a source rejection has no segment and no from")
		}
	case Target:
		if seg = d.Segment(wr.Segment); seg == nil {
			return nil, noSegment(path, wr.Segment)
		}
		off = NewOffsets(seg.Target)
	default:
		return nil, badSide(path, wr.Side)
	}
	a, b, err := convertRange(off, wr.Start, wr.End, path, seg)
	if err != nil {
		return nil, err
	}
	if a == b && wr.Side == Source { // an English rejection whose words were since deleted stays, empty
		return nil, emptyRange(path, wr.Start, wr.End)
	}
	r.Start, r.End = a, b
	if wr.From != nil {
		if wr.From.End <= wr.From.Start {
			return nil, emptyRange(path+".from", wr.From.Start, wr.From.End)
		}
		if r.FromStart, r.FromEnd, err = convertRange(d.SourceOffsets(), wr.From.Start, wr.From.End, path+".from", nil); err != nil {
			return nil, err
		}
	}
	if got := d.rejectionText(r); wr.Text != got {
		return nil, textMismatch(path, wr.Text, got, wr.Start, wr.End)
	}
	return r, nil
}

func (d *Document) metaFromWire(m *wireMeta) error {
	if m == nil {
		return nil
	}
	d.Meta = Meta{Origin: m.Origin, URL: m.URL, Annotators: m.Annotators, RemovedNotes: m.RemovedNotes}
	p, err := preannotatedFromWire(m.Preannotated)
	if err != nil {
		return err
	}
	d.Meta.Preannotated = p
	if o := m.Original; o != nil {
		if o.Format != OriginalXLIFF && o.Format != OriginalXLIFF12 {
			allowed := OriginalXLIFF + ", " + OriginalXLIFF12
			return coded("meta.original.format", InvalidChoice, map[string]any{"Value": o.Format, "Allowed": allowed}, fmt.Sprintf("%q: expected %q or %q", o.Format, OriginalXLIFF, OriginalXLIFF12))
		}
		if o.File < 0 {
			return coded("meta.original.file", InvalidChoice, map[string]any{"Value": strconv.Itoa(o.File), "Allowed": "0, 1, 2…"}, fmt.Sprintf("%d: expected a number from 0", o.File))
		}
		d.Meta.Original = &Original{Format: o.Format, Name: o.Name, File: o.File, Data: []byte(o.Text)}
	}
	for _, f := range []struct {
		path, v string
		t       *time.Time
	}{{"meta.created", m.Created, &d.Meta.Created}, {"meta.modified", m.Modified, &d.Meta.Modified}} {
		if f.v == "" {
			continue
		}
		t, err := time.Parse(time.RFC3339Nano, f.v)
		if err != nil {
			return coded(f.path, InvalidDate, map[string]any{"Value": f.v}, fmt.Sprintf("%q is not an RFC 3339 date-time", f.v))
		}
		*f.t = t.UTC()
	}
	return nil
}

// convertRange converts [start, end), in code points, into bytes of the text off counts: the French
// text, or the English of seg when seg is not nil.
func convertRange(off *Offsets, start, end int, path string, seg *Segment) (int, int, error) {
	n := off.Len(CodePoints)
	a, err1 := off.Convert(start, CodePoints, Bytes)
	b, err2 := off.Convert(end, CodePoints, Bytes)
	if start < 0 || end < start || end > n || errors.Join(err1, err2) != nil {
		what, id := "source.text", ""
		if seg != nil {
			what, id = "the target of segment "+seg.ID, seg.ID
		}
		return 0, 0, coded(path, InvalidRange, map[string]any{"Start": start, "End": end, "Len": n, "Segment": id},
			fmt.Sprintf("range [%d, %d) is not inside %s (%s)", start, end, what, Plural(n, "code point", "code points")))
	}
	return a, b, nil
}

// emptyRange is the error of the empty range [start, end), in the file's code points, at path.
func emptyRange(path string, start, end int) error {
	return coded(path, InvalidEmptyRange, map[string]any{"Start": start, "End": end}, fmt.Sprintf("range [%d, %d) is empty", start, end))
}

// noSegment is the error of a reference, at path, to a segment the document does not have.
func noSegment(path, id string) error {
	return coded(path+".segment", InvalidNoSegment, map[string]any{"Segment": id}, fmt.Sprintf("no segment %q", id))
}

// badSide is the error of a side, at path, that is neither source nor target.
func badSide(path string, side Side) error {
	return coded(path+".side", InvalidChoice, map[string]any{"Value": string(side), "Allowed": string(Source) + ", " + string(Target)},
		fmt.Sprintf("%q: expected %q or %q", side, Source, Target))
}

// textMismatch is the error of the text stated at path that is not found, the text at [start, end).
func textMismatch(path, stated, found string, start, end int) error {
	return coded(path+".text", InvalidText, map[string]any{"Stated": stated, "Found": found, "Start": start, "End": end},
		fmt.Sprintf("%q does not match the text at [%d, %d), which is %q", stated, start, end, found))
}

func (d *Document) spanFromWire(ws *wireSpan, path string) (*Span, error) {
	sp := &Span{ID: ws.ID, Side: ws.Side, Segment: ws.Segment, Label: ws.Label, Origin: ws.Origin, Note: ws.Note,
		Mention: ws.Mention.Norm()}
	switch {
	case ws.Confidence != nil:
		sp.Confidence = *ws.Confidence
	case ws.Origin == Human: // written by another tool: a person's tag, as Glose writes one
		sp.Confidence = 1
	}
	if !ws.Mention.Valid() {
		return nil, coded(path+".mention", InvalidChoice, map[string]any{"Value": string(ws.Mention), "Allowed": "name, nominal, pronoun"},
			fmt.Sprintf("%q: expected name, nominal or pronoun (or no \"mention\" for a name)", ws.Mention))
	}
	off := d.SourceOffsets()
	var seg *Segment
	switch ws.Side {
	case Source:
	case Target:
		if seg = d.Segment(ws.Segment); seg == nil {
			return nil, noSegment(path, ws.Segment)
		}
		off = NewOffsets(seg.Target)
	default:
		return nil, badSide(path, ws.Side)
	}
	a, b, err := convertRange(off, ws.Start, ws.End, path, seg)
	if err != nil {
		return nil, err
	}
	if a == b {
		return nil, emptyRange(path, ws.Start, ws.End)
	}
	sp.Start, sp.End = a, b
	if got := d.SpanText(sp); ws.Text != got {
		return nil, textMismatch(path, ws.Text, got, ws.Start, ws.End)
	}
	return sp, nil
}
