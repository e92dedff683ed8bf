package tm

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/glose-app/glose/annotate/infile"
	"golang.org/x/text/unicode/norm"
)

// tmxParser reads translation units one at a time from a TMX stream.
type tmxParser struct {
	dec        *infile.XMLDecoder // reads UTF-16 with a byte-order mark and declared encodings
	opts       ImportOptions
	headerLang string
	sawTMX     bool
}

type tmxTU struct {
	srclang          string
	created, changed time.Time
	note, origin     string
	tuvs             []tmxTUV
}

type tmxTUV struct {
	lang, seg string
	markup    string // the <seg>'s content as XML when it has inline codes, else ""
	codes     int    // its inline codes
}

func attrValue(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func (p *tmxParser) errorf(format string, a ...any) error {
	line, _ := p.dec.InputPos()
	return fmt.Errorf("TMX line %d: %s", line, fmt.Sprintf(format, a...))
}

func (p *tmxParser) wrap(err error) error {
	if e := p.dec.Explain(err, nil); e != err {
		return e
	}
	if se, ok := err.(*xml.SyntaxError); ok {
		return fmt.Errorf("TMX line %d: malformed XML: %s", se.Line, se.Msg)
	}
	return p.errorf("reading: %v", err)
}

// next returns the next <tu>, or io.EOF.
func (p *tmxParser) next() (tmxTU, error) {
	for {
		tok, err := p.dec.Token()
		if err == io.EOF {
			return tmxTU{}, io.EOF
		}
		if err != nil {
			return tmxTU{}, p.wrap(err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "tmx":
			p.sawTMX = true
		case "header":
			p.headerLang = attrValue(se, "srclang")
		case "tu":
			if !p.sawTMX {
				return tmxTU{}, p.errorf("<tu> outside <tmx>")
			}
			return p.readTU(se)
		}
	}
}

func (p *tmxParser) readTU(se xml.StartElement) (tmxTU, error) {
	tu := tmxTU{srclang: attrValue(se, "srclang")}
	tu.created, _ = time.Parse(tmxDate, attrValue(se, "creationdate"))
	tu.changed, _ = time.Parse(tmxDate, attrValue(se, "changedate"))
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return tu, p.wrap(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "tu" {
				return tu, nil
			}
		case xml.StartElement:
			if err := p.readTUChild(&tu, t); err != nil {
				return tu, err
			}
		}
	}
}

func (p *tmxParser) readTUChild(tu *tmxTU, se xml.StartElement) error {
	switch se.Name.Local {
	case "note":
		s, err := p.textOf(se.Name.Local)
		tu.note = strings.TrimSpace(tu.note + "\n" + s)
		return err
	case "prop":
		s, err := p.textOf(se.Name.Local)
		if attrValue(se, "type") == "x-origin" {
			tu.origin = s
		}
		return err
	case "tuv":
		lang := attrValue(se, "lang") // xml:lang, or TMX 1.1's lang
		if lang == "" {
			return p.errorf("<tuv> without xml:lang")
		}
		if NormalizeLang(lang) == "" { // " " or "-FR": no language to pair it by
			return p.errorf("<tuv> with xml:lang %q, which names no language", lang)
		}
		v, err := p.readTUV()
		v.lang = lang
		tu.tuvs = append(tu.tuvs, v)
		return err
	}
	return p.dec.Skip()
}

// readTUV returns the text and markup of the <seg> of a <tuv>, consuming up to </tuv>.
func (p *tmxParser) readTUV() (tmxTUV, error) {
	var seg, markup strings.Builder
	var v tmxTUV
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return v, p.wrap(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "seg" {
				if err := p.dec.Skip(); err != nil {
					return v, p.wrap(err)
				}
				continue
			}
			n, err := p.segText(&seg, &markup)
			if err != nil {
				return v, err
			}
			v.codes += n
		case xml.EndElement:
			v.seg = seg.String()
			if v.codes > 0 {
				v.markup = markup.String()
			}
			return v, nil
		}
	}
}

