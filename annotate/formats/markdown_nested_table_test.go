package formats

import (
	"strings"
	"testing"
)

// nestedTables has a table in a list item, one in a quotation and an HTML table, with accents, « »
// with no-break spaces, an emoji and a combining accent in their cells.
const nestedTables = "# Résultats\n\n- Premier tour\u00a0:\n\n  | Candidat | Voix |\n  |---|---:|\n  | Zoé Dupont | 1\u00a0200 |\n\n" +
	"> Selon la préfecture\u00a0:\n>\n> | Ville | Taux |\n> |---|---|\n> | Besanc\u0327on | «\u00a045\u00a0%\u00a0» |\n\n" +
	"<table>\n<tr><th>Parti</th><th>Sièges</th></tr>\n<tr><td>Les <b>Verts</b> 🌿</td><td></td></tr>\n</table>\n\nFin.\n"

// TestMarkdownNestedTables: a table in a list item or a quotation and an HTML <table> give a segment
// per cell with text, never a heading, and come back as they were with the English in their cells:
// the list's indentation, the quotation's marks and the HTML around the cells kept.
func TestMarkdownNestedTables(t *testing.T) {
	d := importText(t, "resultats.md", nestedTables)
	var got []string
	for _, s := range d.Segments {
		got = append(got, s.Kind[:1]+":"+d.SourceText(s))
	}
	want := "h:Résultats|s:Premier tour\u00a0:|s:Candidat|s:Voix|s:Zoé Dupont|s:1\u00a0200|s:Selon la préfecture\u00a0:|s:Ville|s:Taux|" +
		"s:Besançon|s:«\u00a045\u00a0%\u00a0»|s:Parti|s:Sièges|s:Les Verts 🌿|s:Fin."
	if strings.Join(got, "|") != want {
		t.Errorf("segments\n%q\nwant\n%q", strings.Join(got, "|"), want)
	}
	if out := exportTranslation(t, "markdown", d, WriteOptions{Untranslated: KeepSource}); out != strings.Replace(strings.Replace(nestedTables, "c\u0327", "ç", 1), "<b>Verts</b>", "Verts", 1) {
		t.Errorf("French as its translation:\n%s", out)
	}
	english := map[string]string{"Candidat": "Candidate", "Voix": "Votes", "Ville": "City", "Taux": "Turnout", "Parti": "Party", "Sièges": "Seats", "Les Verts 🌿": "The Greens 🌿"}
	translateAs(d, func(_ int, fr string) string {
		if e, ok := english[fr]; ok {
			return e
		}
		return fr
	})
	out := exportTranslation(t, "markdown", d, WriteOptions{})
	for _, line := range []string{"  | Candidate | Votes |\n  |---|---:|\n", "> Selon la préfecture\u00a0:\n>\n> | City | Turnout |\n> |---|---|\n",
		"<table>\n<tr><th>Party</th><th>Seats</th></tr>\n<tr><td>The Greens 🌿</td><td></td></tr>\n</table>\n\nFin.\n"} {
		if !strings.Contains(out, line) {
			t.Errorf("the English export lacks %q:\n%s", line, out)
		}
	}
}
