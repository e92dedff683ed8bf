package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/qa"
)

// marseilleArticle is segment 4 of the QA report's article, with a combining accent in José́.
const marseilleArticle = "Les pommes de terre coûtent 3,50 euros le kilo à Marseille, a dit José\u0301 Martínez 👍🏽.\n"

// nameIssues returns the QA tab's name issues, as their messages in the user's language.
func nameIssues(ui *UI) []string {
	var out []string
	for _, is := range ui.qa.issues {
		if is.Check == qa.NameInconsistent {
			out = append(out, issueMessage(is))
		}
	}
	slices.Sort(out)
	return out
}

// TestQAChecksNamesAgainstTheGlossary follows QA17 #2: a translator imports a glossary (Tools › Import
// a glossary) while the QA tab shows the checks of a translated segment. The checks run again at
// once and flag the English that does not read the glossary's names, as glose-cli qa --glossary
// does. In an article opened after the import, whose entities pre-annotation named with the glossary,
// the entity check flags "Marseille" for "Marseilles" (the s of the name is no plural ending), without
// a second issue for the glossary.
func TestQAChecksNamesAgainstTheGlossary(t *testing.T) {
	d, err := plaintext.Import("art.txt", []byte(marseilleArticle), plaintext.Options{})
	must(t, err)
	ui := suggestUI(t, d, nil, nil)
	runMenuItem(t, ui, "Tools", "Pre-annotate the document")
	r := typeEnglish(t, ui, 0, "Potatoes cost 3.50 euros a kilo in Marseille 🇫🇷, said Jose Martinez 👍🏽.")
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	ui.showQA()
	if got := nameIssues(ui); len(got) != 0 {
		t.Fatalf("before the glossary: %q", got)
	}
	runs := ui.qa.runs
	csv := "source,target\nMarseille,Marseilles\nJosé\u0301 Martínez,José\u0301 Martínez (Sr.)\n"
	ui.importGlossary(nopCloser{strings.NewReader(csv)}, "gloss.csv")
	if ui.qa.runs == runs {
		t.Fatal("importing the glossary did not run the checks again")
	}
	want := []string{
		"“José\u0301 Martínez” is translated “Jose Martinez”, but the glossary says “José\u0301 Martínez (Sr.)”.",
		"“Marseille” is translated “Marseille”, but the glossary says “Marseilles”.",
	}
	if got := nameIssues(ui); !slices.Equal(got, want) {
		t.Errorf("after importing the glossary:\n got %q\nwant %q", got, want)
	}
	// the report's own steps: the glossary imported first, then the article opened gives the entity
	// the glossary's English name, and the entity check, not only the glossary's, holds the English to it
	path := filepath.Join(t.TempDir(), "art.txt")
	must(t, os.WriteFile(path, []byte(marseilleArticle), 0o644))
	ui.Open(path)
	if en, _ := entityEnglish(ui.doc, "Marseille"); en != "Marseilles" {
		t.Fatalf("the opened article's Marseille is %q in English, want the glossary's Marseilles", en)
	}
	r = typeEnglish(t, ui, 0, "Potatoes cost 3.50 euros a kilo in Marseille 🇫🇷, said Jose Martinez 👍🏽.")
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	ui.showQA()
	want[1] = "The English reads “Marseille”, but the entity “Marseille” is “Marseilles” in English."
	slices.Sort(want)
	if got := nameIssues(ui); !slices.Equal(got, want) {
		t.Errorf("in the article opened after the import:\n got %q\nwant %q", got, want)
	}
}

// TestQAHoldsLearnedNamesToTheirCase: a name the glossary learns while the QA tab shows the checks is
// checked at once, in its case where the document shows it to be a common word's ("Verts", the party,
// in an article that writes « verts »: "the greens" is flagged), but not in a headline in capitals.
func TestQAHoldsLearnedNamesToTheirCase(t *testing.T) {
	d := withNames(t, pairDoc("Les Verts 🙂 ont voté, a dit l’élu aux volets verts.", "LES VERTS ONT GAGNÉ À PARIS"), [3]string{"Verts", "", "ORG"})
	ed := annotate.NewEditor(d)
	at := strings.Index(d.Text, "VERTS")
	headline := &annotate.Span{Side: annotate.Source, Start: at, End: at + len("VERTS"), Label: "ORG"}
	must(t, ed.AddSpan(headline))
	must(t, ed.SetMentionEntity(headline.ID, "e1"))
	ui := suggestUI(t, d, nil, nil)
	for i, en := range []string{"The greens 🙂 voted, said the official with green shutters.", "THE GREENS WON IN PARIS"} {
		r := typeEnglish(t, ui, i, en)
		r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	}
	ui.showQA()
	if got := nameIssues(ui); len(got) != 0 {
		t.Fatalf("before the English name: %q", got)
	}
	renameEnglish(ui, "e1", "Greens") // typed: the glossary learns Verts → Greens
	if got := storedTerms(t, ui); got != "Verts → Greens" {
		t.Fatalf("learned %q (the test's premise)", got)
	}
	want := []string{"“Verts” is translated “greens”, but the glossary says “Greens”."}
	if got := nameIssues(ui); !slices.Equal(got, want) {
		t.Errorf("once learned:\n got %q\nwant %q", got, want)
	}
}
