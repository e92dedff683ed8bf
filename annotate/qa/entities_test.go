package qa_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/qa"
)

// translatedSample loads the pre-annotated, translated sample article (testdata/README.md).
func translatedSample(t *testing.T) *annotate.Document {
	t.Helper()
	data, err := os.ReadFile("testdata/sample-translated.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(data, "sample-translated.json")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// entityIssues runs the name check, with opts' glossary as the user's, and returns its issues as
// "segment span: message", with their key unless they are entity-name issues.
func entityIssues(d *annotate.Document, opts project.Options) []string {
	var out []string
	only := map[string]bool{}
	for _, c := range qa.Checks() {
		only[c.ID] = c.ID != qa.NameInconsistent
	}
	for _, is := range qa.Run(d, qa.Config{Disabled: only, Glossary: opts.Glossary, Project: opts}) {
		if is.Key == "qa.name-inconsistent.entity" {
			out = append(out, is.Segment+" "+is.Span+": "+is.Message)
		} else {
			out = append(out, is.Segment+" "+is.Span+": "+is.Key+" "+is.Message)
		}
	}
	return out
}

// TestEntityRenameFlagsOldEnglish: on the translated sample, the entity names raise nothing; once
// Lavrov's entity is renamed Sergey in English, the three segments whose English says "Sergei Lavrov"
// are flagged, and only they: not "Mr Lavrov", "Lavrov’s departure", "Lavrov's meeting", "he" or "the
// Russian diplomat". It holds whether projection linked the English mentions (as the app does as the
// translator types) or not (a file never projected, as glose-cli qa may get).
func TestEntityRenameFlagsOldEnglish(t *testing.T) {
	opts := project.Options{Names: project.NamerFunc(ner.EnglishName)}
	for _, projected := range []bool{true, false} {
		d := translatedSample(t)
		ed := annotate.NewEditor(d)
		if projected {
			if _, err := project.Document(ed, opts); err != nil {
				t.Fatal(err)
			}
		}
		if got := entityIssues(d, opts); len(got) != 0 {
			t.Fatalf("projected %v: false alarms on the sample: %q", projected, got)
		}
		i := slices.IndexFunc(d.Entities, func(e *annotate.Entity) bool { return e.Names["fr"] == "Sergueï Lavrov" })
		if i < 0 || d.Entities[i].Names["en"] != "Sergei Lavrov" {
			t.Fatalf("no entity Sergueï Lavrov / Sergei Lavrov in %v", d.Entities)
		}
		if err := ed.RenameEntity(d.Entities[i].ID, "en", "Sergey Lavrov"); err != nil {
			t.Fatal(err)
		}
		got := entityIssues(d, opts)
		var segs []string
		for _, g := range got {
			segs = append(segs, strings.Fields(g)[0])
			if want := `The English reads "Sergei Lavrov", but the entity "Sergueï Lavrov" is "Sergey Lavrov" in English.`; !strings.HasSuffix(g, want) {
				t.Errorf("projected %v: %q, want the message %q", projected, g, want)
			}
			if span := strings.Fields(g)[1]; projected != (span != ":") {
				t.Errorf("projected %v: %q: the issue should point at the English span when there is one", projected, g)
			}
		}
		if want := []string{"s1", "s11", "s18"}; !slices.Equal(segs, want) {
			t.Errorf("projected %v: issues in %v, want %v: %q", projected, segs, want, got)
		}
		ed.Undo()
		if got := entityIssues(d, opts); len(got) != 0 {
			t.Errorf("projected %v: after undo: %q", projected, got)
		}
	}
}

// TestEntityAndGlossaryAgreeOnce: a glossary that says what the entity says adds no second issue for
// the same English, and a glossary term that the English mention holds is no issue.
func TestEntityAndGlossaryAgreeOnce(t *testing.T) {
	d := translatedSample(t)
	opts := project.Options{Names: project.NamerFunc(ner.EnglishName)}
	ed := annotate.NewEditor(d)
	if _, err := project.Document(ed, opts); err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(d.Entities, func(e *annotate.Entity) bool { return e.Names["fr"] == "Sergueï Lavrov" })
	if err := ed.RenameEntity(d.Entities[i].ID, "en", "Sergey Lavrov"); err != nil {
		t.Fatal(err)
	}
	opts.Glossary = project.GlossaryFunc(func(fr string) []string {
		switch annotate.Fold(fr) {
		case "serguei lavrov":
			return []string{"Sergey Lavrov"}
		case "trump":
			return []string{"Trump"}
		}
		return nil
	})
	got := entityIssues(d, opts)
	if len(got) != 3 {
		t.Errorf("got %d issues, want the entity's 3 (s1, s11, s18): %q", len(got), got)
	}
}

// TestGlossaryWithoutProjection: in a document never projected (glose-cli qa on a translated file), a
// glossary's terms are checked where projection would find the English of the French names: the
// English that holds the term is fine, the English that reads another name is flagged, saying which.
func TestGlossaryWithoutProjection(t *testing.T) {
	d := translatedSample(t)
	opts := project.Options{Names: project.NamerFunc(ner.EnglishName)}
	opts.Glossary = project.GlossaryFunc(func(fr string) []string {
		return map[string][]string{"maison-blanche": {"White House"}, "moscou": {"Moskva"}}[annotate.Fold(fr)]
	})
	var got []string
	for _, g := range entityIssues(d, opts) {
		got = append(got, strings.Fields(g)[0])
		if want := `qa.name-inconsistent.glossary "Moscou" is translated "Moscow", but the glossary says "Moskva".`; !strings.HasSuffix(g, want) {
			t.Errorf("%q, want the message %q", g, want)
		}
	}
	if want := []string{"s6", "s7", "s12", "s19"}; !slices.Equal(got, want) {
		t.Errorf("issues in %v, want %v", got, want)
	}
}

// TestGlossaryNameSpeltExactly: an entity the user's glossary names "Marseilles" in English (as
// pre-annotation names it with the glossary) must read "Marseilles": "Marseille" is the name without
// the s it is spelt with, not its plural, and is flagged by the entity check (linked by projection or
// not) and by the glossary check, once; "Marseilles" and "Marseilles’" are fine. The glossary's
// "José́ Martínez (Sr.)" (a combining accent) is held to its whole form, accents aside.
func TestGlossaryNameSpeltExactly(t *testing.T) {
	gl := project.GlossaryFunc(func(fr string) []string {
		return map[string][]string{"marseille": {"Marseilles"}, "jose martinez": {"José\u0301 Martínez (Sr.)"}}[annotate.Fold(fr)]
	})
	src := "Les pommes de terre coûtent 3,50 euros le kilo à Marseille, a dit José\u0301 Martínez 👍🏽.\n"
	for _, tt := range []struct {
		en   string
		want []string // keys and expected English of the issues
	}{
		{"Potatoes cost 3.50 euros a kilo in Marseille 🇫🇷, said José\u0301 Martínez (Sr.) 👍🏽.",
			[]string{"qa.name-inconsistent.entity Marseilles"}},
		{"Potatoes cost 3.50 euros a kilo in Marseilles, said Jose Martinez (Sr.).", nil},
		{"Potatoes cost 3.50 euros a kilo in MARSEILLES’ market, said JOSÉ MARTÍNEZ (SR.).", nil},
		{"Potatoes cost 3.50 euros a kilo in Marseilles, said Jose Martinez.",
			[]string{"qa.name-inconsistent.glossary José\u0301 Martínez (Sr.)"}},
	} {
		for _, projected := range []bool{false, true} {
			d := plaintextDoc(t, src)
			opts := project.Options{Names: project.NamerFunc(ner.EnglishName), Glossary: gl}
			if err := preannotate.Run(d, preannotate.Options{Glossary: glossaryNames{gl}}); err != nil {
				t.Fatal(err)
			}
			ed := annotate.NewEditor(d)
			if _, err := ed.SetTarget(d.Segments[0].ID, tt.en); err != nil {
				t.Fatal(err)
			}
			if projected {
				if _, err := project.Document(ed, opts); err != nil {
					t.Fatal(err)
				}
			}
			var got []string
			for _, is := range qa.Run(d, qa.Config{Disabled: map[string]bool{qa.PendingSuggestions: true}, Glossary: gl, Project: opts}) {
				if is.Check == qa.NameInconsistent {
					got = append(got, is.Key+" "+is.Args["expected"])
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q, projected %v: got %q, want %q", tt.en, projected, got, tt.want)
			}
		}
	}
}

// glossaryNames gives pre-annotation a project.Glossary's first English.
type glossaryNames struct{ g project.Glossary }

func (n glossaryNames) EnglishName(fr, _ string) (string, bool) {
	if en := n.g.Lookup(fr); len(en) > 0 {
		return en[0], true
	}
	return "", false
}

func plaintextDoc(t *testing.T, src string) *annotate.Document {
	t.Helper()
	return plaintext.Build("t.txt", src, nil, plaintext.Options{})
}

// caseGlossary is a glossary whose entries of the English in cased match case.
type caseGlossary struct {
	project.GlossaryFunc
	cased map[string]bool
}

func (g caseGlossary) MatchCase(_, en string) bool { return g.cased[en] }

// TestGlossaryMatchCase: the English of a glossary entry that matches case must be written in its
// case, accents aside ("MARSEILLES" or "marseilles" for "Marseilles" is flagged, "Marséilles" is not),
// but in a headline in capitals, where case says nothing; an entry that does not match case takes any
// case, as before.
func TestGlossaryMatchCase(t *testing.T) {
	terms := project.GlossaryFunc(func(fr string) []string {
		return map[string][]string{"marseille": {"Marseilles"}}[annotate.Fold(fr)]
	})
	src := "Les pommes de terre coûtent 3,50 euros le kilo à « Marseille », a dit José\u0301 Martínez 👍🏽.\n"
	for _, tt := range []struct {
		en    string
		cased bool
		want  []string
	}{
		{"Potatoes cost 3.50 euros a kilo in MARSEILLES’ market, said José\u0301 Martínez 👍🏽.", true,
			[]string{"qa.name-inconsistent.glossary Marseilles"}},
		{"Potatoes cost 3.50 euros a kilo in MARSEILLES’ market, said José\u0301 Martínez 👍🏽.", false, nil},
		{"Potatoes cost 3.50 euros a kilo in “Marse\u0301illes”, said Jose Martinez.", true, nil},
		{"POTATOES COST 3.50 EUROS A KILO IN MARSEILLES, SAYS JOSÉ MARTÍNEZ 👍🏽.", true, nil}, // a headline in capitals
		{"Potatoes cost 3.50 euros a kilo in marseilles, said José\u0301 Martínez 👍🏽.", true,
			[]string{"qa.name-inconsistent.glossary Marseilles"}},
	} {
		gl := caseGlossary{terms, map[string]bool{"Marseilles": tt.cased}}
		d := plaintextDoc(t, src)
		if err := preannotate.Run(d, preannotate.Options{Glossary: glossaryNames{gl}}); err != nil {
			t.Fatal(err)
		}
		if _, err := annotate.NewEditor(d).SetTarget(d.Segments[0].ID, tt.en); err != nil {
			t.Fatal(err)
		}
		opts := project.Options{Names: project.NamerFunc(ner.EnglishName), Glossary: gl}
		var got []string
		for _, is := range qa.Run(d, qa.Config{Disabled: map[string]bool{qa.PendingSuggestions: true}, Glossary: gl, Project: opts}) {
			if is.Check == qa.NameInconsistent {
				got = append(got, is.Key+" "+is.Args["expected"])
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q, match case %v: got %q, want %q", tt.en, tt.cased, got, tt.want)
		}
	}
}
