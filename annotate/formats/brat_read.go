package formats

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// bratFragmentLink is the type of the links that tie the parts of a discontinuous brat span: Glose spans
// are contiguous, so each part becomes a span of its own, linked from the part before it.
const bratFragmentLink = "fragment"

func readBrat(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	ext := strings.ToLower(filepath.Ext(name))
	stem := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if opts.Open == nil {
		return nil, nil, readErr(ErrBratAlone, nil, "%s: a brat document is a .txt and an .ann file: import it from disk so that both can be read", name)
	}
	other := ".txt"
	if ext == ".txt" {
		other = ".ann"
	}
	companion, err := opts.Open(stem + other)
	if err != nil {
		return nil, nil, readErr(ErrBratCompanion, map[string]any{"Name": stem + other, "Reason": osReason(err)},
			"%s: reading the brat %s file beside it: %w", name, other, err)
	}
	ann, txt := data, companion
	if ext == ".txt" {
		ann, txt = companion, data
	}
	var w warnings
	// The .ann as the caller named it, directory included: in a collection of hundreds of documents,
	// or several collections read at once, "doc.ann:12" alone does not say which file to open.
	annPath := strings.TrimSuffix(name, filepath.Ext(name)) + ".ann"
	r, err := parseBrat(annPath, string(ann), string(txt), &w)
	if err != nil {
		return nil, w, err
	}
	if vis, err := opts.Open("visual.conf"); err == nil {
		names := readBratVisual(vis)
		renameBratTypes(&r, names)
		renameWarningTypes(w, names)
	}
	r.ID = bratDocID(stem)
	opts = targetSide(name, "brat", "brat documents", r.ID, opts, &w)
	d, err := build(fileAt(name), r, opts, &w)
	if err != nil {
		return nil, w, err
	}
	return []*annotate.Document{d}, w, nil
}

// renameBratTypes gives back the Glose names of the types that visual.conf names.
func renameBratTypes(r *rawDoc, names map[string]string) {
	for i, s := range r.Spans {
		if n, ok := names[s.Label]; ok {
			r.Spans[i].Label = n
		}
	}
	for i, l := range r.Links {
		if n, ok := names[l.Type]; ok {
			r.Links[i].Type = n
		}
	}
}

// renameWarningTypes gives the warnings' Args the Glose names of the types they name, as
// renameBratTypes gives them to spans and links; their English, for the command line, keeps the
// names the .ann file uses.
func renameWarningTypes(w warnings, names map[string]string) {
	for _, x := range w {
		for _, k := range []string{"Label", "Type"} {
			if t, ok := x.Args[k].(string); ok && names[t] != "" {
				x.Args[k] = names[t]
			}
		}
	}
}

// bratReader holds what parsing an .ann file has gathered so far: attributes and notes may come before or
// after the annotation they are about, so they are applied at the end.
type bratReader struct {
	name  string // the .ann file's base name, the File of the Args of warnings: the app names it in the folder opened
	off   *annotate.Offsets
	w     *warnings
	doc   rawDoc
	auto  map[string]bool                 // T IDs with "Origin auto"
	kind  map[string]annotate.MentionKind // T IDs with a Mention attribute
	notes []bratNote                      // the AnnotatorNotes, in file order
	rels  map[string]int                  // R ID → its link in doc.Links
	parts map[string][]int                // T ID → its spans in doc.Spans (several for a discontinuous span)
	ties  map[string][]int                // T ID → the fragment links between its parts in doc.Links
}

func parseBrat(path, ann, text string, w *warnings) (rawDoc, error) {
	r := &bratReader{name: filepath.Base(path), off: annotate.NewOffsets(text), w: w, doc: rawDoc{Text: text},
		auto: map[string]bool{}, kind: map[string]annotate.MentionKind{}, rels: map[string]int{}, parts: map[string][]int{}, ties: map[string][]int{}}
	for n, line := range strings.Split(ann, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			continue
		}
		where := place{text: fmt.Sprintf("%s:%d", path, n+1), file: r.name, line: n + 1}
		fields := strings.SplitN(line, "\t", 3)
		if len(fields) < 2 {
			text := annotate.Shorten(line, 40)
			return r.doc, where.err(ErrBratLine, map[string]any{"Text": text}, "%s: expected ID<TAB>annotation, found %q", where, text)
		}
		if err := r.line(where, n+1, fields); err != nil {
			return r.doc, err
		}
	}
	r.finish()
	return r.doc, nil
}

