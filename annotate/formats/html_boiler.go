package formats

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerWords are class and id words of a news page's furniture inside the article: breadcrumbs,
// share buttons, related links, newsletter boxes, tag lists, comments, advertising (in English and
// French, as French sites name them).
var boilerWords = map[string]bool{
	"breadcrumb": true, "breadcrumbs": true, "ariane": true, "share": true, "sharing": true,
	"partage": true, "partager": true, "social": true, "related": true, "newsletter": true,
	"cookie": true, "cookies": true, "subscribe": true, "abonnement": true, "comments": true,
	"commentaires": true, "advert": true, "advertisement": true, "ad": true, "ads": true, "pub": true,
	"publicite": true, "promo": true, "tags": true, "keywords": true,
}

// contentWords mark a container of the text itself, which a boilerplate word beside them does
// not drop ("article-body share-enabled").
var contentWords = map[string]bool{
	"article": true, "body": true, "content": true, "main": true, "story": true, "text": true,
	"entry": true, "post": true, "chapo": true,
}

// boilerRoles are ARIA landmark roles that are never the article's text.
var boilerRoles = map[string]bool{"navigation": true, "banner": true, "contentinfo": true, "complementary": true}

// droppedNode reports an element whose content is not article text: by its tag (dropped; an
// article's own <header> is kept), its ARIA role, or its class and id words (boilerplate), or that
// the browser does not show.
func droppedNode(n *html.Node) bool {
	return dropped(n.DataAtom) && !articleHeader(n) || boilerplate(n) || hiddenNode(n)
}

// boilerplate reports an element that its ARIA role or its class and id words mark as no part of
// the text.
func boilerplate(n *html.Node) bool {
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body {
		return false
	}
	boiler, content := false, false
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "role":
			if boilerRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "class", "id":
			for _, w := range attrWords(a.Val) {
				boiler = boiler || boilerWords[w] || furnitureWords[w]
				content = content || contentWords[w]
			}
		}
	}
	return boiler && !content
}

// attrWords splits a class or id value into lower-case words: "c-share__bar fil-ariane" gives c,
// share, bar, fil, ariane.
func attrWords(v string) []string {
	return strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// collectCaptions appends the text of each <figcaption> of figure as a paragraph: a photo's caption
// and credit are part of the article a translator delivers, while the rest of a figure (the image,
// its alt text, a <p> beside the caption) is not.
func collectCaptions(figure *html.Node, paras *[]string) {
	for c := figure.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Figcaption || boilerplate(c) {
			continue
		}
		if t := collapse(nodeText(c)); t != "" {
			*paras = append(*paras, t)
		}
	}
}

// furnitureWords are more class and id words of what a news page inserts in the text: advertising
// slots and recommendation widgets, and the paywall.
var furnitureWords = map[string]bool{
	"outbrain": true, "taboola": true, "dfp": true, "inread": true, "sponsored": true, "sponso": true,
	"sponsorise": true, "paywall": true, "adsbygoogle": true,
}

// readAlsoRE starts a link to another article that a page inserts between paragraphs ("Lire aussi",
// "À lire aussi :", "Voir aussi").
var readAlsoRE = regexp.MustCompile(`^(?:(?:[ÀàAa] )?(?:(?:[Ll]ire|LIRE|[Vv]oir|VOIR|[ÉéEe]couter|[Rr]elire) (?:aussi|AUSSI|également|ÉGALEMENT)|[Dd]écouvrir)|[Ss]ur le même sujet)\b`)

// paywallRE is the teaser of a paywall: what is left to read, for subscribers.
var paywallRE = regexp.MustCompile(`^(?i:il vous reste \d[\d.,]* ?% de (?:cet |l['’])article|(?:cet article|la suite(?: de cet article)?|ce contenu) est réservée? (?:aux|à nos) abonnés)`)

// insertedText reports an element that is a "read also" link (its text mostly the link's) or a
// paywall's teaser, which the page inserts in the article and no translator delivers.
func insertedText(n *html.Node) bool {
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body {
		return false
	}
	t, ok := shortText(n, 400)
	if !ok {
		return false
	}
	head := t[:min(len(t), 80)] // both match at the start: no need to look further
	if paywallRE.MatchString(head) {
		return true
	}
	m := readAlsoRE.FindStringIndex(head)
	return m != nil && 2*len(collapse(linkText(n))) >= len(strings.TrimSpace(t[m[1]:]))
}

// linkText is the text of the links under n.
func linkText(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return nodeText(n)
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(linkText(c) + " ")
	}
	return b.String()
}

// bylineWords are class, id, rel and itemprop words of an article's byline and dates.
var bylineWords = map[string]bool{
	"author": true, "authors": true, "auteur": true, "auteurs": true, "byline": true, "signature": true,
	"signataire": true, "date": true, "datepublished": true, "datemodified": true, "published": true,
	"publication": true, "updated": true, "dateline": true,
}

// bylineNode reports a short element that holds an author's name or a date: a byline ("Par Jean
// Dupont"), a publication date, a live blog entry's time, which are sentences and no headings
// however short.
func bylineNode(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	marked := n.DataAtom == atom.Time || n.DataAtom == atom.Address
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "class", "id", "rel", "itemprop":
			for _, w := range attrWords(a.Val) {
				marked = marked || bylineWords[w]
			}
		}
	}
	if !marked {
		return false
	}
	_, short := shortText(n, 200)
	return short
}

// shortText is the collapsed text under n when it is at most limit bytes long (ok), read no further
// than needed to tell: the checks of every element of a long page stay linear.
func shortText(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return b.Len() <= 4*limit
		case n.Type == html.ElementNode && droppedNode(n):
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteString(" ")
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	if !walk(n) {
		return "", false
	}
	t := collapse(b.String())
	return t, len(t) <= limit
}

// hasByline reports whether n or an element under it is a byline.
func hasByline(n *html.Node) bool {
	if bylineNode(n) {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasByline(c) {
			return true
		}
	}
	return false
}
