package formats

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// xliff2Reader reads the units of one <file> of an XLIFF 2 document into a segDoc: one paragraph per
// unit, keeping the unit's ID and the segments' IDs (so that an export merges back into the tool that
// made the file) and its notes, and warning about what Glose cannot keep.
type xliff2Reader struct {
	name  string
	w     *warnings
	sd    *segDoc
	in    *inline // the source text of the whole file
	glose bool
	para  int
	noTr  bool // translate="no" on the file or the groups being read
}

func xliff2Docs(name string, root *xnode, w *warnings) ([]segDoc, error) {
	var out []segDoc
	glose := declaresGlose(root)
	err := root.walk("file", func(f *xnode) error {
		sd := segDoc{ID: f.attr("original"), SrcLang: root.attr("srcLang"), TgtLang: root.attr("trgLang")}
		if sd.ID == "" {
			sd.ID = f.attr("id")
		}
		sd.Segs = make([]rawSeg, 0, countSegments(f))
		r := &xliff2Reader{name: name, w: w, sd: &sd, in: newInline(&sd.Spans, glose), glose: glose}
		sd.Notes = append(sd.Notes, readNotes(f.child("notes"))...)
		sd.Notes = append(sd.Notes, r.units(f, nil)...)
		sd.Text = r.in.b.String()
		out = append(out, sd)
		return nil
	})
	return out, err
}

// countSegments is how many <segment>s the units of a file or group hold, for the reader to make room
// for them at once (a book-length file has tens of thousands).
func countSegments(n *xnode) int {
	c := 0
	for _, k := range n.Kids {
		switch k.Name {
		case "unit":
			for _, s := range k.Kids {
				if s.Name == "segment" {
					c++
				}
			}
		case "group":
			c += countSegments(k)
		}
	}
	return c
}

// units reads the units of a file or group in order. A group's notes go to its first unit (Glose
// has no groups); pending are the notes of the groups being entered. It returns the notes no unit took.
func (r *xliff2Reader) units(n *xnode, pending []Note) []Note {
	defer func(noTr bool) { r.noTr = noTr }(r.noTr)
	r.noTr = translateNo(n, r.noTr)
	for _, k := range n.Kids {
		switch k.Name {
		case "unit":
			r.unit(k, pending)
			pending = nil
		case "group":
			pending = r.units(k, append(pending, readNotes(k.child("notes"))...))
		}
	}
	return pending
}

// readNotes reads an XLIFF 2 <notes> element (nil is none).
func readNotes(n *xnode) []Note {
	if n == nil {
		return nil
	}
	var out []Note
	for _, k := range n.Kids {
		if k.Name != "note" {
			continue
		}
		note := Note{ID: k.attr("id"), Category: k.attr("category"), Text: textOf(k)}
		if note.Category == gloseNoteCategory { // written by Glose: Glose's own again, editable
			note.Category, note.Glose = "", true
		}
		if p, err := strconv.Atoi(k.attr("priority")); err == nil && p >= 1 && p <= 10 {
			note.Priority = p
		}
		if a := annotate.Side(k.attr("appliesTo")); a == annotate.Source || a == annotate.Target {
			note.AppliesTo = a
		}
		out = append(out, note)
	}
	return out
}

// gloseNoteCategory marks the XLIFF 2 notes Glose writes (from="glose" in XLIFF 1.2): read back, they
// are Glose's own notes again, which the translator may edit or delete.
const gloseNoteCategory = "glose"

// Note is annotate.Note, shorter to write here.
type Note = annotate.Note

// originalData returns a unit's <originalData>: what each inline code stands for, by ID.
func originalData(u *xnode) map[string]string {
	od := u.child("originalData")
	if od == nil {
		return nil
	}
	data := map[string]string{}
	for _, d := range od.Kids {
		if d.Name == "data" {
			data[d.attr("id")] = textOf(d)
		}
	}
	return data
}

