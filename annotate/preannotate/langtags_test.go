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
		}
		if found["Sergueï Lavrov"] != "Sergei Lavrov" || found["Moscou"] != "Moscow" {
			t.Errorf("run %d: names %v", run, found)
		}
		if err := d.Validate(); err != nil {
			t.Errorf("run %d: %v", run, err)
		}
	}
}
