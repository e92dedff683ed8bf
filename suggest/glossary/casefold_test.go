package glossary

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestCaseIsOneEntry: a pair stored again in other capitals, typed (Add to the glossary, tm
// add-term), imported or learned from a document, is the entry already stored, which keeps its
// spelling; accents, hyphens and another translation still make another entry. Before, "moscou →
// Moscow" typed after "Moscou → Moscow" was imported was a second entry, listed and offered twice.
func TestCaseIsOneEntry(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(g.Add(ctx, Entry{Source: "Moscou", Target: "Moscow", Type: "LOC", Origin: "terms.csv"},
		Entry{Source: "É\u00a0tat d’urgence", Target: "State of emergency", Origin: "terms.csv"},
		Entry{Source: "Straße", Target: "street 👍🏽", Origin: "terms.csv"}))
	e, added, err := g.AddTyped(ctx, Entry{Source: "moscou", Target: "MOSCOW", Note: "capitale"})
	if err != nil || added || e.Source != "Moscou" || e.Target != "Moscow" || e.Note != "capitale" || e.Origin != "terms.csv" {
		t.Errorf("AddTyped(moscou, MOSCOW) = %+v, %v, %v; want the stored Moscou → Moscow, not added", e, added, err)
	}
	if _, added, err := g.AddTyped(ctx, Entry{Source: norm.NFD.String("é\u00a0TAT D’URGENCE"), Target: "state of emergency"}); err != nil || added {
		t.Errorf("the same term decomposed and in capitals: added %v, %v", added, err)
	}
	must(g.Add(ctx, Entry{Source: "MOSCOU", Target: "moscow", Note: "réimporté", Origin: "autre.csv"},
		Entry{Source: "STRAẞE", Target: "STREET 👍🏽"}, Entry{Source: "STRASSE", Target: "street 👍🏽"},
		Entry{Source: "Pêcheur", Target: "fisherman"}, Entry{Source: "pécheur", Target: "sinner"},
		Entry{Source: "PÊCHEUR", Target: "Fisherman"}))
	learned, err := g.Learn(ctx, []Entity{{Source: "moscou", Target: "Moscow", Type: "LOC"}, {Source: "Moscou", Target: "Moskva", Type: "LOC"}}, "doc-1")
	must(err)
	if len(learned) != 1 || learned[0].Target != "Moskva" {
		t.Errorf("Learn stored %+v; want only the new translation Moskva", learned)
	}
	want := strings.Join([]string{
		"É\u00a0tat d’urgence → State of emergency (terms.csv)",
		"Moscou → Moscow (autre.csv)",
		"Moscou → Moskva (doc-1)",
		"Pêcheur → fisherman ()",
		"pécheur → sinner ()",
		"STRASSE → street 👍🏽 ()", // ss is not ß, to Find either
		"Straße → street 👍🏽 (terms.csv)",
	}, "; ")
	if got := entryList(t, g); got != want {
		t.Errorf("entries:\n%s\nwant\n%s", got, want)
	}
	if hs := g.Find("MOSCOU répond."); len(hs) != 1 || len(hs[0].Others) != 1 {
		t.Errorf("Find: %+v; want one hit with Moscow and Moskva", hs)
	}
}

// TestCapitalisedTextFindsLowerCaseTerms: a term stored in lower case is found written with a
// capital at the start of a sentence or in capitals, accented capitals included, at the offsets of
// the text as written; Lookup and EnglishName read it so too.
func TestCapitalisedTextFindsLowerCaseTerms(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	if err := g.Add(ctx, Entry{Source: "union européenne", Target: "European Union"},
		Entry{Source: "état d'urgence", Target: "state of emergency"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Union européenne : « accord » 👍🏽.", "Union européenne"},
		{"« État d’urgence » décrété.", "État d’urgence"},
		{"L'UNION EUROPÉENNE a dit.", "UNION EUROPÉENNE"},
		{norm.NFD.String("É") + "tat d'urgence.", ""}, // a decomposed text is not one the app gives (NFC)
	}
	for _, tt := range tests {
		hs := g.Find(tt.text)
		var got string
		if len(hs) == 1 {
			got = tt.text[hs[0].Start:hs[0].End]
		}
		if tt.want != "" && got != tt.want {
			t.Errorf("Find(%q) = %+v; want %q", tt.text, hs, tt.want)
		}
	}
	if got := g.Lookup("Union Européenne"); !slices.Equal(got, []string{"European Union"}) {
		t.Errorf("Lookup = %q", got)
	}
	if got, ok := g.EnglishName("ÉTAT D'URGENCE", ""); !ok || got != "state of emergency" {
		t.Errorf("EnglishName = %q, %v", got, ok)
	}
}

// BenchmarkAddMany measures Add of a 5,000-entry import into a glossary of as many, many terms
// sharing their first word (the case check looks at the stored entries of the same words).
func BenchmarkAddMany(b *testing.B) {
	ctx := context.Background()
	g, err := Open(filepath.Join(b.TempDir(), "tm.db"), "fr", "en")
	if err != nil {
		b.Fatal(err)
	}
	defer g.Close()
	batch := func(n int, pre string) []Entry {
		es := make([]Entry, n)
		for i := range es {
			es[i] = Entry{Source: fmt.Sprintf("%s la commission n° %d", pre, i), Target: fmt.Sprintf("commission no. %d", i)}
		}
		return es
	}
	if err := g.Add(ctx, batch(5000, "Élue")...); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := g.Add(ctx, batch(5000, "ÉLUE")...); err != nil {
			b.Fatal(err)
		}
	}
}
