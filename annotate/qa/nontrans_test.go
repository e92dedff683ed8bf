package qa

import (
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate/numerals"
)

// TestNonTranslatableAgrees checks that the English numerals.NonTranslatable gives a number-only
// segment is what the checks accept: same numbers, symbols kept, no French spacing.
func TestNonTranslatableAgrees(t *testing.T) {
	for _, fr := range []string{
		"23,5", "1 234", "1\u202f234,50", "1.234.567", "12 %", "-3,2\u00a0%", "3,1 🇫🇷", "12/03/2024", "2-1",
		"14 h 30", "2 h 30 min", "07h45", "18 h", "23,5 €", "1 500\u00a0€", "130 km/h", "« 12 »", "RN7", "#JO2024",
		"https://www.interieur.gouv.fr/elections", "émilie.durand@exemple.fr",
	} {
		en, ok := numerals.NonTranslatable(fr)
		if !ok {
			t.Fatalf("%q: not non-translatable", fr)
		}
		d := doc(t, fr, []string{en})
		got := checksOf(Run(d, onlyChecks(NumberMismatch, SymbolMissing, Spacing, FrenchTypography, UnbalancedQuotes)))
		if slices.Contains(got, "s1:"+NumberMismatch) || slices.Contains(got, "s1:"+SymbolMissing) || slices.Contains(got, "s1:"+Spacing) || slices.Contains(got, "s1:"+FrenchTypography) {
			t.Errorf("%q → %q: flagged %v", fr, en, got)
		}
	}
}
