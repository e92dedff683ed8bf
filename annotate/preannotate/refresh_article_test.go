package preannotate

import (
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// TestRerunCapitalArticleNameIsNoPersons: pre-annotation names an entity "La Provence" without its
// capitalised article when the rest is a known name ("Provence"); a second run must see that name
// as its own, not as a person's renaming, and refresh the suggestion instead of keeping it for ever
// as "touched by a person".
func TestRerunCapitalArticleNameIsNoPersons(t *testing.T) {
	d, err := plaintext.Import("p.txt", []byte("Selon La Provence, le maire a démissionné.\n"), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	var named bool
	for _, e := range d.Entities {
		named = named || e.Names[d.SourceLang] == "Provence"
	}
	if !named {
		t.Skipf("no entity named Provence: %v", spansOf(d)) // the recogniser's choice, not what this test is about
	}
	r, err := RunReport(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Kept != 0 || r.Unchanged == 0 {
		t.Errorf("second run: %+v; want the suggestions unchanged, none kept as a person's", r)
	}
	for _, sp := range d.Spans {
		if sp.Origin != annotate.Auto {
			t.Errorf("span %s became %s", d.SpanText(sp), sp.Origin)
		}
	}
}
