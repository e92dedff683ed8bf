package formats

import (
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// xliff12Reader reads the trans-units of one <file> of an XLIFF 1.2 document into a segDoc. A
// trans-unit is a paragraph (its seg-source segments, or itself, are the segments), except in the
// groups Glose writes (restype x-glose-paragraph, see xliff12.go), which are paragraphs of one
// trans-unit per segment.
type xliff12Reader struct {
	name   string
	w      *warnings
	sd     *segDoc
	in     *inline // the source text of the whole file
	glose  bool
	para   int
	stale  int    // segments whose state says untranslated but whose target is a translation
	copies int    // segments without a state whose target is a copy of the source
	states string // the states they had, for the warning
	noTr   bool   // translate="no" on the groups being read
}

func xliff12Docs(name string, root *xnode, w *warnings) ([]segDoc, error) {
	var out []segDoc
	glose := declaresGlose(root)
	err := root.walk("file", func(f *xnode) error {
		sd := segDoc{ID: f.attr("original"), SrcLang: f.attr("source-language"), TgtLang: f.attr("target-language")}
		if h := f.child("header"); h != nil {
			sd.Notes = readNotes12(h)
		}
		r := &xliff12Reader{name: name, w: w, sd: &sd, in: newInline(&sd.Spans, glose), glose: glose}
		if body := f.child("body"); body != nil {
			r.units(body)
		}
		sd.Text = r.in.b.String()
		if r.copies > 0 {
			w.say(name, WarnSourceCopied, map[string]any{"N": r.copies}, "%s no state in the file and a target that repeats the source word for word, the copy a tool such as Okapi Rainbow puts there to be translated: read as %s",
				pick(r.copies, "1 segment has", plural(r.copies, "segment", "segments")+" have"), pick(r.copies, "a draft", "drafts"))
		}
		if r.stale > 0 {
			args := map[string]any{"N": r.stale, "States": r.states}
			w.say(name, WarnStaleState, args, "%s marked %s in the file %s a translation (written by a tool that leaves the state as it was, such as OmegaT): read as %s",
				plural(r.stale, "segment", "segments"), r.states, pick(r.stale, "holds", "hold"), pick(r.stale, "a draft", "drafts"))
		}
		out = append(out, sd)
		return nil
	})
	return out, err
}

// units reads the trans-units of a body or group in order.
func (r *xliff12Reader) units(n *xnode) {
	defer func(noTr bool) { r.noTr = noTr }(r.noTr)
	r.noTr = translateNo(n, r.noTr)
	for _, k := range n.Kids {
		switch {
		case k.Name == "trans-unit":
			r.startParagraph(false)
			r.unit(k)
		case k.Name == "group" && k.attr("restype") == "x-glose-paragraph":
			r.startParagraph(r.para > 0)
			r.paragraph(k)
		case k.Name == "group":
			r.units(k)
		}
	}
}

// startParagraph separates a paragraph from the one before by a blank line, unless the one before
// ended with the text that separates them (Glose's groups say it when it is not a blank line).
func (r *xliff12Reader) startParagraph(glose bool) {
	if r.in.b.Len() > 0 && !(glose && r.sd.Segs != nil && r.sd.Segs[len(r.sd.Segs)-1].End < r.in.b.Len()) {
		r.in.b.WriteString("\n\n")
	}
}

// paragraph reads a group Glose wrote: a trans-unit per segment, the text between segments in
// untranslatable trans-units (restype x-glose-gap) where it is not a space.
func (r *xliff12Reader) paragraph(g *xnode) {
	gap := true // the text before the next segment is given
	for _, tu := range g.Kids {
		if tu.Name != "trans-unit" {
			continue
		}
		if tu.attr("restype") == "x-glose-gap" {
			if src := tu.child("source"); src != nil {
				r.in.read(src)
			}
			gap = true
			continue
		}
		if !gap {
			r.in.b.WriteString(" ")
		}
		start := r.in.b.Len()
		if src := tu.child("source"); src != nil {
			r.in.read(src)
		}
		seg := rawSeg{ID: tu.attr("id"), Unit: g.attr("id"), Start: start, End: r.in.b.Len(), Paragraph: r.para, Notes: readNotes12(tu)}
		seg.Locked, seg.LockReason = readLock12(tu, r.noTr) // a locked segment, which has its English (lockedAttr12)
		seg.QAIgnored = readQAIgnored12(tu)
		switch tu.attr("restype") {
		case "x-glose-heading":
			seg.Kind = annotate.KindHeading
		case "x-glose-dateline":
			seg.Kind = annotate.KindDateline
		}
		t := r.target(tu.child("target"), &seg)
		r.sd.Segs = append(r.sd.Segs, seg)
		r.leftOut(tu, tu.attr("id"), []*inline{t})
		gap = false
	}
	r.para++
}

// target reads a segment's translation and status. A target that repeats the source, in a state that
// says untranslated, is the copy that tools (and Glose, for OmegaT) put there to be translated, not a
// translation; a translation in such a state was written by a tool that leaves the state as it was,
// and is read as a draft.
func (r *xliff12Reader) target(tgt *xnode, seg *rawSeg) *inline {
	t := newInline(&seg.TSpans, r.glose)
	seg.Status = statusOf12(tgt)
	if tgt == nil {
		return t
	}
	t.read(tgt)
	seg.Target = t.b.String()
	state := tgt.attr("state")
	if state == "" && !r.glose && strings.Contains(seg.Target, " ") &&
		norm.NFC.String(seg.Target) == norm.NFC.String(r.in.b.String()[seg.Start:seg.End]) {
		seg.Status = annotate.StatusDraft // the copy a tool put there to translate (toolStatuses may say otherwise)
		r.copies++
		return t
	}
	if state != "new" && state != "needs-translation" {
		return t
	}
	switch {
	case norm.NFC.String(seg.Target) == norm.NFC.String(r.in.b.String()[seg.Start:seg.End]):
		seg.Target, seg.TSpans = "", nil
		return newInline(&seg.TSpans, r.glose) // nor are the copy's codes and markers the translation's
	case strings.TrimSpace(seg.Target) != "":
		seg.Status = annotate.StatusDraft
		if r.stale++; !strings.Contains(r.states, state) {
			r.states = strings.TrimPrefix(r.states+" or "+state, " or ")
		}
	}
	return t
}

// gloseFrom is the from of an XLIFF 1.2 note added in Glose whose ID is id: "glose#" and the ID, or
// "glose" for a note without one. XLIFF 1.2 gives notes no ID, and its strict schema takes no
// attribute of another namespace on <note>; from, free text that names who wrote the note, is the
// one place a tool keeps, and "glose#ID" reads as Glose's note ID as a URI fragment names a part.
func gloseFrom(id string) string {
	if id == "" {
		return gloseNoteCategory
	}
	return gloseNoteCategory + "#" + id
}

// fromGlose reads a note's from: the ID of a note added in Glose, and whether it is one (gloseFrom).
func fromGlose(from string) (id string, glose bool) {
	if from == gloseNoteCategory {
		return "", true
	}
	id, ok := strings.CutPrefix(from, gloseNoteCategory+"#")
	return id, ok && id != ""
}

// readNotes12 reads the <note> children of an XLIFF 1.2 element.
func readNotes12(n *xnode) []Note {
	var out []Note
	for _, k := range n.Kids {
		if k.Name != "note" {
			continue
		}
		note := Note{Text: textOf(k)}
		note.ID, note.Glose = fromGlose(k.attr("from"))
		if p, err := strconv.Atoi(k.attr("priority")); err == nil && p >= 1 && p <= 10 {
			note.Priority = p
		}
		if a := annotate.Side(k.attr("annotates")); a == annotate.Source || a == annotate.Target {
			note.AppliesTo = a
		}
		out = append(out, note)
	}
	return out
}

// unit reads a trans-unit as a paragraph: its seg-source segments, or itself as one segment.
func (r *xliff12Reader) unit(tu *xnode) {
	in, sd := r.in, r.sd
	id := tu.attr("id")
	tgt := tu.child("target")
	first := len(sd.Segs)
	var targets []*inline
	if ss := tu.child("seg-source"); ss != nil && hasSegMrk(ss) {
		byMid := map[string]*xnode{}
		if tgt != nil {
			for _, m := range tgt.Kids {
				if m.Name == "mrk" && m.attr("mtype") == "seg" {
					byMid[m.attr("mid")] = m
				}
			}
		}
		for _, k := range ss.Kids {
			if k.Name == "mrk" && k.attr("mtype") == "seg" {
				start := in.b.Len()
				in.read(k)
				seg := rawSeg{ID: k.attr("mid"), Unit: id, Start: start, End: in.b.Len(), Paragraph: r.para}
				t := r.target(segTarget(tgt, byMid[k.attr("mid")]), &seg)
				sd.Segs = append(sd.Segs, seg)
				targets = append(targets, t)
			} else if k.Name == "" {
				in.b.WriteString(k.Text)
			}
		}
	} else {
		start := in.b.Len()
		if src := tu.child("source"); src != nil {
			in.read(src)
		}
		seg := rawSeg{ID: id, Unit: id, Start: start, End: in.b.Len(), Paragraph: r.para}
		targets = append(targets, r.target(tgt, &seg))
		sd.Segs = append(sd.Segs, seg)
	}
	if len(sd.Segs) > first {
		sd.Segs[first].Notes = readNotes12(tu)
	}
	if translateNo(tu, r.noTr) {
		if !r.glose {
			stateless12(tgt, sd.Segs[first:])
		}
		keepSource(sd.Segs[first:], in.b.String(), r.glose)
	}
	toolLocks(tu, sd.Segs[first:])
	toolStatuses(tu, tgt, sd.Segs[first:])
	if tu.attr("approved") == "yes" { // approved: its translation passed review, whose state is translated or none
		for i := first; i < len(sd.Segs); i++ {
			if sd.Segs[i].Status == annotate.StatusTranslated {
				sd.Segs[i].Status = annotate.StatusReviewed
			}
		}
	}
	r.leftOut(tu, id, targets)
	r.para++
}

// segTarget is the target of one seg-source segment: its <mrk mtype="seg">, given the state of the
// whole <target> (nil when it has none).
func segTarget(tgt, m *xnode) *xnode {
	if m == nil {
		return nil
	}
	return &xnode{Name: "target", Attr: tgt.Attr, Kids: m.Kids, Line: m.Line}
}

// leftOut warns about the inline codes and the markers that are not spans of a trans-unit.
func (r *xliff12Reader) leftOut(tu *xnode, unit string, targets []*inline) {
	codes := r.in.codes
	others := map[string][]string{}
	var types []string
	add := func(t *inline) {
		for _, o := range t.others {
			if others[o.Type] == nil {
				types = append(types, o.Type)
			}
			others[o.Type] = append(others[o.Type], norm.NFC.String(t.b.String()[o.Start:o.End]))
		}
	}
	add(r.in)
	for _, t := range targets {
		for _, c := range t.codes {
			if !strings.Contains(strings.Join(codes, "\x00")+"\x00", c+"\x00") {
				codes = append(codes, c)
			}
		}
		add(t)
	}
	r.in.codes, r.in.others = nil, nil
	warnLeftOut(r.name, r.w, tu.Line, unit, codes, types, others)
}

func hasSegMrk(n *xnode) bool {
	for _, k := range n.Kids {
		if k.Name == "mrk" && k.attr("mtype") == "seg" {
			return true
		}
	}
	return false
}

func statusOf12(tgt *xnode) annotate.Status {
	if tgt == nil {
		return annotate.StatusNew
	}
	switch tgt.attr("state") {
	case "translated":
		return annotate.StatusTranslated
	case "signed-off", "final":
		return annotate.StatusReviewed
	case "new", "needs-translation":
		return annotate.StatusNew
	case "":
		if strings.TrimSpace(textOf(tgt)) != "" {
			return annotate.StatusTranslated
		}
		return annotate.StatusNew
	}
	return annotate.StatusDraft
}

func textOf(n *xnode) string {
	in := newInline(new([]rawSpan), false)
	in.read(n)
	return in.b.String()
}

// stateless12 takes back the status translated that segs, of a client's trans-unit marked
// translate="no", got from a target without a state, which XLIFF 1.2 reads as translated where the
// file says nothing of it: keepSource then reads it as XLIFF 2's importer reads a target without a
// state, so that the same unit reads alike in both versions.
func stateless12(tgt *xnode, segs []rawSeg) {
	if tgt == nil || tgt.attr("state") != "" {
		return
	}
	for i := range segs {
		if segs[i].Status == annotate.StatusTranslated {
			segs[i].Status = annotate.StatusNew
		}
	}
}

// isGloseFrom says whether a note's from marks it as added in Glose.
func isGloseFrom(from string) bool {
	_, ok := fromGlose(from)
	return ok
}
