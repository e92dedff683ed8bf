package project_test

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// TestPositionTakesTheNameOnly: a name found only by its place in the sentence takes the capitalised
// words that render it, not the headline's other capitals nor the noun after it; a run that looks like
// nothing of the French (an acronym spelled out) is taken whole.
func TestPositionTakesTheNameOnly(t *testing.T) {
	cases := []struct{ name, src, target, label, fr, want string }{
		{"headline capitals", "Meeting de Trump en Virginie-Occidentale", "Trump's West Virginia Rally Time",
			annotate.LabelLOC, "Virginie-Occidentale", "West Virginia"},
		{"a noun after it", "La fin de la guerre de Corée est attendue.", "An end to the 1950-53 Korea War is awaited.",
			annotate.LabelLOC, "Corée", "Korea"},
		{"a title after it", "Grande-Bretagne : la Première ministre accuse", "Great Britain PM accuses",
			annotate.LabelLOC, "Grande-Bretagne", "Great Britain"},
		{"an acronym spelled out", "Le chef du FMI parle ce soir.", "The head of the International Monetary Fund speaks tonight.",
			annotate.LabelORG, "FMI", "International Monetary Fund"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, spans := small(t, c.src, []string{c.target}, [2]string{c.label, c.fr})
			if _, err := project.Document(annotate.NewEditor(d), project.Options{}); err != nil {
				t.Fatal(err)
			}
			if got := english(d, spans[0]); strings.Join(got, "|") != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
