package quotes

import "strings"

// listStart returns the first token of a list of names whose last name starts at toks[from]: the list
// speaks, not its last place or person ("l'Allemagne, la France, l'Italie et le Luxembourg, qui
// s'étaient engagés à « … »", "Paul Roux, Anne Martin et Luc Petit ont affirmé"). Only a clean list
// counts: three names at least, each capitalised words with maybe an article, the last after et and
// the others after commas, with no comma before the first (which could end a name not read, "Paul
// Roux (EELV), Anne Martin, …") and no sentence-opening preposition ("En France, Paul Roux, Anne
// Martin et Luc Petit"). Else from.
func listStart(toks []tok, from int) int {
	if from < 2 || toks[from-1].low != "et" {
		return from
	}
	items, start := 1, from
	for sep := from - 1; sep >= 1 && toks[sep-1].word && isUpperStart(toks[sep-1].text); {
		start = nameLeft(toks, sep-1)
		items++
		if start < 2 || toks[start-1].text != "," {
			break
		}
		sep = start - 1
	}
	if items < 3 || start > 0 && toks[start-1].text == "," || openingPreposition(toks, start-1) {
		return from
	}
	return start
}

// openingPreposition reports whether toks[k] is a preposition opening its sentence or clause, whose
// complement a comma then closes ("En France, …", "Hier, à Lyon, …"); an emoji before it opens nothing.
func openingPreposition(toks []tok, k int) bool {
	return k >= 0 && prepositions[toks[k].low] && (k == 0 || strings.Contains(".!?…:;,", toks[k-1].text))
}
