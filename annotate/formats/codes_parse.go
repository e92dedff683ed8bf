package formats

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// Inline codes for merge-back: the codes of a segment's source (or former target) as their raw bytes
// and their places in its text, read as the XLIFF readers read the text (inline.read), so that a new
// target can get them back (codes_place.go).

// icode is an inline code of a content: a code that wraps text (<pc>, <g>) or an element standing
// at one place (<ph/>, <x/>, <sc/>, <ec/>, <bx/>, <ex/>, <bpt>, <ept>, <it>, an empty <pc/>).
type icode struct {
	open, close string // the raw start and end tags of a wrapping code; open is the whole element otherwise
	wrap        bool   // it wraps text: <pc> or <g> with content
	at, end     int    // its content [at, end) in the text (bytes); at == end for the others
	first, last int    // the order of its start and end among the content's codes (tokens)
	parent      int    // the code wrapping it in the target to write (a wrapping code or a pair), or -1
	pair        int    // for the start of a pair (<sc>, <bx>, <bpt>), the index of its end, else -1
	kind, key   string // what pairs a start and an end marker (see pairKey), "" for other codes
	start       bool   // a start marker
	reorder     string // its canReorder (XLIFF 2): "firstNo", "no", or "" (yes)
	ref         string // its dataRef (XLIFF 2), for a code at one place
	brk         bool   // its dataRef stands for a line break in the unit's <originalData> (markBreaks)
}

// inlineCodes is a content's text and codes, codes in the order of their start.
type inlineCodes struct {
	text    string
	codes   []icode
	unknown bool // it holds elements that are no XLIFF inline element, left out
	split   bool // a pair crosses another code's, so that its markers are placed apart
}

// wrapping reports whether the code spans text in the tree: a wrapping code or the start of a pair.
func (c *icode) wrapping() bool { return c.wrap || c.pair >= 0 }

// innerOf is the content of the raw element el: what lies between its start and end tags.
func innerOf(el []byte) []byte {
	end := bytes.IndexByte(el, '>')
	if end < 0 || bytes.HasSuffix(el[:end+1], []byte("/>")) {
		return nil
	}
	last := bytes.LastIndex(el, []byte("</"))
	if last <= end {
		return nil
	}
	return el[end+1 : last]
}

// codeElems are the XLIFF 2 and 1.2 codes copied whole; pc and g wrap text.
var codeElems = map[string]bool{"ph": true, "sc": true, "ec": true, "x": true, "bx": true, "ex": true, "bpt": true, "ept": true, "it": true}

