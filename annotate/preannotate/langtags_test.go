package preannotate

import (
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestEntityNamesUnderTheDocumentsTags: in a document in British English from Swiss French, the
// entities pre-annotation makes are named under fr-CH and en-GB, the tags the app, QA and exports
// look names up by; running it again over its own suggestions keeps them and finds the same names.
func TestEntityNamesUnderTheDocumentsTags(t *testing.T) {
	const text = "« Nous ne céderons pas », a déclaré Sergueï Lavrov à Moscou.\n"
	d := annotate.NewDocument("t", "", text, "fr-CH", "en-GB")
	for run := 1; run <= 2; run++ {
		if err := Run(d, Options{}); err != nil {
			t.Fatal(err)
		}
		found := map[string]string{}
		for _, e := range d.Entities {
			if _, ok := e.Names["fr"]; ok {
				t.Errorf("run %d: entity %s named under fr: %v", run, e.ID, e.Names)
			}
			found[e.Names["fr-CH"]] = e.Names["en-GB"]
			if e.Names["en-GB"] != "" && !e.IsProposed("en-GB") {
				t.Errorf("run %d: English %q not marked proposed: %v", run, e.Names["en-GB"], e.Proposed)
			}
		}
		if found["Sergueï Lavrov"] != "Sergei Lavrov" || found["Moscou"] != "Moscow" {
			t.Errorf("run %d: names %v", run, found)
		}
		if err := d.Validate(); err != nil {
			t.Errorf("run %d: %v", run, err)
		}
	}
}

// TestEnglishNameAsPreannotation: the English name the app proposes when a person renames the French
// is pre-annotation's: a known spelling, a person's name English keeps, none for one it would not.
func TestEnglishNameAsPreannotation(t *testing.T) {
	for _, tt := range []struct{ fr, typ, want string }{
		{"Vladimir Poutine", "PER", "Vladimir Putin"},
		{"Moscou", "LOC", "Moscow"},
		{"Hélène Dumarchey", "PER", "Hélène Dumarchey"},
		{"Oleg Chapochnikov", "PER", ""},
	} {
		if got := EnglishName(nil, tt.fr, tt.typ); got != tt.want {
			t.Errorf("EnglishName(%q, %s) = %q, want %q", tt.fr, tt.typ, got, tt.want)
		}
	}
}
