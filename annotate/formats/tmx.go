package formats

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
)

func tmxFormat() Format {
	return Format{
		Name: "tmx", Title: "TMX 1.4b translation memory", Extensions: []string{".tmx"},
		Offsets:     "none",
		Paragraphs:  true,
		NoSpans:     true,
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
			w.say(d.ID, WarnNoSpans, map[string]any{"Format": "TMX", "N": len(d.Spans), "Links": len(d.Links)}, "TMX keeps no spans: %s and %s left out", plural(len(d.Spans), "span", "spans"), plural(len(d.Links), "link", "links"))
		}
		if d.SourceLang != src {
			w.say(d.ID, WarnSourceLanguage, map[string]any{"Lang": d.SourceLang, "FileLang": src}, "source language %s differs from the file's %s (TMX has one srclang)", d.SourceLang, src)
		}
		docLossWarnings(d, "TMX", false, &w)
		changesWarning(d, &w)
		xmlUnfitWarning(d, &w)
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
//
// A paragraph with some segments unfinished is left out whole, its finished segments with it: a
// paragraph memory (OmegaT's paragraph segmentation) matches whole paragraphs, so a unit of part of one
// would match nothing and pass a fragment off as a paragraph. Its finished segments are counted apart
// from the unfinished ones, so that the warning names the translations lost, which a memory of
// sentences keeps.
func tmxUnits(d *annotate.Document, paragraphs bool, w *warnings) []tmxUnit {
	var out []tmxUnit
	unfinished, orphans, partial := 0, 0, 0
	for i := 0; i < len(d.Segments); {
		j := i + 1
		if paragraphs {
			for j < len(d.Segments) && d.Segments[j].Paragraph == d.Segments[i].Paragraph {
				j++
			}
		}
		group := d.Segments[i:j]
		var src, tgt []string
		status, finished := annotate.StatusReviewed, 0
		for _, s := range group {
			if done(s) {
				finished++
			}
			src = append(src, strings.TrimSpace(d.SourceText(s)))
			tgt = append(tgt, strings.TrimSpace(s.Target))
			if s.Status != annotate.StatusReviewed {
				status = annotate.StatusTranslated
			}
		}
		switch {
		case finished == len(group):
			out = append(out, tmxUnit{d.ID + ":" + group[0].ID, strings.Join(src, " "), strings.Join(tgt, " "), status})
		case finished > 0:
			unfinished += len(group) - finished
			orphans += finished
			partial++
		default:
			unfinished += len(group)
		}
		i = j
	}
	if unfinished > 0 {
		w.say(d.ID, WarnNotInMemory, map[string]any{"N": unfinished}, "%s left out of the memory", plural(unfinished, "segment not translated or still a draft is", "segments not translated or still drafts are"))
	}
	if orphans > 0 {
		w.say(d.ID, WarnIncompleteParagraphs, map[string]any{"N": orphans, "Paragraphs": partial},
			"%s left out of the memory with %s, which %s segments not translated or still drafts (export without --paragraphs to keep %s)",
			plural(orphans, "translated segment is", "translated segments are"), pick(partial, "its paragraph", "their paragraphs"),
			pick(partial, "has", "have"), pick(orphans, "it", "them"))
	}
	return out
}

func readTMX(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	root, err := parseXML(name, data, "tmx")
	if err != nil {
		return nil, nil, err
	}
	if root.Name != "tmx" {
		return nil, nil, readErr(ErrXMLRoot, map[string]any{"Line": root.Line, "Found": root.Name, "Expected": "tmx"}, "%s: line %d: the root element is <%s>, not <tmx>", name, root.Line, root.Name)
	}
	sd := segDoc{ID: docIDFrom(name, nil, 0)}
	if h := root.child("header"); h != nil && h.attr("srclang") != "*all*" {
		sd.SrcLang = h.attr("srclang")
	}
	var w warnings
	var b strings.Builder
	others := map[string]bool{}
	codes, codeUnits, codeLine := 0, 0, 0
	err = root.walk("tu", func(tu *xnode) error {
		if n := tmxCodes(tu); n > 0 {
			if codeUnits == 0 {
				codeLine = tu.Line
			}
			codes, codeUnits = codes+n, codeUnits+1
		}
		src, tgt, srcLang, tgtLang := tmxPair(tu, sd.SrcLang, firstNonEmpty(sd.TgtLang, opts.TargetLang), others)
		if src == "" {
			w.say(name, WarnNoSourceVariant, map[string]any{"Line": tu.Line, "Lang": sd.SrcLang},
				"line %d: a translation unit without a %s variant; left out", tu.Line, sd.SrcLang)
			return nil
		}
		sd.SrcLang, sd.TgtLang = srcLang, firstNonEmpty(sd.TgtLang, tgtLang)
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		status := annotate.StatusTranslated
		if tgt == "" {
			status = annotate.StatusNew
		} else if tmxProp(tu, "x-glose-status") == string(annotate.StatusReviewed) {
			status = annotate.StatusReviewed
		}
		sd.Segs = append(sd.Segs, rawSeg{ID: tmxSegmentID(tu.attr("tuid")), Start: b.Len(), End: b.Len() + len(src),
			Paragraph: len(sd.Segs), Target: tgt, Status: status})
		b.WriteString(src)
		return nil
	})
	if err != nil {
		return nil, w, err
	}
	if len(sd.Segs) == 0 {
		return nil, w, readErr(ErrNoTranslationUnit, nil, "%s: no translation unit", name)
	}
	if codes > 0 {
		w.say(name, WarnTMXCodesLeftOut, map[string]any{"Line": codeLine, "N": codes, "Units": codeUnits},
			"line %d: %s in %s left out of the document: their text is kept, not the formatting or placeholders they stand for",
			codeLine, plural(codes, "inline code", "inline codes"), plural(codeUnits, "translation unit", "translation units"))
	}
	if len(others) > 0 {
		langs := strings.Join(slices.Sorted(maps.Keys(others)), ", ")
		w.say(name, WarnOtherLanguages, map[string]any{"Langs": langs},
			"variants in %s left out: a Glose document holds one source and one translation", langs)
	}
	sd.Text = b.String()
	d, err := buildSegmented(name, sd, opts, &w)
	if err != nil {
		return nil, w, err
	}
	return []*annotate.Document{d}, w, nil
}

// tmxSegmentID is the segment ID in a tuid as Glose writes it, "document:segment", so that a memory
// returned by a reviewer finds its segments (it holds only the finished ones, not all in order); "" for
// other tuids, and the segment is numbered by its place.
func tmxSegmentID(tuid string) string {
	i := strings.LastIndexByte(tuid, ':')
	if i <= 0 || i == len(tuid)-1 {
		return ""
	}
	return tuid[i+1:]
}

// tmxCodes counts the inline codes of a translation unit's segments: <bpt>, <ept>, <ph>, <it> and
// <ut>, which stand for the formatting and placeholders of the document the unit came from.
func tmxCodes(n *xnode) int {
	c := 0
	for _, k := range n.Kids {
		switch k.Name {
		case "bpt", "ept", "ph", "it", "ut":
			c++
		case "":
		default:
			c += tmxCodes(k)
		}
	}
	return c
}

// tmxProp returns the text of a unit's <prop type="typ">, or "".
func tmxProp(tu *xnode, typ string) string {
	for _, p := range tu.Kids {
		if p.Name == "prop" && p.attr("type") == typ {
			return strings.TrimSpace(textOf(p))
		}
	}
	return ""
}

// tmxPair returns a unit's source text (the variant in srcLang, or the first) and its target (the
// variant in tgtLang, or else the first other one); the languages of the variants it leaves go to others.
func tmxPair(tu *xnode, srcLang, tgtLang string, others map[string]bool) (src, tgt, sl, tl string) {
	type variant struct{ lang, text string }
	var vs []variant
	for _, v := range tu.Kids {
		if seg := v.child("seg"); v.Name == "tuv" && seg != nil {
			vs = append(vs, variant{v.attr("lang"), textOf(seg)})
		}
	}
	si, ti := -1, -1
	for i, v := range vs {
		if si < 0 && (srcLang == "" || sameLang(v.lang, srcLang)) {
			si = i
		}
	}
	for i, v := range vs {
		if i != si && ti < 0 && sameLang(v.lang, tgtLang) {
			ti = i
		}
	}
	for i := range vs {
		if i != si && ti < 0 {
			ti = i
		}
	}
	for i, v := range vs {
		switch i {
		case si:
			src, sl = v.text, v.lang
		case ti:
			tgt, tl = v.text, v.lang
		default:
			others[v.lang] = true
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
