package formats

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

func bratFormat() Format {
	return Format{
		Name: "brat", Title: "brat standoff (.txt + .ann)", Extensions: []string{".ann", ".txt"}, MultiFile: true,
		Offsets:     "Unicode code points",
		Description: "spans (T), links (R), origin of suggestions (A Origin auto), notes, plus annotation.conf; no confidences, entities or translations",
		write:       writeBrat, read: readBrat,
	}
}

func writeBrat(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	var w warnings
	var files []File
	labels := map[string]bool{}
	used := map[string]bool{}
	for _, d := range docs {
		translationWarning(d, "brat", &w)
		entityWarning(d, "brat", &w)
		for _, v := range views(d, opts, &w) {
			base := safeFileName(v.ID)
			for used[base] {
				base += "_"
			}
			used[base] = true
			files = append(files, File{Name: base + ".txt", Data: []byte(v.Text)}, File{Name: base + ".ann", Data: bratAnn(v, labels)})
		}
	}
	files = append(files, File{Name: "annotation.conf", Data: bratConf(labels)})
	return files, w, nil
}

// safeFileName turns a document ID into a file name: path separators and other awkward characters
// become "_", and the "#target" of a target view becomes ".target".
func safeFileName(id string) string {
	id = strings.ReplaceAll(id, "#", ".")
	out := strings.Map(func(r rune) rune {
		if r < 0x20 || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, id)
	if out == "" || out == "." || out == ".." {
		out = "document"
	}
	return out
}

func bratAnn(v *view, labels map[string]bool) []byte {
	var b strings.Builder
	num := map[string]string{}
	attrs, notes := 0, 0
	for i, s := range v.Spans {
		id := "T" + strconv.Itoa(i+1)
		num[s.ID] = id
		labels[s.Label] = true
		fmt.Fprintf(&b, "%s\t%s %s\t%s\n", id, bratLabel(s.Label), bratFragments(v, s), strings.ReplaceAll(v.text(s), "\n", " "))
		if s.Origin == annotate.Auto {
			attrs++
			fmt.Fprintf(&b, "A%d\tOrigin %s auto\n", attrs, id)
		}
		if s.Note != "" {
			notes++
			fmt.Fprintf(&b, "#%d\tAnnotatorNotes %s\t%s\n", notes, id, strings.ReplaceAll(s.Note, "\n", " "))
		}
	}
	for i, l := range v.Links {
		fmt.Fprintf(&b, "R%d\t%s Arg1:%s Arg2:%s\n", i+1, bratLabel(l.Type), num[l.From], num[l.To])
	}
	return []byte(b.String())
}

// bratFragments writes a span's offsets in code points, cut at line breaks as brat wants.
func bratFragments(v *view, s vspan) string {
	var parts []string
	start := s.Start
	text := v.text(s)
	for i := strings.IndexByte(text, '\n'); i >= 0; i = strings.IndexByte(text, '\n') {
		if i > 0 {
			parts = append(parts, fmt.Sprintf("%d %d", v.at(start, annotate.CodePoints), v.at(start+i, annotate.CodePoints)))
		}
		start += i + 1
		text = text[i+1:]
	}
	if len(text) > 0 || len(parts) == 0 {
		parts = append(parts, fmt.Sprintf("%d %d", v.at(start, annotate.CodePoints), v.at(s.End, annotate.CodePoints)))
	}
	return strings.Join(parts, ";")
}

// bratLabel makes a label or link type a brat type name (no spaces).
func bratLabel(l string) string { return strings.Join(strings.Fields(l), "_") }

func bratConf(labels map[string]bool) []byte {
	names := make([]string, 0, len(labels))
	for l := range labels {
		names = append(names, bratLabel(l))
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# brat configuration written by Glose\n[entities]\n")
	for _, n := range names {
		b.WriteString(n + "\n")
	}
	b.WriteString("\n[relations]\nspeaker\tArg1:QUOTE, Arg2:<ENTITY>\ncue\tArg1:QUOTE, Arg2:CUE\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n")
	b.WriteString("\n[events]\n\n[attributes]\nOrigin\tArg:<ENTITY>, Value:auto|human\n")
	return []byte(b.String())
}

func readBrat(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	ext := strings.ToLower(filepath.Ext(name))
	stem := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if opts.Open == nil {
		return nil, nil, fmt.Errorf("%s: a brat document is a .txt and an .ann file: import it from disk so that both can be read", name)
	}
	other := ".txt"
	if ext == ".txt" {
		other = ".ann"
	}
	companion, err := opts.Open(stem + other)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: reading the brat %s file beside it: %w", name, other, err)
	}
	ann, txt := data, companion
	if ext == ".txt" {
		ann, txt = companion, data
	}
	var w warnings
	r, err := parseBrat(stem+".ann", string(ann), string(txt), &w)
	if err != nil {
		return nil, w, err
	}
	r.ID = strings.Replace(stem, ".target", "#target", 1)
	d, err := build(name, r, opts, &w)
	if err != nil {
		return nil, w, err
	}
	return []*annotate.Document{d}, w, nil
}

func parseBrat(name, ann, text string, w *warnings) (rawDoc, error) {
	r := rawDoc{Text: text}
	off := annotate.NewOffsets(text)
	auto := map[string]bool{}
	notes := map[string]string{}
	for n, line := range strings.Split(ann, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, n+1)
		fields := strings.SplitN(line, "\t", 3)
		if len(fields) < 2 {
			return r, fmt.Errorf("%s: expected ID<TAB>annotation, found %q", where, annotate.Shorten(line, 40))
		}
		if err := bratLine(where, fields, off, &r, auto, notes, w); err != nil {
			return r, err
		}
	}
	for i := range r.Spans {
		if auto[r.Spans[i].Key] {
			r.Spans[i].Origin, r.Spans[i].Confidence = annotate.Auto, 0.5
		}
		r.Spans[i].Note = notes[r.Spans[i].Key]
	}
	return r, nil
}

