package preannotate

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// mapGlossary is a user's glossary keyed by folded French name, whatever the label.
type mapGlossary map[string]string

func (g mapGlossary) EnglishName(fr, _ string) (string, bool) {
	en, ok := g[annotate.Fold(fr)]
	return en, ok
}

// entityNamed returns the entity of res with the given French name, or nil.
func entityNamed(res *Result, fr string) *Entity {
	for i := range res.Entities {
		if res.Entities[i].Names["fr"] == fr {
			return &res.Entities[i]
		}
	}
	return nil
}

// TestFullNameEntities pre-annotates names the recogniser used to cut or take for places: a long name
// with hyphenated given names, "de" and a hyphenated surname is one person, named again by the surname
// alone; a name met once, between "avec" and "à", is a person.
func TestFullNameEntities(t *testing.T) {
	const text = "Charles-Maurice de Talleyrand-Périgord a reçu l'ambassadeur 🇫🇷. Talleyrand-Périgord a ensuite quitté Paris.\n\n" +
		"La rencontre avec Ursula von der Leyen à Paris a duré deux heures.\n"
	res, err := Text(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for fr, want := range map[string]struct {
		typ      string
		mentions []string
	}{
		"Charles-Maurice de Talleyrand-Périgord": {"PER", []string{"Charles-Maurice de Talleyrand-Périgord", "Talleyrand-Périgord"}},
		"Ursula von der Leyen":                   {"PER", []string{"Ursula von der Leyen"}},
		"Paris":                                  {"LOC", []string{"Paris", "Paris"}},
	} {
		e := entityNamed(res, fr)
		if e == nil {
			t.Errorf("no entity %q", fr)
			continue
		}
		var got []string
		for _, i := range e.Mentions {
			got = append(got, text[res.Mentions[i].Start:res.Mentions[i].End])
		}
		if e.Type != want.typ || strings.Join(got, "|") != strings.Join(want.mentions, "|") {
			t.Errorf("entity %q: %s %q, want %s %q", fr, e.Type, got, want.typ, want.mentions)
		}
	}
	if len(res.Entities) != 3 {
		t.Errorf("%d entities, want 3", len(res.Entities))
	}
}

// TestGlossaryNamesEntities gives pre-annotation the user's glossary: an entity whose French name it
// holds (case and accents aside, or after a lower-case article) takes its English, before the built-in
// respelling and lists; the others keep those.
func TestGlossaryNamesEntities(t *testing.T) {
	const text = "« Nous ne céderons pas », a déclaré Sergueï Lavrov à Moscou 👍🏽.\n\n" +
		"Le porte-parole de la Maison-Blanche a répondu à M. Lavrov depuis Washington.\n"
	g := mapGlossary{annotate.Fold("SERGUEÏ LAVROV"): "Sergey Lavrov", annotate.Fold("Maison-Blanche"): "the White House (Washington)"}
	for _, tt := range []struct {
		g    Glossary
		want map[string]string
	}{
		{nil, map[string]string{"Sergueï Lavrov": "Sergei Lavrov", "Moscou": "Moscow", "Maison-Blanche": "White House"}},
		{g, map[string]string{"Sergueï Lavrov": "Sergey Lavrov", "Moscou": "Moscow", "Maison-Blanche": "the White House (Washington)"}},
	} {
		res, err := Text(text, Options{Glossary: tt.g})
		if err != nil {
			t.Fatal(err)
		}
		for fr, want := range tt.want {
			e := entityNamed(res, fr)
			if e == nil {
				var names []string
				for _, e := range res.Entities {
					names = append(names, e.Type+":"+e.Names["fr"])
				}
				t.Errorf("no entity %q among %q", fr, names)
			} else if e.Names["en"] != want {
				t.Errorf("glossary %v: %q is %q in English, want %q", tt.g != nil, fr, e.Names["en"], want)
			}
		}
	}
	// A name kept with its lower-case article is looked up without it too.
	if en, ok := glossaryName(g, "la Maison-Blanche", "ORG"); !ok || en != "the White House (Washington)" {
		t.Errorf("la Maison-Blanche: %q, %v", en, ok)
	}
	if en, ok := glossaryName(g, "la ", "ORG"); ok {
		t.Errorf("an article alone: %q", en)
	}
}
