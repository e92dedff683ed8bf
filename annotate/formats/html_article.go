package formats

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mainElement is the article: the <article> (of several, the one that holds most of their text, or,
// when none does, as the entries of a live blog, the element holding the most of them), else <main>,
// else the element with the most paragraph text among its children.
func mainElement(root *html.Node) *html.Node {
	if arts := articles(root); len(arts) > 0 {
		return mainArticle(arts)
	}
	for _, a := range []atom.Atom{atom.Article, atom.Main} {
		if n := find(root, a); n != nil {
			return n
		}
	}
	return largestBlock(root)
}

// articles are the <article> elements outside the page's furniture and outside another <article>.
func articles(n *html.Node) []*html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Article {
		return []*html.Node{n}
	}
	if n.Type == html.ElementNode && droppedNode(n) {
		return nil
	}
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, articles(c)...)
	}
	return out
}

// mainArticle is the article that holds two thirds of the articles' text or more (a teaser of another
// article is short), else the parent whose articles hold the most text, as a live blog's entries.
func mainArticle(arts []*html.Node) *html.Node {
	total, best, bestLen := 0, arts[0], -1
	byParent := map[*html.Node]int{}
	for _, a := range arts {
		l := len(collapse(nodeText(a)))
		total += l
		byParent[a.Parent] += l
		if l > bestLen {
			best, bestLen = a, l
		}
	}
	if 3*bestLen >= 2*total {
		return best
	}
	parent := arts[0].Parent
	for _, a := range arts { // the first of the parents holding most, in the page's order
		if byParent[a.Parent] > byParent[parent] {
			parent = a.Parent
		}
	}
	return parent
}

func largestBlock(root *html.Node) *html.Node {
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

// standfirstWords are class and id words of the standfirst (chapô) and subheadline that a news page
// puts between its headline and the article's body.
var standfirstWords = map[string]bool{
	"chapo": true, "chapeau": true, "desc": true, "description": true, "lead": true, "lede": true,
	"standfirst": true, "intro": true, "summary": true, "subtitle": true, "subheadline": true,
	"excerpt": true, "accroche": true, "surtitre": true, "kicker": true,
}

// standfirst appends the paragraphs of the standfirst that stands between the headline h1 and the
// article main when the headline is outside it (in the article's <header>, as Le Monde lays its pages
// out); the bylines, dates and reading times beside it are left out.
func standfirst(h1, main *html.Node, paras *[]string, headings map[int]bool) {
	if h1 == nil || contains(main, h1) || contains(h1, main) || inPageFurniture(h1) {
		return
	}
	for _, n := range between(h1, main) {
		walkStandfirst(n, paras, headings)
	}
}

func walkStandfirst(n *html.Node, paras *[]string, headings map[int]bool) {
	if n.Type != html.ElementNode || droppedNode(n) && n.DataAtom != atom.Header {
		return
	}
	for _, a := range n.Attr {
		if k := strings.ToLower(a.Key); k == "class" || k == "id" {
			for _, w := range attrWords(a.Val) {
				if standfirstWords[w] {
					start := len(*paras)
					collectBlocks(n, paras, headings)
					for i := start; i < len(*paras); i++ {
						headings[i] = false // a standfirst is sentences, however short
					}
					return
				}
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkStandfirst(c, paras, headings)
	}
}

// between lists the nodes that come after from (and its descendants) and before to in the document.
func between(from, to *html.Node) []*html.Node {
	var out []*html.Node
	for n := from; n != nil; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if s == to || contains(s, to) {
				return before(s, to, out)
			}
			out = append(out, s)
		}
	}
	return out
}

// before appends the descendants of n that come before to, n's descendant, in the document.
func before(n, to *html.Node, out []*html.Node) []*html.Node {
	for c := n.FirstChild; c != nil && c != to; c = c.NextSibling {
		if contains(c, to) {
			return before(c, to, out)
		}
		out = append(out, c)
	}
	return out
}

// contains reports whether n is a or one of its ancestors.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// inPageFurniture reports a node inside the page's navigation or its banner (a <header> outside
// <main>, <article> and <section>): a site's name in an <h1> is no headline with a standfirst after it.
func inPageFurniture(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		if p.DataAtom == atom.Nav || boilerplate(p) {
			return true
		}
		if p.DataAtom == atom.Header {
			for a := p.Parent; a != nil; a = a.Parent {
				if a.DataAtom == atom.Main || a.DataAtom == atom.Article || a.DataAtom == atom.Section {
					return false
				}
			}
			return true
		}
	}
	return false
}
