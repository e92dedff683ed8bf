package formats

import (
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// rawSeg is a segment read from a translation format, with byte offsets into the document's raw text.
type rawSeg struct {
	ID         string
	Start, End int
	Paragraph  int
	Kind       string
	Target     string
	TSpans     []rawSpan // byte offsets into Target
	Status     annotate.Status
	Unit       string              // the ID of the file's unit that holds it (XLIFF), or ""
	Notes      []annotate.Note     // the notes on it (XLIFF: on its unit)
	Locked     bool                // not to be translated or changed (XLIFF translate="no")
	LockReason annotate.LockReason // who locked it: the file (and how) or, in Glose's own file, a translator
	QAIgnored  []annotate.QAIgnore // the quality checks' warnings a translator ignored (Glose's own XLIFF)
	// Made is the ID of the document's segment it became, set by addSegments ("" when it was left
	// out, empty): XLIFF merge-back finds a segment of the tool's file in the document so.
	Made string
}

// segDoc is a document read from a translation format: its own segmentation, translations, spans.
type segDoc struct {
	ID, Title, SrcLang, TgtLang string
	Text                        string
	Segs                        []rawSeg
	Spans                       []rawSpan
	Notes                       []annotate.Note // on the whole document
}

// buildSegmented turns a segDoc into a document, keeping its segmentation; texts are normalised as
// every import is, with offsets carried through.
func buildSegmented(name string, sd segDoc, opts ReadOptions, w *warnings) (*annotate.Document, error) {
	cuts := make([]int, 0, 2*(len(sd.Segs)+len(sd.Spans)))
	for _, s := range sd.Segs {
		cuts = append(cuts, s.Start, s.End)
	}
	for _, s := range sd.Spans {
		cuts = append(cuts, s.Start, s.End)
	}
	text, at, err := normalizeAt(name, sd.Text, cuts)
	if err != nil {
		return nil, nameCut(fileAt(name), err, sd.Spans, annotate.CodePoints)
	}
	// Some tools write "fr_FR"; a BCP 47 tag has a hyphen.
	src, tgt := strings.ReplaceAll(sd.SrcLang, "_", "-"), strings.ReplaceAll(sd.TgtLang, "_", "-")
	if src == "" {
		src = opts.SourceLang
	}
	if tgt == "" {
		tgt = opts.TargetLang
	}
	d := annotate.NewDocument(sd.ID, sd.Title, text, src, tgt)
	d.Notes = sd.Notes
	labels := map[string]bool{}
	if err := addSegments(name, d, sd.Segs, at, labels, w); err != nil {
		return nil, err
	}
	for _, s := range sd.Spans {
		a, b := at[s.Start], at[s.End]
		if a < b {
			d.Spans = append(d.Spans, spanOf(d, annotate.Source, "", a, b, s))
			labels[s.Label] = true
		}
	}
	addLabels(d, labels)
	if d.Title == "" && len(d.Segments) > 0 {
		d.Title = annotate.Shorten(d.SourceText(d.Segments[0]), 80)
	}
	return fresh(d), nil
}

// layoutSpace is the white space that lays a tool's file out: a source ending in a line break (Crowdin,
// Xcode) ends its segment before it, as the text import leaves white space between sentences to the
// gap; nobody types a line break at the end of a translation, and merge-back gives the target the
// source's (sourceLayout).
const layoutSpace = " \t\r\n"

// trimLayout is [a, b) of text without the layout space at its ends.
func trimLayout(text string, a, b int) (int, int) {
	for a < b && strings.IndexByte(layoutSpace, text[a]) >= 0 {
		a++
	}
	for b > a && strings.IndexByte(layoutSpace, text[b-1]) >= 0 {
		b--
	}
	return a, b
}

// addSegments adds the segments, their targets and target spans; at maps raw offsets to normalised ones.
// A segment with no text but white space (SDL Trados writes a trans-unit of a paragraph's codes and
// line breaks) is nothing to translate: it joins the gap, as an empty one does, rather than becoming a
// row of blank French.
func addSegments(name string, d *annotate.Document, segs []rawSeg, at map[int]int, labels map[string]bool, w *warnings) error {
	seen := map[string]bool{}
	var notes []annotate.Note // the notes of empty segments left out, for the next segment
	for i, s := range segs {
		a, b := trimLayout(d.Text, at[s.Start], at[s.End])
		if a >= b || strings.TrimSpace(d.Text[a:b]) == "" { // Trados's units of codes and line breaks
			w.say(name, WarnEmptySegment, map[string]any{"ID": s.ID}, "segment %s is empty; its text joins the gap between segments", s.ID)
			notes = append(notes, s.Notes...)
			continue
		}
		id := s.ID
		for n := i + 1; id == "" || seen[id]; n++ { // numbered by its place, past any ID taken
			id = "s" + strconv.Itoa(n)
		}
		seen[id] = true
		segs[i].Made = id
		seg := &annotate.Segment{ID: id, Start: a, End: b, Paragraph: s.Paragraph, Kind: s.Kind, Status: s.Status,
			Unit: s.Unit, Notes: append(notes, s.Notes...), Locked: s.Locked, LockReason: s.LockReason, QAIgnored: s.QAIgnored}
		notes = nil
		if id != s.ID && s.Unit != "" {
			seg.UnitSegment = s.ID // a tool numbers segments per unit; keep its ID to give it back
		}
		if seg.Kind == "" {
			seg.Kind = annotate.KindSentence
		}
		if seg.Status == "" {
			seg.Status = annotate.StatusNew
		}
		if err := addTarget(name, d, seg, s, labels); err != nil {
			return err
		}
		unfinish(name, d, seg, w)
		d.Segments = append(d.Segments, seg)
	}
	if len(notes) > 0 {
		if k := len(d.Segments); k > 0 {
			d.Segments[k-1].Notes = append(d.Segments[k-1].Notes, notes...)
		} else {
			d.Notes = append(d.Notes, notes...)
		}
	}
	return nil
}

// unfinish reads a segment that the file calls translated or reviewed but that has no translation as
// new (as a draft when its target holds spaces), with a warning: Glose marks no segment finished
// without English (annotate.Editor.SetStatus), so that it stays among those to translate. The
// warning gives the segment's place in d, which it is about to join.
func unfinish(name string, d *annotate.Document, seg *annotate.Segment, w *warnings) {
	if !seg.Status.Done() || seg.HasTranslation() {
		return
	}
	st := annotate.StatusNew
	if seg.Target != "" {
		st = annotate.StatusDraft
	}
	args := map[string]any{"Segment": len(d.Segments) + 1, "ID": seg.ID, "Status": string(seg.Status), "ReadAs": string(st)}
	w.say(name, WarnFinishedUntranslated, args, "segment %s is marked %s but has no translation; read as %s", seg.ID, seg.Status, st)
	seg.Status = st
}

// addTarget normalises a segment's target, without the layout space at its ends, and adds its spans
// to the document.
func addTarget(name string, d *annotate.Document, seg *annotate.Segment, s rawSeg, labels map[string]bool) error {
	if s.Target == "" {
		return nil
	}
	cuts := make([]int, 0, 2*len(s.TSpans))
	for _, t := range s.TSpans {
		cuts = append(cuts, t.Start, t.End)
	}
	target, at, err := normalizeAt(name+" (target of "+seg.ID+")", s.Target, cuts)
	if err != nil {
		return nameCut(fileAt(name), err, s.TSpans, annotate.CodePoints)
	}
	ta, tb := trimLayout(target, 0, len(target))
	if ta == tb { // a target of spaces, read as a draft (unfinish)
		ta, tb = 0, len(target)
	}
	seg.Target = target[ta:tb]
	for _, t := range s.TSpans {
		if a, b := max(at[t.Start], ta)-ta, min(at[t.End], tb)-ta; a < b {
			d.Spans = append(d.Spans, spanOf(d, annotate.Target, seg.ID, a, b, t))
			labels[t.Label] = true
		}
	}
	return nil
}

func spanOf(d *annotate.Document, side annotate.Side, seg string, a, b int, s rawSpan) *annotate.Span {
	sp := &annotate.Span{ID: "t" + strconv.Itoa(len(d.Spans)+1), Side: side, Segment: seg, Start: a, End: b,
		Label: s.Label, Origin: s.Origin, Confidence: s.Confidence, Note: s.Note, Mention: s.Mention}
	if sp.Origin == "" {
		sp.Origin, sp.Confidence = annotate.Human, 1
	}
	return sp
}