// bratNote is an AnnotatorNotes line: the annotation it is about, the note, and where it was.
type bratNote struct {
	id, text string
	where    place
	line     int
}

// say adds a warning about line n of the .ann file.
func (r *bratReader) say(where place, n int, code WarningCode, args map[string]any, format string, a ...any) {
	args["File"], args["Line"] = r.name, n
	r.w.say(where.text, code, args, format, a...)
}

// finish applies the Origin attributes and the notes to the spans and relations they name.
func (r *bratReader) finish() {
	for id, idx := range r.parts {
		for _, i := range idx {
			r.doc.Spans[i].Mention = r.kind[id]
		}
		if !r.auto[id] {
			continue
		}
		for _, i := range idx {
			r.doc.Spans[i].Origin, r.doc.Spans[i].Confidence = annotate.Auto, 0.5
		}
		for _, i := range r.ties[id] {
			r.doc.Links[i].Origin = annotate.Auto
		}
	}
	for id, i := range r.rels {
		if r.auto[id] {
			r.doc.Links[i].Origin = annotate.Auto
		}
	}
	for _, n := range r.notes {
		if idx, ok := r.parts[n.id]; ok {
			sp := &r.doc.Spans[idx[0]]
			sp.Note = strings.TrimPrefix(sp.Note+"\n"+n.text, "\n")
		} else if i, ok := r.rels[n.id]; ok && n.text == bratAutoNote {
			r.doc.Links[i].Origin = annotate.Auto
		} else if ok {
			r.say(n.where, n.line, WarnRelationNoteNotKept, map[string]any{"Type": r.doc.Links[i].Type},
				"the note on relation %s is not kept: Glose links have no notes", n.id)
		} else {
			r.say(n.where, n.line, WarnNoteWithoutAnnotation, map[string]any{"ID": n.id},
				"the note on %s is not kept: there is no span or relation %s", n.id, n.id)
		}
	}
}

func (r *bratReader) line(where place, n int, f []string) error {
	id, body := f[0], strings.Fields(f[1])
	switch {
	case strings.HasPrefix(id, "T"):
		return r.span(where, n, id, f)
	case strings.HasPrefix(id, "R") && len(body) == 3:
		return r.relation(where, id, body)
	case (strings.HasPrefix(id, "A") || strings.HasPrefix(id, "M")) && len(body) >= 2:
		return r.attribute(where, n, body)
	case strings.HasPrefix(id, "#") && len(body) == 2 && len(f) == 3:
		r.notes = append(r.notes, bratNote{body[1], f[2], where, n})
	default:
		text := annotate.Shorten(f[1], 30)
		r.say(where, n, WarnUnknownAnnotation, map[string]any{"ID": id, "Text": text},
			"annotation %s (%s) is not a span, relation or attribute; left out", id, text)
	}
	return nil
}

func (r *bratReader) relation(where place, id string, body []string) error {
	a1, ok1 := strings.CutPrefix(body[1], "Arg1:")
	a2, ok2 := strings.CutPrefix(body[2], "Arg2:")
	if !ok1 || !ok2 {
		return where.in(id, id).err(ErrBratRelation, nil, "%s: expected \"TYPE Arg1:T1 Arg2:T2\"", where)
	}
	r.rels[id] = len(r.doc.Links)
	r.doc.Links = append(r.doc.Links, rawLink{Type: body[0], From: a1, To: a2, At: where})
	return nil
}

