package ner

import "strings"

// "la fille de Bond", "l'épouse de Fillon": a noun of kinship makes the name after it a person's, a
// parent's or a spouse's, where the tagger, meeting a lone surname, read a place or an organisation.
// kinshipPersons relabels PER such a mention, the noun after a determiner or a possessive, unless the
// name is a place of the gazetteer ("un fils d'Haïti", "une femme de Cannes").

// kinshipNouns are the nouns of kinship, singular and plural.
var kinshipNouns = wordSet("fils fille filles père mère parents épouse époux mari femme frère frères " +
	"sœur sœurs veuve veuf neveu nièce oncle tante cousin cousine petit-fils petite-fille gendre " +
	"belle-fille beau-père belle-mère grand-père grand-mère enfant enfants")

// kinshipPersons relabels in place, as described above, the mentions a noun of kinship governs.
func kinshipPersons(d *docInfo, mentions []Mention) {
	for i, m := range mentions {
		if m.Label == "PER" || m.Start < 4 || !kinshipBefore(d.text[:m.Start]) {
			continue
		}
		k := mentionTokens(d, m)
		s := k[0]
		if s < 3 || d.toks[s].newlineBefore || gazetteerPlace(d, s, k[1]) || d.gaz[s]&placeKinds != 0 {
			continue
		}
		if (d.lower[s-1] == "de" || d.lower[s-1] == "d'") && kinshipNouns[d.words[s-2]] &&
			(determiners[d.lower[s-3]] || possessives[d.lower[s-3]]) {
			mentions[i].Label = "PER"
		}
	}
}

// kinshipBefore reports whether text, the text before a mention, ends with "de" or an apostrophe:
// a quick look before the tokens are read.
func kinshipBefore(text string) bool {
	t := strings.TrimRight(text, " \u00a0\u202f")
	return strings.HasSuffix(t, "de") || strings.HasSuffix(t, "'") || strings.HasSuffix(t, "’")
}