// unit reads one unit as a paragraph: its segments and the text between them, its notes (and those
// of the groups it opens, pending), and warns about what it holds that Glose cannot keep.
func (r *xliff2Reader) unit(u *xnode, pending []Note) {
	in, sd := r.in, r.sd
	if in.b.Len() > 0 && !strings.HasSuffix(in.b.String(), "\n") {
		in.b.WriteString(paragraphBreak)
	}
	in.data = originalData(u)
	kinds := strings.Fields(u.attr("kinds", gloseNS))
	locks := strings.Fields(u.attr("locked", gloseNS)) // Glose's own file: why each segment is locked, or no
	first, firstSpan := len(sd.Segs), len(sd.Spans)
	var targets []*inline // the targets' readers, by segment of the unit
	for _, k := range u.Kids {
		if k.Name != "segment" && k.Name != "ignorable" {
			continue
		}
		start := in.b.Len()
		if src := k.child("source"); src != nil {
			in.read(src)
		}
		if k.Name == "ignorable" {
			continue
		}
		state := k.attr("state")
		if !slices.Contains([]string{"", "initial", "translated", "reviewed", "final"}, state) {
			r.w.say(r.name, WarnUnknownState, map[string]any{"Line": k.Line, "State": state},
				"line %d: segment state %q is not an XLIFF 2 state (initial, translated, reviewed, final); read as initial", k.Line, state)
		}
		seg := rawSeg{ID: k.attr("id"), Unit: u.attr("id"), Start: start, End: in.b.Len(), Paragraph: r.para, Status: statusOf2(state, k.attr("subState"))}
		if n := len(sd.Segs) - first; n < len(kinds) {
			seg.Kind = segmentKind(kinds[n])
		}
		if n := len(sd.Segs) - first; n < len(locks) {
			seg.Locked, seg.LockReason = readLockFlag(locks[n])
		}
		var tspans []rawSpan // not seg's own, which would put every seg on the heap
		tin := newInline(&tspans, r.glose)
		tin.data = in.data
		if t := k.child("target"); t != nil {
			tin.read(t)
			tin.unclosed(r.name, true, r.w)
			seg.Target, seg.TSpans = tin.b.String(), tspans
		}
		sd.Segs = append(sd.Segs, seg)
		targets = append(targets, tin)
	}
	in.unclosed(r.name, false, r.w)
	if translateNo(u, r.noTr) {
		keepSource(sd.Segs[first:], in.b.String(), r.glose)
	}
	r.unitNotes(u, pending, first)
	readQAIgnored(u, sd.Segs[first:])
	r.leftOut(u, first, firstSpan, targets)
	in.codes, in.others = nil, nil
	r.para++
}

// unitNotes gives the notes of a unit (after pending, its groups') to its first segment, or to the
// segment a note names in glose:segment (Glose writes a segment's notes so); to the document when
// the unit has no segment.
func (r *xliff2Reader) unitNotes(u *xnode, pending []Note, first int) {
	sd := r.sd
	if len(sd.Segs) == first {
		sd.Notes = append(sd.Notes, pending...)
		sd.Notes = append(sd.Notes, readNotes(u.child("notes"))...)
		return
	}
	sd.Segs[first].Notes = append(sd.Segs[first].Notes, pending...)
	var seg []string
	if n := u.child("notes"); n != nil {
		for _, k := range n.Kids {
			if k.Name == "note" {
				seg = append(seg, k.attr("segment", gloseNS))
			}
		}
	}
	for i, note := range readNotes(u.child("notes")) {
		k := first
		for j := first; j < len(sd.Segs) && seg[i] != ""; j++ {
			if sd.Segs[j].ID == seg[i] {
				k = j
			}
		}
		sd.Segs[k].Notes = append(sd.Segs[k].Notes, note)
	}
}

