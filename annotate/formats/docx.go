package formats

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

func docxFormat() Format {
	return Format{
		Name: "docx", Title: "Word document (import)", Extensions: []string{".docx"},
		Offsets:     "none",
		Description: "import only: the body's paragraphs, headings, list items and table cells, tabs and line breaks, inserted text and fields' results, then footnotes and endnotes; deleted text of tracked changes, comments, headers, footers and field codes dropped",
		read:        readDocx,
	}
}

// docxSkipped are the elements whose content is no text of the document: deleted or moved-away text
// of tracked changes, field codes (their result is kept), properties as they were before a change,
// and the fallback drawing of a text box whose first rendering is read.
var docxSkipped = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "instrText": true, "delInstrText": true,
	"pPrChange": true, "rPrChange": true, "sectPrChange": true, "Fallback": true, "sdtPr": true,
}

func readDocx(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	z, err := openOffice(name, data, "Word")
	if err != nil {
		return nil, nil, err
	}
	parts := map[string][]byte{}
	for _, p := range []string{"word/document.xml", "word/styles.xml", "word/footnotes.xml", "word/endnotes.xml"} {
		if parts[p], err = officePart(name, z, p, "Word", p != "word/document.xml"); err != nil {
			return nil, nil, err
		}
	}
	w := &docxWalker{name: name, out: &officeDoc{}, notes: map[string][]string{}}
	if w.headingStyles, err = docxHeadingStyles(name, parts["word/styles.xml"]); err != nil {
		return nil, nil, err
	}
	if err := w.walk("word/document.xml", parts["word/document.xml"], ""); err != nil {
		return nil, nil, err
	}
	for _, kind := range []string{"footnote", "endnote"} {
		p := "word/" + kind + "s.xml"
		if parts[p] != nil {
			if err := w.walk(p, parts[p], kind); err != nil {
				return nil, nil, err
			}
		}
	}
	for _, ref := range w.refs {
		for _, t := range w.notes[ref] {
			w.out.add(t, false, false)
		}
	}
	return buildOffice(name, w.out, opts)
}

// docxWalker gathers the paragraphs of a part. Paragraphs nest (a text box's in the one that anchors
// it): the inner one comes first.
type docxWalker struct {
	name          string
	out           *officeDoc
	headingStyles map[string]bool
	stack         []*docxPara
	cells         int                 // table cells open
	labels        map[string]string   // "footnote 2" → "1", in the order the body refers to them
	refs          []string            // the notes referred to, in order
	notes         map[string][]string // a note's paragraphs, by "footnote 2"
	note          string              // the note being read in a notes part
}

type docxPara struct {
	b             strings.Builder
	heading, list bool
}

func (w *docxWalker) walk(part string, data []byte, kind string) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	var names []string // the open elements' local names
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return officeXMLErr(w.name, part, d, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip := w.start(t, names, kind); skip {
				if err := skipElement(w.name, part, d); err != nil {
					return err
				}
				continue
			}
			names = append(names, t.Name.Local)
		case xml.EndElement:
			names = names[:len(names)-1]
			switch {
			case t.Name.Local == "p" && len(w.stack) > 0:
				w.endPara()
			case t.Name.Local == "tc":
				w.cells--
			}
		case xml.CharData:
			if len(names) > 1 && names[len(names)-1] == "t" && names[len(names)-2] == "r" && len(w.stack) > 0 {
				w.top().b.Write(t)
			}
		}
	}
}

func (w *docxWalker) top() *docxPara { return w.stack[len(w.stack)-1] }

