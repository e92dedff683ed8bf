package annotate

import "testing"

// TestKeepNoBreakSpaces: a replacement typed with ordinary spaces where the match holds no-break ones
// at the same place (between the same characters, or where French typography wants one: after «, and
// before : ; ! ? ») keeps the match's no-break spaces, U+00A0 or U+202F as it had them; the other
// spaces stay as typed, and so does a no-break space typed.
func TestKeepNoBreakSpaces(t *testing.T) {
	const nb, nnb = "\u00a0", "\u202f"
	for _, tt := range []struct{ name, match, with, want string }{
		{"guillemets", "«" + nb + "deal" + nb + "»", "« agreement »", "«" + nb + "agreement" + nb + "»"},
		{"narrow guillemets", "«" + nnb + "l’été" + nnb + "»", "« l’été 👍🏽 à José\u0301 »", "«" + nnb + "l’été 👍🏽 à José\u0301" + nnb + "»"},
		{"mixed", "«" + nnb + "Oui" + nb + "!" + nb + "»", "« Non ! »", "«" + nnb + "Non" + nb + "!" + nb + "»"},
		{"colon", "prix" + nnb + ":", "tarif :", "tarif" + nnb + ":"},
		{"question mark", "vraiment" + nb + "?", "sûr ?", "sûr" + nb + "?"},
		{"semicolon", "un" + nb + "; deux", "une ; deux", "une" + nb + "; deux"},
		{"thousands", "10" + nnb + "000 euros", "20 000 dollars", "20" + nnb + "000 dollars"},
		{"ordinary spaces stay", "«" + nb + "deal" + nb + "»", "the agreement of « all »", "the agreement of «" + nb + "all" + nb + "»"},
		{"no mark: as typed", "Mr" + nb + "Smith", "Mr Jones", "Mr Jones"},
		{"match without no-break space", "« deal »", "« agreement »", "« agreement »"},
		{"typed no-break space kept", "«" + nnb + "deal" + nnb + "»", "«" + nb + "agreement »", "«" + nb + "agreement" + nnb + "»"},
		{"no space typed", "deal" + nb + "!", "agreement!", "agreement!"},
		{"another mark of the kind", "“deal”" + nb + "!", "“agreement” ?", "“agreement”" + nb + "?"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := KeepNoBreakSpaces(tt.match, tt.with); got != tt.want {
				t.Errorf("KeepNoBreakSpaces(%q, %q) = %q, want %q", tt.match, tt.with, got, tt.want)
			}
		})
	}
}

// TestReplacementKeepsNoBreakSpaces: Replacement, which the app's Replace and glose-cli replace use,
// keeps the no-break spaces and the case of the match alike.
func TestReplacementKeepsNoBreakSpaces(t *testing.T) {
	match := "«\u00a0Deal\u00a0»"
	for _, o := range []ReplaceOptions{{}, {SearchOptions: SearchOptions{MatchCase: true}}} {
		want := "«\u00a0Agreement\u00a0»"
		if o.MatchCase {
			want = "«\u00a0agreement\u00a0»"
		}
		if got := o.Replacement(match, "« agreement »"); got != want {
			t.Errorf("MatchCase %v: %q, want %q", o.MatchCase, got, want)
		}
	}
}