// leftOut turns the unit's comments into notes and warns about its inline codes and its markers that
// are not spans. first and firstSpan are where the unit's segments and source spans start in sd.
func (r *xliff2Reader) leftOut(u *xnode, first, firstSpan int, targets []*inline) {
	unit := u.attr("id")
	codes := slices.Clone(r.in.codes)
	others := map[string][]string{} // the texts of the markers that are not spans, by type
	var types []string
	var comments []func() // after the warnings about codes and markers, in the order of the file
	add := func(o otherMark, text string) {
		if others[o.Type] == nil {
			types = append(types, o.Type)
		}
		others[o.Type] = append(others[o.Type], text)
	}
	for _, o := range r.in.others {
		text := norm.NFC.String(r.in.b.String()[o.Start:o.End])
		if o.Type != "comment" || o.Value == "" {
			add(o, text)
			continue
		}
		if len(r.sd.Segs) == first {
			add(o, text)
			continue
		}
		k := first
		for i := first; i < len(r.sd.Segs); i++ {
			if s := r.sd.Segs[i]; o.Start >= s.Start && o.Start < s.End {
				k = i
			}
		}
		comments = append(comments, func() { r.comment(u, o, text, r.sd.Spans[firstSpan:], &r.sd.Segs[k], annotate.Source) })
	}
	for i, tin := range targets {
		for _, c := range tin.codes {
			if !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
		}
		seg := &r.sd.Segs[first+i]
		for _, o := range tin.others {
			text := norm.NFC.String(tin.b.String()[o.Start:o.End])
			if o.Type == "comment" && o.Value != "" {
				comments = append(comments, func() { r.comment(u, o, text, seg.TSpans, seg, annotate.Target) })
			} else {
				add(o, text)
			}
		}
	}
	warnLeftOut(r.name, r.w, u.Line, unit, codes, types, others)
	for _, c := range comments {
		c()
	}
}

// warnLeftOut warns about the inline codes of a unit (each described once), and about its markers that
// are not spans, by type in the order met (others holds their texts).
func warnLeftOut(name string, w *warnings, line int, unit string, codes, types []string, others map[string][]string) {
	if len(codes) > 0 {
		args := map[string]any{"Line": line, "Unit": unit, "N": len(codes), "Codes": strings.Join(codes, ", ")}
		w.say(name, WarnInlineCodes, args, "line %d: unit %q: %s left out: %s; their text is kept, not what they stand for (formatting, a line break...), and the translation goes back to the tool without them",
			line, unit, plural(len(codes), "inline code", "inline codes"), args["Codes"])
	}
	for _, typ := range types {
		texts := others[typ]
		quoted := make([]string, 0, 3)
		for _, t := range texts[:min(len(texts), 3)] {
			quoted = append(quoted, strconv.Quote(annotate.Shorten(t, 30)))
		}
		args := map[string]any{"Line": line, "Unit": unit, "Type": typ, "N": len(texts), "Texts": strings.Join(quoted, ", ")}
		w.say(name, WarnMarkerNotSpan, args, "line %d: unit %q: %s of type %q (on %s) not read as spans, which are names, quotes and cues: the text is kept, the annotation is not",
			line, unit, plural(len(texts), "marker", "markers"), typ, args["Texts"])
	}
}

// comment keeps a comment marker's value: as the note of the span with the same range when there is
// one (Glose's span notes are comments on a span), else as a note of the segment, with a warning, as
// the range is lost.
func (r *xliff2Reader) comment(u *xnode, o otherMark, text string, spans []rawSpan, seg *rawSeg, side annotate.Side) {
	for i := range spans {
		if s := &spans[i]; s.Start == o.Start && s.End == o.End {
			if s.Note != "" {
				s.Note += "\n"
			}
			s.Note += o.Value
			return
		}
	}
	seg.Notes = append(seg.Notes, Note{Category: "comment", AppliesTo: side, Text: o.Value})
	args := map[string]any{"Line": o.Line, "Unit": u.attr("id"), "Text": annotate.Shorten(text, 40), "Comment": annotate.Shorten(o.Value, 60), "Target": side == annotate.Target}
	r.w.say(r.name, WarnCommentAsNote, args, "line %d: unit %q: the comment %q on %q became a note of its segment, as Glose keeps comments on segments and spans only",
		o.Line, args["Unit"], args["Comment"], args["Text"])
}

// segmentKind reads a kind written by Glose; anything else is a sentence.
func segmentKind(k string) string {
	switch k {
	case annotate.KindHeading, annotate.KindDateline:
		return k
	}
	return annotate.KindSentence
}

func statusOf2(state, sub string) annotate.Status {
	switch state {
	case "translated":
		return annotate.StatusTranslated
	case "reviewed", "final":
		return annotate.StatusReviewed
	}
	if sub == "glose:draft" {
		return annotate.StatusDraft
	}
	return annotate.StatusNew
}
