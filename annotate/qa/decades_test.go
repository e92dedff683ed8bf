package qa

import (
	"slices"
	"testing"
)

// TestDecadesAreOneNumber: French writes a decade "les années 30" (or "années 1930"), English "the
// 1930s" or "the ’30s": the same number, which the numbers check flagged in every such sentence of an
// article ("30 of the source is missing; 1930 of the translation is not in the source"). Another
// century, another decade, or a year where the French says a decade is still flagged.
func TestDecadesAreOneNumber(t *testing.T) {
	checkNumbers(t, []numberCase{
		{"années 30, 1930s", "La congrégation abandonna les lieux dans les années 30.", "The congregation moved out in the 1930s.", false},
		{"années 1930, ’30s", "Dans les années 1930, puis 1940.", "In the ’30s, then 1940.", false},
		{"années 1930, 1930s", "Dans les années\u00a01930, « tout » changea 😀.", "In the 1930s, “everything” changed 😀.", false},
		{"années 80, ’80s", "Les années 80 et 1 000 fans.", "The ’80s and 1,000 fans.", false},
		{"années 90, '90s and 90s", "Les années 90, puis les années 2000.", "The '90s, then the 2000s.", false},
		{"années 60, 60s", "Né dans les annees 60.", "Born in the 60s.", false},
		{"another century", "Dans les années 1930.", "In the 1830s.", true},
		{"another decade", "Dans les années 30.", "In the 1940s.", true},
		{"a year for a decade", "Dans les années 30.", "In 1930.", true},
		{"a decade for a number", "Il a 30 ans.", "He is in his 1930s.", true},
	})
}

// numberCase is a French, its English, and whether the numbers check flags them.
type numberCase struct {
	name, src, en string
	flagged       bool
}

// checkNumbers runs the numbers check on each case's one segment.
func checkNumbers(t *testing.T, cases []numberCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := doc(t, c.src, []string{c.en})
			got := checksOf(Run(d, onlyChecks(NumberMismatch)))
			if flagged := slices.Contains(got, "s1:"+NumberMismatch); flagged != c.flagged {
				t.Errorf("%q / %q: issues %v, want flagged %v", c.src, c.en, got, c.flagged)
			}
		})
	}
}
