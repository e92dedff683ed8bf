package annotate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// OffsetUnitName is the value of the "offsets" key: every offset of the native JSON counts code points.
const OffsetUnitName = "unicode-code-points"

// The wire types fix the key order of the native JSON; offsets there are code points.
type (
	wireDoc struct {
		Format   string          `json:"format"`
		Offsets  string          `json:"offsets"`
		ID       string          `json:"id"`
		Title    string          `json:"title"`
		Source   wireSource      `json:"source"`
		Target   wireTarget      `json:"target"`
		Track    *bool           `json:"trackChanges,omitempty"` // see trackChangesToWire
		Meta     *wireMeta       `json:"meta,omitempty"`
		Labels   []wireLabel     `json:"labels,omitempty"`
		Segments []wireSegment   `json:"segments"`
		Spans    []wireSpan      `json:"spans"`
		Links    []wireLink      `json:"links"`
		Entities []wireEntity    `json:"entities"`
		Rejected []wireRejection `json:"rejected,omitempty"`
		Notes    []wireNote      `json:"notes,omitempty"`
	}
	wireSource struct {
		Lang   string      `json:"lang"`
		Text   string      `json:"text"`
		Layout *wireLayout `json:"layout,omitempty"` // absent: a plain text with LF line ends
	}
	wireLayout struct {
		CRLF     bool        `json:"crlf,omitempty"`
		Markdown bool        `json:"markdown,omitempty"`
		Blocks   []wireBlock `json:"blocks,omitempty"`
		Tags     []wireTag   `json:"tags,omitempty"`
	}
	wireTag struct {
		At  int    `json:"at"` // code points
		Tag string `json:"tag"`
	}
	wireBlock struct {
		Markup string `json:"markup"`
		Tight  bool   `json:"tight,omitempty"`
		Join   bool   `json:"join,omitempty"`
		After  string `json:"after,omitempty"`
	}
	wireTarget struct {
		Lang string `json:"lang"`
	}
	wireMeta struct {
		Origin     string   `json:"origin,omitempty"`
		URL        string   `json:"url,omitempty"`
		Created    string   `json:"created,omitempty"`
		Modified   string   `json:"modified,omitempty"`
		Annotators []string `json:"annotators,omitempty"`
		// Preannotated is Meta.Preannotated: when pre-annotation ran, and with which entity model.
		Preannotated *wirePreannotated `json:"preannotated,omitempty"`
		Original     *wireOriginal     `json:"original,omitempty"`
		// RemovedNotes is Meta.RemovedNotes: the IDs of the notes added in Glose and removed since.
		RemovedNotes []string `json:"removedNotes,omitempty"`
	}
	wirePreannotated struct {
		At    *string `json:"at,omitempty"` // absent: no time recorded; present, a date-time
		Model string  `json:"model,omitempty"`
	}
	// wireOriginal is Meta.Original: the file as text (it is UTF-8), so that a diff shows changes.
	wireOriginal struct {
		Format string `json:"format"`
		Name   string `json:"name,omitempty"`
		File   int    `json:"file,omitempty"`
		Text   string `json:"text"`
	}
	wireLabel struct {
		Name        string `json:"name"`
		Description string `json:"description,omitempty"`
		Color       string `json:"color"`
		Key         string `json:"key,omitempty"`
	}
	wireSegment struct {
		ID         string          `json:"id"`
		Start      int             `json:"start"`
		End        int             `json:"end"`
		Paragraph  int             `json:"paragraph"`
		Kind       *string         `json:"kind"` // optional on reading (a sentence), always written
		Target     string          `json:"target"`
		Status     Status          `json:"status"`
		Unit       string          `json:"unit,omitempty"`
		UnitSeg    string          `json:"unitSegment,omitempty"`
		Notes      []wireNote      `json:"notes,omitempty"`
		Locked     bool            `json:"locked,omitempty"`
		LockReason LockReason      `json:"lockReason,omitempty"`
		QAIgnored  []wireQAIgnore  `json:"qaIgnored,omitempty"`
		Codes      []wireCodePlace `json:"codes,omitempty"`
		Translator *string         `json:"translatorTarget,omitempty"` // a pointer: "" is refused, not read as absent
	}
	// wireQAIgnore is a QAIgnore.
	wireQAIgnore struct {
		Check string `json:"check"`
		About string `json:"about"`
	}
	wireNote struct {
		ID        string `json:"id,omitempty"`
		Category  string `json:"category,omitempty"`
		Priority  int    `json:"priority,omitempty"`
		AppliesTo Side   `json:"appliesTo,omitempty"`
		Text      string `json:"text"`
		Glose     bool   `json:"glose,omitempty"`
	}
	wireSpan struct {
		ID         string   `json:"id"`
		Side       Side     `json:"side"`
		Segment    string   `json:"segment,omitempty"`
		Start      int      `json:"start"`
		End        int      `json:"end"`
		Label      string   `json:"label"`
		Text       string   `json:"text"`
		Origin     Origin   `json:"origin"`
		Confidence *float64 `json:"confidence"` // always written; a person's span read without it is 1
		Note       string   `json:"note,omitempty"`
		// Mention is written for descriptions and pronouns only: a name, most spans, stays as
		// files had it before mention kinds.
		Mention MentionKind `json:"mention,omitempty"`
	}
	wireLink struct {
		ID         string  `json:"id"`
		Type       string  `json:"type"`
		From       string  `json:"from"`
		To         string  `json:"to"`
		Origin     Origin  `json:"origin"`
		Confidence float64 `json:"confidence"`
	}
	wireRejection struct {
		Side    Side       `json:"side"`
		Segment string     `json:"segment,omitempty"`
		Start   int        `json:"start"`
		End     int        `json:"end"`
		Label   string     `json:"label"`
		Text    string     `json:"text"`
		From    *wireRange `json:"from,omitempty"`
	}
	wireRange struct {
		Start int `json:"start"`
		End   int `json:"end"`
	}
	wireEntity struct {
		ID       string            `json:"id"`
		Type     string            `json:"type"`
		Names    map[string]string `json:"names"`
		Mentions []string          `json:"mentions"`
		Proposed []string          `json:"proposed,omitempty"`
	}
)

