package qa

import (
	"slices"
	"strings"
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
	if got := misspelt(t, d, Config{Words: user}); !slices.Equal(got, []string{"ministre"}) {
		t.Errorf("with the user's word: %q", got)
	}
}

// TestSpellingFollowsTheTargetLanguage: en-GB reads British spelling, en-US American, plain en (or no
// tag) either; Config.English overrides the tag; suggestions are in the spelling read.
func TestSpellingFollowsTheTargetLanguage(t *testing.T) {
	british := "Its behaviour and colour were analysed in the centre."
	american := "Its behavior and color were analyzed in the center."
	for _, tc := range []struct {
		tag     string
		english spell.Variety
		text    string
		want    string
	}{
		{"en-GB", "", british, ""},
		{"en-GB", "", american, "behavior color analyzed center"},
		{"en-US", "", american, ""},
		{"en-US", "", british, "behaviour colour analysed centre"},
		{"en", "", british, ""},
		{"en", "", american, ""},
		{"", "", british, ""},
		{"en-GB", spell.American, british, "behaviour colour analysed centre"},
		{"en-US", spell.British, british, ""},
		{"en", spell.British, american, "behavior color analyzed center"},
		{"en-CA", spell.AnyEnglish, american, ""},
	} {
		d := doc(t, "Son comportement et sa couleur ont été analysés au centre.", []string{tc.text})
		d.TargetLang = tc.tag
		if got := strings.Join(misspelt(t, d, Config{English: tc.english}), " "); got != tc.want {
			t.Errorf("%q, English %q, %q: misspelt %q, want %q", tc.tag, tc.english, tc.text, got, tc.want)
		}
	}
	d := doc(t, "Son comportement.", []string{"Its behavour."})
	for tag, want := range map[string]string{"en-GB": "behaviour", "en-US": "behavior"} {
		d.TargetLang = tag
		if is := Run(d, Config{Disabled: map[string]bool{NumberMismatch: true}}); len(is) != 1 || !strings.HasPrefix(is[0].Args["suggestions"], want) {
			t.Errorf("%s: issues %+v, want %s suggested first", tag, is, want)
		}
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

// TestSpellingDoesNotTakeAProjectedMisspellingForAName: projection finds "Rusia" as the English of
// Russie (it looks like the glossary's Russia) and gives the entity that name; the spelling check
// still lists it, in this segment and in another, until a person confirms the English mention.
func TestSpellingDoesNotTakeAProjectedMisspellingForAName(t *testing.T) {
	d := doc(t, "La Russie refuse l’accord.\n\nLe Kremlin parle.",
		[]string{"Rusia refuses the agreement.", "The Kremlin speaks for Rusia."}, [2]string{"LOC", "Russie"})
	ed := annotate.NewEditor(d)
	if err := ed.AddEntity(&annotate.Entity{Type: "LOC", Names: map[string]string{"fr": "Russie"}, Mentions: []string{d.Spans[0].ID}}); err != nil {
		t.Fatal(err)
	}
	glossary := project.GlossaryFunc(func(fr string) []string {
		if fr == "Russie" {
			return []string{"Russia"}
		}
		return nil
	})
	if _, err := project.Document(ed, project.Options{Glossary: glossary}); err != nil {
		t.Fatal(err)
	}
	var proposed *annotate.Span
	for _, sp := range d.Spans {
		if sp.Side == annotate.Target && d.SpanText(sp) == "Rusia" {
			proposed = sp
		}
	}
	if proposed == nil || proposed.Origin != annotate.Auto || d.Entities[0].Name("en") != "Rusia" {
		t.Fatalf("projection did not propose Rusia as the entity's English: %+v, entity %+v", proposed, d.Entities[0])
	}
	if got := misspelt(t, d, Config{}); !slices.Equal(got, []string{"Rusia", "Rusia"}) {
		t.Errorf("with Rusia only proposed: misspelt %q, want both Rusia", got)
	}
	if err := ed.Accept(proposed.ID); err != nil {
		t.Fatal(err)
	}
	if got := misspelt(t, d, Config{}); len(got) != 0 {
		t.Errorf("with Rusia confirmed as the name: misspelt %q, want none", got)
	}
}
