package formats

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
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

// parseXML reads an XML file whose root should be <root> into a tree. It reads UTF-8, UTF-16 with a
// byte-order mark and any encoding the XML declaration names (see infile.XMLDecoder), refuses entity
// declarations (the "billion laughs" attack needs them; encoding/xml would refuse their use anyway) and
// reports errors with the file and line.
func parseXML(name string, data []byte, root string) (*xnode, error) {
	dec := infile.NewXMLDecoder(name, bytes.NewReader(data))
	var t treeBuilder
	top := &xnode{}
	stack := []openElem{{node: top}}
	for {
		line, _ := dec.InputPos()
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, xmlError(name, dec, data, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if len(stack) > maxXMLDepth {
				return nil, readErr(ErrXMLDepth, map[string]any{"Line": line, "Max": maxXMLDepth}, "%s: line %d: elements nested more than %d deep", name, line, maxXMLDepth)
			}
			n := t.node(xnode{Name: tok.Name.Local, Space: tok.Name.Space, Attr: tok.Attr, Line: line})
			t.kids = append(t.kids, n)
			stack = append(stack, openElem{node: n, kids: len(t.kids)})
		case xml.EndElement:
			t.close(stack[len(stack)-1])
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 1 {
				t.kids = append(t.kids, t.node(xnode{Text: string(tok), Line: line}))
			} else if len(bytes.TrimSpace(tok)) > 0 {
				return nil, notXML(name, line, string(tok), root)
			}
		case xml.Directive:
			if bytes.Contains(tok, []byte("ENTITY")) {
				return nil, readErr(ErrXMLEntities, map[string]any{"Line": line}, "%s: line %d: the file declares entities (<!ENTITY ...>): Glose refuses them, since they can expand without bound", name, line)
			}
		}
	}
	if len(stack) != 1 {
		open := stack[len(stack)-1].node
		return nil, readErr(ErrXMLUnclosed, map[string]any{"Element": open.Name, "Opened": open.Line},
			"%s: the XML is cut short: <%s> (line %d) is not closed", name, open.Name, open.Line)
	}
	t.close(stack[0])
	for _, k := range top.Kids {
		if k.Name != "" {
			return k, nil
		}
	}
	return nil, readErr(ErrXMLEmpty, map[string]any{"Root": root}, "%s: the file is empty: expected a <%s> document", name, root)
}

// openElem is an element being parsed, whose children are those of treeBuilder.kids from kids on.
type openElem struct {
	node *xnode
	kids int
}

// treeBuilder allocates the nodes of a tree and their lists of children in blocks, not one by one: a
// large XLIFF file has millions of nodes, and allocating and collecting them one by one took more time
// than reading the XML. The children of the open elements wait in kids until their element closes.
type treeBuilder struct {
	nodes []xnode
	lists []*xnode
	kids  []*xnode
}

// treeBlock is how many nodes, or pointers to children, a block holds.
const treeBlock = 1024

// node returns a pointer to a copy of n in the current block of nodes.
func (t *treeBuilder) node(n xnode) *xnode {
	if len(t.nodes) == cap(t.nodes) {
		t.nodes = make([]xnode, 0, treeBlock)
	}
	t.nodes = append(t.nodes, n)
	return &t.nodes[len(t.nodes)-1]
}

// close gives the element e its children, the kids waiting since it opened, in a list of their exact
// length (so that appending to it copies it rather than overwrite the next element's).
func (t *treeBuilder) close(e openElem) {
	kids := t.kids[e.kids:]
	if len(kids) == 0 {
		return
	}
	if len(kids) > cap(t.lists)-len(t.lists) {
		t.lists = make([]*xnode, 0, max(treeBlock, len(kids)))
	}
	k := len(t.lists)
	t.lists = append(t.lists, kids...)
	e.node.Kids = t.lists[k:len(t.lists):len(t.lists)]
	clear(kids)
	t.kids = t.kids[:e.kids]
}