// Encode writes d as pretty-printed native JSON (format glose/1). The output is deterministic: keys in a
// fixed order, spans, links and entities sorted by ID, rejections by place, so that documents can be kept in git and merged.
func Encode(w io.Writer, d *Document) error {
	b, err := Marshal(d)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal returns the native JSON of d, pretty-printed and ending with a newline.
func Marshal(d *Document) ([]byte, error) { return marshal(d, "  ") }

// MarshalLine returns the native JSON of d on one line without the final newline, for JSON Lines corpora.
func MarshalLine(d *Document) ([]byte, error) {
	b, err := marshal(d, "")
	return bytes.TrimRight(b, "\n"), err
}

func marshal(d *Document, indent string) ([]byte, error) {
	w, err := toWire(d)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(w); err != nil {
		return nil, fmt.Errorf("encoding document %s: %w", d.ID, err)
	}
	return buf.Bytes(), nil
}

func toWire(d *Document) (*wireDoc, error) {
	off := d.SourceOffsets()
	cp := func(b int) (int, error) { return off.Convert(b, Bytes, CodePoints) }
	w := &wireDoc{
		Format: Format, Offsets: OffsetUnitName, ID: d.ID, Title: d.Title,
		Source:   wireSource{d.SourceLang, d.Text, layoutToWire(d.Layout, off)},
		Target:   wireTarget{d.TargetLang},
		Track:    trackChangesToWire(d),
		Meta:     metaToWire(d.Meta),
		Segments: make([]wireSegment, 0, len(d.Segments)),
		Spans:    make([]wireSpan, 0, len(d.Spans)),
		Links:    make([]wireLink, 0, len(d.Links)),
		Entities: make([]wireEntity, 0, len(d.Entities)),
	}
	for _, l := range d.Labels {
		w.Labels = append(w.Labels, wireLabel(l))
	}
	for i, s := range d.Segments {
		a, err1 := cp(s.Start)
		b, err2 := cp(s.End)
		if err := errors.Join(err1, err2); err != nil {
			return nil, &ValidationError{Path: fmt.Sprintf("segments[%d]", i), Msg: err.Error()}
		}
		codes, err := codesToWire(s)
		if err != nil {
			return nil, err
		}
		w.Segments = append(w.Segments, wireSegment{s.ID, a, b, s.Paragraph, &s.Kind, s.Target, s.Status, s.Unit, s.UnitSegment, notesToWire(s.Notes), s.Locked, s.LockReason, qaIgnoredToWire(s.QAIgnored), codes, translatorToWire(s.TranslatorTarget)})
	}
	for _, sp := range sortedByID(d.Spans, func(s *Span) string { return s.ID }) {
		ws, err := d.spanToWire(sp, cp)
		if err != nil {
			return nil, err
		}
		w.Spans = append(w.Spans, ws)
	}
	for _, l := range sortedByID(d.Links, func(l *Link) string { return l.ID }) {
		w.Links = append(w.Links, wireLink{l.ID, l.Type, l.From, l.To, l.Origin, l.Confidence})
	}
	for _, e := range sortedByID(d.Entities, func(e *Entity) string { return e.ID }) {
		names := e.Names
		if names == nil {
			names = map[string]string{}
		}
		mentions := e.Mentions
		if mentions == nil {
			mentions = []string{}
		}
		w.Entities = append(w.Entities, wireEntity{e.ID, e.Type, names, mentions, e.proposedNames()})
	}
	w.Notes = notesToWire(d.Notes)
	for _, r := range d.sortedRejections() {
		wr, err := d.rejectionToWire(r, cp)
		if err != nil {
			return nil, err
		}
		w.Rejected = append(w.Rejected, wr)
	}
	return w, nil
}

// rejectionToWire converts a rejection's offsets to code points.
func (d *Document) rejectionToWire(r *Rejection, cp func(int) (int, error)) (wireRejection, error) {
	wr := wireRejection{Side: r.Side, Segment: r.Segment, Label: r.Label, Text: d.rejectionText(r)}
	where := fmt.Sprintf("rejection of %s [%d, %d)", r.Label, r.Start, r.End)
	if err := d.checkRejection(r); err != nil {
		return wr, &ValidationError{Path: where, Msg: err.Error()}
	}
	conv := cp
	if r.Side == Target {
		o := NewOffsets(d.Segment(r.Segment).Target)
		conv = func(b int) (int, error) { return o.Convert(b, Bytes, CodePoints) }
	}
	var errs [4]error
	wr.Start, errs[0] = conv(r.Start)
	wr.End, errs[1] = conv(r.End)
	if r.HasFrom() {
		wr.From = &wireRange{}
		wr.From.Start, errs[2] = cp(r.FromStart)
		wr.From.End, errs[3] = cp(r.FromEnd)
	}
	if err := errors.Join(errs[:]...); err != nil {
		return wr, &ValidationError{Path: where, Msg: err.Error()}
	}
	return wr, nil
}

func (d *Document) spanToWire(sp *Span, cp func(int) (int, error)) (wireSpan, error) {
	ws := wireSpan{ID: sp.ID, Side: sp.Side, Label: sp.Label, Origin: sp.Origin, Confidence: &sp.Confidence, Note: sp.Note,
		Mention: sp.Mention.Norm()}
	if !sp.Mention.Valid() {
		return ws, &ValidationError{Path: "span " + sp.ID, Msg: fmt.Sprintf("mention kind %q: expected name, nominal or pronoun", sp.Mention)}
	}
	var err1, err2 error
	if sp.Side == Target {
		ws.Segment = sp.Segment
		seg := d.Segment(sp.Segment)
		if seg == nil || sp.End > len(seg.Target) || sp.Start < 0 || sp.Start > sp.End {
			return ws, &ValidationError{Path: "span " + sp.ID, Msg: "target span outside its segment's target"}
		}
		o := NewOffsets(seg.Target)
		ws.Start, err1 = o.Convert(sp.Start, Bytes, CodePoints)
		ws.End, err2 = o.Convert(sp.End, Bytes, CodePoints)
	} else {
		ws.Start, err1 = cp(sp.Start)
		ws.End, err2 = cp(sp.End)
	}
	if err := errors.Join(err1, err2); err != nil {
		return ws, &ValidationError{Path: "span " + sp.ID, Msg: err.Error()}
	}
	ws.Text = d.SpanText(sp)
	return ws, nil
}

func notesToWire(notes []Note) []wireNote {
	return convertAll(notes, func(n Note) wireNote { return wireNote(n) })
}

func notesFromWire(notes []wireNote) []Note {
	return convertAll(notes, func(n wireNote) Note { return Note(n) })
}

// convertAll converts each item of a list between the model and its wire form; none is nil, so
// that an empty list writes no key.
func convertAll[T, U any](in []T, conv func(T) U) []U {
	if len(in) == 0 {
		return nil
	}
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = conv(v)
	}
	return out
}