// attribute reads Glose's Origin and Mention attributes; other attributes are reported. A Mention of
// an unknown kind is refused, as Glose JSON refuses it.
func (r *bratReader) attribute(where place, n int, body []string) error {
	switch {
	case body[0] == "Origin" && len(body) == 3 && body[2] == "auto":
		r.auto[body[1]] = true
	case body[0] == "Mention":
		k := annotate.MentionKind("")
		if len(body) == 3 {
			k = annotate.MentionKind(body[2])
		}
		if len(body) != 3 || !k.Valid() {
			v := strings.Join(body[2:], " ")
			return where.err(ErrBratMention, map[string]any{"Span": body[1], "Value": v},
				"%s: attribute Mention of %s: %q is no mention kind (expected nominal or pronoun, or no Mention for a name)", where, body[1], v)
		}
		r.kind[body[1]] = k.Norm()
	case body[0] != "Origin":
		r.say(where, n, WarnAttributeNotKept, map[string]any{"Name": body[0]}, "attribute %s is not kept", body[0])
	}
	return nil
}

// span reads a text-bound annotation. brat's text column is the text of the fragments joined by one
// space; fragments separated by nothing but white space (Glose cuts a span at line breaks) make one span,
// the others one span each, tied by fragment links.
func (r *bratReader) span(where place, n int, id string, f []string) error {
	typ, offsets, ok := strings.Cut(f[1], " ")
	if !ok || len(f) < 3 {
		return where.err(ErrBratSpan, nil, "%s: expected \"T1<TAB>LABEL START END<TAB>TEXT\"", where)
	}
	frags, err := r.fragments(where, id, offsets)
	if err != nil {
		return err
	}
	if got := r.fragmentText(frags); !bratSameText(got, f[2]) {
		hint, args := r.mismatchHint(frags, f[2])
		args["Stated"], args["Found"], args["Offsets"] = annotate.Shorten(f[2], 40), annotate.Shorten(got, 40), offsets
		return where.in(id, id).err(ErrBratText, args, "%s: %s: the .ann gives the text %q, but the text at %s is %q%s", where, id,
			annotate.Shorten(f[2], 40), offsets, annotate.Shorten(got, 40), hint)
	}
	groups := r.joinFragments(frags)
	for k, g := range groups {
		key := id
		if k > 0 {
			key = fmt.Sprintf("%s (part %d)", id, k+1)
			r.ties[id] = append(r.ties[id], len(r.doc.Links))
			r.doc.Links = append(r.doc.Links, rawLink{Type: bratFragmentLink, From: r.doc.Spans[len(r.doc.Spans)-1].Key, To: key})
		}
		r.parts[id] = append(r.parts[id], len(r.doc.Spans))
		r.doc.Spans = append(r.doc.Spans, rawSpan{Key: key, Start: g.Start, End: g.End, Label: typ, At: where})
	}
	if len(groups) > 1 {
		var texts, parts []string
		for _, g := range groups {
			part := annotate.Shorten(r.doc.Text[g.Start:g.End], 30)
			texts, parts = append(texts, strconv.Quote(part)), append(parts, part)
		}
		args := map[string]any{"Label": typ, "Text": strings.Join(parts, " … "), "N": len(groups)}
		r.say(where, n, WarnDiscontinuousSpan, args, "%s (%s) is a discontinuous span: Glose spans are contiguous, so it becomes %d spans %s, tied by %q links",
			id, typ, len(groups), strings.Join(texts, ", "), bratFragmentLink)
	}
	return nil
}

// bratFrag is a fragment of a brat span: byte offsets into the text, and the code points the .ann gave.
type bratFrag struct {
	Start, End int
	cp         [2]int
}

