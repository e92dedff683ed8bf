package quotes

import "testing"

// TestClusterEdges: a quotation, its cue and its speaker never start or end inside a grapheme cluster
// (UAX #29) when a dash or a guillemet carries a mark, a space or comma follows a prepended Arabic sign
// (U+06DD joins what comes after it), or emoji sequences, flags and combining accents stand at an edge;
// and the quotation read is still the one a reader sees.
func TestClusterEdges(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"dash followed by a prepended sign and a space (the fuzz find)", "—\u06dd ", []want{{"—\u06dd ", "", ""}}},
		{"dash followed by a prepended sign", "—\u06dd Oui, dit Zoé.", []want{{"—\u06dd Oui", "dit", "Zoé"}}},
		{"dash carrying an Arabic mark", "—\u0610 Non, répondit Ali.", []want{{"—\u0610 Non", "répondit", "Ali"}}},
		{"turn ending on a prepended sign before a space and a comma",
			"— C’est fini\u06dd , a dit Zoé.", []want{{"— C’est fini\u06dd ", "dit", "Zoé"}}},
		{"guillemets carrying Arabic marks", "«\u0610 Oui »\u0610, a dit Marie.", []want{{"«\u0610 Oui »\u0610", "dit", "Marie"}}},
		{"prepended sign before the closing guillemet's space",
			"« Bravo\u06dd », a déclaré Ali.", []want{{"« Bravo\u06dd »", "déclaré", "Ali"}}},
		{"incise after a comma joined to a prepended sign",
			"« Oui\u06dd, a-t-il dit, non »", []want{{"« Oui\u06dd,", "dit", "il"}, {"non »", "dit", "il"}}},
		{"e and a combining acute at the turn's end and the speaker's",
			"— Cafe\u0301, dit Zoe\u0301", []want{{"— Cafe\u0301", "dit", "Zoe\u0301"}}},
		{"skin tone before the incise, flag after the speaker",
			"— On a gagné 👍🏽, répondit Pierre 🇫🇷.", []want{{"— On a gagné 👍🏽", "répondit", "Pierre"}}},
		{"ZWJ family before the closing guillemet",
			"« La famille 👨\u200d👩\u200d👧 », a dit Zoé.", []want{{"« La famille 👨\u200d👩\u200d👧 »", "dit", "Zoé"}}},
		{"two flags ending a turn", "— Allez 🇫🇷🇪🇺, dit-il.", []want{{"— Allez 🇫🇷🇪🇺", "dit", "il"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, q := range Find(tc.text) {
				checkSpan(t, tc.text, "quote", q.Span)
				checkSpan(t, tc.text, "cue", q.Cue)
				checkSpan(t, tc.text, "speaker", q.Speaker)
			}
			checkFind(t, tc.text, tc.want)
		})
	}
}
