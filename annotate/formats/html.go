package formats

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

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
		Description: "import only: the article's main text (<article>, a live blog's entries, <main> or the largest block of paragraphs), standfirst, headings, paragraphs and figure captions kept, bylines and dates as sentences; scripts, navigation, headers, footers, asides, images, breadcrumbs, share buttons, related links, adverts, \"Lire aussi\" boxes and paywall teasers dropped",
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

// neverHeading reports the blocks that are no headings however short: a list item, a quotation (an
// embedded post), a table cell ("Candidat", "52,3 %"), a term or its definition, preformatted text.
func neverHeading(a atom.Atom) bool {
	switch a {
	case atom.Li, atom.Blockquote, atom.Td, atom.Th, atom.Dt, atom.Dd, atom.Pre:
		return true
	}
	return false
}

func heading(a atom.Atom) bool {
	return a == atom.H1 || a == atom.H2 || a == atom.H3 || a == atom.H4 || a == atom.H5 || a == atom.H6
}

func readHTML(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	t, warned, err := htmlText(name, data)
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
	standfirst(find(root, atom.H1), main, &paras, headings)
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
	return []*annotate.Document{d}, warned, nil
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
// paragraph too, and two line breaks in a row end one), marking headings, and the paragraphs that
// are no headings however short: list items, quotations (an embedded post), bylines and dates.
func collectBlocks(n *html.Node, paras *[]string, headings map[int]bool) {
	var loose strings.Builder
	looseByline := false
	add := func(text string, heading, sentence bool) {
		for _, t := range brParagraphs(text) {
			if heading || sentence {
				headings[len(*paras)] = heading && !sentence
			}
			*paras = append(*paras, t)
		}
	}
	flush := func() {
		add(loose.String(), false, looseByline)
		loose.Reset()
		looseByline = false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			loose.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom == atom.Figure && !boilerplate(c):
			flush()
			collectCaptions(c, paras)
		case c.Type != html.ElementNode || droppedNode(c) || insertedText(c):
		case block(c.DataAtom) && !hasBlock(c):
			flush()
			add(nodeText(c), heading(c.DataAtom), neverHeading(c.DataAtom) || bylineNode(c))
		case c.DataAtom == atom.Br:
			loose.WriteString(brMark)
		case hasBlock(c) || c.DataAtom == atom.Div || c.DataAtom == atom.Section:
			flush()
			start := len(*paras)
			collectBlocks(c, paras, headings)
			if c.DataAtom == atom.Blockquote || bylineNode(c) {
				for i := start; i < len(*paras); i++ {
					headings[i] = false
				}
			}
		default:
			looseByline = looseByline || hasByline(c)
			loose.WriteString(nodeText(c))
		}
	}
	flush()
}

// brMark stands for a <br> in the text gathered: one is a space, two in a row end a paragraph, as
// pages that lay out their paragraphs with <br><br> show them.
const brMark = "\u2029"

// brParagraphs cuts text where two line breaks follow each other, collapsing its white space.
func brParagraphs(text string) []string {
	var out []string
	var cur strings.Builder
	parts := strings.Split(text, brMark)
	for i, p := range parts {
		if i > 0 && i+1 < len(parts) && collapse(p) == "" { // between two breaks
			if t := collapse(cur.String()); t != "" {
				out = append(out, t)
			}
			cur.Reset()
			continue
		}
		cur.WriteString(" " + p)
	}
	if t := collapse(cur.String()); t != "" {
		out = append(out, t)
	}
	return out
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
			b.WriteString(brMark)
		case n.Type == html.ElementNode && n.DataAtom == atom.Q:
			open, closing := quoteMarks(n)
			b.WriteString(open)
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			b.WriteString(closing)
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// collapse turns runs of HTML layout whitespace into one space and drops the characters a browser
// does not show (invisible); non-breaking spaces, which French
// typography puts before « » ; : ! ?, are text and stay.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(invisible.Replace(s), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u2029'
	}), " ")
}

// htmlText decodes a page as a browser would: a byte-order mark first, then the charset a <meta> in
// the first 1024 bytes declares (looked up in the WHATWG table, golang.org/x/text/encoding/htmlindex);
// a page that declares nothing must be UTF-8. A page whose bytes are UTF-8 with letters beyond ASCII
// is read as UTF-8 whatever it declares, with a warning: a CMS that saves UTF-8 under an old
// <meta charset="windows-1252"> is common, and such a page read as declared would give "Ã©" for every
// "é", while text in a one-byte charset is almost never valid UTF-8.
func htmlText(name string, data []byte) (*infile.Text, []Warning, error) {
	if bytes.HasPrefix(data, []byte("\uFEFF")) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		t, err := infile.UTF8(name, data)
		return t, nil, err
	}
	label := metaCharset(data[:min(len(data), 1024)])
	if label == "" {
		t, err := infile.UTF8(name, data)
		return t, nil, err
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, nil, &infile.Error{File: name, Offset: -1, Msg: fmt.Sprintf("the page declares charset %q, which Glose does not know; convert it to UTF-8 (e.g. iconv -f %s -t utf-8) and declare <meta charset=\"utf-8\">", label, label),
			Code: infile.ErrUnknownCharset, Args: map[string]any{"Charset": label}}
	}
	canonical, _ := htmlindex.Name(enc)
	// A page whose <meta> could be read is not UTF-16, whatever it says (HTML, "prescan").
	if canonical == "utf-8" || strings.HasPrefix(canonical, "utf-16") {
		t, err := infile.UTF8(name, data)
		return t, nil, err
	}
	if utf8.Valid(data) && slices.ContainsFunc(data, func(b byte) bool { return b >= utf8.RuneSelf }) {
		t, err := infile.UTF8(name, data)
		var w warnings
		w.say(name, WarnCharsetNotUTF8, map[string]any{"Charset": label},
			"the page declares charset %s, but its bytes are UTF-8: read as UTF-8 (as %s, its accented letters would read \"Ã©\")", label, label)
		return t, w, err
	}
	t, err := infile.DecodeAs(name, data, 0, enc, canonical)
	return t, nil, err
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
