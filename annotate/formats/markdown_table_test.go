package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

const tableArticle = "## Résultats\n\nLes chiffres «\u00a0officiels\u00a0» :\n\n" +
	"| Candidat | Parti | Voix (%) |\n|:---------|:-----:|---:|\n" +
	"| Émilie Durand | Les Écologistes | 23,5 |\n" +
	"| | Divers | 3,1 🇫🇷 |\n" +
	"| Zoé \\| Test | | |\n" +
	"| | | |\n\n" +
	"Source : ministère de l'Intérieur.\n"

// TestMarkdownExportTable: a table comes back as a table, each cell's English in its column: the
// delimiter row with its alignment under the header, empty cells and rows with no text where they
// were, a pipe in a cell escaped; read again, it is the same text in the same blocks.
func TestMarkdownExportTable(t *testing.T) {
	d := importText(t, "resultats.md", strings.ReplaceAll(tableArticle, "\n", "\r\n"))
	translateAs(d, func(i int, fr string) string { return fr })
	got := exportTranslation(t, "markdown", d, WriteOptions{})
	if got != strings.ReplaceAll(tableArticle, "\n", "\r\n") {
		t.Errorf("got\n%s\nwant\n%s", got, tableArticle)
	}
	text, _, blocks := plaintext.StripMarkdownLayout(strings.ReplaceAll(got, "\r\n", "\n"))
	if text != d.Text || !equalBlocks(blocks, d.Layout.Blocks) {
		t.Errorf("the export read again:\n got %q %v\nwant %q %v", text, blocks, d.Text, d.Layout.Blocks)
	}
}

// TestMarkdownExportTableEnglish: the translator's English goes in the cells, a pipe typed in it is
// escaped, and a cell left out stays in its row, empty, so that the columns stay in place.
func TestMarkdownExportTableEnglish(t *testing.T) {
	d := importText(t, "a.md", "| Ville | Habitants |\n|---|---|\n| Lyon | 522 000 |\n| Saint-Étienne | 170 000 |\n")
	english := map[string]string{"Ville": "City", "Habitants": "Population | 2021", "Lyon": "Lyon", "170 000": "170,000"}
	translateAs(d, func(_ int, fr string) string { return english[fr] })
	got := exportTranslation(t, "markdown", d, WriteOptions{Untranslated: OmitUntranslated})
	want := "| City | Population \\| 2021 |\n|---|---|\n| Lyon |  |\n|  | 170,000 |\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// FuzzMarkdownRoundTrip: a Markdown article exported with its French as its own translation and
// imported again gives the same segments in the same blocks, when the French holds no inline markup
// characters (the English is written as typed: "`x`" is code) and does not begin with a table whose
// header row has no text (kept after the paragraph before, it has none to go after), nor with U+FEFF
// (written first, it reads again as a byte-order mark).
func FuzzMarkdownRoundTrip(f *testing.F) {
	f.Add(tableArticle)
	f.Add(markdownArticle)
	f.Add("a | b\n-|-\n|c\n\n| | |\n|-|-|\n| x | |\n")
	f.Add("- a\n\n  | Zoé | « b » |\n  |---|---:|\n  | 😀 | 1 |\n\n> x\n>\n> | a |\n> |---|\n> | c |\n\n<table>\n<tr><th>P</th><td>V 🌿</td></tr>\n</table>\n")
	f.Fuzz(func(t *testing.T, md string) {
		docs, _, err := Read("a.md", []byte(md), ReadOptions{})
		if err != nil || len(docs[0].Segments) == 0 || strings.ContainsAny(docs[0].Text, "\\`*_[]<>&") || strings.HasPrefix(docs[0].Text, "\ufeff") {
			return
		}
		d := docs[0]
		if b := d.Layout.Block(0); b.Cell() && b.Tight {
			return
		}
		translateAs(d, func(_ int, fr string) string { return fr })
		files, _, err := Write("markdown", []*annotate.Document{d}, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		back, _, err := Read("a.md", files[0].Data, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := frenchLines(back[0]), frenchLines(d); got != want || !equalBlocks(back[0].Layout.Blocks, d.Layout.Blocks) {
			t.Errorf("%q exported as %q, read again:\n got %q %v\nwant %q %v", md, files[0].Data, got, back[0].Layout.Blocks, want, d.Layout.Blocks)
		}
	})
}

// frenchLines is the French of d's segments, trimmed as the export writes them, one a line.
func frenchLines(d *annotate.Document) string {
	var b strings.Builder
	for _, s := range d.Segments {
		b.WriteString(strings.TrimSpace(d.SourceText(s)) + "\n")
	}
	return b.String()
}
