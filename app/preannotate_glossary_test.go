package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/suggest/glossary"
)

// glossaryArticle names a Russian minister, whose English the built-in respelling gives as "Sergei
// Lavrov", and a French statesman by his long name.
const glossaryArticle = "« Nous ne céderons pas », a déclaré Sergueï Lavrov à Moscou 👍🏽.\n\n" +
	"Charles-Maurice de Talleyrand-Périgord reste un modèle pour la diplomatie française.\n"

// runMenuItem runs the item called label of the main menu called menu, as a click on it does.
func runMenuItem(t *testing.T, ui *UI, menu, label string) {
	t.Helper()
	for _, it := range menuNamed(t, ui, menu).Items {
		if it.Label == label {
			it.Action()
			return
		}
	}
	t.Fatalf("no %q in the %s menu", label, menu)
}

// entityEnglish returns the English name of d's entity named fr in French, and whether there is one.
func entityEnglish(d *annotate.Document, fr string) (string, bool) {
	for _, e := range d.Entities {
		if e.Name("fr") == fr {
			return e.Name("en"), true
		}
	}
	return "", false
}

// TestPreannotationTakesGlossaryNames imports a glossary (Tools › Import a glossary), then
// pre-annotates a document with Tools › Pre-annotate and opens a text file: the entities the glossary
// names take its English, the others keep the built-in names. Typing the glossary's English and
// confirming projects it onto the entity.
func TestPreannotationTakesGlossaryNames(t *testing.T) {
	d, err := plaintext.Import("first.txt", []byte(glossaryArticle), plaintext.Options{})
	must(t, err)
	ui := suggestUI(t, d, nil, nil)
	csv := "source,target\nSergueï Lavrov,Sergey Lavrov\nCharles-Maurice de Talleyrand-Périgord,Talleyrand\n"
	ui.importGlossary(nopCloser{strings.NewReader(csv)}, "terms.csv")
	want := map[string]string{"Sergueï Lavrov": "Sergey Lavrov", "Charles-Maurice de Talleyrand-Périgord": "Talleyrand", "Moscou": "Moscow"}
	check := func(how string) {
		t.Helper()
		for fr, en := range want {
			if got, ok := entityEnglish(ui.doc, fr); !ok || got != en {
				t.Errorf("%s: entity %q is %q in English (found %v), want %q", how, fr, got, ok, en)
			}
		}
	}
	runMenuItem(t, ui, "Tools", "Pre-annotate the document")
	check("Tools › Pre-annotate")

	path := filepath.Join(t.TempDir(), "article.txt")
	must(t, os.WriteFile(path, []byte(glossaryArticle), 0o644))
	ui.Open(path)
	if ui.doc == d {
		t.Fatal("the text file did not open")
	}
	check("File › Open")

	r := typeEnglish(t, ui, 0, "“We will not give in,” said Sergey Lavrov in Moscow 👍🏽.")
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	per := projected(t, ui, 0)[annotate.LabelPER]
	if per == nil || ui.doc.SpanText(per) != "Sergey Lavrov" {
		t.Fatalf("projected PER %v, want “Sergey Lavrov”", per)
	}
	if e := ui.doc.EntityOf(per.ID); e == nil || e.Name("fr") != "Sergueï Lavrov" {
		t.Errorf("the English “Sergey Lavrov” is a mention of %+v, want the entity Sergueï Lavrov", e)
	}
}

// TestPreannotationReadsGlossaryFileMeanwhile opens a French text while the memory the Suggestions
// tab has open is for another language pair (as it is, too, while the memory is still opening when
// the app starts with a file): pre-annotation reads the French-to-English glossary from the memory
// file the settings name.
func TestPreannotationReadsGlossaryFileMeanwhile(t *testing.T) {
	d := annotate.NewDocument("de", "Deutsch", "Bonjour.", "fr", "de")
	d.AddSegment(0, len("Bonjour."), 0, annotate.KindSentence)
	ui := suggestUI(t, d, nil, nil)
	if ui.sugg.src == nil || ui.sugg.src.eng.TargetLang != "de" {
		t.Fatal("the memory is not open for French to German")
	}
	g, err := glossary.Open(ui.sugg.settings().TMPath, "fr", "en")
	must(t, err)
	_, err = g.Import(context.Background(), strings.NewReader("Sergueï Lavrov;Sergey Lavrov\n"), "terms.csv")
	must(t, err)
	must(t, g.Close())
	path := filepath.Join(t.TempDir(), "article.txt")
	must(t, os.WriteFile(path, []byte(glossaryArticle), 0o644))
	ui.Open(path)
	if en, _ := entityEnglish(ui.doc, "Sergueï Lavrov"); en != "Sergey Lavrov" {
		t.Errorf("entity Sergueï Lavrov is %q in English, want the glossary's “Sergey Lavrov”", en)
	}
}
