package formats

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

func htmlFormat() Format {
	return Format{
		Name: "html", Title: "HTML article (import)", Extensions: []string{".html", ".htm"},
		Offsets:     "none",
		Description: "import only: the article's main text (<article>, <main> or the largest block of paragraphs), headings and paragraphs kept; scripts, navigation, headers, footers and asides dropped",
		read:        readHTML,
	}
}

// dropped reports elements whose content is never article text.
func dropped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Noscript, atom.Form,
		atom.Template, atom.Iframe, atom.Svg, atom.Button, atom.Select, atom.Figure, atom.Figcaption:
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
	if _, err := annotate.NormalizeInput(name, data); err != nil {
		return nil, nil, err
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: parsing HTML: %w", name, err)
	}
	main := mainElement(root)
	if main == nil {
		return nil, nil, fmt.Errorf("%s: no article text found (no <article>, <main> or paragraphs)", name)
	}
	var paras []string
	headings := map[int]bool{}
	collectBlocks(main, &paras, headings)
	title := firstText(root, atom.H1)
	if title == "" {
		title = firstText(root, atom.Title)
	}
	if len(paras) == 0 {
		return nil, nil, fmt.Errorf("%s: the main element holds no text", name)
	}
	if title != "" && paras[0] != title {
		paras = append([]string{title}, paras...)
		shifted := map[int]bool{0: true}
		for k, h := range headings {
			shifted[k+1] = h
		}
		headings = shifted
	}
	text, err := annotate.NormalizeInput(name, []byte(strings.Join(paras, "\n\n")))
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
		if n.Type == html.ElementNode && dropped(n.DataAtom) {
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
		case c.Type != html.ElementNode || dropped(c.DataAtom):
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
		case n.Type == html.ElementNode && dropped(n.DataAtom):
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
