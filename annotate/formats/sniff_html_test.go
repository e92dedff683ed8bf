package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/plaintext"
)

// savedPage is a news page as a browser saves it: a comment naming where from, accents, « », an
// emoji and a combining mark.
const savedPage = "<!DOCTYPE html>\n<!-- saved from url=(0031)https://www.example.fr/zoe -->\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Zoé à Besançon</title></head>\n" +
	"<body><article><h1>Zoé à Besançon</h1><p>«\u00a0Nous irons jusqu’au bout\u00a0», a déclaré <b>Zoé</b> 🎉 au cafe\u0301.</p></article></body></html>\n"

// TestHTMLPageUnderMarkdownName: a whole HTML page saved as page.md (or .markdown) is read as the page
// it is, its text as page.html gives it, not as Markdown showing its tags; after a byte order mark,
// white space, an XML declaration or comments, in any case. Markdown with HTML in it stays Markdown.
func TestHTMLPageUnderMarkdownName(t *testing.T) {
	want := importText(t, "page.html", savedPage)
	for _, c := range []struct{ name, data string }{
		{"page.md", savedPage},
		{"page.markdown", "\uFEFF \r\n" + strings.Replace(savedPage, "<!DOCTYPE html>", "<!doctype HTML>", 1)},
		{"page.MD", strings.Replace(savedPage, "<!DOCTYPE html>\n", "", 1)},
		{"page.mkd", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + strings.Replace(savedPage, "<html lang=\"fr\">", "<HTML xmlns=\"http://www.w3.org/1999/xhtml\">", 1)},
	} {
		d := importText(t, c.name, c.data)
		if d.Text != want.Text || d.Layout.Markdown || strings.Contains(d.Text, "<") {
			t.Errorf("%s: text %q (Markdown %v), want the page's %q", c.name, d.Text, d.Layout.Markdown, want.Text)
		}
	}
	for _, md := range []string{
		"# Zoé à Besançon\n\n<div align=\"center\">«\u00a0Nous irons jusqu’au bout\u00a0» 🎉</div>\n",
		"<table>\n<tr><td>Zoé</td><td>cafe\u0301</td></tr>\n</table>\n\nFin.\n",
		"<!-- brouillon -->\n# Zoé\n\nUne page <html> citée, en *Markdown*.\n",
		"<htmlish>Zoé</htmlish> n’est pas une page.\n",
		"# Exemple\n\n<!DOCTYPE html>\n<html><body>Zoé</body></html>\n",
	} {
		d := importText(t, "note.md", md)
		plain, err := plaintext.Import("note.md", []byte(md), plaintext.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !d.Layout.Markdown || d.Text != plain.Text {
			t.Errorf("%q: text %q (Markdown %v), want Markdown's %q", md, d.Text, d.Layout.Markdown, plain.Text)
		}
	}
}
