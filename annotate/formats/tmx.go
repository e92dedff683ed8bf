package formats

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
)

func tmxFormat() Format {
	return Format{
		Name: "tmx", Title: "TMX 1.4b translation memory", Extensions: []string{".tmx"},
		Offsets:     "none",
		Description: "translated and reviewed segments (or paragraphs with --paragraphs) as source/target pairs; no spans, links or drafts",
		write:       writeTMX, read: readTMX,
	}
}

func writeTMX(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	if err := prepare(docs); err != nil {
		return nil, nil, err
	}
	var w warnings
	segtype := "sentence"
	if opts.Paragraphs {
		segtype = "paragraph"
	}
	var b bytes.Buffer
	src := docs[0].SourceLang
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n")
	fmt.Fprintf(&b, "<header creationtool=\"Glose\" creationtoolversion=\"1\" datatype=\"plaintext\" segtype=\"%s\" o-tmf=\"Glose\" adminlang=\"en\" srclang=\"%s\"/>\n<body>\n", segtype, xmlAttr(src))
	for _, d := range docs {
		if len(d.Spans) > 0 {
			w.add(d.ID, "TMX keeps no spans: %d spans and %d links left out", len(d.Spans), len(d.Links))
		}
		if d.SourceLang != src {
			w.add(d.ID, "source language %s differs from the file's %s (TMX has one srclang)", d.SourceLang, src)
		}
		for _, u := range tmxUnits(d, opts.Paragraphs, &w) {
			fmt.Fprintf(&b, "<tu tuid=\"%s\">\n<prop type=\"x-glose-status\">%s</prop>\n", xmlAttr(u.id), u.status)
			writeTUV(&b, d.SourceLang, u.src)
			writeTUV(&b, d.TargetLang, u.tgt)
			b.WriteString("</tu>\n")
		}
	}
	b.WriteString("</body>\n</tmx>\n")
	return []File{{Name: "memory.tmx", Main: true, Data: b.Bytes()}}, w, nil
}

type tmxUnit struct {
	id, src, tgt string
	status       annotate.Status
}

func writeTUV(b *bytes.Buffer, lang, text string) {
	fmt.Fprintf(b, "<tuv xml:lang=\"%s\"><seg>", xmlAttr(lang))
	xmlText(b, text)
	b.WriteString("</seg></tuv>\n")
}

func done(s *annotate.Segment) bool {
	return s.Target != "" && (s.Status == annotate.StatusTranslated || s.Status == annotate.StatusReviewed)
}

// tmxUnits returns the finished translations of d, per segment or per paragraph (a paragraph only when
// all its segments are finished; sources and targets joined with a space).
func tmxUnits(d *annotate.Document, paragraphs bool, w *warnings) []tmxUnit {
	var out []tmxUnit
	skipped := 0
	for i := 0; i < len(d.Segments); {
		j := i + 1
		if paragraphs {
			for j < len(d.Segments) && d.Segments[j].Paragraph == d.Segments[i].Paragraph {
				j++
			}
		}
		group := d.Segments[i:j]
		var src, tgt []string
		status, ok := annotate.StatusReviewed, true
		for _, s := range group {
			ok = ok && done(s)
			src = append(src, strings.TrimSpace(d.SourceText(s)))
			tgt = append(tgt, strings.TrimSpace(s.Target))
			if s.Status != annotate.StatusReviewed {
				status = annotate.StatusTranslated
			}
		}
		if ok {
			out = append(out, tmxUnit{d.ID + ":" + group[0].ID, strings.Join(src, " "), strings.Join(tgt, " "), status})
		} else {
			skipped += len(group)
		}
		i = j
	}
	if skipped > 0 {
		w.add(d.ID, "%d segments not translated or still drafts are left out of the memory", skipped)
	}
	return out
}

func readTMX(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	root, err := parseXML(name, data)
	if err != nil {
		return nil, nil, err
	}
	if root.Name != "tmx" {
		return nil, nil, fmt.Errorf("%s: line %d: the root element is <%s>, not <tmx>", name, root.Line, root.Name)
	}
	sd := segDoc{ID: docIDFrom(name, nil, 0)}
	if h := root.child("header"); h != nil && h.attr("srclang") != "*all*" {
		sd.SrcLang = h.attr("srclang")
	}
	var w warnings
	var b strings.Builder
	err = root.walk("tu", func(tu *xnode) error {
		src, tgt, srcLang, tgtLang := tmxPair(tu, sd.SrcLang)
		if src == "" {
			w.add(name, "line %d: a translation unit without a %s variant; left out", tu.Line, sd.SrcLang)
			return nil
		}
		sd.SrcLang, sd.TgtLang = srcLang, firstNonEmpty(sd.TgtLang, tgtLang)
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		status := annotate.StatusTranslated
		if tgt == "" {
			status = annotate.StatusNew
		}
		sd.Segs = append(sd.Segs, rawSeg{Start: b.Len(), End: b.Len() + len(src), Paragraph: len(sd.Segs), Target: tgt, Status: status})
		b.WriteString(src)
		return nil
	})
	if err != nil {
		return nil, w, err
	}
	if len(sd.Segs) == 0 {
		return nil, w, fmt.Errorf("%s: no translation unit", name)
	}
	sd.Text = b.String()
	d, err := buildSegmented(name, sd, opts, &w)
	if err != nil {
		return nil, w, err
	}
	return []*annotate.Document{d}, w, nil
}

// tmxPair returns a unit's source text (the variant in srcLang, or the first) and its first other variant.
func tmxPair(tu *xnode, srcLang string) (src, tgt, sl, tl string) {
	for _, v := range tu.Kids {
		if v.Name != "tuv" {
			continue
		}
		lang := v.attr("lang")
		seg := v.child("seg")
		if seg == nil {
			continue
		}
		text := textOf(seg)
		switch {
		case sl == "" && (srcLang == "" || sameLang(lang, srcLang)):
			src, sl = text, lang
		case tl == "":
			tgt, tl = text, lang
		}
	}
	return src, tgt, sl, tl
}

func sameLang(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || strings.HasPrefix(a, b+"-") || strings.HasPrefix(b, a+"-")
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
