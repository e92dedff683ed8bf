package app

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// A Glose file whose JSON would lose what it says when read (a key given twice, a lone surrogate
// escape) is not opened: the user is told in their language what is wrong and where, the JSON path,
// the line and the column, rather than the document opening with a value or a character silently gone.
func TestLossyJSONIsNotOpened(t *testing.T) {
	useLanguage(t, "fr")
	for _, c := range []struct{ name, from, to, want string }{
		{"key twice", `"status": "new"`, `"status": "new", "status": "draft"`,
			"La clé «\u00a0status\u00a0» figure deux fois dans un même objet\u00a0: lire le fichier n’en garderait qu’une valeur et perdrait l’autre\u00a0; supprimez ou renommez l’une des deux dans un éditeur de texte (segments[0].status, ligne "},
		{"lone surrogate", `"title": "`, `"title": "\ud83d`, `\ud83d est une moitié de paire de substitution UTF-16 sans son autre moitié`},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := savedDoc(t)
			data, err := os.ReadFile(path)
			must(t, err)
			if !strings.Contains(string(data), c.from) {
				t.Fatalf("no %q in the document", c.from)
			}
			must(t, os.WriteFile(path, []byte(strings.Replace(string(data), c.from, c.to, 1)), 0o644))
			ui, _ := newTestUI(t, nil, false)
			ui.Open(path)
			if got := ui.status.Text; !strings.Contains(got, "Impossible d’ouvrir") || !strings.Contains(got, c.want) || !strings.Contains(got, "colonne ") {
				t.Errorf("the status says %q, want %q with its line and column", got, c.want)
			}
			if ui.path == path {
				t.Error("the document was opened")
			}
		})
	}
}

// Notes of one list sharing an ID, and a translation tool's file kept for writing the translations
// back that is not XML, are told in warnings when the document opens; it opens.
func TestIntegrityWarnedOnOpen(t *testing.T) {
	useLanguage(t, "fr")
	path := savedDoc(t)
	d, _, err := workspace.Load(path)
	must(t, err)
	d.Notes = []annotate.Note{{ID: "n1", Text: "a"}, {ID: "n1", Text: "b"}}
	d.Meta.Original = &annotate.Original{Format: annotate.OriginalXLIFF, Name: "client.xlf", Data: []byte("<xliff>\n<file></xliff>")}
	must(t, workspace.Save(path, d))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	if ui.path != path {
		t.Fatalf("not opened: %q", ui.status.Text)
	}
	_, warns := shownWarnings(t, ui)
	for _, w := range []string{
		"L’identifiant de note «\u00a0n1\u00a0» est aussi celui de notes[0]\u00a0: les outils XLIFF refusent deux notes de même identifiant au même endroit\u00a0; donnez à chacune le sien (notes[1].id).",
		"Le fichier de l’outil de traduction gardé pour y réécrire les traductions n’est pas du XML bien formé (à sa ligne 2)\u00a0: l’export XLIFF ne pourra pas y écrire les traductions (meta.original.text).",
	} {
		if !slices.Contains(warns, w) {
			t.Errorf("warnings %q lack %q", warns, w)
		}
	}
}
