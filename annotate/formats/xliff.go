package formats

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

func xliffFormat() Format {
	return Format{
		Name: "xliff", Title: "XLIFF 2.1", Extensions: []string{".xlf", ".xliff"},
		Offsets:     "none (inline <mrk>/<sm>/<em> markers)",
		Bilingual:   true,
		Markers:     true,
		Description: "segments with translations and statuses, source and target spans as ITS-annotated markers; no links or entities",
		write:       writeXLIFF, read: readXLIFF,
	}
}

// Namespaces of the XLIFF export.
const (
	xliffNS = "urn:oasis:names:tc:xliff:document:2.0"
	itsNS   = "http://www.w3.org/2005/11/its"
	gloseNS = "urn:glose:xliff:1"
)

// nerdClass maps entity labels to ITS Text Analysis classes (the NERD ontology the ITS 2.0 examples use).
func nerdClass(label string) string {
	switch label {
	case annotate.LabelPER:
		return "http://nerd.eurecom.fr/ontology#Person"
	case annotate.LabelORG:
		return "http://nerd.eurecom.fr/ontology#Organization"
	case annotate.LabelLOC:
		return "http://nerd.eurecom.fr/ontology#Location"
	case annotate.LabelMISC:
		return "http://nerd.eurecom.fr/ontology#Thing"
	}
	return ""
}

// xliffState maps a segment status to XLIFF 2 state and subState.
func xliffState(s annotate.Status) (state, sub string) {
	switch s {
	case annotate.StatusDraft:
		return "initial", "glose:draft"
	case annotate.StatusTranslated:
		return "translated", ""
	case annotate.StatusReviewed:
		return "reviewed", ""
	}
	return "initial", ""
}

func writeXLIFF(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	var w warnings
	if orig, ok := mergeable(docs, annotate.OriginalXLIFF, &w); ok {
		return mergeBack(docs, orig, opts, w)
	}
	var b bytes.Buffer
	src, tgt := docs[0].SourceLang, docs[0].TargetLang
	fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=%q xmlns:its=%q xmlns:glose=%q version=\"2.1\" srcLang=%q trgLang=%q its:version=\"2.0\">\n",
		xliffNS, itsNS, gloseNS, src, tgt)
	for i, d := range docs {
		if d.SourceLang != src || d.TargetLang != tgt {
			w.say(d.ID, WarnLanguagePair, map[string]any{"Source": d.SourceLang, "Target": d.TargetLang, "FileSource": src, "FileTarget": tgt}, "languages %s→%s differ from the file's %s→%s (XLIFF has one language pair per file)", d.SourceLang, d.TargetLang, src, tgt)
		}
		if len(d.Links) > 0 {
			w.say(d.ID, WarnNoLinks, map[string]any{"Format": "XLIFF", "N": len(d.Links)}, "XLIFF keeps no links: %s left out", plural(len(d.Links), "link", "links"))
		}
		entityWarning(d, "XLIFF", opts, &w)
		docLossWarnings(d, "XLIFF", true, &w)
		changesWarning(d, &w)
		sideWarning(d, opts, &w)
		xmlUnfitWarning(d, &w)
		markersWarning(d, opts, &w)
		fmt.Fprintf(&b, " <file id=\"f%d\" original=\"%s\" xml:space=\"preserve\">\n", i+1, xmlAttr(d.ID))
		writeNotes(&b, "  ", docNotes(d))
		writeXLIFFUnits(&b, d, opts, &w)
		b.WriteString(" </file>\n")
	}
	b.WriteString("</xliff>\n")
	return []File{{Name: "corpus.xlf", Main: true, Data: b.Bytes()}}, w, nil
}

