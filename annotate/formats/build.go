package formats

import (
	"cmp"
	"errors"
	"fmt"
	"hash/fnv"
	"maps"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// rawSpan is a span read from a foreign file, with byte offsets into the file's text as it was.
type rawSpan struct {
	Key        string // the file's own ID for it, to resolve relations
	Start, End int
	Label      string
	Origin     annotate.Origin
	Confidence float64
	Note       string
	Mention    annotate.MentionKind // a name unless the file says otherwise
	At         place                // where the file gives it, when the document's place does not say (a line of a brat .ann)
}

// rawLink is a relation read from a foreign file, between the keys of two spans. Confidence counts only
// for suggestions; 0 means the file does not say (0.5 then).
type rawLink struct {
	Type       string
	From, To   string
	Origin     annotate.Origin
	Confidence float64
	At         place // where the file gives it, as rawSpan's At
}

// rawDoc is what a foreign format gives: a text with spans and relations, and the suggestions a
// person rejected there (Label Studio predictions an annotation left out), which pre-annotation
// must not propose again.
type rawDoc struct {
	ID, Title string
	Text      string
	Spans     []rawSpan
	Links     []rawLink
	Rejected  []rawSpan
}

// build turns a foreign document into a segmented Glose document. The text is normalised as every import
// is (NFC, LF line ends); span offsets are carried through the normalisation.
func build(at place, r rawDoc, opts ReadOptions, w *warnings) (*annotate.Document, error) {
	name := at.text
	cuts := make([]int, 0, 2*len(r.Spans)+2*len(r.Rejected))
	for _, spans := range [][]rawSpan{r.Spans, r.Rejected} {
		for _, s := range spans {
			cuts = append(cuts, s.Start, s.End)
		}
	}
	if err := uniqueKeys(at, r); err != nil {
		return nil, err
	}
	text, mapped, err := normalizeAt(name, r.Text, cuts)
	if err != nil {
		unit, _ := parseUnit(opts.Unit, annotate.CodePoints)
		return nil, nameCut(at, err, r.Spans, unit)
	}
	d := plaintext.Build(name, text, nil, plaintext.Options{SourceLang: opts.SourceLang, TargetLang: opts.TargetLang})
	if r.ID != "" {
		d.ID = r.ID
	}
	if r.Title != "" {
		d.Title = r.Title
	}
	keys := map[string]*annotate.Span{}
	labels := map[string]bool{}
	for i, s := range r.Spans {
		a, b := mapped[s.Start], mapped[s.End]
		if a >= b {
			where, args := name, map[string]any{"Label": s.Label}
			if s.At.text != "" {
				where = s.At.text
				maps.Copy(args, s.At.args())
			}
			w.say(where, WarnEmptySpan, args, "span %s (%s) is empty after normalising the text; left out", s.Key, s.Label)
			continue
		}
		sp := &annotate.Span{ID: "t" + strconv.Itoa(i+1), Side: annotate.Source, Start: a, End: b, Label: s.Label,
			Origin: s.Origin, Confidence: s.Confidence, Note: s.Note, Mention: s.Mention}
		if sp.Origin == "" {
			sp.Origin, sp.Confidence = annotate.Human, 1
		}
		d.Spans = append(d.Spans, sp)
		labels[s.Label] = true
		if s.Key != "" {
			keys[s.Key] = sp
		}
	}
	addLabels(d, labels)
	for _, s := range r.Rejected {
		if a, b := mapped[s.Start], mapped[s.End]; a < b && !d.RejectedSource(a, b, s.Label) {
			d.Rejected = append(d.Rejected, &annotate.Rejection{Side: annotate.Source, Start: a, End: b, Label: s.Label})
		}
	}
	for _, l := range r.Links {
		from, to := keys[l.From], keys[l.To]
		if from == nil || to == nil {
			args := map[string]any{"Type": l.Type, "From": l.From, "To": l.To}
			if end := cmp.Or(from, to); end != nil {
				brokenEnds(args, from != nil, end.Label, d.Text[end.Start:end.End])
			} else {
				brokenEnds(args, false, "", "")
			}
			where := name
			if l.At.text != "" {
				where = l.At.text
				maps.Copy(args, l.At.args())
			}
			w.say(where, WarnRelationWithoutSpan, args, "relation %s %s → %s: no such span; left out", l.Type, l.From, l.To)
			continue
		}
		origin := l.Origin
		if origin == "" {
			origin = annotate.Human
		}
		conf := 1.0
		if origin == annotate.Auto {
			conf = 0.5
			if l.Confidence > 0 && l.Confidence <= 1 {
				conf = l.Confidence
			}
		}
		d.Links = append(d.Links, &annotate.Link{ID: "l" + strconv.Itoa(len(d.Links)+1), Type: l.Type, From: from.ID, To: to.ID, Origin: origin, Confidence: conf})
	}
	return fresh(d), nil
}

// brokenEnds sets the Missing, Label and Text of a warning about a relation, from args' From and To,
// whose start the file has when hasFrom: label and text are those of the span at the end the file
// has, "" when neither.
func brokenEnds(args map[string]any, hasFrom bool, label, text string) {
	args["Missing"] = args["From"]
	if hasFrom {
		args["Missing"] = args["To"]
	}
	args["Label"], args["Text"] = label, annotate.Shorten(text, 40)
}

// uniqueKeys refuses two different spans under one ID, which would send relations to the wrong one.
// The same ID over the same range is one region with several labels (Label Studio) and passes.
func uniqueKeys(name place, r rawDoc) error {
	seen := map[string]rawSpan{}
	for _, s := range r.Spans {
		if s.Key == "" {
			continue
		}
		if o, ok := seen[s.Key]; ok && (o.Start != s.Start || o.End != s.End) {
			args := map[string]any{"ID": s.Key, "Label": o.Label, "Text": annotate.Shorten(r.Text[o.Start:o.End], 40),
				"OtherLabel": s.Label, "OtherText": annotate.Shorten(r.Text[s.Start:s.End], 40)}
			where, first := name, ""
			if s.At.text != "" { // a brat .ann: the second one's line, and the first one's
				where, first = s.At.in(s.Key, s.Key), fmt.Sprintf(" (line %d)", o.At.line)
			}
			return where.err(ErrDuplicateID, args, "%s: two spans have the ID %s, %s %q%s and %s %q: IDs must be unique for relations to name one span",
				where, s.Key, o.Label, r.Text[o.Start:o.End], first, s.Label, r.Text[s.Start:s.End])
		}
		seen[s.Key] = s
	}
	return nil
}

// fresh returns a copy of d without its cached lookups: importers append spans and links directly (one
// index rebuild instead of one per span), so lookups built before that would be stale.
func fresh(d *annotate.Document) *annotate.Document {
	return &annotate.Document{ID: d.ID, Title: d.Title, SourceLang: d.SourceLang, TargetLang: d.TargetLang, Text: d.Text,
		Layout: d.Layout, Segments: d.Segments, Spans: d.Spans, Links: d.Links, Entities: d.Entities, Labels: d.Labels, Notes: d.Notes,
		Rejected: d.Rejected, Meta: d.Meta}
}

// normalizeAt normalises text as annotate.NormalizeInput does and maps the byte offsets cuts into the
// result. It fails with a *cutError when a cut falls between a character and a combining mark that
// belongs to it (whether or not NFC composes them: "q" + U+0307 has no precomposed form) or where
// normalisation merges characters (a CR LF pair).
func normalizeAt(name, text string, cuts []int) (string, map[int]int, error) {
	whole, err := annotate.NormalizeInput(name, []byte(text))
	if err != nil {
		return "", nil, err
	}
	for _, p := range cuts {
		if r, _ := utf8.DecodeRuneInString(text[min(max(p, 0), len(text)):]); p > 0 && unicode.Is(unicode.M, r) {
			return "", nil, &cutError{name: name, text: text, at: p}
		}
	}
	pts := append([]int{0, len(text)}, cuts...)
	sort.Ints(pts)
	mapped := make(map[int]int, len(pts))
	var b strings.Builder
	prev := 0
	for _, p := range pts {
		if p < prev {
			continue
		}
		b.WriteString(normPiece(text[prev:p], prev == 0))
		mapped[p] = b.Len()
		prev = p
	}
	if b.String() != whole {
		for _, p := range cuts {
			if !strings.HasPrefix(whole[mapped[p]:], normPiece(text[p:], false)) {
				return "", nil, &cutError{name: name, text: text, at: p}
			}
		}
		return "", nil, readErr(ErrNormalization, nil, "%s: span boundaries fall inside character sequences that normalisation merges", name)
	}
	return whole, mapped, nil
}

// cutError says that a span or segment edge, at byte at of text, splits a character: a letter and its
// combining mark, or CR LF.
type cutError struct {
	name, text string
	at         int
	what       string // the span, when the caller knows it: "entity 3 (PER) at [7, 8) (code points)"
	edge       string // "start" or "end" of that span
}

func (e *cutError) Error() string {
	before, _ := utf8.DecodeLastRuneInString(e.text[:e.at])
	after, _ := utf8.DecodeRuneInString(e.text[e.at:])
	what, edge := e.what, e.edge
	if what == "" {
		what, edge = "a span or segment edge", "edge"
	}
	split := fmt.Sprintf("between %q and the combining mark U+%04X that belongs to it", before, after)
	if !unicode.Is(unicode.M, after) {
		split = fmt.Sprintf("between U+%04X and U+%04X, which normalisation merges", before, after)
	}
	return fmt.Sprintf("%s: %s splits a character: its %s falls %s (in %q); move it so the whole character is inside or outside",
		e.name, what, edge, split, around(e.text, e.at))
}

// around is the text around byte at, for messages.
func around(text string, at int) string {
	a, b := max(at-12, 0), min(at+12, len(text))
	for a > 0 && !utf8.RuneStart(text[a]) {
		a--
	}
	for b < len(text) && !utf8.RuneStart(text[b]) {
		b++
	}
	return text[a:b]
}

// nameCut makes a *cutError name the span whose edge it is, with its offsets in unit (what the file
// counts), and returns it as a *ReadError at at; the place keys of at are added to another ReadError,
// and other errors are returned as they are.
func nameCut(at place, err error, spans []rawSpan, unit annotate.Unit) error {
	var ce *cutError
	var re *ReadError
	switch {
	case errors.As(err, &re):
		for k, v := range at.args() {
			if _, ok := re.Args[k]; !ok {
				re.Args[k] = v
			}
		}
		return err
	case !errors.As(err, &ce):
		return err
	}
	args := map[string]any{"Edge": "edge", "Span": "", "Label": "", "Start": -1, "End": -1, "Unit": unitFlag(unit), "Text": around(ce.text, ce.at)}
	off := annotate.NewOffsets(ce.text)
	for i, s := range spans {
		if s.Start != ce.at && s.End != ce.at {
			continue
		}
		a, _ := off.Convert(s.Start, annotate.Bytes, unit)
		b, _ := off.Convert(s.End, annotate.Bytes, unit)
		id := "entity " + s.Key
		if s.Key == "" || strings.HasPrefix(s.Key, "-") {
			id = fmt.Sprintf("span %d", i+1)
		}
		ce.what = fmt.Sprintf("%s (%s) at [%d, %d) (%s)", id, s.Label, a, b, unit)
		ce.edge = "start"
		if s.End == ce.at {
			ce.edge = "end"
		}
		args["Edge"], args["Label"], args["Start"], args["End"] = ce.edge, s.Label, a, b
		if !strings.HasPrefix(id, "span ") {
			args["Span"] = s.Key
		}
		if s.At.text != "" { // a brat .ann: its line
			at, ce.name = s.At, s.At.text
		}
		break
	}
	return at.err(ErrSplitsCharacter, args, "%s", ce)
}

func normPiece(s string, first bool) string {
	if first {
		s = strings.TrimPrefix(s, "\uFEFF")
	}
	if strings.ContainsRune(s, '\r') {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return norm.NFC.String(s)
}

// addLabels extends the document's schema with labels it does not know, each with a colour of its own.
func addLabels(d *annotate.Document, names map[string]bool) {
	var extra []string
	for n := range names {
		if _, ok := d.Label(n); !ok {
			extra = append(extra, n)
		}
	}
	if len(extra) == 0 {
		return
	}
	sort.Strings(extra)
	if len(d.Labels) == 0 {
		d.Labels = annotate.DefaultLabels()
	}
	for _, n := range extra {
		d.Labels = append(d.Labels, annotate.Label{Name: n, Description: "imported label", Color: labelColor(n)})
	}
}

// labelColor picks a readable colour for a label from its name, so the same name always gets the same one.
func labelColor(name string) string {
	palette := []string{"#76b7b2", "#ff9da7", "#9c755f", "#bab0ac", "#8cd17d", "#b6992d", "#499894", "#d37295", "#fabfd2", "#a0cbe8", "#ffbe7d", "#86bcb6"}
	h := fnv.New32a()
	h.Write([]byte(name))
	return palette[h.Sum32()%uint32(len(palette))]
}

// toBytes converts a foreign range [start, end), counted in unit u over off's text, into bytes.
func toBytes(off *annotate.Offsets, start, end int, u annotate.Unit, where place) (int, int, error) {
	n := off.Len(u)
	if start < 0 || end <= start || end > n {
		return 0, 0, where.err(ErrRange, map[string]any{"Start": start, "End": end, "Len": n, "Unit": unitFlag(u)},
			"%s: range [%d, %d) is empty or outside the text (%s)", where, start, end, plural(n, strings.TrimSuffix(u.String(), "s"), u.String()))
	}
	a, err := off.Convert(start, u, annotate.Bytes)
	if err != nil {
		return 0, 0, where.err(ErrOffsetSplits, map[string]any{"Edge": "start", "Offset": start, "Unit": unitFlag(u)}, "%s: start: %w", where, err)
	}
	b, err := off.Convert(end, u, annotate.Bytes)
	if err != nil {
		return 0, 0, where.err(ErrOffsetSplits, map[string]any{"Edge": "end", "Offset": end, "Unit": unitFlag(u)}, "%s: end: %w", where, err)
	}
	return a, b, nil
}

// targetSide reads a record that a Glose export made of the translation side of a document (--side
// both or target writes it with the ID "ID#target", see targetView): its text is in the target
// language, so the document it becomes is read with the languages swapped, and a warning says that it
// stands alone, as a file of one text per record cannot say which sentence translates which. what
// names such files for the warning ("doccano records"). Other records keep opts as they are.
func targetSide(where, format, what, id string, opts ReadOptions, w *warnings) ReadOptions {
	source, ok := strings.CutSuffix(id, "#target")
	if !ok || source == "" {
		return opts
	}
	opts.SourceLang, opts.TargetLang = opts.TargetLang, opts.SourceLang
	w.say(where, WarnTranslationSide, map[string]any{"Format": format, "ID": id, "Source": source, "Lang": opts.SourceLang},
		"%s is the translation side of document %s: imported as a document of its own, in %s (%s do not keep which sentence translates which: use xliff or jsonl to keep translations with their source)", id, source, opts.SourceLang, what)
	return opts
}

// docIDFrom gives a document ID from a foreign record ID or the file name and a position.
func docIDFrom(name string, id any, i int) string {
	switch v := id.(type) {
	case string:
		if v != "" {
			return v
		}
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	base := plaintext.DocID(name)
	if i == 0 {
		return base
	}
	return base + "-" + strconv.Itoa(i+1)
}

// sameText reports whether a text a file states for a range (Label Studio's value.text) is the text at
// the range, either as is or once both are normalised as imports normalise them (NFC, LF line ends).
func sameText(stated, found string) bool {
	return stated == found || normPiece(stated, false) == normPiece(found, false)
}

// outsideBMP reports whether s has a character outside the Basic Multilingual Plane (e.g. an emoji), the
// only characters on which code points and UTF-16 code units disagree.
func outsideBMP(s string) bool {
	return annotate.Count(s, annotate.UTF16) != annotate.Count(s, annotate.CodePoints)
}

// otherUnit is the unit a file's offsets may count instead of u: UTF-16 for code points and back.
func otherUnit(u annotate.Unit) annotate.Unit {
	if u == annotate.UTF16 {
		return annotate.CodePoints
	}
	return annotate.UTF16
}

// unitFlag is the --unit value that selects u.
func unitFlag(u annotate.Unit) string {
	if u == annotate.UTF16 {
		return "utf16"
	}
	return "codepoints"
}
