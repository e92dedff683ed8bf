package formats

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
)

// odtStyles is what an OpenDocument's styles say, by name, each with what it inherits from its parent
// style: whether a paragraph style is a heading, and whether a style hides its text.
type odtStyles struct {
	heading map[string]bool
	hidden  map[string]bool // set for the styles that say (true: hidden), or inherit it
	parent  map[string]string
}

// readODTStyles reads the common and automatic styles of styles.xml and the automatic styles of
// content.xml: a style is a heading when it is named so (LibreOffice's "Heading_20_1", "Title"…),
// has an outline level, or derives from such a style, as a custom "Intertitre" based on Heading 2.
func readODTStyles(name string, stylesXML, content []byte) (*odtStyles, error) {
	st := &odtStyles{heading: map[string]bool{}, hidden: map[string]bool{}, parent: map[string]string{}}
	if err := st.read(name, "styles.xml", stylesXML); err != nil {
		return nil, err
	}
	if err := st.read(name, "content.xml", content); err != nil {
		return nil, err
	}
	for s := range st.parent {
		st.inherit(s)
	}
	return st, nil
}

// read gathers the styles of a part, up to its body.
func (st *odtStyles) read(name, part string, data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	style := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return officeXMLErr(name, part, d, err)
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch t.Name.Local {
		case "body", "master-styles":
			return nil
		case "default-style":
			style = ""
		case "style":
			style = attr(t, "name")
			if p := attr(t, "parent-style-name"); p != "" {
				st.parent[style] = p
			}
			level, err := strconv.Atoi(attr(t, "default-outline-level"))
			st.heading[style] = odtHeadingName(style) || err == nil && level >= 1 && level <= 10
		case "text-properties":
			if v := attr(t, "display"); v != "" && style != "" {
				st.hidden[style] = v == "none"
			}
		}
	}
}

// inherit gives style s the heading and hidden properties of its parents (20 at most: a loop of
// parents ends there).
func (st *odtStyles) inherit(s string) {
	_, hiddenSet := st.hidden[s]
	for p, n := st.parent[s], 0; p != "" && n < 20; p, n = st.parent[p], n+1 {
		st.heading[s] = st.heading[s] || st.heading[p] || odtHeadingName(p)
		if h, ok := st.hidden[p]; ok && !hiddenSet {
			st.hidden[s], hiddenSet = h, true
		}
	}
}
