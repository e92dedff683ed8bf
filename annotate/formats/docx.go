package formats

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

func docxFormat() Format {
	return Format{
		Name: "docx", Title: "Word document (import)", Extensions: []string{".docx"},
		Offsets:     "none",
		Description: "import only: the body's paragraphs, headings, list items and table cells, tabs and line breaks, inserted text and fields' results, then footnotes and endnotes; deleted text of tracked changes, comments, headers, footers, field codes and hidden text dropped",
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
	if w.styles, err = readDocxStyles(name, parts["word/styles.xml"]); err != nil {
		return nil, nil, err
	}
	if err := w.walk("word/document.xml", parts["word/document.xml"], ""); err != nil {
		return nil, nil, err
	}
	w.flushJoined()
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
	name   string
	out    *officeDoc
	styles *docxStyles
	stack  []*docxPara
	runs   []bool              // whether each run open is hidden text (a text box's runs are inside a run)
	joined *docxPara           // a paragraph whose mark is hidden, which Word runs into the next one
	cells  int                 // table cells open
	labels map[string]string   // "footnote 2" → "1", in the order the body refers to them
	refs   []string            // the notes referred to, in order
	notes  map[string][]string // a note's paragraphs, by "footnote 2"
	note   string              // the note being read in a notes part
}

type docxPara struct {
	b             strings.Builder
	heading, list bool
	hidden        bool // its style hides its text
	markHidden    bool // its mark is hidden: Word shows it run into the next paragraph
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
			case t.Name.Local == "r" && len(w.runs) > 0:
				w.runs = w.runs[:len(w.runs)-1]
			}
		case xml.CharData:
			if len(names) > 1 && names[len(names)-1] == "t" && names[len(names)-2] == "r" && len(w.stack) > 0 && !w.hiddenRun() {
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
		if (l == "del" || l == "moveFrom") && len(names) > 1 && names[len(names)-1] == "rPr" && names[len(names)-2] == "pPr" && len(w.stack) > 0 {
			w.top().markHidden = true // a paragraph mark deleted in tracked changes: the paragraph runs into the next
		}
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
		w.startPara()
	case l == "tc":
		w.cells++
	case len(w.stack) == 0:
	case l == "r":
		w.runs = append(w.runs, w.top().hidden)
	case l == "pStyle" && parent == "pPr":
		v := attr(t, "val")
		w.top().heading = w.top().heading || w.styles.heading[v] || docxHeadingID.MatchString(v)
		w.top().hidden = w.styles.hidden[v]
		w.top().markHidden = w.top().hidden
	case l == "rStyle" && parent == "rPr" && len(names) > 1 && names[len(names)-2] == "r" && len(w.runs) > 0:
		if h, ok := w.styles.hidden[attr(t, "val")]; ok {
			w.runs[len(w.runs)-1] = h
		}
	case l == "vanish" || l == "specVanish":
		w.vanish(t, names)
	case l == "outlineLvl" && parent == "pPr":
		if n, err := strconv.Atoi(attr(t, "val")); err == nil && n < 6 {
			w.top().heading = true
		}
	case l == "numId" && parent == "numPr": // numbering 0 is none, as LibreOffice writes it on headings
		w.top().list = w.top().list || attr(t, "val") != "0"
	case parent != "r" || w.hiddenRun():
	case l == "tab":
		w.top().b.WriteByte('\t')
	case l == "br" || l == "cr":
		w.top().b.WriteByte('\n')
	case l == "noBreakHyphen":
		w.top().b.WriteString("\u2011")
	case l == "ptab": // a positional tab, aligned on the margin
		w.top().b.WriteByte('\t')
	case l == "sym":
		w.top().b.WriteString(docxSymbol(t))
	case (l == "footnoteReference" || l == "endnoteReference") && onOff(attr(t, "customMarkFollows")):
		w.customMark(strings.TrimSuffix(l, "Reference") + " " + attr(t, "id"))
	case l == "footnoteReference" || l == "endnoteReference":
		w.top().b.WriteString("[" + w.label(strings.TrimSuffix(l, "Reference")+" "+attr(t, "id")) + "]")
	case l == "footnoteRef" || l == "endnoteRef":
		if lab, ok := w.labels[w.note]; ok && lab != "" { // a note the body does not refer to is left out
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
		if strings.HasPrefix(r, "footnote") == strings.HasPrefix(note, "footnote") && w.labels[r] != "" {
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

// customMark takes note in, referred to by a mark of the author's own (w:customMarkFollows: "*", "†"),
// which the run goes on with as text, as Word shows it, in the body and at the note's start alike: the
// note has no number (its label is ""), and the numbered notes after it are numbered as if it were not.
func (w *docxWalker) customMark(note string) {
	if w.labels == nil {
		w.labels = map[string]string{}
	}
	if _, ok := w.labels[note]; !ok {
		w.labels[note] = ""
		w.refs = append(w.refs, note)
	}
}

// onOff reads an OOXML on/off attribute: "1", "true" or "on" (an empty value is off here, an
// attribute that is absent).
func onOff(v string) bool { return v == "1" || v == "true" || v == "on" }

func (w *docxWalker) endPara() {
	p := w.top()
	w.stack = w.stack[:len(w.stack)-1]
	if w.note == "" {
		if p.markHidden {
			w.joined = p
			return
		}
		w.out.add(p.b.String(), p.heading, p.list)
		return
	}
	if lab, referred := w.labels[w.note]; referred {
		t := strings.TrimSpace(p.b.String())
		if rest, ok := strings.CutPrefix(t, "["+lab+"]"); ok && lab != "" { // Word puts a space after the number, or not
			t = "[" + lab + "] " + strings.TrimLeft(rest, " \t")
		}
		if t != "" {
			w.notes[w.note] = append(w.notes[w.note], t)
		}
	}
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

// startPara opens a paragraph; one whose mark is hidden before it becomes its start.
func (w *docxWalker) startPara() {
	p := &docxPara{list: w.cells > 0} // a table cell's text is no heading
	if w.joined != nil && w.note == "" {
		p.b.WriteString(w.joined.b.String())
		w.joined = nil
	}
	w.stack = append(w.stack, p)
}

// flushJoined adds the paragraph whose mark is hidden when no paragraph followed it.
func (w *docxWalker) flushJoined() {
	if w.joined != nil {
		w.out.add(w.joined.b.String(), w.joined.heading, w.joined.list)
		w.joined = nil
	}
}

// vanish reads a w:vanish (hidden text, which Word neither prints nor shows unless asked to) or
// w:specVanish (a style separator, a paragraph mark always hidden): in a run's properties it hides
// the run; in a paragraph mark's (w:pPr/w:rPr) it runs the paragraph into the next one.
// w:webHidden hides text in Web Layout view only: Word prints it, and so it is read.
func (w *docxWalker) vanish(t xml.StartElement, names []string) {
	if len(names) < 2 || names[len(names)-1] != "rPr" {
		return
	}
	switch names[len(names)-2] {
	case "r":
		if len(w.runs) > 0 {
			w.runs[len(w.runs)-1] = docxOn(t)
		}
	case "pPr":
		w.top().markHidden = docxOn(t)
	}
}

// hiddenRun reports whether the innermost run open is hidden text.
func (w *docxWalker) hiddenRun() bool { return len(w.runs) > 0 && w.runs[len(w.runs)-1] }
