package formats

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// srOnlyClasses are the class names of text for screen readers only ("(nouvelle fenêtre)", "Lien
// externe"), which the screen does not show.
var srOnlyClasses = map[string]bool{
	"sr-only": true, "visually-hidden": true, "visuallyhidden": true, "screen-reader-text": true,
	"screen-reader-only": true, "element-invisible": true,
}

// hiddenNode reports an element that a browser does not show: text for screen readers only, or an
// element the hidden attribute, an inline style (display: none, visibility: hidden) or the class
// "hidden" hides, unless it holds paragraphs: the rest of the article, which a "Lire la suite"
// button shows, is text.
func hiddenNode(n *html.Node) bool {
	hidden := false
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			hidden = true
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			hidden = hidden || strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
		case "class":
			for _, c := range strings.Fields(strings.ToLower(a.Val)) {
				if srOnlyClasses[c] {
					return true
				}
				hidden = hidden || c == "hidden" || c == "is-hidden"
			}
		}
	}
	return hidden && find(n, atom.P) == nil
}

// articleHeader reports a <header> inside an <article>: the article's own header (headline,
// standfirst, byline), not the page's.
func articleHeader(n *html.Node) bool {
	if n.DataAtom != atom.Header {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// quoteMarks are the marks a browser puts around a <q>: French guillemets with no-break spaces in a
// French page (or one that says no language), nested ones and other languages' in English quotes.
func quoteMarks(q *html.Node) (string, string) {
	nested := false
	for p := q; p != nil; p = p.Parent {
		if p != q && p.Type == html.ElementNode && p.DataAtom == atom.Q {
			nested = true
		}
		if lang := langOf(p); lang != "" {
			if !nested && (lang == "fr" || strings.HasPrefix(lang, "fr-")) {
				return "«\u00a0", "\u00a0»"
			}
			return "“", "”"
		}
	}
	if nested {
		return "“", "”"
	}
	return "«\u00a0", "\u00a0»"
}

func langOf(n *html.Node) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, "lang") {
			return strings.ToLower(strings.TrimSpace(a.Val))
		}
	}
	return ""
}

// invisible are characters a browser does not show: the soft hyphen (&shy;), which would cut a
// name in two for the recogniser ("Ma&shy;cron"), the zero-width space and the word joiner.
var invisible = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u2060", "", "\ufeff", "")
