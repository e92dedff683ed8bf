package formats

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
)

// xliff12Places are the places in an XLIFF 1.2 file's bytes that merge-back rewrites.
type xliff12Places struct {
	files []file12Place
}

// file12Place is a <file>: its start tag, whether it says target-language, and its trans-units in
// the order xliff12Docs reads them.
type file12Place struct {
	open      [2]int
	trgLang   bool
	units     []tuPlace
	bodyTaken bool // its first <body> was met
	body      int  // the start of its first <body>
	head      header12
}

// header12 is a <file>'s <header>, where the notes on the whole file are: zero when it has none.
type header12 struct {
	open      [2]int      // its start tag
	lastNote  [2]int      // its last <note> child, or zero
	lastChild [2]int      // its last child, or zero
	glose     []gloseNote // the notes Glose wrote (from="glose")
}

// tuPlace is where a <trans-unit> and its parts are, as byte ranges [start, end).
type tuPlace struct {
	open        [2]int // its start tag
	source      [2]int // its first <source>
	segSource   [2]int // its first <seg-source>, or zero
	segSrcInner [2]int // the content of that <seg-source>
	target      [4]int // its first <target>: start tag [0, 1), end tag [2, 3), equal for <target/>
	hasTarget   bool
	lastNote    int         // the end of its last <note> child, or 0
	glose       []gloseNote // the notes Glose wrote (from="glose")
	noTranslate bool
	srcCodes    bool     // its <source> holds inline codes
	tgtCodes    bool     // its <target> holds inline codes
	segs        []seg12  // its <seg-source> segments (<mrk mtype="seg">), nil when it is one segment
	targetSegs  [][2]int // the content of each <mrk mtype="seg"> of its target
	targetMids  []string // their mids
	targetMrks  [][2]int // each of those <mrk>s whole: from its start tag to the end of its end tag
	sdlSegs     []sdlSeg // the <sdl:seg> start tags of its <sdl:seg-defs> (SDL Trados)
}

// sdlSeg is an <sdl:seg> start tag, which says the status of the segment whose mid is its id.
type sdlSeg struct {
	id string
	at [2]int
}

// seg12 is a <mrk mtype="seg"> of a <seg-source>.
type seg12 struct {
	mid   string
	at    [2]int // the whole element
	name  string // its qualified name (mrk, or with a prefix)
	codes bool   // it holds inline codes
}

// codes12 are the inline codes of XLIFF 1.2.
var codes12 = []string{"g", "x", "bx", "ex", "bpt", "ept", "ph", "it"}

// scan12Frame is an element open during the scan, with its role for merge-back ("" when none).
type scan12Frame struct {
	role        string
	noTranslate bool
}

// scanXLIFF12 finds the places of an XLIFF 1.2 file, which must be UTF-8 (a byte-order mark is let
// be). Elements count as xliff12Docs reads them: files anywhere but in a file, the trans-units of the
// file's first body and its groups, the first <source>, <seg-source> and <target> of a trans-unit,
// the <mrk mtype="seg"> children of the <seg-source>.
func scanXLIFF12(data []byte) (*xliff12Places, error) {
	dec, bom := rawDecoder(data)
	p := &xliff12Places{}
	stack := []scan12Frame{{}}
	for {
		a := int(dec.InputOffset()) + bom
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			return p, nil
		}
		if err != nil {
			return nil, err
		}
		b := int(dec.InputOffset()) + bom
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, p.start(t, stack, data, a, b))
		case xml.EndElement:
			if len(stack) < 2 {
				return nil, fmt.Errorf("byte %d: </%s> closes no element", a, t.Name.Local)
			}
			p.end(stack[len(stack)-1].role, data, a, b)
			stack = stack[:len(stack)-1]
		}
	}
}

// unit is the trans-unit being read.
func (p *xliff12Places) unit() *tuPlace {
	f := &p.files[len(p.files)-1]
	return &f.units[len(f.units)-1]
}

