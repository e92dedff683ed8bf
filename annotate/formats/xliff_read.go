package formats

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

func xliff12Format() Format {
	return Format{
		Name: "xliff12", Title: "XLIFF 1.2 (import)", Extensions: []string{".xlf", ".xliff"},
		Offsets:     "none (inline markup)",
		Description: "import only: trans-units (or their seg-source segments) with targets and states; inline codes dropped",
		read:        readXLIFF,
	}
}

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
		return nil, nil, fmt.Errorf("%s: line %d: the root element is <%s>, not <xliff>", name, root.Line, root.Name)
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
		sds, err = xliff12Docs(name, root)
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
		return nil, w, fmt.Errorf("%s: no <file> in the XLIFF", name)
	}
	return docs, w, nil
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
// version, as old tools write them so.
func xliffVersion(name string, root *xnode, w *warnings) (int, error) {
	v := root.attr("version")
	major := 0
	switch {
	case strings.HasPrefix(v, "2."):
		major = 2
	case strings.HasPrefix(v, "1."):
		major = 1
	default:
		return 0, fmt.Errorf("%s: XLIFF version %q is not supported (Glose reads 1.2 and 2.x)", name, v)
	}
	nsMajor := map[string]int{xliffNS: 2, xliff12NS: 1, xliff11NS: 1, "": major}
	known, ok := nsMajor[root.Space]
	switch {
	case !ok:
		return 0, fmt.Errorf("%s: line %d: the namespace %q is not an XLIFF namespace Glose reads (%s for XLIFF 1.2, %s for XLIFF 2.0, 2.1 and 2.2); is the file XLIFF?",
			name, root.Line, root.Space, xliff12NS, xliffNS)
	case known != major:
		return 0, fmt.Errorf("%s: line %d: the file says XLIFF version %q but its namespace %q is XLIFF %d's; which is it?", name, root.Line, v, root.Space, known)
	}
	if latest := map[int][]string{1: {"1.0", "1.1", "1.2"}, 2: {"2.0", "2.1", "2.2"}}[major]; !slices.Contains(latest, v) {
		read := latest[len(latest)-1]
		w.say(name, WarnXLIFFVersion, map[string]any{"Line": root.Line, "Version": v, "ReadAs": read},
			"line %d: XLIFF version %s is newer than Glose knows; read as XLIFF %s, whose elements it shares (what is new in %s may be left out)", root.Line, v, read, v)
	}
	return major, nil
}

// inline collects the text of XLIFF inline content and the spans its markers make.
type inline struct {
	b     *strings.Builder
	spans *[]rawSpan
	open  map[string]rawSpan
	lines map[string]int // where each open <sm/> is
}

func newInline(spans *[]rawSpan) *inline {
	return &inline{b: &strings.Builder{}, spans: spans, open: map[string]rawSpan{}, lines: map[string]int{}}
}

// unclosed reports the <sm/> markers that no <em/> closed, whose spans are left out; target says
// whether they are in a translation.
func (in *inline) unclosed(name string, target bool, w *warnings) {
	for _, id := range slices.Sorted(maps.Keys(in.open)) {
		args := map[string]any{"Line": in.lines[id], "ID": id, "Label": in.open[id].Label, "Target": target}
		w.say(name, WarnUnclosedMarker, args, "line %d: <sm id=%q> has no <em startRef=%q/>; its %s span is left out", in.lines[id], id, id, in.open[id].Label)
		delete(in.open, id)
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
			if s, ok := markSpan(k); ok && in.b.Len() > start {
				s.Start, s.End = start, in.b.Len()
				*in.spans = append(*in.spans, s)
			}
		case "sm":
			if s, ok := markSpan(k); ok {
				s.Start = in.b.Len()
				in.open[k.attr("id")] = s
				in.lines[k.attr("id")] = k.Line
			}
		case "em":
			if s, ok := in.open[k.attr("startRef")]; ok {
				if in.b.Len() > s.Start {
					s.End = in.b.Len()
					*in.spans = append(*in.spans, s)
				}
				delete(in.open, k.attr("startRef"))
			}
		case "cp":
			if r, err := strconv.ParseInt(k.attr("hex"), 16, 32); err == nil {
				in.b.WriteRune(rune(r))
			}
		case "pc", "g", "hi":
			in.read(k)
		}
	}
}

