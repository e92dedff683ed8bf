package formats

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

func bratFormat() Format {
	return Format{
		Name: "brat", Title: "brat standoff (.txt + .ann)", Extensions: []string{".ann", ".txt"}, MultiFile: true,
		NER:         true,
		Offsets:     "Unicode code points",
		Description: "spans (T), links (R), origin of suggestions and kind of mentions (attributes), span notes, plus annotation.conf and visual.conf; no confidences, entities or translations",
		write:       writeBrat, read: readBrat,
	}
}

func writeBrat(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	var w warnings
	var vs []*view
	for _, d := range docs {
		translationWarning(d, "brat", opts, &w)
		entityWarning(d, "brat", opts, &w)
		docLossWarnings(d, "brat", false, &w)
		vs = append(vs, views(d, opts, &w)...)
	}
	groups := make([]map[string][]vspan, len(vs))
	for i, v := range vs {
		vs[i], groups[i] = bratGroups(v)
	}
	types := bratTypes(vs, &w)
	var files []File
	names := bratFileNames(vs, &w)
	for i, v := range vs {
		base := names[i]
		files = append(files, File{Name: base + ".txt", Data: []byte(v.Text)}, File{Name: base + ".ann", Data: bratAnn(v, groups[i], types, &w)})
	}
	files = append(files, File{Name: "annotation.conf", Data: bratConf(vs, types)})
	if vis := bratVisual(types); vis != nil {
		files = append(files, File{Name: "visual.conf", Data: vis})
	}
	return files, w, nil
}

// bratAutoNote is the note that marks a suggested relation: brat attributes attach to entities and
// events only, so the Origin attribute that marks suggested spans cannot mark relations.
const bratAutoNote = "Origin auto"

// bratAnn writes the .ann of v; groups are the parts of its discontinuous spans (bratGroups).
func bratAnn(v *view, groups map[string][]vspan, types map[string]string, w *warnings) []byte {
	var b strings.Builder
	num := map[string]string{}
	attrs, notes, spans := 0, 0, 0
	note := func(id, text string) {
		notes++
		fmt.Fprintf(&b, "#%d\tAnnotatorNotes %s\t%s\n", notes, id, text)
	}
	for _, s := range v.Spans {
		if t := v.text(s); strings.HasPrefix(t, "\n") || strings.HasSuffix(t, "\n") {
			w.say(v.ID, WarnEdgeLineBreak, spanArgs(v, s, 30), "span %s (%s %s) starts or ends with a line break, which brat fragments cannot hold: it comes back without it", s.ID, s.Label, quoteSnippet(annotate.Shorten(t, 30)))
		}
		parts, grouped := groups[s.ID]
		if grouped && parts == nil { // a later part of a span already written
			num[s.ID] = num[bratFirstPart(groups, s.ID)]
			if s.Note != "" {
				note(num[s.ID], bratOneLine(s.Note))
			}
			continue
		}
		spans++
		id := "T" + strconv.Itoa(spans)
		num[s.ID] = id
		offsets, text := bratFragments(v, s)
		if grouped {
			offsets, text = bratGroupFragments(v, parts)
		}
		fmt.Fprintf(&b, "%s\t%s %s\t%s\n", id, types[s.Label], offsets, text)
		if s.Origin == annotate.Auto {
			attrs++
			fmt.Fprintf(&b, "A%d\tOrigin %s auto\n", attrs, id)
		}
		if !s.IsName() {
			attrs++
			fmt.Fprintf(&b, "A%d\tMention %s %s\n", attrs, id, s.Mention)
		}
		if s.Note != "" {
			text := bratOneLine(s.Note)
			if text != s.Note {
				w.say(v.ID, WarnNoteLineBreaks, spanArgs(v, s, 30), "the note on span %s (%s %s) has line breaks, which brat notes cannot hold: they become spaces", s.ID, s.Label, quoteSnippet(annotate.Shorten(v.text(s), 30)))
			}
			note(id, text)
		}
	}
	rels := map[string]bool{} // two parts of one brat span make one end: a relation to each is one
	for _, l := range v.Links {
		body := fmt.Sprintf("%s Arg1:%s Arg2:%s", types[l.Type], num[l.From], num[l.To])
		if rels[body] {
			continue
		}
		rels[body] = true
		id := "R" + strconv.Itoa(len(rels))
		fmt.Fprintf(&b, "%s\t%s\n", id, body)
		if l.Origin == annotate.Auto {
			note(id, bratAutoNote)
		}
	}
	confidenceWarning(v, w)
	return []byte(b.String())
}

// confidenceWarning notes that brat keeps the origin of suggestions but not their confidence.
func confidenceWarning(v *view, w *warnings) {
	spans, links := 0, 0
	for _, s := range v.Spans {
		if s.Origin == annotate.Auto {
			spans++
		}
	}
	for _, l := range v.Links {
		if l.Origin == annotate.Auto {
			links++
		}
	}
	if spans+links > 0 {
		w.say(v.ID, WarnNoConfidences, map[string]any{"N": spans, "Links": links}, "brat keeps no confidences: %s and %s are marked as suggestions (origin auto) but come back with confidence 0.5",
			plural(spans, "suggested span", "suggested spans"), plural(links, "suggested link", "suggested links"))
	}
}

// bratFragments gives a span's offsets in code points, cut at line breaks as brat wants, and its text as
// brat checks it: the fragments' texts joined by one space. The import joins the fragments again.
func bratFragments(v *view, s vspan) (offsets, text string) {
	var parts, texts []string
	add := func(a, b int) {
		parts = append(parts, fmt.Sprintf("%d %d", v.at(a, annotate.CodePoints), v.at(b, annotate.CodePoints)))
		texts = append(texts, v.Text[a:b])
	}
	start := s.Start
	rest := v.text(s)
	for i := strings.IndexByte(rest, '\n'); i >= 0; i = strings.IndexByte(rest, '\n') {
		if i > 0 {
			add(start, start+i)
		}
		start += i + 1
		rest = rest[i+1:]
	}
	if len(rest) > 0 || len(parts) == 0 {
		add(start, s.End)
	}
	return strings.Join(parts, ";"), strings.Join(texts, " ")
}

// bratOneLine replaces the line breaks of a note by spaces: an .ann holds one annotation a line, and
// brat (Python) also ends lines at U+2028, U+2029, U+0085, VT and FF.
func bratOneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("\n\r\u2028\u2029\u0085\v\f", r) {
			return ' '
		}
		return r
	}, strings.ReplaceAll(s, "\r\n", "\n"))
}