// segText appends a <seg>'s text to b, in NFC, leaving out inline codes (bpt, ept, ph, it, ut and any other
// element but hi, whose text is kept), and its content as XML to markup, up to </seg>; it returns
// how many inline codes and hi elements it met.
func (p *tmxParser) segText(b, markup *strings.Builder) (codes int, err error) {
	inCode := 0 // depth inside an inline code
	for depth := 1; ; {
		tok, err := p.dec.Token()
		if err != nil {
			return codes, p.wrap(err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			t = norm.NFC.Bytes(t) // as documents are: é typed as e + U+0301 is the same pair
			if inCode == 0 {
				b.Write(t)
			}
			xml.EscapeText(markup, t)
		case xml.StartElement:
			depth++
			switch {
			case inCode > 0:
				inCode++
			case t.Name.Local == "hi":
				codes++
			default:
				inCode, codes = 1, codes+1
			}
			writeStart(markup, t)
		case xml.EndElement:
			if depth--; depth == 0 {
				return codes, nil
			}
			if inCode > 0 {
				inCode--
			}
			markup.WriteString("</" + t.Name.Local + ">")
		}
	}
}

// writeStart writes a start tag as XML.
func writeStart(w *strings.Builder, se xml.StartElement) {
	w.WriteString("<" + se.Name.Local)
	for _, a := range se.Attr {
		name := a.Name.Local
		if a.Name.Space == "http://www.w3.org/XML/1998/namespace" || a.Name.Space == "xml" {
			name = "xml:" + name
		}
		w.WriteString(" " + name + "=")
		w.WriteString(attr(a.Value))
	}
	w.WriteString(">")
}

// textOf returns the character data of the element just opened, up to its end.
func (p *tmxParser) textOf(name string) (string, error) {
	var b strings.Builder
	for {
		tok, err := p.dec.Token()
		if err != nil {
			return "", p.wrap(err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.EndElement:
			if t.Name.Local == name {
				return b.String(), nil
			}
		}
	}
}

// unit turns a parsed <tu> into a Unit in the chosen languages, with its inline markup.
func (p *tmxParser) unit(tu tmxTU) (markedUnit, bool) {
	src := firstNonEmpty(p.opts.SourceLang, tu.srclang, p.headerLang)
	if src == "*all*" {
		src = ""
	}
	s, t := p.unitVariants(tu, src)
	if s == nil || t == nil || strings.TrimSpace(s.seg) == "" || strings.TrimSpace(t.seg) == "" {
		return markedUnit{}, false
	}
	origin := firstNonEmpty(tu.origin, p.opts.Origin)
	return markedUnit{Unit: Unit{SourceLang: NormalizeLang(s.lang), TargetLang: NormalizeLang(t.lang), Source: s.seg, Target: t.seg,
		Origin: origin, Note: tu.note, Created: tu.created, Changed: tu.changed},
		source: s.markup, target: t.markup, srcTag: tagOf(s.lang), tgtTag: tagOf(t.lang), codes: s.codes + t.codes}, true
}

// unitVariants picks a <tu>'s source variant, the first in language src (any when src is empty), and
// its target, the first other variant in another language, in the chosen target language if any; nil
// where there is none.
func (p *tmxParser) unitVariants(tu tmxTU, src string) (s, t *tmxTUV) {
	for i := range tu.tuvs {
		v := &tu.tuvs[i]
		switch {
		case s == nil && (src == "" || sameLanguage(v.lang, src)):
			s = v
		case t == nil && s != v && !sameLanguage(v.lang, src) &&
			(p.opts.TargetLang == "" || sameLanguage(v.lang, p.opts.TargetLang)):
			t = v
		}
	}
	return s, t
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// NormalizeLang reduces a BCP 47 tag to its lower-case primary language ("fr-FR" → "fr"): the
// memory pairs languages, not regional variants.
func NormalizeLang(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(strings.TrimSpace(tag))
}

func sameLanguage(a, b string) bool { return NormalizeLang(a) == NormalizeLang(b) }
