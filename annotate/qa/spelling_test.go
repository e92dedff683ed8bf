package qa

import (
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/spell"
)

// misspelt returns the words the spelling issues of d point at, checked through their offsets.
func misspelt(t *testing.T, d *annotate.Document, cfg Config) []string {
	t.Helper()
	var out []string
	for _, is := range Run(d, cfg) {
		if is.Check != Spelling {
			continue
		}
		w := d.Segment(is.Segment).Target[is.Start:is.End]
		if w != is.Args["word"] {
			t.Errorf("issue %+v: offsets hold %q", is, w)
		}
		out = append(out, w)
	}
	return out
}

func TestSpellingLeavesTheSegmentsNamesAlone(t *testing.T) {
	d := doc(t, "Sergueï Lavrov a rencontré Volodymyr Zelensky à Moscou et Kyiv.\n\nLe ministre Lavrov a parlé.",
		[]string{"Sergei Lavrov met Volodymyr Zelensky in Moscow and Kyiv 😀 yesterdey.", "The ministre Lavrov spoke of Shoigu."},
		[2]string{"PER", "Sergueï Lavrov"}, [2]string{"PER", "Volodymyr Zelensky"}, [2]string{"LOC", "Kyiv"})
	ed := annotate.NewEditor(d)
	// an English span of segment 2 names Shoigu; the entity of segment 1 is Sergei in English
	if err := ed.AddSpan(&annotate.Span{Side: annotate.Target, Segment: "s2", Start: 29, End: 35, Label: annotate.LabelPER}); err != nil {
		t.Fatal(err)
	}
	if err := ed.AddEntity(&annotate.Entity{Type: "PER", Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}}); err != nil {
		t.Fatal(err)
	}
	glossary := project.GlossaryFunc(func(fr string) []string {
		if fr == "Kyiv" {
			return []string{"Kyiv"}
		}
		return nil
	})
	got := misspelt(t, d, Config{Glossary: glossary})
	if want := []string{"yesterdey", "ministre"}; !slices.Equal(got, want) {
		t.Errorf("misspelt %q, want %q", got, want)
	}
	is := Run(d, Config{Disabled: map[string]bool{NumberMismatch: true}})
	if is[0].Message != `"yesterdey" may be misspelt: yesterday?` || is[0].Args["suggestions"] != "yesterday" {
		t.Errorf("issue %+v", is[0])
	}
	if got := misspelt(t, d, Config{IgnoreWords: map[string]bool{"ministre": true}}); !slices.Equal(got, []string{"yesterdey"}) {
		t.Errorf("with ministre ignored: %q", got)
	}
	user := spell.NewDictionary([]string{"yesterdey"})
	en, _ := spell.English()
	if got := misspelt(t, d, Config{Spelling: spell.NewChecker(en, user)}); !slices.Equal(got, []string{"ministre"}) {
		t.Errorf("with the user's word: %q", got)
	}
}

func TestSpellingOnlyForEnglish(t *testing.T) {
	d := doc(t, "Il dort.", []string{"Er schläft gutt."})
	d.TargetLang = "de"
	if got := misspelt(t, d, Config{}); len(got) != 0 {
		t.Errorf("German checked as English: %q", got)
	}
}

// A name nobody tagged keeps its French spelling in the English: it is no mistake. A lower-case French
// word left in the English is one.
func TestSpellingLeavesNamesCopiedFromTheFrench(t *testing.T) {
	d := doc(t, "La mosquée de Sinjar a rouvert ses portes à Kyaukphyu, en mai.",
		[]string{"The Sinjar mosque reopened its portes in Kyaukphyu in May, and Sinjarr's too."})
	got := misspelt(t, d, Config{})
	if want := []string{"portes", "Sinjarr"}; !slices.Equal(got, want) {
		t.Errorf("misspelt %q, want %q", got, want)
	}
}
