package formats

import (
	"strings"
	"testing"

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