// mergeBack writes the documents into the translation tool's file they came from (xliff2_merge.go,
// xliff12_merge.go), with the warnings of what that file cannot hold. Those count only the spans,
// links and entities a person made or confirmed: the client's file never holds annotations, the
// suggestions of pre-annotation that nobody confirmed are no work of the translator's, and listing
// them (thirty spans, links and entities on an article) would bury the warnings that matter. They stay
// in the Glose document either way.
func mergeBack(docs []*annotate.Document, orig *annotate.Original, opts WriteOptions, w warnings) ([]File, []Warning, error) {
	merge := mergeXLIFF2
	if orig.Format == annotate.OriginalXLIFF12 {
		merge = mergeXLIFF12
	}
	opts.Confirmed = true // what the warnings count (nothing else of the merge depends on it)
	data, err := merge(docs, orig, opts, &w)
	if err != nil {
		return nil, w, err
	}
	for _, d := range docs {
		if n := humanLinks(d); n > 0 {
			w.say(d.ID, WarnNoLinks, map[string]any{"Format": "XLIFF", "N": n}, "XLIFF keeps no links: %s left out", plural(n, "link", "links"))
		}
		entityWarning(d, "XLIFF", opts, &w)
		docLossWarnings(d, "XLIFF", true, &w)
		changesWarning(d, &w)
		xmlUnfitWarning(d, &w)
	}
	return []File{{Name: "corpus.xlf", Main: true, Data: data}}, w, nil
}

// humanLinks counts the links a person made or confirmed.
func humanLinks(d *annotate.Document) int {
	n := 0
	for _, l := range d.Links {
		if l.Origin == annotate.Human {
			n++
		}
	}
	return n
}

// sideWarning says which spans an export of one side leaves out of a bilingual file.
func sideWarning(d *annotate.Document, opts WriteOptions, w *warnings) {
	var left int
	for _, sp := range d.Spans {
		if keepSpan(sp, opts) && (sp.Side == annotate.Target) == (opts.Side == SourceSide) && opts.Side != BothSides {
			left++
		}
	}
	if left == 0 {
		return
	}
	other := "target (English)"
	if opts.Side == TargetSide {
		other = "source (French)"
	}
	code := WarnTargetSpansLeftOut
	if opts.Side == TargetSide {
		code = WarnSourceSpansLeftOut
	}
	w.say(d.ID, code, map[string]any{"N": left}, "%s of the %s text left out (only one side was asked for; export both sides to keep %s)", plural(left, "span", "spans"), other, pick(left, "it", "them"))
}

// markersWarning says how many spans an export without markers (WriteOptions.NoMarkers) leaves out.
func markersWarning(d *annotate.Document, opts WriteOptions, w *warnings) {
	if !opts.NoMarkers {
		return
	}
	n := 0
	for _, sp := range d.Spans {
		if keepSpan(sp, opts) {
			n++
		}
	}
	if n > 0 {
		w.say(d.ID, WarnMarkersLeftOut, map[string]any{"N": n}, "%s left out: the export is plain text, without span markers, as asked", plural(n, "span", "spans"))
	}
}

// segNote is a note of a segment written in its unit's notes; seg is the segment's ID in the unit
// when it is not the unit's first segment (XLIFF notes are on units, Glose's on segments).
type segNote struct {
	annotate.Note
	seg string
}

// writeNotes writes notes as an XLIFF 2 <notes> element, indented by indent; nothing when there are none.
func writeNotes(b *bytes.Buffer, indent string, notes []segNote) {
	if len(notes) == 0 {
		return
	}
	b.WriteString(indent + "<notes>")
	for _, n := range notes {
		b.WriteString("<note")
		if n.seg != "" {
			fmt.Fprintf(b, " glose:segment=\"%s\"", xmlAttr(n.seg))
		}
		if n.ID != "" {
			fmt.Fprintf(b, " id=\"%s\"", xmlAttr(n.ID))
		}
		if n.AppliesTo != "" {
			fmt.Fprintf(b, " appliesTo=\"%s\"", n.AppliesTo)
		}
		switch {
		case n.Category != "":
			fmt.Fprintf(b, " category=\"%s\"", xmlAttr(n.Category))
		case n.Glose: // read back as Glose's own, editable
			b.WriteString(` category="` + gloseNoteCategory + `"`)
		}
		if n.Priority != 0 {
			fmt.Fprintf(b, " priority=\"%d\"", n.Priority)
		}
		b.WriteString(">")
		xmlText(b, n.Text)
		b.WriteString("</note>")
	}
	b.WriteString("</notes>\n")
}

func docNotes(d *annotate.Document) []segNote {
	out := make([]segNote, len(d.Notes))
	for i, n := range d.Notes {
		out[i].Note = n
	}
	return out
}

