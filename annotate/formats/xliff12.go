package formats

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate"
)

func xliff12Format() Format {
	return Format{
		Name: "xliff12", Title: "XLIFF 1.2", Extensions: []string{".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff"},
		Offsets:     "none (inline <mrk> markers)",
		Bilingual:   true,
		Markers:     true,
		Description: "for OmegaT and older translation tools: a trans-unit per segment, grouped by paragraph, with states and notes; spans as <mrk mtype=\"x-glose-LABEL\">; on import, trans-units (or their seg-source segments)",
		write:       writeXLIFF12, read: readXLIFF,
	}
}

// writeXLIFF12 writes XLIFF 1.2 in the shape OmegaT 3.6 reads: its XLIFF filter translates what a
// <target> holds, and skips a trans-unit without one. So every segment is a trans-unit with a target:
// its translation, or a copy of its source in the state needs-translation, which the import reads back
// as no translation. A paragraph is a <group restype="x-glose-paragraph">; the text between segments,
// where it is not one space (or a blank line between paragraphs), is an untranslatable trans-unit
// (restype x-glose-gap), so that the import rebuilds the source text exactly. The strict XLIFF 1.2
// schema accepts no attribute of another namespace, so everything Glose adds uses the x- values the
// schema leaves open: a span is <mrk mtype="x-glose-PER" mid="t2" comment="its note">, a suggestion
// x-glose-PER-auto-0.8, a pronoun x-glose-PER+pronoun, a heading's trans-unit has restype
// x-glose-heading. Files of older versions, with the attribute glose:mention, still read.
func writeXLIFF12(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	var w warnings
	if orig, ok := mergeable(docs, annotate.OriginalXLIFF12, &w); ok {
		return mergeBack(docs, orig, opts, w)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=%q>\n", xliff12NS)
	for _, d := range docs {
		// Named XLIFF, not XLIFF 1.2, in these warnings: neither version keeps them, and a warning's
		// first number is its count.
		if len(d.Links) > 0 {
			w.say(d.ID, WarnNoLinks, map[string]any{"Format": "XLIFF", "N": len(d.Links)}, "XLIFF keeps no links: %s left out", plural(len(d.Links), "link", "links"))
		}
		entityWarning(d, "XLIFF", opts, &w)
		docLossWarnings(d, "XLIFF", true, &w)
		changesWarning(d, &w)
		sideWarning(d, opts, &w)
		xmlUnfitWarning(d, &w)
		markersWarning(d, opts, &w)
		noteDetailsWarning(d, &w)
		fmt.Fprintf(&b, " <file original=\"%s\" source-language=\"%s\" target-language=\"%s\" datatype=\"plaintext\">\n",
			xmlAttr(d.ID), xmlAttr(d.SourceLang), xmlAttr(d.TargetLang))
		if len(d.Notes) > 0 {
			b.WriteString("  <header>")
			writeNotes12(&b, d.Notes)
			b.WriteString("</header>\n")
		}
		b.WriteString("  <body>\n")
		(&xliff12Writer{b: &b, d: d, opts: opts, w: &w, ids: map[string]bool{}}).paragraphs()
		b.WriteString("  </body>\n </file>\n")
	}
	b.WriteString("</xliff>\n")
	return []File{{Name: "corpus.xlf", Main: true, Data: b.Bytes()}}, w, nil
}

// noteDetailsWarning says how many notes lose their category or ID, which XLIFF 1.2 notes do not have
// (but for the notes added in Glose, whose ID their from keeps: gloseFrom).
func noteDetailsWarning(d *annotate.Document, w *warnings) {
	n := 0
	count := func(notes []annotate.Note) {
		for _, x := range notes {
			if x.Category != "" || x.ID != "" && !x.Glose { // a Glose note's ID goes in its from
				n++
			}
		}
	}
	count(d.Notes)
	for _, s := range d.Segments {
		count(s.Notes)
	}
	if n > 0 {
		w.say(d.ID, WarnNoteDetailsLeftOut, map[string]any{"Format": "XLIFF 1.2", "N": n},
			"%s %s %s category or ID, which XLIFF 1.2 notes do not have", plural(n, "note", "notes"), pick(n, "loses", "lose"), pick(n, "its", "their"))
	}
}

// writeNotes12 writes notes as XLIFF 1.2 <note> elements.
func writeNotes12(b *bytes.Buffer, notes []annotate.Note) {
	for _, n := range notes {
		b.WriteString("<note")
		if n.Glose { // read back as Glose's own, editable, with its ID
			b.WriteString(` from="` + xmlAttr(gloseFrom(n.ID)) + `"`)
		}
		if n.Priority != 0 {
			fmt.Fprintf(b, " priority=\"%d\"", n.Priority)
		}
		if n.AppliesTo != "" {
			fmt.Fprintf(b, " annotates=\"%s\"", n.AppliesTo)
		}
		b.WriteString(">")
		xmlText(b, n.Text)
		b.WriteString("</note>")
	}
}

// xliff12Writer writes the paragraphs of one document.
type xliff12Writer struct {
	b    *bytes.Buffer
	d    *annotate.Document
	opts WriteOptions
	w    *warnings
	ids  map[string]bool // the trans-unit IDs given
}

func (x *xliff12Writer) paragraphs() {
	d, segs := x.d, x.d.Segments
	units := unitIDs(segs)
	bySeg := d.SpansBySegment()
	for _, s := range segs {
		x.ids[s.ID] = true
	}
	for i := 0; i < len(segs); {
		j := i
		for j < len(segs) && segs[j].Paragraph == segs[i].Paragraph {
			j++
		}
		fmt.Fprintf(x.b, "   <group id=\"%s\" restype=\"x-glose-paragraph\">\n", xmlAttr(units[segs[i].Paragraph]))
		if i == 0 && segs[0].Start > 0 {
			x.gap(segs[0], d.Text[:segs[0].Start])
		}
		for k := i; k < j; k++ {
			s := segs[k]
			x.segment(s, x.sourceSpans(s, bySeg[k]))
			next, def := len(d.Text), ""
			if k+1 < len(segs) {
				next, def = segs[k+1].Start, " "
				if k+1 == j {
					def = "\n\n"
				}
			}
			if gap := d.Text[s.End:next]; gap != def {
				x.gap(s, gap)
			}
		}
		x.b.WriteString("   </group>\n")
		i = j
	}
}

// gap writes the text after segment s (before it, for the text before the first segment) as an
// untranslatable trans-unit.
func (x *xliff12Writer) gap(s *annotate.Segment, text string) {
	id := s.ID + "-gap"
	for k := 2; x.ids[id]; k++ {
		id = s.ID + "-gap" + strconv.Itoa(k)
	}
	x.ids[id] = true
	fmt.Fprintf(x.b, "    <trans-unit id=\"%s\" translate=\"no\" restype=\"x-glose-gap\" xml:space=\"preserve\"><source>", xmlAttr(id))
	xmlText(x.b, text)
	x.b.WriteString("</source></trans-unit>\n")
}

// sourceSpans returns the source spans of segment s that XLIFF 1.2 can mark: inside the segment and
// nested in one another; the others are left out with a warning.
func (x *xliff12Writer) sourceSpans(s *annotate.Segment, candidates []*annotate.Span) []vspan {
	if x.opts.NoMarkers || x.opts.Side == TargetSide {
		return nil
	}
	var spans []vspan
	for _, sp := range candidates {
		if !keepSpan(sp, x.opts) {
			continue
		}
		switch {
		case !insideSegment(x.d, sp.Start, false) || !insideSegment(x.d, sp.End, true):
			x.w.say(x.d.ID, WarnBetweenSegments, docSpanArgs(x.d, sp), "span %s starts or ends between segments; left out", x.d.Describe(sp))
		case sp.End > s.End && x.d.Segments[x.d.SegmentAt(sp.End-1)].Paragraph != s.Paragraph:
			x.w.say(x.d.ID, WarnCrossesParagraphs, docSpanArgs(x.d, sp), "span %s crosses paragraphs (XLIFF units); left out", x.d.Describe(sp))
		default:
			spans = append(spans, vspan{sp, sp.Start, sp.End})
		}
	}
	return x.nested(spans, s.End)
}

// nested keeps the spans that end by end and nest in one another, and warns about the others.
func (x *xliff12Writer) nested(spans []vspan, end int) []vspan {
	mrk := classify(spans, func(v vspan) bool { return v.End <= end })
	var out []vspan
	for _, v := range spans {
		if mrk[v.ID] {
			out = append(out, v)
			continue
		}
		x.w.say(x.d.ID, WarnNotNested, docSpanArgs(x.d, v.Span), "span %s crosses a segment's end or overlaps another span, and XLIFF 1.2 markers nest inside one segment; left out", x.d.Describe(v.Span))
	}
	return out
}

// segment writes the trans-unit of segment s, with its source spans; see writeXLIFF12 for its target.
func (x *xliff12Writer) segment(s *annotate.Segment, spans []vspan) {
	d := x.d
	fmt.Fprintf(x.b, "    <trans-unit id=\"%s\"%s", xmlAttr(s.ID), lockedAttr12(s))
	if s.Kind == annotate.KindHeading || s.Kind == annotate.KindDateline {
		fmt.Fprintf(x.b, " restype=\"x-glose-%s\"", s.Kind)
	}
	x.b.WriteString(" xml:space=\"preserve\">\n     <source>")
	writeMarked12(x.b, d.Text, s.Start, s.End, spans, true)
	x.b.WriteString("</source>\n     <target state=\"")
	if s.Target == "" {
		x.b.WriteString("needs-translation\">")
		writeMarked12(x.b, d.Text, s.Start, s.End, spans, false)
	} else {
		x.b.WriteString(state12(s.Status) + "\">")
		var tspans []vspan
		if x.opts.Side != SourceSide && !x.opts.NoMarkers {
			for _, sp := range d.TargetSpans(s.ID) {
				if keepSpan(sp, x.opts) {
					tspans = append(tspans, vspan{sp, sp.Start, sp.End})
				}
			}
		}
		writeMarked12(x.b, s.Target, 0, len(s.Target), x.nested(tspans, len(s.Target)), false)
	}
	x.b.WriteString("</target>\n")
	writeQAIgnored12(x.b, s)
	if len(s.Notes) > 0 {
		x.b.WriteString("     ")
		writeNotes12(x.b, s.Notes)
		x.b.WriteString("\n")
	}
	x.b.WriteString("    </trans-unit>\n")
}

// state12 is the XLIFF 1.2 state of a translated segment's target.
func state12(s annotate.Status) string {
	switch s {
	case annotate.StatusDraft:
		return "needs-review-translation"
	case annotate.StatusTranslated:
		return "translated"
	case annotate.StatusReviewed:
		return "signed-off"
	}
	return "new"
}

// writeMarked12 writes text[start:end] with a <mrk> around each span (all nested, see nested). The
// span's ID goes in mid only in the source (withMid): in a <target>, the strict schema's keyref
// KR_tu_segsrc_mid wants a marker's mid to name a <seg-source> segment, and Glose writes none (the
// import drops the markers of a copied source, and XLIFF keeps no links for a target's ID to serve).
// An ID that is not an XML name token ("span #2") is left out too: mid is an NMTOKEN, and the import
// gives the span a new ID.
func writeMarked12(b *bytes.Buffer, text string, start, end int, spans []vspan, withMid bool) {
	all := make(map[string]bool, len(spans))
	for _, s := range spans {
		all[s.ID] = true
	}
	pos := start
	for _, e := range markEvents(start, end, spans, all) {
		xmlText(b, text[pos:e.at])
		pos = e.at
		if !e.open {
			b.WriteString("</mrk>")
			continue
		}
		fmt.Fprintf(b, "<mrk mtype=\"%s\"", mtype12(e.s))
		if withMid && isNMToken(e.s.ID) {
			fmt.Fprintf(b, " mid=\"%s\"", xmlAttr(e.s.ID))
		}
		if e.s.Note != "" {
			fmt.Fprintf(b, " comment=\"%s\"", xmlAttr(e.s.Note))
		}
		b.WriteString(">")
	}
	xmlText(b, text[pos:end])
}

// mtype12 is the mtype of a span's marker: x-glose- and its label, white space, % and + written as
// %XX (the schema wants no white space), then +nominal or +pronoun for a mention that is not a name,
// then -auto- and its confidence for a suggestion: x-glose-PER+pronoun-auto-0.8.
func mtype12(s vspan) string {
	var b strings.Builder
	b.WriteString("x-glose-")
	for _, r := range s.Label {
		if unicode.IsSpace(r) || r == '%' || r == '+' {
			for _, c := range []byte(string(r)) {
				fmt.Fprintf(&b, "%%%02X", c)
			}
			continue
		}
		b.WriteRune(r)
	}
	if k := s.Mention.Norm(); k != "" {
		b.WriteString("+" + string(k)) // a pronoun or a description; + in a label is written %2B
	}
	if s.Origin == annotate.Auto {
		b.WriteString("-auto-" + strconv.FormatFloat(s.Confidence, 'f', -1, 64))
	}
	return xmlAttr(b.String())
}

// isNMToken reports whether s is an XML name token (NMTOKEN), the type of mid: name characters only
// (letters, digits, combining marks, extenders, and . - _ :).
func isNMToken(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r), unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nl):
		case r == '.', r == '-', r == '_', r == ':', r == '\u00B7', r >= '\u203F' && r <= '\u2040':
		default:
			return false
		}
	}
	return true
}