// parseCodes reads the inline content raw (the inside of a <source>, <target> or <mrk mtype="seg">).
func parseCodes(raw []byte) (*inlineCodes, error) {
	dec := xml.NewDecoder(bytes.NewReader(raw))
	dec.Strict = false // prefixes are copied as they are, not resolved
	out := &inlineCodes{}
	var text strings.Builder
	type frame struct {
		code    int  // the wrapping code it opened, or -1
		skip    bool // an element whose text the readers do not read
		self    bool // written <pc/>: its end token has no bytes
		capture int  // the start of a code copied whole, or -1
	}
	stack := []frame{}
	order := 0
	for {
		a := int(dec.InputOffset())
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		b := int(dec.InputOffset())
		inSkip := len(stack) > 0 && (stack[len(stack)-1].skip || stack[len(stack)-1].capture >= 0)
		switch t := tok.(type) {
		case xml.StartElement:
			f := frame{code: -1, capture: -1, self: bytes.HasSuffix(raw[a:b], []byte("/>"))}
			name := t.Name.Local
			switch {
			case inSkip:
				f.skip = true
			case (name == "pc" || name == "g") && !f.self:
				f.code = len(out.codes)
				out.codes = append(out.codes, icode{open: string(raw[a:b]), wrap: true, at: text.Len(), first: order, parent: -1, pair: -1, reorder: reorderOf(t)})
				order++
			case name == "pc" || name == "g" || codeElems[name]:
				f.capture = a
			case name == "cp":
				if r, err := strconv.ParseInt(rawAttr(t, "hex"), 16, 32); err == nil {
					text.WriteRune(rune(r))
				}
				f.skip = true
			case name == "mrk" || name == "hi":
			case name == "sm" || name == "em":
				f.skip = true
			default:
				f.skip, out.unknown = true, true
			}
			stack = append(stack, f)
			if f.capture >= 0 && f.self {
				out.codes = append(out.codes, standalone(raw[a:b], t, text.Len(), order))
				order++
				stack[len(stack)-1].capture = -1
				stack[len(stack)-1].skip = true
			} else if f.capture >= 0 {
				stack[len(stack)-1].code = len(out.codes)
				out.codes = append(out.codes, standalone(nil, t, text.Len(), order))
				order++
			}
		case xml.EndElement:
			if len(stack) == 0 {
				return nil, errors.New("an end tag closes no element")
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch {
			case f.capture >= 0:
				out.codes[f.code].open = string(raw[f.capture:b])
			case f.code >= 0:
				c := &out.codes[f.code]
				c.close, c.end, c.last = string(raw[a:b]), text.Len(), order
				order++
			}
		case xml.CharData:
			if !inSkip {
				text.Write(t)
			}
		}
	}
	out.text = text.String()
	out.pairUp()
	return out, nil
}

// standalone is a code copied whole (raw, or filled in at its end tag), at place at of the text.
func standalone(raw []byte, t xml.StartElement, at, order int) icode {
	c := icode{open: string(raw), at: at, end: at, first: order, last: order, parent: -1, pair: -1, reorder: reorderOf(t), ref: rawAttr(t, "dataRef")}
	c.kind, c.key, c.start = markerKey(t)
	return c
}

// pairKey is markerKey of the raw element of a code.
func pairKey(raw string) (kind, key string, start bool) {
	dec := xml.NewDecoder(strings.NewReader(raw))
	dec.Strict = false
	tok, err := dec.RawToken()
	t, ok := tok.(xml.StartElement)
	if err != nil || !ok {
		return "", "", false
	}
	return markerKey(t)
}

// markerKey is what pairs a start marker with its end: sc's id and ec's startRef (XLIFF 2), bx and ex,
// bpt and ept by rid or else id (XLIFF 1.2). A marker said isolated has no pair here.
func markerKey(t xml.StartElement) (kind, key string, start bool) {
	if rawAttr(t, "isolated") == "yes" {
		return "", "", false
	}
	key = rawAttr(t, "rid")
	if key == "" {
		key = rawAttr(t, "id")
	}
	switch t.Name.Local {
	case "sc":
		return "sc", rawAttr(t, "id"), true
	case "ec":
		return "sc", rawAttr(t, "startRef"), false
	case "bx", "bpt":
		return t.Name.Local, key, true
	case "ex":
		return "bx", key, false
	case "ept":
		return "bpt", key, false
	}
	return "", "", false
}

// pairUp pairs the start and end markers met in order, giving each pair the text between them, and
// sets each code's parent: the innermost wrapping code or pair around it. A pair that crosses another
// code's (as <sc>/<ec> may) stays two codes at their places.
func (in *inlineCodes) pairUp() {
	open := map[string]int{}
	for i := range in.codes {
		c := &in.codes[i]
		if c.wrap {
			continue
		}
		kind, key, start := c.kind, c.key, c.start
		if kind == "" || key == "" {
			continue
		}
		if start {
			open[kind+"\x00"+key] = i
			continue
		}
		if j, ok := open[kind+"\x00"+key]; ok {
			delete(open, kind+"\x00"+key)
			s := &in.codes[j]
			s.pair, s.end, s.last = i, c.at, c.first
			if in.crosses(j) {
				s.pair, s.end, s.last = -1, s.at, s.first
				in.split = true
			}
		}
	}
	for i := range in.codes {
		in.codes[i].parent = in.around(i)
	}
}

// crosses reports whether the pair starting at j crosses another wrapping code or pair.
func (in *inlineCodes) crosses(j int) bool {
	s := in.codes[j]
	for i, c := range in.codes {
		if i == j || !c.wrapping() {
			continue
		}
		if c.first < s.first && s.first < c.last && c.last < s.last || s.first < c.first && c.first < s.last && s.last < c.last {
			return true
		}
	}
	return false
}

// around is the innermost wrapping code or pair around code i (its end marker is the pair's own), or -1.
func (in *inlineCodes) around(i int) int {
	c := in.codes[i]
	best := -1
	for j, o := range in.codes {
		if j == i || !o.wrapping() || o.pair == i {
			continue
		}
		if o.first < c.first && c.last < o.last && (best < 0 || o.first > in.codes[best].first) {
			best = j
		}
	}
	return best
}
