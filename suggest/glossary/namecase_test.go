package glossary

import (
	"context"
	"testing"
)

// TestLearnedNamesMatchCaseAsTheDocumentSays: a name learned from a document matches case where the
// open document's rule says it is a common word's capitalised form, whenever it was learned, and in
// any case without a rule; imported and typed terms, and names marked MatchCase, keep their own flag.
func TestLearnedNamesMatchCaseAsTheDocumentSays(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	if _, err := g.Learn(ctx, []Entity{{Source: "Petit", Target: "Petit", Type: "PER"}}, "doc-a"); err != nil {
		t.Fatal(err)
	}
	if err := g.Add(ctx, Entry{Source: "Orange", Target: "Orange"}, Entry{Source: "PAN", Target: "PAN", Type: "ORG", MatchCase: true}); err != nil {
		t.Fatal(err)
	}
	const text = "M. Petit 🙂 a vu un petit « Orange » vendre une orange, puis Blanc, le vin blanc et un pan."
	check := func(when, want string) {
		t.Helper()
		if got := hitList(g, text); got != want {
			t.Errorf("%s: Find = %q, want %q", when, got, want)
		}
	}
	check("without a rule", "Petit→Petit; petit→Petit; Orange→Orange; orange→Orange")
	common := func(name string) bool { return name == "Petit" || name == "Orange" || name == "Blanc" || name == "PAN" }
	g.SetNameCase(common)
	check("with the document's rule", "Petit→Petit; Orange→Orange; orange→Orange")
	if _, ok := g.EnglishName("petit", "PER"); ok {
		t.Error(`EnglishName("petit") found the surname`)
	}
	if _, err := g.Learn(ctx, []Entity{{Source: "Blanc", Target: "Blanc", Type: "PER"}}, "doc-b"); err != nil {
		t.Fatal(err)
	}
	check("a name learned meanwhile", "Petit→Petit; Orange→Orange; orange→Orange; Blanc→Blanc")
	g.SetNameCase(func(name string) bool { return false })
	check("another document's rule", "Petit→Petit; petit→Petit; Orange→Orange; orange→Orange; Blanc→Blanc; blanc→Blanc")
	g.SetNameCase(nil)
	if !g.MatchCase("PAN", "PAN") || len(g.Lookup("pan")) > 0 {
		t.Error("PAN, marked to match case, no longer does")
	}
}
