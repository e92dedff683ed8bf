package plaintext

import (
	"strings"
	"testing"
)

// resultsTable is a GitHub-flavoured table as a French article writes one: alignment colons, an
// empty cell, an escaped pipe, inline markup, « », an emoji and a combining accent in the cells.
const resultsTable = "# Résultats du premier tour\n\nVoici les chiffres «\u00a0officiels\u00a0».\n" +
	"| Candidat | Parti | Voix (%) |\n|:---------|:-----:|---------:|\n" +
	"| Émilie Durand | Les *Écologistes* | 23,5 |\n" +
	"|  | Divers | 3,1 🇫🇷 |\n" +
	"Zoe\u0301 \\| Test | `Aucun` |\n\n" +
	"Source : ministère de l'Intérieur.\n"

// TestImportMarkdownTable: each cell with text is a segment of its own, in reading order, with the
// cell's words and none of the table's markup (pipes, delimiter row), and no cell is a heading. The
// table interrupts the paragraph above it; a row without its outer pipes is still a row.
func TestImportMarkdownTable(t *testing.T) {
	d, err := Import("resultats.md", []byte(resultsTable), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Segments {
		got = append(got, s.Kind+":"+d.SourceText(s))
	}
	want := []string{"heading:Résultats du premier tour", "sentence:Voici les chiffres «\u00a0officiels\u00a0».",
		"sentence:Candidat", "sentence:Parti", "sentence:Voix (%)",
		"sentence:Émilie Durand", "sentence:Les Écologistes", "sentence:23,5",
		"sentence:Divers", "sentence:3,1 🇫🇷",
		"sentence:Zoé | Test", "sentence:Aucun",
		"sentence:Source : ministère de l'Intérieur."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("segments\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if strings.Contains(d.Text, "--") || strings.Contains(d.Text, "| Parti") {
		t.Errorf("table markup in the text: %q", d.Text)
	}
}

// TestStripMarkdownNotTables: what only looks like a table stays as it was: pipes with no delimiter
// row, a delimiter row whose cells do not match the header's, a table in a code block.
func TestStripMarkdownNotTables(t *testing.T) {
	for _, c := range []struct{ md, want string }{
		{"Paris | Lyon\nMarseille.", "Paris | Lyon Marseille."},
		{"Prix | Titre | Auteur\n--- | ---\n", "Prix | Titre | Auteur --- | ---"},
		{"```\n| a | b |\n|---|---|\n```\n", "| a | b | |---|---|"},
		{"Prix | Titre\n---\n", "Prix | Titre"}, // an underlined heading
	} {
		if got, _ := StripMarkdown(c.md); got != c.want {
			t.Errorf("%q: got %q, want %q", c.md, got, c.want)
		}
	}
}

// BenchmarkImportMarkdownTables1MB measures the import of a megabyte of Markdown that is mostly
// tables (a results page: 50-row tables of three columns between paragraphs).
func BenchmarkImportMarkdownTables1MB(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("## Résultats «\u00a0par commune\u00a0»\n\nLes chiffres du ministère, publiés dimanche soir.\n\n")
		sb.WriteString("| Commune | Candidat | Voix (%) |\n|:---|:---|---:|\n")
		for i := 0; i < 50; i++ {
			sb.WriteString("| Saint-Étienne-de-Tinée | Émilie *Durand* (Les Écologistes) 🇫🇷 | 23,5 |\n")
		}
		sb.WriteString("\n")
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Import("resultats.md", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
