package formats

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// xnode is an element or a text node of a parsed XML file (text nodes have an empty Name).
type xnode struct {
	Name  string // local name
	Attr  []xml.Attr
	Kids  []*xnode
	Text  string
	Line  int
	Space string // namespace URL
}

// maxXMLDepth bounds element nesting, so that a hostile file cannot exhaust the stack or memory.
const maxXMLDepth = 256

// parseXML reads an XML file into a tree. It refuses entity declarations (the "billion laughs" attack
// needs them; encoding/xml would refuse their use anyway) and reports errors with the file and line.
func parseXML(name string, data []byte) (*xnode, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	root := &xnode{}
	stack := []*xnode{root}
	for {
		line, _ := dec.InputPos()
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, xmlError(name, dec, err)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > maxXMLDepth {
				return nil, fmt.Errorf("%s: line %d: elements nested more than %d deep", name, line, maxXMLDepth)
			}
			n := &xnode{Name: t.Name.Local, Space: t.Name.Space, Attr: t.Attr, Line: line}
			top.Kids = append(top.Kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 1 {
				top.Kids = append(top.Kids, &xnode{Text: string(t), Line: line})
			}
		case xml.Directive:
			if bytes.Contains(t, []byte("ENTITY")) {
				return nil, fmt.Errorf("%s: line %d: the file declares entities (<!ENTITY ...>): Glose refuses them, since they can expand without bound", name, line)
			}
		}
	}
	if len(stack) != 1 {
		return nil, fmt.Errorf("%s: the XML is cut short: <%s> (line %d) is not closed", name, stack[len(stack)-1].Name, stack[len(stack)-1].Line)
	}
	for _, k := range root.Kids {
		if k.Name != "" {
			return k, nil
		}
	}
	return nil, fmt.Errorf("%s: no XML element (the file is empty)", name)
}

func xmlError(name string, dec *xml.Decoder, err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		if strings.Contains(se.Msg, "unexpected EOF") {
			return fmt.Errorf("%s: line %d: the XML is cut short (%s)", name, se.Line, se.Msg)
		}
		return fmt.Errorf("%s: line %d: invalid XML: %s", name, se.Line, se.Msg)
	}
	line, col := dec.InputPos()
	return fmt.Errorf("%s: line %d, column %d: invalid XML: %w", name, line, col, err)
}

// attr returns the value of the attribute with the given local name (any namespace unless space is set).
func (n *xnode) attr(local string, space ...string) string {
	for _, a := range n.Attr {
		if a.Name.Local == local && (len(space) == 0 || a.Name.Space == space[0]) {
			return a.Value
		}
	}
	return ""
}

// child returns the first child element called local, or nil.
func (n *xnode) child(local string) *xnode {
	for _, k := range n.Kids {
		if k.Name == local {
			return k
		}
	}
	return nil
}

// walk calls f for n's descendant elements called local, not looking inside those it finds.
func (n *xnode) walk(local string, f func(*xnode) error) error {
	for _, k := range n.Kids {
		if k.Name == local {
			if err := f(k); err != nil {
				return err
			}
		} else if k.Name != "" {
			if err := k.walk(local, f); err != nil {
				return err
			}
		}
	}
	return nil
}