// unitIDs names the unit of each paragraph: the ID of the translation tool's unit its segments came
// from, so that the tool can merge the file back, or u1, u2... by paragraph; a repeated ID gets a suffix.
func unitIDs(segs []*annotate.Segment) map[int]string {
	ids := map[int]string{}
	used := map[string]bool{}
	for _, s := range segs {
		if _, done := ids[s.Paragraph]; done || s.Unit == "" || used[s.Unit] {
			continue
		}
		ids[s.Paragraph], used[s.Unit] = s.Unit, true
	}
	for _, s := range segs {
		if _, done := ids[s.Paragraph]; done {
			continue
		}
		id := "u" + strconv.Itoa(s.Paragraph+1)
		for k := 2; used[id]; k++ {
			id = "u" + strconv.Itoa(s.Paragraph+1) + "-" + strconv.Itoa(k)
		}
		ids[s.Paragraph], used[id] = id, true
	}
	return ids
}

// segmentID is a segment's ID in the unit that holds it: the tool's own, when it had one Glose could not keep as the ID.
func segmentID(s *annotate.Segment) string {
	if s.UnitSegment != "" {
		return s.UnitSegment
	}
	return s.ID
}

// writeXLIFFUnits writes one unit per paragraph. The text between segments (and after a paragraph, up
// to the next one) goes into <ignorable>, so that the source text can be rebuilt exactly.
func writeXLIFFUnits(b *bytes.Buffer, d *annotate.Document, opts WriteOptions, w *warnings) {
	segs := d.Segments
	bySeg := d.SpansBySegment()
	units := unitIDs(segs)
	for i := 0; i < len(segs); {
		j := i
		for j < len(segs) && segs[j].Paragraph == segs[i].Paragraph {
			j++
		}
		uStart, uEnd := segs[i].Start, len(d.Text)
		if j < len(segs) {
			uEnd = unitEnd(d, segs[j-1], segs[j])
		}
		if i == 0 {
			uStart = 0
		}
		fmt.Fprintf(b, "  <unit id=\"%s\"%s%s>\n", xmlAttr(units[segs[i].Paragraph]), kindsAttr(segs[i:j]), lockedAttr(segs[i:j]))
		var spans []*annotate.Span
		var notes []segNote
		for k := i; k < j; k++ {
			if !opts.NoMarkers {
				spans = append(spans, bySeg[k]...)
			}
			for _, n := range segs[k].Notes {
				notes = append(notes, segNote{n, ""})
				if k > i {
					notes[len(notes)-1].seg = segmentID(segs[k])
				}
			}
		}
		writeQAIgnored(b, segs[i:j])
		writeNotes(b, "   ", notes)
		writeXLIFFUnit(b, d, segs[i:j], spans, uStart, uEnd, opts, w)
		b.WriteString("  </unit>\n")
		i = j
	}
}

// paragraphBreak is what the XLIFF reader puts between units that hold no text between them.
const paragraphBreak = "\n\n"

// unitEnd is where the unit ending with last stops in the text, next being the first segment of the
// next unit: the next unit's start, so that the text between them goes into an <ignorable> and is
// rebuilt exactly, except after a translation tool's unit, when that text is the paragraph break the
// XLIFF reader put between the tool's units: written into the unit, the tool's merge would add it
// to the client's document.
func unitEnd(d *annotate.Document, last, next *annotate.Segment) int {
	if last.Unit != "" && next.Unit != "" && last.Unit != next.Unit && d.Text[last.End:next.Start] == paragraphBreak {
		return last.End
	}
	return next.Start
}

// kindsAttr keeps the kinds of a paragraph's segments (headings, datelines) in an extension attribute
// of its unit, one kind per segment in order; nothing when all are sentences.
func kindsAttr(segs []*annotate.Segment) string {
	kinds := make([]string, len(segs))
	plain := true
	for i, s := range segs {
		kinds[i] = s.Kind
		if kinds[i] == "" {
			kinds[i] = annotate.KindSentence
		}
		plain = plain && kinds[i] == annotate.KindSentence
	}
	if plain {
		return ""
	}
	return ` glose:kinds="` + xmlAttr(strings.Join(kinds, " ")) + `"`
}

