package formats

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// resultsPage is a French results page: a table with a caption and header cells, a definition list
// and preformatted text, with no-break spaces, « », an emoji and a combining accent.
const resultsPage = `<html lang="fr"><head><meta charset="%s"></head><body><article>
<h1>Élections&nbsp;: le «&#160;second tour&#xA0;» en chiffres</h1>
<p>Le scrutin s&rsquo;est tenu dimanche 🗳️.</p>
<table><caption>Résultats nationaux</caption>
<thead><tr><th>Candidat</th><th>Voix</th></tr></thead>
<tbody><tr><td>Émilie Durand</td><td>52,3&nbsp;%</td></tr><tr><td>Zoe&#769; Lefèvre</td><td>47,7&nbsp;%</td></tr></tbody>
</table>
<dl><dt>Abstention</dt><dd>28&nbsp;%</dd></dl>
<pre>Bureau 12</pre>
</article></body></html>`

// TestReadHTMLTableCellsAreNoHeadings: the cells of a table, a definition list's terms and
// definitions and preformatted text are sentences however short, as in Word files; the page's
// headline stays a heading, and every word comes once, in order.
func TestReadHTMLTableCellsAreNoHeadings(t *testing.T) {
	docs, warned, err := Read("resultats.html", []byte(strings.Replace(resultsPage, "%s", "utf-8", 1)), ReadOptions{})
	if err != nil || len(warned) > 0 {
		t.Fatal(err, warned)
	}
	var got []string
	for _, s := range docs[0].Segments {
		got = append(got, s.Kind+":"+docs[0].SourceText(s))
	}
	want := []string{"heading:Élections\u00a0: le «\u00a0second tour\u00a0» en chiffres", "sentence:Le scrutin s’est tenu dimanche 🗳️.",
		"heading:Résultats nationaux", "sentence:Candidat", "sentence:Voix", "sentence:Émilie Durand", "sentence:52,3\u00a0%",
		"sentence:Zoé Lefèvre", "sentence:47,7\u00a0%", "sentence:Abstention", "sentence:28\u00a0%", "sentence:Bureau 12"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("segments\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadHTMLUTF8DeclaredWindows1252: a page saved in UTF-8 under a <meta> that declares
// windows-1252 (or latin-1) is read as UTF-8, its accents right, with a warning naming the charset
// it declares; a page truly in windows-1252 is still read as declared.
func TestReadHTMLUTF8DeclaredWindows1252(t *testing.T) {
	utf8Page := strings.Replace(resultsPage, "%s", "utf-8", 1)
	want := importText(t, "resultats.html", utf8Page).Text
	for _, label := range []string{"windows-1252", "ISO-8859-1"} {
		docs, warned, err := Read("resultats.html", []byte(strings.Replace(resultsPage, "%s", label, 1)), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if docs[0].Text != want {
			t.Errorf("%s: got %q, want %q", label, docs[0].Text, want)
		}
		if len(warned) != 1 || warned[0].Code != WarnCharsetNotUTF8 || warned[0].Args["Charset"] != label {
			t.Errorf("%s: warnings %v, want one naming the charset declared", label, warned)
		}
	}
	latin := encodeAs(t, `<html><head><meta charset="windows-1252"></head><body><article><p>Le café de l’été.</p></article></body></html>`, charmap.Windows1252)
	docs, warned, err := Read("cafe.html", []byte(latin), ReadOptions{})
	if err != nil || len(warned) > 0 || docs[0].Text != "Le café de l’été." {
		t.Errorf("a windows-1252 page: %v %v %q", err, warned, docs[0].Text)
	}
}
