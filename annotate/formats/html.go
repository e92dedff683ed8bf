package formats

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
	"github.com/glose-app/glose/annotate/plaintext"
)

func htmlFormat() Format {
	return Format{
		Name: "html", Title: "HTML article (import)", Extensions: []string{".html", ".htm"},
		Offsets:     "none",
		Description: "import only: the article's main text (<article>, <main> or the largest block of paragraphs), headings, paragraphs and figure captions kept; scripts, navigation, headers, footers, asides, images, breadcrumbs, share buttons and related links dropped",
		read:        readHTML,
	}
}

// dropped reports elements whose content is never article text.
func dropped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Noscript, atom.Form,
		atom.Template, atom.Iframe, atom.Svg, atom.Button, atom.Select, atom.Figure:
		return true
	}
	return false
}

// block reports elements that make a paragraph of their own.
func block(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote, atom.Pre, atom.Dd, atom.Dt, atom.Td, atom.Th:
		return true
	}
	return false
}

func heading(a atom.Atom) bool {
	return a == atom.H1 || a == atom.H2 || a == atom.H3 || a == atom.H4 || a == atom.H5 || a == atom.H6
}

func readHTML(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	t, err := htmlText(name, data)
	if err != nil {
		return nil, nil, err
	}
	if _, err := annotate.NormalizeDecoded(name, t); err != nil {
		return nil, nil, err
	}
	root, err := html.Parse(bytes.NewReader(t.Data))
	if err != nil {
		return nil, nil, readErr(ErrHTMLParse, nil, "%s: parsing HTML: %w", name, err)
	}
	main := mainElement(root)
	if main == nil {
		return nil, nil, readErr(ErrHTMLNoArticle, nil, "%s: no article text found (no <article>, <main> or paragraphs)", name)
	}
	var paras []string
	headings := map[int]bool{}
	collectBlocks(main, &paras, headings)
	title := firstText(root, atom.H1)
	if title == "" {
		title = firstText(root, atom.Title)
	}
	if len(paras) == 0 {
		return nil, nil, readErr(ErrHTMLNoText, nil, "%s: the main element holds no text", name)
	}
	if title != "" && !slices.Contains(paras, title) {
		paras = append([]string{title}, paras...)
		shifted := map[int]bool{0: true}
		for k, h := range headings {
			shifted[k+1] = h
		}
		headings = shifted
	}
	joined := []byte(strings.Join(paras, "\n\n"))
	if at, r := annotate.ControlChar(joined); at >= 0 {
		return nil, nil, controlRefError(name, t, r)
	}
	text, err := annotate.NormalizeInput(name, joined)
	if err != nil {
		return nil, nil, err
	}
	d := plaintext.Build(name, text, headings, plaintext.Options{SourceLang: opts.SourceLang, TargetLang: opts.TargetLang})
	if title != "" {
		d.Title = title
	}
	return []*annotate.Document{d}, nil, nil
}

// mainElement is <article>, else <main>, else the element with the most paragraph text among its children.
func mainElement(root *html.Node) *html.Node {
	for _, a := range []atom.Atom{atom.Article, atom.Main} {
		if n := find(root, a); n != nil {
			return n
		}
	}
	var best *html.Node
	bestLen := 0
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && droppedNode(n) {
			return
		}
		total := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.P {
				total += len(strings.TrimSpace(nodeText(c)))
			}
		}
		if total > bestLen {
			best, bestLen = n, total
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	if best == nil {
		return find(root, atom.Body)
	}
	return best
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

func firstText(root *html.Node, a atom.Atom) string {
	if n := find(root, a); n != nil {
		return collapse(nodeText(n))
	}
	return ""
}

// collectBlocks appends the text of each block element under n (loose text between blocks makes a
// paragraph too), marking headings.
func collectBlocks(n *html.Node, paras *[]string, headings map[int]bool) {
	var loose strings.Builder
	flush := func() {
		if t := collapse(loose.String()); t != "" {
			*paras = append(*paras, t)
		}
		loose.Reset()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			loose.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom == atom.Figure && !boilerplate(c):
			flush()
			collectCaptions(c, paras)
		case c.Type != html.ElementNode || droppedNode(c):
		case block(c.DataAtom) && !hasBlock(c):
			flush()
			if t := collapse(nodeText(c)); t != "" {
				if heading(c.DataAtom) || c.DataAtom == atom.Li {
					headings[len(*paras)] = c.DataAtom != atom.Li // a list item is no heading
				}
				*paras = append(*paras, t)
			}
		case c.DataAtom == atom.Br:
			loose.WriteString(" ")
		case hasBlock(c) || c.DataAtom == atom.Div || c.DataAtom == atom.Section:
			flush()
			collectBlocks(c, paras, headings)
		default:
			loose.WriteString(nodeText(c))
		}
	}
	flush()
}

func hasBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (block(c.DataAtom) || c.DataAtom == atom.Div || hasBlock(c)) {
			return true
		}
	}
	return false
}

// nodeText is the text under n, without dropped elements.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && droppedNode(n):
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteString(" ")
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// collapse turns runs of HTML layout whitespace into one space; non-breaking spaces, which French
// typography puts before « » ; : ! ?, are text and stay.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
	}), " ")
}

// htmlText decodes a page as a browser would: a byte-order mark first, then the charset a <meta> in
// the first 1024 bytes declares (looked up in the WHATWG table, golang.org/x/text/encoding/htmlindex);
// a page that declares nothing must be UTF-8.
func htmlText(name string, data []byte) (*infile.Text, error) {
	if bytes.HasPrefix(data, []byte("\uFEFF")) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return infile.UTF8(name, data)
	}
	label := metaCharset(data[:min(len(data), 1024)])
	if label == "" {
		return infile.UTF8(name, data)
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, &infile.Error{File: name, Offset: -1, Msg: fmt.Sprintf("the page declares charset %q, which Glose does not know; convert it to UTF-8 (e.g. iconv -f %s -t utf-8) and declare <meta charset=\"utf-8\">", label, label),
			Code: infile.ErrUnknownCharset, Args: map[string]any{"Charset": label}}
	}
	canonical, _ := htmlindex.Name(enc)
	// A page whose <meta> could be read is not UTF-16, whatever it says (HTML, "prescan").
	if canonical == "utf-8" || strings.HasPrefix(canonical, "utf-16") {
		return infile.UTF8(name, data)
	}
	return infile.DecodeAs(name, data, 0, enc, canonical)
}

// metaCharset returns the charset that a <meta charset> or <meta http-equiv="Content-Type"
// content="...; charset=..."> of head declares, or "".
func metaCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			if tok := z.Token(); tok.DataAtom == atom.Meta {
				if cs := charsetOfMeta(tok.Attr); cs != "" {
					return cs
				}
			}
		}
	}
}

func charsetOfMeta(attrs []html.Attribute) string {
	var content string
	for _, a := range attrs {
		switch strings.ToLower(a.Key) {
		case "charset":
			return strings.TrimSpace(a.Val)
		case "content":
			content = a.Val
		}
	}
	if _, cs, ok := strings.Cut(strings.ToLower(content), "charset="); ok {
		return strings.Trim(strings.TrimSpace(strings.SplitN(cs, ";", 2)[0]), `"'`)
	}
	return ""
}

var charRefRE = regexp.MustCompile(`&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?`)

// controlRefError says where in the page the character reference (&#1;) that put control character r
// into the text is, as a byte offset of the file: the text itself is no place the user can find.
func controlRefError(name string, t *infile.Text, r rune) error {
	for _, m := range charRefRE.FindAllSubmatchIndex(t.Data, -1) {
		digits, base := t.Data[m[4]:max(m[5], m[4])], 10
		if m[2] >= 0 {
			digits, base = t.Data[m[2]:m[3]], 16
		}
		if n, err := strconv.ParseInt(string(digits), base, 32); err == nil && rune(n) == r {
			return &infile.Error{File: name, Line: bytes.Count(t.Data[:m[0]], []byte{'\n'}) + 1, Offset: t.FileOffset(m[0]),
				Msg:  fmt.Sprintf("the character reference %s stands for the control character U+%04X, which no text may hold: remove it from the page", t.Data[m[0]:m[1]], r),
				Code: infile.ErrCharRef, Args: map[string]any{"Ref": string(t.Data[m[0]:m[1]]), "Char": fmt.Sprintf("U+%04X", r)}}
		}
	}
	return &infile.Error{File: name, Offset: -1, Msg: fmt.Sprintf("the page's text holds the control character U+%04X, which no text may hold", r),
		Code: infile.ErrControlChar, Args: map[string]any{"Char": fmt.Sprintf("U+%04X", r)}}
}