// notXML says that a file read as XML starts with text, not markup: most often a text file given to
// --from xliff or --from tmx.
func notXML(name string, line int, text, root string) error {
	trimmed := strings.TrimLeft(text, " \t\r\n")
	line += strings.Count(text[:len(text)-len(trimmed)], "\n")
	text = strings.TrimSpace(trimmed)
	if first, _, ok := strings.Cut(text, "\n"); ok {
		text = first
	}
	text = annotate.Shorten(text, 40)
	return readErr(ErrNotXML, map[string]any{"Line": line, "Text": text, "Root": root},
		"%s: line %d: not XML: the file starts with text (%q), not with a <%s> element; is it the file you meant, or another format (--from)?", name, line, text, root)
}

func xmlError(name string, dec *infile.XMLDecoder, data []byte, err error) error {
	if e := dec.Explain(err, data); e != err {
		return e
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		if strings.Contains(se.Msg, "unexpected EOF") {
			return readErr(ErrXMLCutShort, map[string]any{"Line": se.Line}, "%s: line %d: the XML is cut short (%s)", name, se.Line, se.Msg)
		}
		args := xmlProblem(se.Msg)
		args["Line"] = se.Line
		if col := charColumn(data, se.Line, dec.InputOffset()); col > 0 {
			args["Column"] = col // where the parser stopped: just after the fault
		}
		return readErr(ErrXMLSyntax, args, "%s: line %d: invalid XML: %s", name, se.Line, se.Msg)
	}
	line, col := dec.InputPos()
	args := xmlProblem(err.Error())
	args["Line"], args["Column"] = line, col
	return readErr(ErrXMLSyntax, args, "%s: line %d, column %d: invalid XML: %w", name, line, col, err)
}

// charColumn is the column, in characters from 1, of byte off of data, which should be on line;
// 0 when it is not, as when the parser read the file converted from another encoding.
func charColumn(data []byte, line int, off int64) int {
	if off < 0 || off > int64(len(data)) || bytes.Count(data[:off], []byte{'\n'}) != line-1 || !utf8.Valid(data[:off]) {
		return 0
	}
	before := data[:off]
	return utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
}

// xmlProblems are the faults of encoding/xml's syntax errors that a program can say in its own words,
// by ErrXMLSyntax's Problem, with the names their message gives (Element, Closer, Name, Entity, Char).
var xmlProblems = []struct {
	re      *regexp.Regexp
	problem string
	keys    []string
}{
	{regexp.MustCompile(`^element <([^>]*)> closed by </([^>]*)>$`), "mismatch", []string{"Element", "Closer"}},
	{regexp.MustCompile(`^element <([^>]*)> in space \S* closed by </([^>]*)> in space`), "mismatch", []string{"Element", "Closer"}},
	{regexp.MustCompile(`^unexpected end element </([^>]*)>$`), "unexpected-end", []string{"Closer"}},
	{regexp.MustCompile(`^invalid character entity (\S+)`), "entity", []string{"Entity"}},
	{regexp.MustCompile(`^unescaped < inside quoted string$`), "lt-in-value", nil},
	{regexp.MustCompile(`^(?:expected attribute name|attribute name without =|unquoted or missing attribute value) in element$`), "attribute", nil},
	{regexp.MustCompile(`^expected element name after <$`), "lt", nil},
	{regexp.MustCompile(`^invalid XML name: (.*)$`), "name", []string{"Name"}},
	{regexp.MustCompile(`^illegal character code (U\+[0-9A-F]+)$`), "char", []string{"Char"}},
}

// xmlProblem returns ErrXMLSyntax's Args for the parser's message msg: Detail, msg itself, always;
// Problem and the names it gives when msg is one of xmlProblems.
func xmlProblem(msg string) map[string]any {
	args := map[string]any{"Detail": msg, "Problem": ""}
	for _, p := range xmlProblems {
		if m := p.re.FindStringSubmatch(msg); m != nil {
			args["Problem"] = p.problem
			for i, k := range p.keys {
				args[k] = m[i+1]
			}
			break
		}
	}
	return args
}

// attr returns the value of the attribute with the given local name: of no namespace when the element
// has one, else of any namespace (xml:lang, its:taClassRef) unless space is set.
func (n *xnode) attr(local string, space ...string) string {
	if len(space) == 0 { // the element's own attribute first: MateCat writes its:version="2.0" before version="1.2"
		for _, a := range n.Attr {
			if a.Name.Local == local && a.Name.Space == "" {
				return a.Value
			}
		}
	}
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
