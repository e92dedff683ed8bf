package formats

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

func odtFormat() Format {
	return Format{
		Name: "odt", Title: "OpenDocument text (import)", Extensions: []string{".odt"},
		Offsets:     "none",
		Description: "import only: the body's paragraphs, headings, list items and table cells, tabs, line breaks and spaces, inserted text, then footnotes and endnotes; deleted text of tracked changes, comments, headers, footers and hidden text dropped",
		read:        readODT,
	}
}

// odtSkipped are the elements whose content is no text of the body: tracked changes (which hold the
// deleted text), comments, a drawing's title and description, forms and declarations.
var odtSkipped = map[string]bool{
	"tracked-changes": true, "annotation": true, "title": true, "desc": true, "forms": true,
	"sequence-decls": true, "variable-decls": true, "user-field-decls": true, "automatic-styles": true,
	"font-face-decls": true, "scripts": true,
}

func readODT(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	z, err := openOffice(name, data, "OpenDocument")
	if err != nil {
		return nil, nil, err
	}
	manifest, err := officePart(name, z, "META-INF/manifest.xml", "OpenDocument", true)
	if err != nil {
		return nil, nil, err
	}
	if bytes.Contains(manifest, []byte("encryption-data")) {
		return nil, nil, readErr(ErrOfficeEncrypted, map[string]any{"Kind": "OpenDocument"},
			"%s: a password-protected (encrypted) OpenDocument document: open it, remove the password and save it again", name)
	}
	content, err := officePart(name, z, "content.xml", "OpenDocument", false)
	if err != nil {
		return nil, nil, err
	}
	stylesXML, err := officePart(name, z, "styles.xml", "OpenDocument", true)
	if err != nil {
		return nil, nil, err
	}
	styles, err := readODTStyles(name, stylesXML, content)
	if err != nil {
		return nil, nil, err
	}
	w := &odtWalker{name: name, out: &officeDoc{}, styles: styles}
	if err := w.walk(content); err != nil {
		return nil, nil, err
	}
	for _, n := range append(w.notes["footnote"], w.notes["endnote"]...) {
		w.out.add(n, false, false)
	}
	return buildOffice(name, w.out, opts)
}

type odtWalker struct {
	name      string
	out       *officeDoc
	styles    *odtStyles
	stack     []*docxPara
	hidden    []bool // whether each paragraph and span open is hidden text (text:display="none")
	lists     int    // list items and table cells open, whose paragraphs are no headings
	notes     map[string][]string
	noteClass []string // the classes of the notes open (a note's body holds paragraphs)
	citation  string   // the number of the note open, for its first paragraph
	citeAt    int      // where in the anchoring paragraph the note's number starts
}

func (w *odtWalker) walk(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	inBody := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return officeXMLErr(w.name, "content.xml", d, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if odtSkipped[t.Name.Local] || t.Name.Local == "section" && attr(t, "display") == "none" {
				if err := skipElement(w.name, "content.xml", d); err != nil {
					return err
				}
				continue
			}
			if t.Name.Local == "body" {
				inBody = true
			}
			if inBody {
				w.start(t)
			}
		case xml.EndElement:
			w.end(t.Name.Local)
		case xml.CharData:
			if len(w.stack) > 0 && !w.hiddenText() {
				w.top().b.WriteString(odtSpace(string(t)))
			}
		}
	}
}

func (w *odtWalker) top() *docxPara { return w.stack[len(w.stack)-1] }

func (w *odtWalker) start(t xml.StartElement) {
	switch t.Name.Local {
	case "p", "h":
		p := &docxPara{list: w.lists > 0}
		style := attr(t, "style-name")
		p.heading = t.Name.Local == "h" || w.styles.heading[style] || odtHeadingName(style)
		if len(w.noteClass) > 0 && w.citation != "" {
			p.b.WriteString("[" + w.citation + "] ")
			w.citation = ""
		}
		w.stack = append(w.stack, p)
		w.hidden = append(w.hidden, w.styles.hidden[style])
	case "span":
		h, set := w.styles.hidden[attr(t, "style-name")]
		w.hidden = append(w.hidden, h || !set && w.hiddenText())
	case "list-item", "list-header", "table-cell": // never headings
		w.lists++
	case "note":
		w.noteClass = append(w.noteClass, attr(t, "note-class"))
	}
	if len(w.stack) == 0 || w.hiddenText() {
		return
	}
	switch t.Name.Local {
	case "note-citation":
		w.citeAt = w.top().b.Len()
	case "s":
		n, err := strconv.Atoi(attr(t, "c"))
		if err != nil || n < 1 {
			n = 1
		}
		w.top().b.WriteString(strings.Repeat(" ", min(n, 1000)))
	case "tab":
		w.top().b.WriteByte('\t')
	case "line-break":
		w.top().b.WriteByte('\n')
	}
}

func (w *odtWalker) end(local string) {
	switch local {
	case "span":
		if len(w.hidden) > 0 {
			w.hidden = w.hidden[:len(w.hidden)-1]
		}
	case "p", "h":
		if len(w.stack) == 0 {
			return
		}
		p := w.top()
		w.stack = w.stack[:len(w.stack)-1]
		w.hidden = w.hidden[:len(w.hidden)-1]
		if len(w.noteClass) > 0 {
			if t := strings.TrimSpace(p.b.String()); t != "" {
				if w.notes == nil {
					w.notes = map[string][]string{}
				}
				class := w.noteClass[len(w.noteClass)-1]
				w.notes[class] = append(w.notes[class], t)
			}
			return
		}
		w.out.add(p.b.String(), p.heading, p.list)
	case "list-item", "list-header", "table-cell":
		w.lists--
	case "note":
		w.noteClass = w.noteClass[:len(w.noteClass)-1]
	case "note-citation":
		if len(w.stack) > 0 { // the citation's text went into the paragraph: it is the note's number
			w.citation = w.takeCitation()
		}
	}
}

// takeCitation puts the note's number, which the note-citation element wrote into the anchoring
// paragraph, between brackets, and returns it.
func (w *odtWalker) takeCitation() string {
	s := w.top().b.String()
	i := min(w.citeAt, len(s))
	num := strings.TrimSpace(s[i:])
	w.top().b.Reset()
	w.top().b.WriteString(s[:i] + "[" + num + "]")
	return num
}

// odtSpace collapses runs of white space to one space, as OpenDocument reads the text of a paragraph
// (text:s, text:tab and text:line-break say the others). A no-break space is text and stays.
func odtSpace(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") && !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func odtHeadingName(s string) bool {
	s = strings.ReplaceAll(s, "_20_", " ")
	return s == "Title" || s == "Subtitle" || strings.HasPrefix(s, "Heading") || strings.HasPrefix(s, "Titre")
}

// hiddenText reports whether the text being read is hidden (LibreOffice's Hidden character attribute
// or a hidden paragraph style, text:display="none", as Word's hidden text becomes): it is not printed.
func (w *odtWalker) hiddenText() bool { return len(w.hidden) > 0 && w.hidden[len(w.hidden)-1] }
