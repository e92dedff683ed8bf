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