// start reads a start tag at [a, b) whose parents are stack.
func (p *xliff12Places) start(t xml.StartElement, stack []scan12Frame, data []byte, a, b int) scan12Frame {
	parent := stack[len(stack)-1]
	f := scan12Frame{noTranslate: parent.noTranslate}
	name := t.Name.Local
	inFile := slices.ContainsFunc(stack, func(s scan12Frame) bool { return s.role == "file" })
	switch {
	case name == "file" && !inFile:
		f.role = "file"
		p.files = append(p.files, file12Place{open: [2]int{a, b}, trgLang: rawAttr(t, "target-language") != ""})
	case name == "body" && parent.role == "file" && !p.files[len(p.files)-1].bodyTaken:
		f.role = "body"
		p.files[len(p.files)-1].bodyTaken = true
		p.files[len(p.files)-1].body = a
	case name == "header" && parent.role == "file" && p.files[len(p.files)-1].head.open == [2]int{}:
		f.role = "header"
		p.files[len(p.files)-1].head.open = [2]int{a, b}
	case parent.role == "header":
		f.role = "header-child"
		if name == "note" {
			f.role = "header-note"
		}
		h := &p.files[len(p.files)-1].head
		h.lastChild = [2]int{a, b}
		if f.role == "header-note" && isGloseFrom(rawAttr(t, "from")) {
			h.glose = append(h.glose, gloseNote{at: [2]int{a, 0}})
		}
	case name == "group" && (parent.role == "body" || parent.role == "group"):
		f.role = "group"
	case name == "trans-unit" && (parent.role == "body" || parent.role == "group"):
		f.role = "trans-unit"
		fp := &p.files[len(p.files)-1]
		fp.units = append(fp.units, tuPlace{open: [2]int{a, b}})
	case parent.role == "trans-unit":
		f.role = p.unitChild(name, a, b)
		if f.role == "note" && isGloseFrom(rawAttr(t, "from")) {
			p.unit().glose = append(p.unit().glose, gloseNote{at: [2]int{a, 0}})
		}
	case name == "mrk" && parent.role == "seg-source" && rawAttr(t, "mtype") == "seg":
		f.role = "seg-mrk"
		u := p.unit()
		u.segs = append(u.segs, seg12{mid: rawAttr(t, "mid"), at: [2]int{a, b}, name: tagName(data[a:b])})
	case name == "mrk" && parent.role == "target" && rawAttr(t, "mtype") == "seg":
		f.role = "target-mrk"
		u := p.unit()
		u.targetSegs = append(u.targetSegs, [2]int{b, b})
		u.targetMids = append(u.targetMids, rawAttr(t, "mid"))
		u.targetMrks = append(u.targetMrks, [2]int{a, b})
	case name == "seg" && parent.role == "seg-defs":
		p.unit().sdlSegs = append(p.unit().sdlSegs, sdlSeg{id: rawAttr(t, "id"), at: [2]int{a, b}})
	case slices.Contains(codes12, name):
		p.code(stack)
	}
	if f.role == "file" || f.role == "group" || f.role == "trans-unit" {
		if v := rawAttr(t, "translate"); v != "" {
			f.noTranslate = v == "no"
		}
		if f.role == "trans-unit" {
			p.unit().noTranslate = f.noTranslate
		}
	}
	return f
}

// unitChild reads a child of a trans-unit, returning its role.
func (p *xliff12Places) unitChild(name string, a, b int) string {
	u := p.unit()
	switch {
	case name == "source" && u.source == [2]int{}:
		u.source[0] = a
		return "source"
	case name == "seg-source" && u.segSource == [2]int{}:
		u.segSource[0], u.segSrcInner[0] = a, b
		return "seg-source"
	case name == "target" && !u.hasTarget:
		u.hasTarget = true
		u.target = [4]int{a, b, b, b}
		return "target"
	case name == "note":
		return "note"
	case name == "seg-defs":
		return "seg-defs"
	}
	return ""
}

// code notes an inline code in the texts of the trans-unit being read.
func (p *xliff12Places) code(stack []scan12Frame) {
	for i := len(stack) - 1; i > 0; i-- {
		switch stack[i].role {
		case "seg-mrk":
			u := p.unit()
			u.segs[len(u.segs)-1].codes = true
			return
		case "source":
			p.unit().srcCodes = true
			return
		case "target", "target-mrk":
			p.unit().tgtCodes = true
			return
		case "trans-unit", "seg-source":
			return
		}
	}
}

// end reads the end tag at [a, b) of an element of role.
func (p *xliff12Places) end(role string, data []byte, a, b int) {
	switch role {
	case "source":
		p.unit().source[1] = b
	case "seg-source":
		u := p.unit()
		u.segSource[1], u.segSrcInner[1] = b, a
	case "target":
		u := p.unit()
		u.target[2], u.target[3] = a, b
	case "note":
		u := p.unit()
		u.lastNote = b
		if k := len(u.glose) - 1; k >= 0 && u.glose[k].at[1] == 0 {
			endGloseNote(u.glose, data, u.glose[k].at[0], b, "annotates")
		}
	case "header-child", "header-note":
		h := &p.files[len(p.files)-1].head
		h.lastChild[1] = b
		if role == "header-note" {
			h.lastNote = h.lastChild
			if k := len(h.glose) - 1; k >= 0 && h.glose[k].at[1] == 0 {
				endGloseNote(h.glose, data, h.glose[k].at[0], b, "annotates")
			}
		}
	case "seg-mrk":
		u := p.unit()
		u.segs[len(u.segs)-1].at[1] = b
	case "target-mrk":
		u := p.unit()
		u.targetSegs[len(u.targetSegs)-1][1] = a
		u.targetMrks[len(u.targetMrks)-1][1] = b
	}
}