// markSpan reads the Glose span a marker stands for: its label from value or its ITS class.
func markSpan(k *xnode) (rawSpan, bool) {
	label := k.attr("value")
	if label == "" {
		for _, l := range []string{annotate.LabelPER, annotate.LabelORG, annotate.LabelLOC, annotate.LabelMISC} {
			if c := k.attr("taClassRef"); c != "" && c == nerdClass(l) {
				label = l
			}
		}
	}
	if label == "" {
		return rawSpan{}, false
	}
	s := rawSpan{Key: k.attr("id"), Label: label, Note: k.attr("note", gloseNS)}
	if k.attr("origin", gloseNS) == "auto" {
		s.Origin, s.Confidence = annotate.Auto, 0.5
		if c, err := strconv.ParseFloat(k.attr("confidence", gloseNS), 64); err == nil && c >= 0 && c <= 1 {
			s.Confidence = c
		}
	}
	return s, true
}

func xliff2Docs(name string, root *xnode, w *warnings) ([]segDoc, error) {
	var out []segDoc
	err := root.walk("file", func(f *xnode) error {
		sd := segDoc{ID: f.attr("original"), SrcLang: root.attr("srcLang"), TgtLang: root.attr("trgLang")}
		if sd.ID == "" {
			sd.ID = f.attr("id")
		}
		in := newInline(&sd.Spans)
		para := 0
		err := f.walk("unit", func(u *xnode) error {
			if in.b.Len() > 0 && !strings.HasSuffix(in.b.String(), "\n") {
				in.b.WriteString("\n\n")
			}
			xliff2Unit(name, u, para, in, &sd, w)
			para++
			return nil
		})
		in.unclosed(name, false, w)
		sd.Text = in.b.String()
		out = append(out, sd)
		return err
	})
	return out, err
}

func xliff2Unit(name string, u *xnode, para int, in *inline, sd *segDoc, w *warnings) {
	kinds := strings.Fields(u.attr("kinds", gloseNS))
	first := len(sd.Segs)
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
			w.say(name, WarnUnknownState, map[string]any{"Line": k.Line, "State": state},
				"line %d: segment state %q is not an XLIFF 2 state (initial, translated, reviewed, final); read as initial", k.Line, state)
		}
		seg := rawSeg{ID: k.attr("id"), Start: start, End: in.b.Len(), Paragraph: para, Status: statusOf2(state, k.attr("subState"))}
		if n := len(sd.Segs) - first; n < len(kinds) {
			seg.Kind = segmentKind(kinds[n])
		}
		if t := k.child("target"); t != nil {
			tin := newInline(&seg.TSpans)
			tin.read(t)
			tin.unclosed(name, true, w)
			seg.Target = tin.b.String()
		}
		sd.Segs = append(sd.Segs, seg)
	}
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

func xliff12Docs(name string, root *xnode) ([]segDoc, error) {
	var out []segDoc
	err := root.walk("file", func(f *xnode) error {
		sd := segDoc{ID: f.attr("original"), SrcLang: f.attr("source-language"), TgtLang: f.attr("target-language")}
		var none []rawSpan
		in := newInline(&none)
		para := 0
		err := f.walk("trans-unit", func(tu *xnode) error {
			if in.b.Len() > 0 {
				in.b.WriteString("\n\n")
			}
			xliff12Unit(tu, para, in, &sd)
			para++
			return nil
		})
		sd.Text = in.b.String()
		out = append(out, sd)
		return err
	})
	return out, err
}

func xliff12Unit(tu *xnode, para int, in *inline, sd *segDoc) {
	tgt := tu.child("target")
	status := statusOf12(tgt)
	if ss := tu.child("seg-source"); ss != nil && hasSegMrk(ss) {
		targets := map[string]string{}
		if tgt != nil {
			for _, m := range tgt.Kids {
				if m.Name == "mrk" && m.attr("mtype") == "seg" {
					t := newInline(new([]rawSpan))
					t.read(m)
					targets[m.attr("mid")] = t.b.String()
				}
			}
		}
		for _, k := range ss.Kids {
			if k.Name == "mrk" && k.attr("mtype") == "seg" {
				start := in.b.Len()
				in.read(k)
				sd.Segs = append(sd.Segs, rawSeg{ID: "", Start: start, End: in.b.Len(), Paragraph: para, Target: targets[k.attr("mid")], Status: status})
			} else if k.Name == "" {
				in.b.WriteString(k.Text)
			}
		}
		return
	}
	start := in.b.Len()
	if src := tu.child("source"); src != nil {
		in.read(src)
	}
	seg := rawSeg{Start: start, End: in.b.Len(), Paragraph: para, Status: status}
	if tgt != nil {
		t := newInline(new([]rawSpan))
		t.read(tgt)
		seg.Target = t.b.String()
	}
	sd.Segs = append(sd.Segs, seg)
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
	in := newInline(new([]rawSpan))
	in.read(n)
	return in.b.String()
}
