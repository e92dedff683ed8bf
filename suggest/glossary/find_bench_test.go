package glossary

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkFind looks up the terms of a sentence of a long article in a glossary of 2,000 entries
// and 500 document names, some of them the same words as stored entries: what every row shown does
// to mark its terms.
func BenchmarkFind(b *testing.B) {
	g, err := Open(filepath.Join(b.TempDir(), "tm.db"), "fr", "en")
	if err != nil {
		b.Fatal(err)
	}
	defer g.Close()
	var entries []Entry
	for i := range 2000 {
		entries = append(entries, Entry{Source: fmt.Sprintf("Parlement %d", i), Target: fmt.Sprintf("Parliament %d", i)})
	}
	entries = append(entries, Entry{Source: "Parlement gallois", Target: "Senedd"}, Entry{Source: "Maison-Blanche", Target: "White House"})
	if err := g.Add(context.Background(), entries...); err != nil {
		b.Fatal(err)
	}
	var names []Entity
	for i := range 500 {
		names = append(names, Entity{Source: fmt.Sprintf("Parlement %d", i*4), Target: fmt.Sprintf("the Parliament %d", i), Type: "ORG", Confirmed: i%2 == 0})
	}
	names = append(names, Entity{Source: "Parlement gallois", Target: "Welsh Parliament", Type: "ORG"})
	g.SetDocument(names)
	text := "Le Parlement gallois a voté la loi, a dit la Maison-Blanche, et le Parlement 12 « Élysée » 👍🏽 a suivi le Parlement 1999."
	b.ResetTimer()
	for range b.N {
		if len(g.Find(text)) != 4 {
			b.Fatal("terms not found")
		}
	}
}
