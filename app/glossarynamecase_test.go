package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/dict"
	"github.com/glose-app/glose/suggest/glossary"
)

// unionDoc has two segments naming the European Union "Union" beside the common noun "union", a
// State in capitals, Élise and the United States, every name confirmed in the French with its English.
func unionDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := pairDoc("« L’Union 🙂 a tranché », a dit Élise à l’État.", "D’une union naît un ÉTAT neuf aux États-Unis.")
	return withNames(t, d, [3]string{"Union", "EU", "ORG"}, [3]string{"Élise", "E\u0301lise", "PER"},
		[3]string{"État", "State", "ORG"}, [3]string{"États-Unis", "United States", "LOC"})
}

// TestGlossaryNamesMatchCase follows the analyst who gave "Union" the English name European Union: a
// capitalised name whose lower-case form is a common word is found only in its case, in the document
// and once the glossary learned it, so "d’une union" is no mark. A word is common when the document
// writes it in lower case ("union"), or when the dictionary has it in lower case ("état"); without a
// dictionary the document alone decides, and "ÉTAT" in capitals is then the State.
func TestGlossaryNamesMatchCase(t *testing.T) {
	for _, tc := range []struct {
		name, dict, second string
	}{
		{"no dictionary", "", "ÉTAT; États-Unis"},
		{"FreeDict has état", "tiny", "États-Unis"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ui := suggestUI(t, unionDoc(t), nil, func(s *settings) {
				if tc.dict != "" {
					s.DictPath = writeTinyDict(t)
				}
			})
			if got, want := glossaryMarksOf(t, ui, 0), "Union; Élise; État"; got != want {
				t.Errorf("segment 1's glossary marks: %q, want %q", got, want)
			}
			if got := glossaryMarksOf(t, ui, 1); got != tc.second {
				t.Errorf("segment 2's glossary marks: %q, want %q (not the common noun)", got, tc.second)
			}
			renameEnglish(ui, "e1", "European Union") // typed: the glossary learns it
			es, err := ui.sugg.src.eng.Glossary.Entries(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if len(es) != 1 || es[0].Source != "Union" || es[0].MatchCase {
				t.Fatalf("learned %+v, want Union → European Union, its case left to each document", es)
			}
			if got, want := glossaryMarksOf(t, ui, 1), tc.second; got != want {
				t.Errorf("segment 2's glossary marks once learned: %q, want %q", got, want)
			}
			ui.setDocument(pairDoc("Une union 🙂 est née, a dit l’Union."), "")
			if got, want := glossaryMarksOf(t, ui, 0), "Union"; got != want {
				t.Errorf("another document's glossary marks: %q, want %q", got, want)
			}
		})
	}
}

// TestLearnedNamesMatchCaseAsEachDocumentSays follows a name across documents: "Verts" (the party,
// English Greens) is learned from an article that never writes "verts" in lower case, so nothing
// there says it is a common word. The next article does ("des volets verts"): there the learned name
// is found only as the party, as that article's own names would be, and still in a headline in
// capitals; an article that does not write it finds it in any case.
func TestLearnedNamesMatchCaseAsEachDocumentSays(t *testing.T) {
	ui := suggestUI(t, withNames(t, pairDoc("Les Verts 🙂 ont voté « non »."), [3]string{"Verts", "", "ORG"}), nil, nil)
	renameEnglish(ui, "e1", "Greens")
	if got, want := storedTerms(t, ui), "Verts → Greens"; got != want {
		t.Fatalf("learned %q, want %q (the test's premise)", got, want)
	}
	ui.setDocument(pairDoc("Des volets verts, a dit un élu des Verts.", "LES VERTS ONT GAGNÉ À PARIS"), "")
	if got, want := glossaryMarksOf(t, ui, 0), "Verts"; got != want {
		t.Errorf("an article writing « verts »: marks %q, want %q (not the colour)", got, want)
	}
	if got, want := glossaryMarksOf(t, ui, 1), "VERTS"; got != want {
		t.Errorf("its headline in capitals: marks %q, want %q", got, want)
	}
	ui.setDocument(pairDoc("Le vote des Verts, des VERTS."), "")
	if got, want := glossaryMarksOf(t, ui, 0), "Verts; VERTS"; got != want {
		t.Errorf("an article not writing it: marks %q, want %q", got, want)
	}
}

