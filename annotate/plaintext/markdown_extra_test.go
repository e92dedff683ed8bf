package plaintext

import "testing"

// TestStripMarkdownAsWritten: Markdown as blogs, Pandoc and static site generators write it: the
// front matter and HTML comments no reader sees are left out, character references are the
// characters they stand for (French no-break spaces written &nbsp; and &#8239;; not in a code span,
// nor one that would be a control character), and footnotes read
// as the Word import writes them, "[1]" where the text calls them and "[1] …" where they stand.
func TestStripMarkdownAsWritten(t *testing.T) {
	md := "---\ntitle: \"Grève\"\nauthor: Jean Dupont\n---\n\n# Grève à la SNCF\n\n<!-- à vérifier :\nles chiffres -->\n\n" +
		"«&nbsp;Nous irons jusqu’au bout&nbsp;», a dit Laurent Brun&#8239;; AT&T &amp; co&#1; `&lt;code&gt;`.[^1]\n\n" +
		"Fin<!-- x -->.\n\n[^1]: Source : AFP.\n"
	got, headings := StripMarkdown(md)
	want := "Grève à la SNCF\n\n«\u00a0Nous irons jusqu’au bout\u00a0», a dit Laurent Brun\u202f; AT&T & co&#1; &lt;code&gt;.[1]\n\nFin.\n\n[1] Source : AFP."
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if !headings[0] || len(headings) != 1 {
		t.Errorf("headings %v, want the first paragraph alone", headings)
	}
	// A first rule with no closing line is no front matter.
	if got, _ := StripMarkdown("---\n\nTexte."); got != "Texte." {
		t.Errorf("a lone rule: %q", got)
	}
}