func metaToWire(m Meta) *wireMeta {
	w := &wireMeta{Origin: m.Origin, URL: m.URL, Annotators: m.Annotators, Preannotated: preannotatedToWire(m.Preannotated), RemovedNotes: m.RemovedNotes}
	if o := m.Original; o != nil {
		w.Original = &wireOriginal{Format: o.Format, Name: o.Name, File: o.File, Text: string(o.Data)}
	}
	if !m.Created.IsZero() {
		w.Created = m.Created.UTC().Format(time.RFC3339Nano)
	}
	if !m.Modified.IsZero() {
		w.Modified = m.Modified.UTC().Format(time.RFC3339Nano)
	}
	if w.Origin == "" && w.URL == "" && w.Created == "" && w.Modified == "" && len(w.Annotators) == 0 && w.Original == nil && w.Preannotated == nil && len(w.RemovedNotes) == 0 {
		return nil
	}
	return w
}

// sortedByID returns items ordered by ID, numbers compared as numbers ("t2" before "t10").
func sortedByID[T any](items []T, id func(T) string) []T {
	out := slices.Clone(items)
	slices.SortStableFunc(out, func(a, b T) int { return compareIDs(id(a), id(b)) })
	return out
}

func compareIDs(a, b string) int {
	pa, na := splitID(a)
	pb, nb := splitID(b)
	if c := strings.Compare(pa, pb); c != 0 {
		return c
	}
	if na != nb {
		return na - nb
	}
	return strings.Compare(a, b)
}

func splitID(id string) (string, int) {
	i := len(id)
	for i > 0 && id[i-1] >= '0' && id[i-1] <= '9' {
		i--
	}
	n, err := strconv.Atoi(id[i:])
	if err != nil || len(id)-i > 9 {
		return id, -1
	}
	return id[:i], n
}
