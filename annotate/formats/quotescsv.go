package formats

import (
	"bytes"
	"encoding/csv"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// quotesCSVFormat is the "who said what" table of media-monitoring analysts: one row per French
// quotation with its English, its speaker and its cue, for databases and spreadsheets.
func quotesCSVFormat() Format {
	return Format{
		Name: "quotes-csv", Title: "Quotations CSV (who said what)", Extensions: []string{".csv"},
		Offsets:     "code points (or UTF-16 code units) into the French text, in columns named after their unit",
		UnitChoice:  true,
		Rows:        true,
		Description: "one row per French quotation: its text and English, speaker, cue, origins and confidences; no names that speak no quotation, notes or layout",
		write:       writeQuotesCSV,
	}
}

// quoteRow is what a row says of one French quotation.
type quoteRow struct {
	doc        *annotate.Document
	q          *annotate.Span
	english    string
	speaker    *annotate.Span // the mention the speaker link points to, or nil
	speakerVia *annotate.Link
	cue        *annotate.Span
}

// quotesCSVHeader is the table's header row; start and end are named after the unit of the offsets.
func quotesCSVHeader(u annotate.Unit) []string {
	unit := "cp"
	if u == annotate.UTF16 {
		unit = "utf16"
	}
	return []string{"document_id", "segment", "start_" + unit, "end_" + unit, "quote_fr", "quote_en",
		"speaker_mention", "speaker_kind", "speaker_fr", "speaker_en", "speaker_type", "cue",
		"quote_status", "speaker_status", "quote_confidence", "speaker_confidence"}
}

func writeQuotesCSV(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	u, err := parseUnit(opts.Unit, annotate.CodePoints)
	if err != nil {
		return nil, nil, err
	}
	header := quotesCSVHeader(u)
	rows := [][]string{header}
	for _, d := range docs {
		for _, r := range quoteRows(d, opts) {
			rows = append(rows, guardCells(r.cells(u), opts.RawCells))
		}
	}
	if opts.Excel != NoExcel {
		decimals := []int{slices.Index(header, "quote_confidence"), slices.Index(header, "speaker_confidence")}
		numbers := append([]int{1, 2, 3}, decimals...) // segment, start, end
		return []File{{Name: "quotes.csv", Main: true, Data: writeExcelTable(rows, opts.Excel, decimals, numbers)}}, nil, nil
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.WriteAll(rows) // a bytes.Buffer does not fail
	return []File{{Name: "quotes.csv", Main: true, Data: buf.Bytes()}}, nil, w.Error()
}

// quoteRows returns the rows of d's French quotations, in text order; a confirmed-only export keeps
// the confirmed ones, and of their speaker, cue and English only what a person confirmed.
func quoteRows(d *annotate.Document, opts WriteOptions) []quoteRow {
	var quotes []*annotate.Span
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source && sp.Label == annotate.LabelQuote && (!opts.Confirmed || sp.Accepted()) {
			quotes = append(quotes, sp)
		}
	}
	slices.SortStableFunc(quotes, func(a, b *annotate.Span) int { return a.Start - b.Start })
	rows := make([]quoteRow, 0, len(quotes))
	for _, q := range quotes {
		r := quoteRow{doc: d, q: q, english: quoteEnglish(d, q, opts.Confirmed)}
		if l, to := linked(d, q, annotate.LinkSpeaker, opts.Confirmed); to != nil {
			r.speaker, r.speakerVia = to, l
		}
		_, r.cue = linked(d, q, annotate.LinkCue, opts.Confirmed)
		rows = append(rows, r)
	}
	return rows
}

// linked returns the first link of type typ from q and the span it points to (a person's both, when
// confirmed), or nils.
func linked(d *annotate.Document, q *annotate.Span, typ string, confirmed bool) (*annotate.Link, *annotate.Span) {
	for _, l := range d.LinksOf(q.ID) {
		if l.From != q.ID || l.Type != typ || confirmed && l.Origin != annotate.Human {
			continue
		}
		if to := d.Span(l.To); to != nil && (!confirmed || to.Accepted()) {
			return l, to
		}
	}
	return nil, nil
}

// cells writes the row, its offsets in unit u.
func (r quoteRow) cells(u annotate.Unit) []string {
	d, q := r.doc, r.q
	off := d.SourceOffsets()
	start, _ := off.Convert(q.Start, annotate.Bytes, u) // cannot fail: prepare validated the document
	end, _ := off.Convert(q.End, annotate.Bytes, u)
	row := []string{d.ID, strconv.Itoa(d.SegmentAt(q.Start) + 1), strconv.Itoa(start), strconv.Itoa(end),
		d.SpanText(q), r.english}
	row = append(row, r.speakerCells()...)
	cue := ""
	if r.cue != nil {
		cue = d.SpanText(r.cue)
	}
	row = append(row, cue, originName(q.Origin))
	if r.speaker != nil {
		row = append(row, originName(r.speakerVia.Origin), confidence(q.Confidence), confidence(r.speakerVia.Confidence))
	} else {
		row = append(row, "", confidence(q.Confidence), "")
	}
	return row
}

// speakerCells are the mention as written, its kind, and its entity's French and English names and type.
func (r quoteRow) speakerCells() []string {
	if r.speaker == nil {
		return []string{"", "", "", "", ""}
	}
	d, sp := r.doc, r.speaker
	kind := "name"
	switch sp.Mention.Norm() {
	case annotate.MentionPronoun:
		kind = "pronoun"
	case annotate.MentionNominal:
		kind = "description"
	}
	fr, en, typ := "", "", sp.Label
	if e := d.EntityOf(sp.ID); e != nil {
		fr, en, typ = e.Names[d.SourceLang], e.Names[d.TargetLang], e.Type
	}
	return []string{d.SpanText(sp), kind, fr, en, typ}
}

// originName says whether a person confirmed a span or link, or it is a suggestion.
func originName(o annotate.Origin) string {
	if o == annotate.Human {
		return "confirmed"
	}
	return "suggestion"
}

// confidence writes c with at most three decimals.
func confidence(c float64) string {
	return strconv.FormatFloat(math.Round(c*1000)/1000, 'f', -1, 64)
}

// quoteEnglish is the English of q: the English quotations it is linked to (one per segment of a
// quotation over several), else those aligned with it, joined with a space within a paragraph and
// a line break between paragraphs; "" when there are none.
func quoteEnglish(d *annotate.Document, q *annotate.Span, confirmed bool) string {
	var parts []*annotate.Span
	for _, l := range d.LinksOf(q.ID) {
		if l.From != q.ID || l.Type != annotate.LinkTranslation || confirmed && l.Origin != annotate.Human {
			continue
		}
		if t := d.Span(l.To); t != nil && t.Side == annotate.Target && (!confirmed || t.Accepted()) {
			parts = append(parts, t)
		}
	}
	if len(parts) == 0 {
		parts = alignedEnglish(d, q, confirmed)
	}
	slices.SortStableFunc(parts, func(a, b *annotate.Span) int {
		if i, j := d.SegmentIndex(a.Segment), d.SegmentIndex(b.Segment); i != j {
			return i - j
		}
		return a.Start - b.Start
	})
	var b strings.Builder
	for i, t := range parts {
		if i > 0 {
			if d.Segment(t.Segment).Paragraph != d.Segment(parts[i-1].Segment).Paragraph {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(d.SpanText(t))
	}
	return b.String()
}

// alignedEnglish returns the English quotations aligned with q though linked to no French span: those
// of the segments q covers, when q is the only French quotation there (else which is whose is unsaid).
func alignedEnglish(d *annotate.Document, q *annotate.Span, confirmed bool) []*annotate.Span {
	first, last := d.SegmentAt(q.Start), d.SegmentAt(max(q.End-1, q.Start))
	if first < 0 || last < 0 {
		return nil
	}
	from, to := d.Segments[first].Start, d.Segments[last].End
	for _, sp := range d.SourceSpans(from, to) {
		if sp != q && sp.Label == annotate.LabelQuote {
			return nil
		}
	}
	var out []*annotate.Span
	for _, seg := range d.Segments[first : last+1] {
		for _, t := range d.TargetSpans(seg.ID) {
			if t.Label == annotate.LabelQuote && (!confirmed || t.Accepted()) && !translates(d, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// translates reports whether a translation link points to the target span t.
func translates(d *annotate.Document, t *annotate.Span) bool {
	return slices.ContainsFunc(d.LinksOf(t.ID), func(l *annotate.Link) bool {
		return l.Type == annotate.LinkTranslation && l.To == t.ID
	})
}

// guardCells keeps a spreadsheet from running a cell as a formula (OWASP, CSV injection): a cell
// starting with = + - @, a tab or a carriage return gets a tab before it, which a spreadsheet shows
// as a blank and reads as text. A cell starting with a tab is always the guard's, so a program
// gets the text back by dropping one leading tab; raw leaves the cells as they are.
func guardCells(cells []string, raw bool) []string {
	if raw {
		return cells
	}
	for i, c := range cells {
		if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			cells[i] = "\t" + c
		}
	}
	return cells
}