// writeXLIFFUnit writes one paragraph; candidates are the source spans that start in its segments.
func writeXLIFFUnit(b *bytes.Buffer, d *annotate.Document, segs []*annotate.Segment, candidates []*annotate.Span, uStart, uEnd int, opts WriteOptions, w *warnings) {
	var spans []vspan
	for _, sp := range candidates {
		if keepSpan(sp, opts) && opts.Side != TargetSide {
			if sp.End > segs[len(segs)-1].End {
				w.say(d.ID, WarnCrossesParagraphs, docSpanArgs(d, sp), "span %s crosses paragraphs (XLIFF units); left out", d.Describe(sp))
				continue
			}
			if !insideSegment(d, sp.Start, false) || !insideSegment(d, sp.End, true) {
				w.say(d.ID, WarnBetweenSegments, docSpanArgs(d, sp), "span %s starts or ends between segments; left out", d.Describe(sp))
				continue
			}
			spans = append(spans, vspan{sp, sp.Start, sp.End})
		}
	}
	marks := classify(spans, func(s vspan) bool {
		k := d.SegmentAt(s.Start)
		return k >= 0 && s.End <= d.Segments[k].End
	})
	pos := uStart
	for _, s := range segs {
		if s.Start > pos {
			writeIgnorable(b, d.Text[pos:s.Start])
		}
		state, sub := xliffState(s.Status)
		fmt.Fprintf(b, "   <segment id=\"%s\" state=\"%s\"", xmlAttr(segmentID(s)), state)
		if sub != "" {
			fmt.Fprintf(b, " subState=\"%s\"", sub)
		}
		b.WriteString(">\n    <source>")
		writeMarked(b, d.Text, s.Start, s.End, spans, marks)
		b.WriteString("</source>\n")
		if s.Target != "" {
			b.WriteString("    <target>")
			writeTargetMarked(b, d, s, opts)
			b.WriteString("</target>\n")
		}
		b.WriteString("   </segment>\n")
		pos = s.End
	}
	if uEnd > pos {
		writeIgnorable(b, d.Text[pos:uEnd])
	}
}

// insideSegment reports whether a span edge lies in a segment (an end may be the segment's end).
func insideSegment(d *annotate.Document, off int, end bool) bool {
	if end {
		off--
	}
	return d.SegmentAt(off) >= 0
}

func writeIgnorable(b *bytes.Buffer, text string) {
	b.WriteString("   <ignorable><source>")
	xmlText(b, text)
	b.WriteString("</source></ignorable>\n")
}

func writeTargetMarked(b *bytes.Buffer, d *annotate.Document, s *annotate.Segment, opts WriteOptions) {
	var spans []vspan
	if opts.Side != SourceSide && !opts.NoMarkers {
		for _, sp := range d.TargetSpans(s.ID) {
			if keepSpan(sp, opts) {
				spans = append(spans, vspan{sp, sp.Start, sp.End})
			}
		}
	}
	marks := classify(spans, func(vspan) bool { return true })
	writeMarked(b, s.Target, 0, len(s.Target), spans, marks)
}

// classify decides how each span is marked: true for a <mrk> (inside one segment and well nested
// with the other <mrk>s), false for an <sm/>…<em/> pair (which may overlap and cross segments).
func classify(spans []vspan, inOneSegment func(vspan) bool) map[string]bool {
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].Start != spans[j].Start {
			return spans[i].Start < spans[j].Start
		}
		return spans[i].End > spans[j].End
	})
	mrk := make(map[string]bool, len(spans))
	var stack []vspan
	for _, s := range spans {
		if !inOneSegment(s) {
			continue
		}
		for len(stack) > 0 && stack[len(stack)-1].End <= s.Start {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && s.End > stack[len(stack)-1].End {
			continue
		}
		stack = append(stack, s)
		mrk[s.ID] = true
	}
	return mrk
}

// markEvent is the opening or closing of a span's marker at a byte offset.
type markEvent struct {
	at    int
	open  bool
	order int // closes before opens; among opens, longer first; among closes, inner first
	s     vspan
}