// fragments reads "START END;START END…" (code points) into byte ranges, in the order the .ann gives them.
func (r *bratReader) fragments(where place, id, s string) ([]bratFrag, error) {
	at := where.in(id, id)
	var frags []bratFrag
	for _, fr := range strings.Split(s, ";") {
		a, b, ok := twoInts(fr)
		if !ok {
			return nil, at.err(ErrBratOffsets, map[string]any{"Offsets": fr}, "%s: %s: offsets %q: expected two numbers (START END), fragments separated by \";\"", where, id, fr)
		}
		x, y, err := toBytes(r.off, a, b, annotate.CodePoints, at)
		if err != nil {
			return nil, err
		}
		for _, o := range frags {
			if x < o.End && o.Start < y {
				return nil, at.err(ErrBratOverlap, map[string]any{"Start": o.cp[0], "End": o.cp[1], "OtherStart": a, "OtherEnd": b},
					"%s: %s: fragments %d-%d and %d-%d overlap", where, id, o.cp[0], o.cp[1], a, b)
			}
		}
		frags = append(frags, bratFrag{x, y, [2]int{a, b}})
	}
	return frags, nil
}

// twoInts reads "START END".
func twoInts(s string) (int, int, bool) {
	nums := strings.Fields(s)
	if len(nums) != 2 {
		return 0, 0, false
	}
	a, err1 := strconv.Atoi(nums[0])
	b, err2 := strconv.Atoi(nums[1])
	return a, b, err1 == nil && err2 == nil
}

// fragmentText is what brat expects in the text column: the fragments' texts joined by a space.
func (r *bratReader) fragmentText(frags []bratFrag) string {
	texts := make([]string, len(frags))
	for i, f := range frags {
		texts[i] = r.doc.Text[f.Start:f.End]
	}
	return strings.Join(texts, " ")
}

// bratSameText compares the text of the .ann with the text at the offsets, tolerating what Glose and other
// writers change in a one-line column: runs of white space (line breaks) and the Unicode normal form.
func bratSameText(a, b string) bool {
	return strings.Join(strings.Fields(norm.NFC.String(a)), " ") == strings.Join(strings.Fields(norm.NFC.String(b)), " ")
}

// mismatchHint guesses why the text of the .ann is not at its offsets: offsets counted in another unit,
// or shifted, in English and as ErrBratText's Unit and At. It returns "" when it has no good guess.
func (r *bratReader) mismatchHint(frags []bratFrag, want string) (string, map[string]any) {
	args := map[string]any{"Unit": "", "At": ""}
	for _, u := range []annotate.Unit{annotate.UTF16, annotate.Bytes} {
		texts := make([]string, 0, len(frags))
		for _, f := range frags {
			a, err1 := r.off.Convert(f.cp[0], u, annotate.Bytes)
			b, err2 := r.off.Convert(f.cp[1], u, annotate.Bytes)
			if err1 != nil || err2 != nil || a > b {
				break
			}
			texts = append(texts, r.doc.Text[a:b])
		}
		if len(texts) == len(frags) && bratSameText(strings.Join(texts, " "), want) {
			args["Unit"] = map[annotate.Unit]string{annotate.UTF16: "utf16", annotate.Bytes: "bytes"}[u]
			return fmt.Sprintf(" (the offsets seem to count %s; brat counts Unicode code points)", u), args
		}
	}
	if len(frags) == 1 {
		if i := strings.Index(r.doc.Text, want); i >= 0 && want != "" {
			a, _ := r.off.Convert(i, annotate.Bytes, annotate.CodePoints)
			args["At"] = fmt.Sprintf("%d %d", a, a+len([]rune(want)))
			return fmt.Sprintf(" (that text is at %d %d: is the .ann for another version of the .txt?)", a, a+len([]rune(want))), args
		}
	}
	return "", args
}

// joinFragments merges the fragments that only white space separates and returns the ranges in text order.
func (r *bratReader) joinFragments(frags []bratFrag) []bratFrag {
	sorted := append([]bratFrag(nil), frags...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	out := sorted[:1]
	for _, f := range sorted[1:] {
		last := &out[len(out)-1]
		if strings.TrimFunc(r.doc.Text[last.End:f.Start], unicode.IsSpace) == "" {
			last.End = f.End
			continue
		}
		out = append(out, f)
	}
	return out
}
