package qa

import (
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestSpacing: white space the English has and its French has not is flagged in confirmed segments,
// one issue a kind; the French sets what is allowed, and a draft being typed is left alone.
func TestSpacing(t *testing.T) {
	cases := []struct {
		name, src, en string
		status        annotate.Status
		want          []string
	}{
		{"clean", "Il a dit « très bien » 👍.", "He said “very good” 👍.", annotate.StatusTranslated, nil},
		{"line break typed", "Pour des raisons de sécurité.", "\nFor safety reasons.", annotate.StatusTranslated, []string{"qa.spacing.line-break", "qa.spacing.edges"}},
		{"line break inside", "Pour des raisons de sécurité.", "For safety\nreasons.", annotate.StatusReviewed, []string{"qa.spacing.line-break"}},
		{"trailing space", "21 janvier 2016 . –", "21 January 2016 ", annotate.StatusTranslated, []string{"qa.spacing.edges"}},
		{"leading no-break space", "Il part.", "\u00a0He leaves.", annotate.StatusTranslated, []string{"qa.spacing.edges"}},
		{"double space", "Le café de José.", "José\u0301’s  café.", annotate.StatusTranslated, []string{"qa.spacing.double"}},
		{"space and no-break space", "Il part.", "He \u00a0leaves.", annotate.StatusTranslated, []string{"qa.spacing.double"}},
		{"French has a double space", "Il a dit  non.", "He said  no.", annotate.StatusTranslated, nil},
		{"no-break spaces inside", "Il a dit « non ».", "He said « no ».", annotate.StatusTranslated, nil},
		{"draft being typed", "Il a dit non.", "He said ", annotate.StatusDraft, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := doc(t, c.src, []string{c.en})
			d.Segments[0].Status = c.status
			var got []string
			for _, is := range Run(d, Config{Disabled: map[string]bool{PendingSuggestions: true, Spelling: true, QuotationStyle: true, FrenchTypography: true}}) {
				if is.Check == Spacing {
					got = append(got, is.Key)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}