// start handles the start of an element inside elements names; it reports whether to skip it whole.
func (w *docxWalker) start(t xml.StartElement, names []string, kind string) bool {
	l := t.Name.Local
	if docxSkipped[l] {
		return true
	}
	parent := ""
	if len(names) > 0 {
		parent = names[len(names)-1]
	}
	switch {
	case l == kind && kind != "":
		typ := attr(t, "type")
		w.note = kind + " " + attr(t, "id")
		return typ != "" && typ != "normal" // separators
	case l == "p":
		w.stack = append(w.stack, &docxPara{list: w.cells > 0}) // a table cell's text is no heading
	case l == "tc":
		w.cells++
	case len(w.stack) == 0:
	case l == "pStyle" && parent == "pPr":
		v := attr(t, "val")
		w.top().heading = w.top().heading || w.headingStyles[v] || docxHeadingID.MatchString(v)
	case l == "outlineLvl" && parent == "pPr":
		if n, err := strconv.Atoi(attr(t, "val")); err == nil && n < 6 {
			w.top().heading = true
		}
	case l == "numPr" && parent == "pPr":
		w.top().list = true
	case parent != "r":
	case l == "tab":
		w.top().b.WriteByte('\t')
	case l == "br" || l == "cr":
		w.top().b.WriteByte('\n')
	case l == "noBreakHyphen":
		w.top().b.WriteString("\u2011")
	case l == "footnoteReference" || l == "endnoteReference":
		w.top().b.WriteString("[" + w.label(strings.TrimSuffix(l, "Reference")+" "+attr(t, "id")) + "]")
	case l == "footnoteRef" || l == "endnoteRef":
		if lab, ok := w.labels[w.note]; ok { // a note the body does not refer to is left out
			w.top().b.WriteString("[" + lab + "]")
		}
	}
	return false
}

// label numbers a note in the order the body refers to it: footnotes 1, 2…, endnotes i, ii… as Word does.
func (w *docxWalker) label(note string) string {
	if w.labels == nil {
		w.labels = map[string]string{}
	}
	if l, ok := w.labels[note]; ok {
		return l
	}
	n := 1
	for _, r := range w.refs {
		if strings.HasPrefix(r, "footnote") == strings.HasPrefix(note, "footnote") {
			n++
		}
	}
	l := strconv.Itoa(n)
	if strings.HasPrefix(note, "endnote") {
		l = roman(n)
	}
	w.labels[note] = l
	w.refs = append(w.refs, note)
	return l
}

func (w *docxWalker) endPara() {
	p := w.top()
	w.stack = w.stack[:len(w.stack)-1]
	if w.note == "" {
		w.out.add(p.b.String(), p.heading, p.list)
		return
	}
	if lab, referred := w.labels[w.note]; referred {
		t := strings.TrimSpace(p.b.String())
		if rest, ok := strings.CutPrefix(t, "["+lab+"]"); ok { // Word puts a space after the number, or not
			t = "[" + lab + "] " + strings.TrimLeft(rest, " \t")
		}
		if t != "" {
			w.notes[w.note] = append(w.notes[w.note], t)
		}
	}
}

// docxHeadingID matches the IDs Word gives heading styles, in English and French.
var docxHeadingID = regexp.MustCompile(`^(?i:heading[1-6]|titre[1-6]?|title|sous-titre|subtitle)$`)

var docxHeadingName = regexp.MustCompile(`^(?i:heading [1-6]|title|subtitle)$`)

// docxHeadingStyles reads which paragraph styles of styles.xml are headings: named "heading 1" to
// "heading 6" or "Title" (Word's names, whatever the language of its menus), with an outline level
// of 1 to 6, or based on such a style.
func docxHeadingStyles(name string, data []byte) (map[string]bool, error) {
	out := map[string]bool{}
	if data == nil {
		return out, nil
	}
	based := map[string]string{}
	d := xml.NewDecoder(bytes.NewReader(data))
	id := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, officeXMLErr(name, "word/styles.xml", d, err)
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch t.Name.Local {
		case "style":
			id = attr(t, "styleId")
		case "name":
			out[id] = out[id] || docxHeadingName.MatchString(attr(t, "val"))
		case "basedOn":
			based[id] = attr(t, "val")
		case "outlineLvl":
			if n, err := strconv.Atoi(attr(t, "val")); err == nil && n < 6 {
				out[id] = true
			}
		}
	}
	for id := range based {
		for s, n := id, 0; s != "" && n < 20; s, n = based[s], n+1 {
			if out[s] {
				out[id] = true
				break
			}
		}
	}
	return out, nil
}

// attr is the value of t's attribute called local, whatever its namespace.
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
