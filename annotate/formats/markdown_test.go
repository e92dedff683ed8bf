package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

const markdownArticle = "# Réforme des retraites\u00a0: le «\u00a0oui\u00a0» du Sénat\n\n" +
	"PARIS, 12 mars (AFP) - Le Sénat a voté la réforme. Le texte *revient* à l'Assemblée.\n" +
	"Une seconde ligne du même paragraphe.\n\n" +
	"Ce qui change\n-------------\n\n" +
	"- l'âge légal passe à 64 ans\u00a0;\n" +
	"- la durée de cotisation s'allonge 😐.\n" +
	"  - même pour les carrières longues.\n\n" +
	"1. Première étape.\n2. Seconde étape.\n\n" +
	"> «\u00a0C'est un jour sombre\u00a0», a dit la syndicaliste. Elle appelle à manifester.\n\n" +
	"1989\\. L'année de la première réforme, au cafe\u0301 du coin.\n"

// TestMarkdownExportKeepsBlocks: the English of a Markdown article is written with the headings
// (setext ones as ATX), list items (nested and tight), quotations and paragraphs of the French; a
// paragraph whose English would read as a list item is escaped.
func TestMarkdownExportKeepsBlocks(t *testing.T) {
	d := importText(t, "article.md", strings.ReplaceAll(markdownArticle, "\n", "\r\n"))
	translateAs(d, func(i int, fr string) string { return fr })
	want := "# Réforme des retraites\u00a0: le «\u00a0oui\u00a0» du Sénat\n\n" +
		"PARIS, 12 mars (AFP) - Le Sénat a voté la réforme. Le texte revient à l'Assemblée. Une seconde ligne du même paragraphe.\n\n" +
		"## Ce qui change\n\n" +
		"- l'âge légal passe à 64 ans\u00a0;\n" +
		"- la durée de cotisation s'allonge 😐.\n" +
		"  - même pour les carrières longues.\n\n" +
		"1. Première étape.\n2. Seconde étape.\n\n" +
		"> «\u00a0C'est un jour sombre\u00a0», a dit la syndicaliste. Elle appelle à manifester.\n\n" +
		"1989\\. L'année de la première réforme, au café du coin.\n"
	got := exportTranslation(t, "markdown", d, WriteOptions{})
	if got != strings.ReplaceAll(want, "\n", "\r\n") {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// Read again, the export is the same text in the same blocks.
	text, headings, blocks := plaintext.StripMarkdownLayout(strings.ReplaceAll(got, "\r\n", "\n"))
	if text != d.Text {
		t.Errorf("the export read again:\n got %q\nwant %q", text, d.Text)
	}
	if !headings[0] || !headings[2] || headings[1] || headings[3] {
		t.Errorf("headings read again: %v", headings)
	}
	if !equalBlocks(blocks, d.Layout.Blocks) {
		t.Errorf("blocks read again:\n got %v\nwant %v", blocks, d.Layout.Blocks)
	}
}

func equalBlocks(a, b []annotate.Block) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestMarkdownExportEnglish: a left-out heading takes its line with it, and the paragraph after it
// is not glued to the one before; a left-out list item leaves its list tight.
func TestMarkdownExportEnglish(t *testing.T) {
	d := importText(t, "a.md", "# Titre\nPremier paragraphe.\n\n- un\n- deux\n- trois\n")
	d.Segments[1].Target = "First paragraph."
	d.Segments[2].Target = "one"
	d.Segments[4].Target = "three *indeed*"
	got := exportTranslation(t, "markdown", d, WriteOptions{Untranslated: OmitUntranslated})
	if want := "First paragraph.\n\n- one\n\n- three *indeed*\n"; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestMarkdownExportTightUnderHeading: a paragraph right under its heading stays on the next line,
// and one after a blank line keeps it.
func TestMarkdownExportTightUnderHeading(t *testing.T) {
	src := "## Titre\nSous le titre.\n\nAprès une ligne blanche.\n"
	d := importText(t, "a.md", src)
	translateAs(d, func(_ int, fr string) string { return fr })
	if got := exportTranslation(t, "markdown", d, WriteOptions{}); got != src {
		t.Errorf("got %q\nwant %q", got, src)
	}
}

// TestMarkdownExportNeedsMarkdown: a document whose French was not Markdown (or was imported before
// Glose kept its markup) is refused, with the way out.
func TestMarkdownExportNeedsMarkdown(t *testing.T) {
	d := importText(t, "a.txt", "Un. Deux.\n")
	translateAs(d, func(_ int, fr string) string { return fr })
	_, _, err := Write("markdown", []*annotate.Document{d}, WriteOptions{})
	if err == nil || !strings.Contains(err.Error(), "export with --to text") {
		t.Errorf("error %v, want a refusal pointing to --to text", err)
	}
}

// TestLayoutSurvivesGloseJSON: the layout kept at import is saved and read back with the document.
func TestLayoutSurvivesGloseJSON(t *testing.T) {
	d := importText(t, "article.md", strings.ReplaceAll(markdownArticle, "\n", "\r\n"))
	b, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	back, err := annotate.ValidateJSON(b, "article.json") // the schema, then the reader
	if err != nil {
		t.Fatal(err)
	}
	if !back.Layout.CRLF || !back.Layout.Markdown || !equalBlocks(back.Layout.Blocks, d.Layout.Blocks) || len(d.Layout.Blocks) != 10 {
		t.Errorf("layout read back %+v, want %+v (10 blocks)", back.Layout, d.Layout)
	}
	if c := d.Clone(); !equalBlocks(c.Layout.Blocks, d.Layout.Blocks) {
		t.Errorf("clone's layout %+v", c.Layout)
	}
	// An export of the confirmed annotations only is still the document, layout included.
	files, _, err := Write("glose", []*annotate.Document{withSuggestion(t, d)}, WriteOptions{Confirmed: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(files[0].Data), `"crlf": true`) || strings.Contains(string(files[0].Data), `"origin": "auto"`) {
		t.Errorf("the confirmed-only Glose JSON lost the layout, or kept the suggestion:\n%.600s", files[0].Data)
	}
}

// withSuggestion adds a suggested PER span over the first word of d's French.
func withSuggestion(t *testing.T, d *annotate.Document) *annotate.Document {
	t.Helper()
	i := strings.Index(d.Text, "Sénat")
	if err := annotate.NewEditor(d).AddSpan(&annotate.Span{Side: annotate.Source, Start: i, End: i + len("Sénat"), Label: annotate.LabelORG, Origin: annotate.Auto, Confidence: 0.5}); err != nil {
		t.Fatal(err)
	}
	return d
}
