package formats

import (
	"fmt"
	"path/filepath"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// Untranslated says what the export of the translation as a text (text, markdown) does with the
// segments that have no English, or, with WriteOptions.Confirmed, no confirmed English.
type Untranslated int

// The choices: refuse the export and list them (the zero value: a text to deliver with French in it,
// or holes, is rarely what was meant), keep their French, or leave them out.
const (
	RefuseUntranslated Untranslated = iota
	KeepSource
	OmitUntranslated
)

// UntranslatedChoices are the names ParseUntranslated reads, in the order of the constants.
var UntranslatedChoices = []string{"refuse", "source", "omit"}

// ParseUntranslated reads "refuse", "source" or "omit"; "" is RefuseUntranslated.
func ParseUntranslated(s string) (Untranslated, error) {
	if s == "" {
		return RefuseUntranslated, nil
	}
	for i, name := range UntranslatedChoices {
		if s == name {
			return Untranslated(i), nil
		}
	}
	return 0, fmt.Errorf("%q: expected refuse, source (keep the French) or omit (leave them out)", s)
}

// UntranslatedError is the refusal of an export of the translation as a text while segments have no
// English (or no confirmed English): the app says it in its own words from its fields.
type UntranslatedError struct {
	Doc       string // the document's ID
	Numbers   []int  // the segments' numbers, from 1, as the app shows them
	Total     int    // how many segments the document has
	Confirmed bool   // the export takes confirmed segments only: some have English not yet confirmed
}

func (e *UntranslatedError) Error() string {
	what, fix := "have no English", "translate them"
	if e.Confirmed {
		what, fix = "have no confirmed English (translated or reviewed)", "translate and confirm them"
	}
	return fmt.Sprintf("%s: %d of %d segments %s: %s (%s, or export with --untranslated source to keep their French, or --untranslated omit to leave them out)",
		e.Doc, len(e.Numbers), e.Total, what, NumberList(e.Numbers), fix)
}

// NumberList writes ascending numbers as a list with runs as ranges ("2, 5–7, 12"), at most 30 items,
// then how many more.
func NumberList(ns []int) string {
	items := annotate.Runs(ns)
	const most = 30
	if len(items) > most {
		rest := len(items) - most
		return strings.Join(items[:most], ", ") + fmt.Sprintf(" and %d more", rest)
	}
	return strings.Join(items, ", ")
}

// Confirmed reports whether a segment's English is confirmed: translated or reviewed.
func confirmedSegment(s *annotate.Segment) bool {
	return s.Status == annotate.StatusTranslated || s.Status == annotate.StatusReviewed
}

// Untranslated returns the numbers (from 1) of the segments of d the export of its translation as a
// text has no English for: without a translation, or, when confirmed, not confirmed.
func UntranslatedSegments(d *annotate.Document, confirmed bool) []int {
	var out []int
	for i, s := range d.Segments {
		if !hasEnglish(s, confirmed) {
			out = append(out, i+1)
		}
	}
	return out
}

func hasEnglish(s *annotate.Segment, confirmed bool) bool {
	return s.HasTranslation() && (!confirmed || confirmedSegment(s))
}

// segmentTexts returns what the export writes for each segment of d, "" and false for one it leaves
// out, or the refusal listing the segments without English; and a warning naming the segments whose
// English it writes unconfirmed, which a desk taking the article as final would publish unreviewed.
func segmentTexts(d *annotate.Document, opts WriteOptions) ([]string, []bool, []Warning, error) {
	missing := UntranslatedSegments(d, opts.Confirmed)
	if len(missing) > 0 && opts.Untranslated == RefuseUntranslated {
		return nil, nil, nil, &UntranslatedError{Doc: d.ID, Numbers: missing, Total: len(d.Segments), Confirmed: opts.Confirmed}
	}
	texts, kept := make([]string, len(d.Segments)), make([]bool, len(d.Segments))
	var drafts []int
	for i, s := range d.Segments {
		switch {
		case hasEnglish(s, opts.Confirmed):
			texts[i], kept[i] = strings.TrimSpace(s.Target), true
			if !confirmedSegment(s) {
				drafts = append(drafts, i+1)
			}
		case opts.Untranslated == KeepSource:
			texts[i], kept[i] = d.SourceText(s), true
		}
	}
	var w warnings
	if n := len(drafts); n > 0 {
		w.say(d.ID, WarnDraftsDelivered, map[string]any{"N": n, "Total": len(d.Segments), "Numbers": NumberList(drafts)},
			"%d of %s written unconfirmed (drafts): %s (--confirmed writes only the English of translated or reviewed segments)",
			n, plural(len(d.Segments), "segment", "segments"), NumberList(drafts))
	}
	changesWarning(d, &w)
	return texts, kept, w, nil
}

// oneDocument refuses a corpus: the text of a translation is one article.
func oneDocument(format string, docs []*annotate.Document) error {
	if err := prepare(docs); err != nil {
		return err
	}
	if len(docs) != 1 {
		return fmt.Errorf("a %s export holds the translation of one document, and %d were given: export each on its own", format, len(docs))
	}
	return nil
}

// writeText writes the translation laid out as the source text was: the text before the first
// segment, between segments (spaces, line breaks, blank lines) and after the last are the source's
// own, and the line ends are CR LF again where the source's were (annotate.Layout).
func writeText(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := oneDocument("text", docs); err != nil {
		return nil, nil, err
	}
	d := docs[0]
	texts, kept, warned, err := segmentTexts(d, opts)
	if err != nil {
		return nil, nil, err
	}
	between := func(a, b int) string { return d.Text[a:b] }
	if len(d.Layout.Tags) > 0 { // subtitles' tags: each segment's where placed, the others where they were
		between = tagTexts(d, opts, texts, kept)
	}
	var b strings.Builder
	segs := d.Segments
	if len(segs) == 0 {
		b.WriteString(between(0, len(d.Text)))
	} else {
		b.WriteString(between(0, segs[0].Start))
		layoutSegmentsWith(&b, d, texts, kept, 0, len(segs), between)
		b.WriteString(between(segs[len(segs)-1].End, len(d.Text)))
	}
	ext := ".txt"
	if plaintext.IsSubtitles(d.Meta.Origin) { // the subtitles' timings are the text between segments
		ext = strings.ToLower(filepath.Ext(d.Meta.Origin))
	}
	return []File{{Name: d.ID + ext, Main: true, Data: []byte(lineEnds(b.String(), d.Layout))}}, warned, nil
}

// layoutSegments writes the texts of the segments [from, to) of d that are kept, with the source's
// text between them. Between two kept segments around left-out ones goes the widest of the gaps
// (the one with most line breaks), so that a paragraph break stays where a left-out segment ended one.
func layoutSegments(b *strings.Builder, d *annotate.Document, texts []string, kept []bool, from, to int) {
	layoutSegmentsWith(b, d, texts, kept, from, to, func(a, b int) string { return d.Text[a:b] })
}

// layoutSegmentsWith is layoutSegments taking the text between segments from between. Each
// segment's English is written in NFC, as the French is imported: an English pasted or typed with
// decomposed accents (e + U+0301) is delivered composed, as a desk's search and layout expect.
func layoutSegmentsWith(b *strings.Builder, d *annotate.Document, texts []string, kept []bool, from, to int, between func(a, b int) string) {
	wrote, gap := false, ""
	for i := from; i < to; i++ {
		if i > from {
			gap = wider(gap, between(d.Segments[i-1].End, d.Segments[i].Start))
		}
		if !kept[i] {
			continue
		}
		if wrote {
			b.WriteString(gap)
		}
		b.WriteString(norm.NFC.String(texts[i]))
		wrote, gap = true, ""
	}
}

func wider(a, b string) string {
	if strings.Count(b, "\n") > strings.Count(a, "\n") || a == "" {
		return b
	}
	return a
}

// lineEnds turns the LF of text into the source file's line ends.
func lineEnds(text string, l annotate.Layout) string {
	if !l.CRLF {
		return text
	}
	return strings.ReplaceAll(text, "\n", "\r\n")
}
