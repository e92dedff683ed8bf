package formats

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
)

// docxHeadingID matches the IDs Word gives heading styles, in English and French.
var docxHeadingID = regexp.MustCompile(`^(?i:heading[1-6]|titre[1-6]?|title|sous-titre|subtitle)$`)

var docxHeadingName = regexp.MustCompile(`^(?i:heading [1-6]|title|subtitle)$`)

// docxStyles is what word/styles.xml says of the styles, by ID, each with what it is based on:
// whether a paragraph style is a heading, and whether a style hides its text (w:vanish, Word's hidden
// text, which it neither prints nor shows).
type docxStyles struct {
	heading map[string]bool
	hidden  map[string]bool // set for the styles that say (true: hidden, false: shown), or that inherit it
}

// readDocxStyles reads styles.xml: headings are the styles named "heading 1" to "heading 6", "Title"
// or "Subtitle" (Word's names, whatever the language of its menus), with an outline level of 1 to 6,
// or based on such a style.
func readDocxStyles(name string, data []byte) (*docxStyles, error) {
	st := &docxStyles{heading: map[string]bool{}, hidden: map[string]bool{}}
	if data == nil {
		return st, nil
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
			st.heading[id] = st.heading[id] || docxHeadingName.MatchString(attr(t, "val"))
		case "basedOn":
			based[id] = attr(t, "val")
		case "outlineLvl":
			if n, err := strconv.Atoi(attr(t, "val")); err == nil && n < 6 {
				st.heading[id] = true
			}
		case "vanish":
			st.hidden[id] = docxOn(t)
		}
	}
	for id := range based {
		st.inherit(id, based)
	}
	return st, nil
}

// inherit gives style id the heading and hidden properties of the styles it is based on (20 at
// most: a loop of basedOn ends there).
func (st *docxStyles) inherit(id string, based map[string]string) {
	_, hiddenSet := st.hidden[id]
	for s, n := based[id], 0; s != "" && n < 20; s, n = based[s], n+1 {
		st.heading[id] = st.heading[id] || st.heading[s]
		if h, ok := st.hidden[s]; ok && !hiddenSet {
			st.hidden[id], hiddenSet = h, true
		}
	}
}

// docxOn reads a toggle property such as <w:vanish/>: on unless its w:val says 0, false or off.
func docxOn(t xml.StartElement) bool {
	switch attr(t, "val") {
	case "0", "false", "off":
		return false
	}
	return true
}