func bratLine(where string, f []string, off *annotate.Offsets, r *rawDoc, auto map[string]bool, notes map[string]string, w *warnings) error {
	id, body := f[0], strings.Fields(f[1])
	switch {
	case strings.HasPrefix(id, "T"):
		return bratSpan(where, id, f, off, r)
	case strings.HasPrefix(id, "R") && len(body) == 3:
		return bratRelation(where, body, r)
	case (strings.HasPrefix(id, "A") || strings.HasPrefix(id, "M")) && len(body) >= 2:
		bratAttribute(where, body, auto, w)
	case strings.HasPrefix(id, "#") && len(body) == 2 && len(f) == 3:
		notes[body[1]] = f[2]
	default:
		w.add(where, "annotation %s (%s) is not a span, relation or attribute; left out", id, annotate.Shorten(f[1], 30))
	}
	return nil
}

func bratRelation(where string, body []string, r *rawDoc) error {
	a1, ok1 := strings.CutPrefix(body[1], "Arg1:")
	a2, ok2 := strings.CutPrefix(body[2], "Arg2:")
	if !ok1 || !ok2 {
		return fmt.Errorf("%s: expected \"TYPE Arg1:T1 Arg2:T2\"", where)
	}
	r.Links = append(r.Links, rawLink{Type: body[0], From: a1, To: a2})
	return nil
}

// bratAttribute reads Glose's Origin attribute; other attributes are reported.
func bratAttribute(where string, body []string, auto map[string]bool, w *warnings) {
	switch {
	case body[0] == "Origin" && len(body) == 3 && body[2] == "auto":
		auto[body[1]] = true
	case body[0] != "Origin":
		w.add(where, "attribute %s is not kept", body[0])
	}
}

func bratSpan(where, id string, f []string, off *annotate.Offsets, r *rawDoc) error {
	typ, frags, ok := strings.Cut(f[1], " ")
	if !ok || len(f) < 3 {
		return fmt.Errorf("%s: expected \"T1<TAB>LABEL START END<TAB>TEXT\"", where)
	}
	start, end := -1, -1
	for _, fr := range strings.Split(frags, ";") {
		var a, b int
		if _, err := fmt.Sscanf(fr, "%d %d", &a, &b); err != nil {
			return fmt.Errorf("%s: offsets %q: expected two numbers", where, fr)
		}
		if start < 0 || a < start {
			start = a
		}
		end = max(end, b)
	}
	a, b, err := toBytes(off, start, end, annotate.CodePoints, where+": "+id)
	if err != nil {
		return err
	}
	got := strings.ReplaceAll(r.Text[a:b], "\n", " ")
	if strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(f[2]), " ") {
		return fmt.Errorf("%s: %s: the text at [%d, %d) is %q, not %q as the .ann says (offsets must count code points)", where, id, start, end, annotate.Shorten(got, 40), annotate.Shorten(f[2], 40))
	}
	r.Spans = append(r.Spans, rawSpan{Key: id, Start: a, End: b, Label: typ})
	return nil
}
