package formats

import (
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

// droppedNode reports an element whose content is not article text: by its tag (dropped), its ARIA
// role, or its class and id words (boilerplate).
func droppedNode(n *html.Node) bool {
	return dropped(n.DataAtom) || boilerplate(n)
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
				boiler = boiler || boilerWords[w]
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
