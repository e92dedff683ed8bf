package dict

import "strings"

// lemmaRules map an ending of an inflected French form to the endings of its possible lemmas,
// longest endings first.
var lemmaRules = []struct {
	suffix string
	lemmas []string
}{
	{"aient", []string{"er", "re", "ir"}},
	{"èrent", []string{"er"}},
	{"aux", []string{"al", "ail"}},
	{"ées", []string{"er", "ée"}},
	{"ait", []string{"er", "re", "ir"}},
	{"ais", []string{"er", "re", "ir"}},
	{"ons", []string{"er", "re", "ir"}},
	{"ent", []string{"er", "re", "ir", "ent"}},
	{"és", []string{"er", "é"}},
	{"ée", []string{"er", "é"}},
	{"ez", []string{"er", "re", "ir"}},
	{"es", []string{"e", "", "er"}},
	{"é", []string{"er"}},
	{"e", []string{"", "er"}},
	{"s", []string{""}},
	{"x", []string{""}},
}

// Lemmas proposes the possible dictionary forms of a lower-cased French word, most likely first:
// "chevaux" → "cheval", "grandes" → "grande", "grand"; "parlait" → "parler"; "arrivée" → "arriver".
// Candidates are guesses to look up, not checked words.
func Lemmas(word string) []string {
	var out []string
	seen := map[string]bool{word: true}
	for _, r := range lemmaRules {
		stem, ok := strings.CutSuffix(word, r.suffix)
		if !ok || len([]rune(stem)) < 2 {
			continue
		}
		for _, l := range r.lemmas {
			if c := stem + l; !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}