// TestNameCaseDecides: which names match case, from the document's lower-case words as whole words
// (a combining accent or a letter next to them makes another word) and a dictionary's lower-case
// headwords; without the dictionary the document alone decides.
func TestNameCaseDecides(t *testing.T) {
	tiny := dict.Open(writeTinyDict(t))
	for _, tc := range []struct {
		text, name string
		dict       bool
		want       bool
	}{
		{"« L’Union 🙂 » parle d’une union.", "Union", false, true},
		{"« L’Union 🙂 » parle de sa re\u0301union.", "Union", false, false}, // réunion, its é decomposed
		{"« L’Union » parle de ses unions.", "Union", false, false},
		{"🙂union, dit-on.", "Union", false, true},
		{"« L’Union » parle d’une union douanière.", "Union douanière", false, true},
		{"« L’Union » parle d’une union de fait.", "Union douanière", false, false},
		{"Une union.", "union", false, false}, // in lower case already: any case
		{"L’État a parlé.", "État", false, false},
		{"L’État a parlé.", "État", true, true},                  // a lower-case headword
		{"Les États-Unis ont parlé.", "États-Unis", true, false}, // a capitalised one
		{"Les E\u0301tats a parlé.", "E\u0301tat", true, true},
	} {
		d := pairDoc(tc.text)
		var dc *dict.Dict
		if tc.dict {
			dc = tiny
		}
		if got := newNameCase(d, dc).matchCase(tc.name); got != tc.want {
			t.Errorf("%q in %q (dictionary %v): match case %v, want %v", tc.name, tc.text, tc.dict, got, tc.want)
		}
	}
}

// BenchmarkNameCase1MB decides the case of 500 names of a 1.2 MB document, as opening a book does.
func BenchmarkNameCase1MB(b *testing.B) {
	d := pairDoc(strings.Repeat("« L’Union 🙂 a tranché », a dit Élise à l’État d’une union douanière entre deux pays. ", 12000))
	names := make([]string, 500)
	for i := range names {
		names[i] = fmt.Sprintf("Nom%d", i)
	}
	names[0], names[1] = "Union", "Union douanière"
	for b.Loop() {
		c := newNameCase(d, nil)
		for _, n := range names {
			c.matchCase(n)
		}
	}
}

// BenchmarkLearnedNameCase1MB gives a glossary of 2,000 names learned from other documents the case
// rule of a 1.2 MB document, as opening it does (glossary.SetNameCase): each learned name decided
// once against the document's words.
func BenchmarkLearnedNameCase1MB(b *testing.B) {
	d := pairDoc(strings.Repeat("« L’Union 🙂 a tranché », a dit Élise à l’État d’une union douanière entre deux pays. ", 12000))
	g, err := glossary.Open(filepath.Join(b.TempDir(), "tm.db"), "fr", "en")
	if err != nil {
		b.Fatal(err)
	}
	defer g.Close()
	names := make([]glossary.Entity, 2000)
	for i := range names {
		names[i] = glossary.Entity{Source: fmt.Sprintf("Nom%d", i), Target: fmt.Sprintf("Name%d", i), Type: "PER"}
	}
	names[0], names[1] = glossary.Entity{Source: "Union", Target: "EU", Type: "ORG"}, glossary.Entity{Source: "Union douanière", Target: "Customs Union", Type: "ORG"}
	if _, err := g.Learn(context.Background(), names, "other"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		c := newNameCase(d, nil)
		g.SetNameCase(c.matchCase)
	}
	if hs := g.Find("d’une union, l’Union"); len(hs) != 1 {
		b.Fatalf("found %d terms, want the Union only", len(hs))
	}
}
