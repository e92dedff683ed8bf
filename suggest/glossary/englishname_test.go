package glossary

import (
	"context"
	"strings"
	"testing"
)

// TestEnglishName looks names up as pre-annotation does: the stored entries (imported, or learned from
// what a person confirmed) give an entity its English name; the open document's own names do not.
func TestEnglishName(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	csv := "source,target\nSergueï Lavrov,Sergey Lavrov\n« Le Monde »,Le Monde\nCafé 👍🏽 Flore,Café de Flore\n"
	if _, err := g.Import(ctx, strings.NewReader(csv), "terms.csv"); err != nil {
		t.Fatal(err)
	}
	if _, err := g.Learn(ctx, []Entity{{Source: "Orange", Target: "Orange S.A.", Type: "ORG"},
		{Source: "Orange", Target: "Orange (Vaucluse)", Type: "LOC"}, {Source: "Maison-Blanche", Target: "White House", Type: "ORG"}}, "a1"); err != nil {
		t.Fatal(err)
	}
	g.SetDocument([]Entity{{Source: "Pékin", Target: "Beijing", Type: "LOC"}, {Source: "Lyon", Target: "Lyons", Type: "LOC", Confirmed: true}})
	tests := []struct {
		fr, label string
		want      string // "" when the glossary has none
	}{
		{"Sergueï Lavrov", "PER", "Sergey Lavrov"},
		{"SERGUEI LAVROV", "PER", "Sergey Lavrov"},       // case and accents aside
		{"Serguei\u0308 Lavrov", "PER", "Sergey Lavrov"}, // a combining diaeresis
		{"Lavrov", "PER", ""},                            // a part of a name is another name
		{"Sergueï Lavrov Junior", "PER", ""},             // and so is a longer one
		{"Maison Blanche", "ORG", "White House"},         // a space for the hyphen
		{"Orange", "ORG", "Orange S.A."},                 // the entry of the entity's type
		{"Orange", "LOC", "Orange (Vaucluse)"},
		{"Orange", "MISC", "Orange (Vaucluse)"}, // none of its type: the latest stored
		{"Le Monde", "ORG", "Le Monde"},         // the guillemets are no words
		{"Café 👍🏽 Flore", "ORG", "Café de Flore"},
		{"Pékin", "LOC", ""}, // the document's automatic name
		{"Lyon", "LOC", ""},  // nor its confirmed one before it is learned
		{"", "LOC", ""},
	}
	for _, tt := range tests {
		got, ok := g.EnglishName(tt.fr, tt.label)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("EnglishName(%q, %s) = %q, %v; want %q", tt.fr, tt.label, got, ok, tt.want)
		}
	}
}

// TestLookup looks names up as the quality checks do: every stored translation of the term, word for
// word, case and accents aside; never a part of a name, a longer one, nor the document's own names.
func TestLookup(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	csv := "source,target\nMarseille,Marseilles\nJosé\u0301 Martínez,José\u0301 Martínez (Sr.)\n« Le Monde »,Le Monde\nCafé 👍🏽 Flore,Café de Flore\nMaison-Blanche,White House\nMaison-Blanche,the White House\n"
	if _, err := g.Import(ctx, strings.NewReader(csv), "terms.csv"); err != nil {
		t.Fatal(err)
	}
	g.SetDocument([]Entity{{Source: "Pékin", Target: "Beijing", Type: "LOC", Confirmed: true}})
	tests := []struct{ fr, want string }{
		{"Marseille", "Marseilles"},
		{"MARSEILLE", "Marseilles"},
		{"Jose Martinez", "José\u0301 Martínez (Sr.)"}, // the combining accent aside
		{"José\u0301 Martínez", "José\u0301 Martínez (Sr.)"},
		{"Martínez", ""},
		{"Le Monde", "Le Monde"},
		{"Café 👍🏽 Flore", "Café de Flore"},
		{"Maison Blanche", "the White House | White House"}, // the latest stored first
		{"Pékin", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(g.Lookup(tt.fr), " | "); got != tt.want {
			t.Errorf("Lookup(%q) = %q, want %q", tt.fr, got, tt.want)
		}
	}
	if Key("Maison-Blanche") != Key("maison blanche") || Key("« Marseille »") != "marseille" {
		t.Errorf("Key: %q, %q, %q", Key("Maison-Blanche"), Key("maison blanche"), Key("« Marseille »"))
	}
}