// markEvents lists the markers that open or close in text[start:end], in writing order.
func markEvents(start, end int, spans []vspan, mrk map[string]bool) []markEvent {
	var ev []markEvent
	for _, s := range spans {
		if s.Start >= start && s.Start < end {
			ev = append(ev, markEvent{s.Start, true, -(s.End - s.Start), s})
		}
		if s.End > start && s.End <= end && (!mrk[s.ID] || s.Start >= start) {
			ev = append(ev, markEvent{s.End, false, s.End - s.Start, s})
		}
	}
	sort.SliceStable(ev, func(i, j int) bool {
		a, c := ev[i], ev[j]
		if a.at != c.at {
			return a.at < c.at
		}
		if a.open != c.open {
			return !a.open
		}
		return a.order < c.order
	})
	return ev
}

// writeMarked writes text[start:end] with the markers of the spans that open or close inside it.
func writeMarked(b *bytes.Buffer, text string, start, end int, spans []vspan, mrk map[string]bool) {
	pos := start
	for _, e := range markEvents(start, end, spans, mrk) {
		xmlText(b, text[pos:e.at])
		pos = e.at
		switch {
		case e.open && mrk[e.s.ID]:
			fmt.Fprintf(b, "<mrk id=\"%s\"%s>", xmlAttr(e.s.ID), markAttrs(e.s))
		case e.open:
			fmt.Fprintf(b, "<sm id=\"%s\"%s/>", xmlAttr(e.s.ID), markAttrs(e.s))
		case mrk[e.s.ID]:
			b.WriteString("</mrk>")
		default:
			fmt.Fprintf(b, "<em startRef=\"%s\"/>", xmlAttr(e.s.ID))
		}
	}
	xmlText(b, text[pos:end])
}

// markAttrs are the attributes of a span's marker: the label in value, ITS Text Analysis class for
// names, and Glose's origin, confidence, note and mention kind.
func markAttrs(s vspan) string {
	var b strings.Builder
	if c := nerdClass(s.Label); c != "" {
		fmt.Fprintf(&b, " type=\"its:any\" its:taClassRef=\"%s\"", c)
	} else {
		b.WriteString(" type=\"generic\"")
	}
	fmt.Fprintf(&b, " value=\"%s\"", xmlAttr(s.Label))
	if s.Origin == annotate.Auto {
		conf := strconv.FormatFloat(s.Confidence, 'f', -1, 64)
		fmt.Fprintf(&b, " glose:origin=\"auto\" glose:confidence=\"%s\"", conf)
		if nerdClass(s.Label) != "" {
			fmt.Fprintf(&b, " its:taConfidence=\"%s\"", conf)
		}
	}
	if s.Note != "" {
		fmt.Fprintf(&b, " glose:note=\"%s\"", xmlAttr(s.Note))
	}
	b.WriteString(mentionAttr(s))
	return b.String()
}

// mentionAttr is the glose:mention attribute of a marker whose span is a description or a pronoun (none
// for a name), which both XLIFF versions allow on their markers as an attribute of another namespace.
func mentionAttr(s vspan) string {
	if k := s.Mention.Norm(); k != "" {
		return ` glose:mention="` + xmlAttr(string(k)) + `"`
	}
	return ""
}

// xmlUnfitWarning names the segments whose text holds a character XML 1.0 cannot (C0 controls other than
// tab, LF and CR; U+FFFE, U+FFFF), which the XML exports write as U+FFFD.
func xmlUnfitWarning(d *annotate.Document, w *warnings) {
	for k, s := range d.Segments {
		for _, t := range []struct{ what, text string }{{"source", d.SourceText(s)}, {"translation", s.Target}} {
			if i := strings.IndexFunc(t.text, xmlUnfit); i >= 0 {
				r, _ := utf8.DecodeRuneInString(t.text[i:])
				args := map[string]any{"Segment": k + 1, "Target": t.what == "translation", "Char": fmt.Sprintf("U+%04X", r)}
				w.say(d.ID, WarnNotXML, args, "segment %s: the %s holds U+%04X (byte %d), which XML cannot hold; written as U+FFFD", s.ID, t.what, r, i)
			}
		}
	}
}

func xmlUnfit(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
}

func xmlText(b *bytes.Buffer, s string) { _ = xml.EscapeText(b, []byte(s)) }

func xmlAttr(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
