package formats

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// sniffXLIFF tells XLIFF 1.2 from 2.x by the version attribute of the <xliff> element.
func sniffXLIFF(data []byte) string {
	head := data[:min(len(data), 8192)]
	i := bytes.Index(head, []byte("<xliff"))
	if i < 0 {
		return "xliff"
	}
	tag := head[i:]
	if k := bytes.IndexByte(tag, '>'); k >= 0 {
		tag = tag[:k]
	}
	if bytes.Contains(tag, []byte(`version="1.`)) || bytes.Contains(tag, []byte(`version='1.`)) {
		return "xliff12"
	}
	return "xliff"
}

func readXLIFF(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	root, err := parseXML(name, data, "xliff")
	if err != nil {
		return nil, nil, err
	}
	if root.Name != "xliff" {
		return nil, nil, readErr(ErrXMLRoot, map[string]any{"Line": root.Line, "Found": root.Name, "Expected": "xliff"}, "%s: line %d: the root element is <%s>, not <xliff>", name, root.Line, root.Name)
	}
	var w warnings
	major, err := xliffVersion(name, root, &w)
	if err != nil {
		return nil, nil, err
	}
	var sds []segDoc
	if major == 2 {
		sds, err = xliff2Docs(name, root, &w)
	} else {
		sds, err = xliff12Docs(name, root, &w)
	}
	if err != nil {
		return nil, nil, err
	}
	var docs []*annotate.Document
	for i, sd := range sds {
		sd.ID = docIDFrom(name, sd.ID, i)
		d, err := buildSegmented(name, sd, opts, &w)
		if err != nil {
			return nil, w, err
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, w, readErr(ErrNoXLIFFFile, nil, "%s: no <file> in the XLIFF", name)
	}
	format := annotate.OriginalXLIFF
	if major == 1 {
		format = annotate.OriginalXLIFF12
	}
	keepOriginal(name, data, root, format, docs, &w)
	return withoutEmptyFiles(docs), w, nil
}

// withoutEmptyFiles leaves out the documents of a tool's <file>s that hold no text and no note when
// another holds some: MateCat's converter writes the original document and its manifest as <file>s
// of a reference and an empty <body/> before the one to translate, which would open as empty
// documents, the first of them in the app. Merge-back still writes them, whole, from the kept file.
func withoutEmptyFiles(docs []*annotate.Document) []*annotate.Document {
	empty := func(d *annotate.Document) bool {
		return d.Meta.Original != nil && len(d.Segments) == 0 && len(d.Notes) == 0
	}
	if !slices.ContainsFunc(docs, func(d *annotate.Document) bool { return !empty(d) }) {
		return docs
	}
	return slices.DeleteFunc(docs, empty)
}

// The namespaces of the XLIFF versions Glose reads. XLIFF 2.1 and 2.2 keep the namespace of 2.0.
const (
	xliff12NS = "urn:oasis:names:tc:xliff:document:1.2"
	xliff11NS = "urn:oasis:names:tc:xliff:document:1.1"
)

// xliffVersion returns the major version of an XLIFF file (1 or 2), from its version attribute and its
// namespace, which must agree. A file of an unknown namespace is refused, naming the namespaces Glose
// reads, rather than read by guesswork; so is an unknown version. A minor version newer than Glose
// knows (2.3) is read as the latest it knows, with a warning. A file without a namespace is read by its
// version, as old tools write them so, and a file without a version by its namespace.
func xliffVersion(name string, root *xnode, w *warnings) (int, error) {
	v := root.attr("version")
	if v == "" { // translate-toolkit (Weblate) reads, and its tests keep, XLIFF 1.1 with no version: the namespace says it
		v = map[string]string{xliffNS: "2.0", xliff12NS: "1.2", xliff11NS: "1.1"}[root.Space]
	}
	major := 0
	switch {
	case strings.HasPrefix(v, "2."):
		major = 2
	case strings.HasPrefix(v, "1."):
		major = 1
	default:
		return 0, readErr(ErrXLIFFVersion, map[string]any{"Line": root.Line, "Version": v}, "%s: XLIFF version %q is not supported (Glose reads 1.2 and 2.x)", name, v)
	}
	nsMajor := map[string]int{xliffNS: 2, xliff12NS: 1, xliff11NS: 1, "": major}
	known, ok := nsMajor[root.Space]
	switch {
	case !ok:
		return 0, readErr(ErrXLIFFNamespace, map[string]any{"Line": root.Line, "Namespace": root.Space}, "%s: line %d: the namespace %q is not an XLIFF namespace Glose reads (%s for XLIFF 1.2, %s for XLIFF 2.0, 2.1 and 2.2); is the file XLIFF?",
			name, root.Line, root.Space, xliff12NS, xliffNS)
	case known != major:
		return 0, readErr(ErrXLIFFVersionNamespace, map[string]any{"Line": root.Line, "Version": v, "Namespace": root.Space, "Known": known},
			"%s: line %d: the file says XLIFF version %q but its namespace %q is XLIFF %d's; which is it?", name, root.Line, v, root.Space, known)
	}
	if latest := map[int][]string{1: {"1.0", "1.1", "1.2"}, 2: {"2.0", "2.1", "2.2"}}[major]; !slices.Contains(latest, v) {
		read := latest[len(latest)-1]
		w.say(name, WarnXLIFFVersion, map[string]any{"Line": root.Line, "Version": v, "ReadAs": read},
			"line %d: XLIFF version %s is newer than Glose knows; read as XLIFF %s, whose elements it shares (what is new in %s may be left out)", root.Line, v, read, v)
	}
	return major, nil
}

// inline collects the text of XLIFF inline content and the spans its markers make. What is neither
// text nor a Glose span is collected too, for the warnings of its unit: inline codes (formatting, a
// line break the source file had) and markers of other annotations (terms, comments).
type inline struct {
	b      *strings.Builder
	spans  *[]rawSpan
	open   map[string]openMark // <sm/> markers waiting for their <em/>
	glose  bool                // the file is Glose's, so a generic marker's value is a label
	data   map[string]string   // the unit's <originalData>, by ID
	codes  []string            // the inline codes met, each described once
	others []otherMark         // the markers that are not Glose spans
}

// openMark is an <sm/> marker whose <em/> has not come yet.
type openMark struct {
	node  *xnode
	start int
}

// otherMark is a marker that is not a Glose span: a term, a comment, another tool's annotation.
type otherMark struct {
	Type, Value string
	Start, End  int // in the text of the inline that read it
	Line        int
}

func newInline(spans *[]rawSpan, glose bool) *inline {
	return &inline{b: &strings.Builder{}, spans: spans, glose: glose}
}

// unclosed reports the <sm/> markers of spans that no <em/> closed, whose spans are left out; target
// says whether they are in a translation. Other markers left open are kept among the others, empty.
func (in *inline) unclosed(name string, target bool, w *warnings) {
	for _, id := range slices.Sorted(maps.Keys(in.open)) {
		o := in.open[id]
		delete(in.open, id)
		s, ok := markSpan(o.node, in.glose)
		if !ok {
			in.other(o.node, o.start, o.start)
			continue
		}
		args := map[string]any{"Line": o.node.Line, "ID": id, "Label": s.Label, "Target": target}
		w.say(name, WarnUnclosedMarker, args, "line %d: <sm id=%q> has no <em startRef=%q/>; its %s span is left out", o.node.Line, id, id, s.Label)
	}
}

func (in *inline) read(n *xnode) {
	for _, k := range n.Kids {
		switch k.Name {
		case "":
			in.b.WriteString(k.Text)
		case "mrk":
			start := in.b.Len()
			in.read(k)
			in.mark(k, start, in.b.Len())
		case "sm":
			if in.open == nil {
				in.open = map[string]openMark{}
			}
			in.open[k.attr("id")] = openMark{k, in.b.Len()}
		case "em":
			if o, ok := in.open[k.attr("startRef")]; ok {
				in.mark(o.node, o.start, in.b.Len())
				delete(in.open, k.attr("startRef"))
			}
		case "cp":
			if r, err := strconv.ParseInt(k.attr("hex"), 16, 32); err == nil {
				in.b.WriteRune(rune(r))
			}
		case "pc", "g":
			in.code(k)
			in.read(k)
		case "hi":
			in.read(k)
		case "ph", "sc", "ec", "x", "bx", "ex", "bpt", "ept", "it":
			if ch, ok := in.char(k); ok {
				in.b.WriteString(ch)
				continue
			}
			in.code(k)
		}
	}
}

// char is the character an XLIFF 2 <ph> stands for when its original data is exactly that character
// (codes_chars.go).
func (in *inline) char(k *xnode) (string, bool) {
	if k.Name != "ph" || k.attr("dataRef") == "" {
		return "", false
	}
	v, ok := in.data[k.attr("dataRef")]
	if !ok {
		return "", false
	}
	return dataChar(v)
}

// mark reads the marker k over [start, end) of the text: a Glose span, or another annotation.
func (in *inline) mark(k *xnode, start, end int) {
	s, ok := markSpan(k, in.glose)
	if !ok {
		in.other(k, start, end)
		return
	}
	if end > start {
		s.Start, s.End = start, end
		*in.spans = append(*in.spans, s)
	}
}

func (in *inline) other(k *xnode, start, end int) {
	typ := k.attr("type", "")
	if k.Space == xliff12NS || k.attr("mtype") != "" {
		typ = k.attr("mtype")
	}
	if typ == "" {
		typ = "generic"
	}
	in.others = append(in.others, otherMark{Type: typ, Value: k.attr("value", ""), Start: start, End: end, Line: k.Line})
}

// code notes an inline code, described by its element, ID and what it stands for in the original
// file (XLIFF 2's <originalData>, XLIFF 1.2's native code inside the element).
func (in *inline) code(k *xnode) {
	id := k.attr("id")
	if id == "" {
		id = k.attr("rid")
	}
	desc := "<" + k.Name
	if id != "" {
		desc += fmt.Sprintf(" id=%q", id)
	}
	desc += ">"
	var orig []string
	for _, ref := range []string{"dataRefStart", "dataRef", "dataRefEnd"} {
		if v, ok := in.data[k.attr(ref)]; ok && k.attr(ref) != "" {
			orig = append(orig, v)
		}
	}
	switch {
	case len(orig) == 2:
		desc += " " + orig[0] + "…" + orig[1]
	case len(orig) == 1:
		desc += " " + orig[0]
	case k.attr("equiv") != "":
		desc += " " + k.attr("equiv")
	case k.attr("disp") != "":
		desc += " " + k.attr("disp")
	case k.attr("ctype") != "":
		desc += " " + k.attr("ctype")
	case slices.Contains([]string{"ph", "bpt", "ept", "it"}, k.Name) && strings.TrimSpace(textOf(k)) != "":
		desc += " " + strings.TrimSpace(textOf(k))
	}
	desc = annotate.Shorten(desc, 60)
	if !slices.Contains(in.codes, desc) {
		in.codes = append(in.codes, desc)
	}
}

// markSpan reads the Glose span a marker stands for: a name by its ITS Text Analysis class, or a
// generic marker whose value is a label, when the file is Glose's, the marker has Glose's attributes or
// the value is one of the default labels. Markers of other kinds (a term, a comment) and other tools'
// generic markers are not spans: their value is a definition, a comment or anything else, never a label.
func markSpan(k *xnode, glose bool) (rawSpan, bool) {
	if mt := k.attr("mtype"); mt != "" {
		return mtypeSpan(k, mt)
	}
	label := ""
	for _, l := range []string{annotate.LabelPER, annotate.LabelORG, annotate.LabelLOC, annotate.LabelMISC} {
		if c := k.attr("taClassRef"); c != "" && c == nerdClass(l) {
			label = l
		}
	}
	value := k.attr("value", "")
	switch typ := k.attr("type", ""); {
	case label != "" && value != "":
		label = value
	case label != "":
	case value == "" || (typ != "" && typ != "generic" && typ != "its:any"):
		return rawSpan{}, false
	case glose || hasGloseAttr(k) || slices.ContainsFunc(annotate.DefaultLabels(), func(l annotate.Label) bool { return l.Name == value }):
		label = value
	default:
		return rawSpan{}, false
	}
	s := rawSpan{Key: k.attr("id"), Label: label, Note: k.attr("note", gloseNS), Mention: mentionOf(k)}
	if k.attr("origin", gloseNS) == "auto" {
		s.Origin, s.Confidence = annotate.Auto, 0.5
		if c, err := strconv.ParseFloat(k.attr("confidence", gloseNS), 64); err == nil && c >= 0 && c <= 1 {
			s.Confidence = c
		}
	}
	return s, true
}

// mtypeSpan reads the span an XLIFF 1.2 marker stands for: Glose writes its label in mtype
// (x-glose-LABEL, x-glose-LABEL+pronoun for a mention that is not a name, x-glose-LABEL-auto-CONFIDENCE
// for a suggestion) and the span's note in comment. Older versions wrote the kind as glose:mention.
func mtypeSpan(k *xnode, mtype string) (rawSpan, bool) {
	rest, ok := strings.CutPrefix(mtype, "x-glose-")
	if !ok {
		return rawSpan{}, false
	}
	s := rawSpan{Key: k.attr("mid"), Note: k.attr("comment"), Mention: mentionOf(k)}
	if i := strings.LastIndex(rest, "-auto-"); i > 0 {
		if c, err := strconv.ParseFloat(rest[i+len("-auto-"):], 64); err == nil && c >= 0 && c <= 1 {
			s.Origin, s.Confidence, rest = annotate.Auto, c, rest[:i]
		}
	}
	if i := strings.LastIndex(rest, "+"); i > 0 {
		if m := annotate.MentionKind(rest[i+1:]); m.Valid() {
			s.Mention, rest = m.Norm(), rest[:i]
		}
	}
	label, err := url.PathUnescape(rest)
	if err != nil || label == "" {
		return rawSpan{}, false
	}
	s.Label = label
	return s, true
}

// mentionOf reads a marker's glose:mention: the kind of a mention that is not a name. A value Glose does
// not know reads as a name, as a marker without the attribute does.
func mentionOf(k *xnode) annotate.MentionKind {
	if m := annotate.MentionKind(k.attr("mention", gloseNS)); m.Valid() {
		return m.Norm()
	}
	return ""
}

func hasGloseAttr(k *xnode) bool {
	return slices.ContainsFunc(k.Attr, func(a xml.Attr) bool { return a.Name.Space == gloseNS })
}

// declaresGlose reports whether an element declares Glose's XLIFF namespace: Glose wrote the file.
func declaresGlose(n *xnode) bool {
	return slices.ContainsFunc(n.Attr, func(a xml.Attr) bool { return a.Name.Space == "xmlns" && a.Value == gloseNS })
}

// translateNo says whether an XLIFF element (file, group, unit, trans-unit) is not to be translated:
// its own translate attribute, else what it inherits.
func translateNo(n *xnode, inherited bool) bool {
	if v := n.attr("translate"); v != "" {
		return v == "no"
	}
	return inherited
}

// keepSource locks the segments of a unit marked translate="no" and gives those that have no target
// their French as it is, reviewed: the client's tool wants nothing done there, so the translator is
// not asked to translate them (QA, next untranslated, pretranslation) nor able to edit them until
// unlocking one deliberately, and the merge-back, finding them as read, leaves the unit as the client
// sent it. text is the source text the segments' offsets point into. In a client's file (not own,
// Glose's), a target is reviewed too unless its state says translated or reviewed: its English is
// final as it stands, and XLIFF 2 read one without a state (initial, by default) as new while XLIFF
// 1.2 read it as translated (see stateless12).
func keepSource(segs []rawSeg, text string, own bool) {
	for i := range segs {
		if !segs[i].Locked { // Glose's own file may say another reason (lockedAttr)
			segs[i].Locked, segs[i].LockReason = true, annotate.LockTranslateNo
		}
		switch st := segs[i].Status; {
		case segs[i].Target == "" && segs[i].End > segs[i].Start:
			segs[i].Target = text[segs[i].Start:segs[i].End]
			segs[i].Status = annotate.StatusReviewed
		case !own && st != annotate.StatusTranslated && st != annotate.StatusReviewed:
			segs[i].Status = annotate.StatusReviewed
		}
	}
}
