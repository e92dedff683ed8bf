package ner

import (
	"sort"
	"strings"
)

// The tagger runs an organisation's name into the place after it: "les Nations unies à New York",
// "l'UNESCO de Jérusalem", "le Sénat de Virginie-Occidentale" come out as one ORG mention, where the
// gold, and a reader, have the organisation and the place. splitOrgPlace cuts an ORG mention "X à Y",
// or "X de Y" (du, des, d', de la, de l') when the document writes X as a mention of its own elsewhere
// ("l'UNESCO", "le Sénat"), into an ORG mention of X and a LOC mention of Y, when Y is a place the
// gazetteer knows or the document tags one, and no organisation ("l'Assemblée générale des Nations
// unies" stays whole), and X is no team's name in the plural ("les Girondins de Bordeaux"). "Université de Syracuse" or "Banque de France", which the
// document does not name without their place, stay whole.

// splitOrgPlace cuts, as described above, ORG mentions into an organisation and its place. mentions
// are in text order; so is the result.
func splitOrgPlace(d *docInfo, mentions []Mention) []Mention {
	var names, places, orgs map[string]bool
	var added []Mention
	for i, m := range mentions {
		if m.Label != "ORG" {
			continue
		}
		k := mentionTokens(d, m)
		if !holdsLink(d, k[0], k[1]) {
			continue
		}
		if names == nil {
			names, places, orgs = documentNames(d, mentions)
		}
		p, q, ok := orgPlaceCut(d, names, places, orgs, k[0], k[1])
		if !ok {
			continue
		}
		mentions[i].End = d.toks[p-1].end
		added = append(added, Mention{Start: d.toks[q].start, End: m.End, Label: "LOC", Confidence: m.Confidence})
	}
	if len(added) == 0 {
		return mentions
	}
	out := append(mentions, added...)
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// orgPlaceLinks are the words that join an organisation's name to its place's.
var orgPlaceLinks = wordSet("à de du d'")

// holdsLink reports whether tokens [s, e) hold one of orgPlaceLinks after their first.
func holdsLink(d *docInfo, s, e int) bool {
	for p := s + 1; p+1 < e; p++ {
		if orgPlaceLinks[d.lower[p]] {
			return true
		}
	}
	return false
}

// documentNames returns the names of the document's mentions, those of its places and those of its
// organisations.
func documentNames(d *docInfo, mentions []Mention) (names, places, orgs map[string]bool) {
	names, places, orgs = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, m := range mentions {
		k := nameKey(d.text[m.Start:m.End])
		names[k], places[k], orgs[k] = true, places[k] || m.Label == "LOC", orgs[k] || m.Label == "ORG"
	}
	return names, places, orgs
}

// orgPlaceCut returns, for an ORG mention of tokens [s, e), the token p of the particle that ends the
// organisation's name and the token q that opens the place's, when the mention reads as described above.
func orgPlaceCut(d *docInfo, names, places, orgs map[string]bool, s, e int) (p, q int, ok bool) {
	for p = s + 1; p+1 < e; p++ {
		w := d.lower[p]
		if !orgPlaceLinks[w] {
			continue
		}
		q = p + 1
		if w == "de" && (d.lower[q] == "la" || d.lower[q] == "l'") {
			q++
		}
		if q >= e || !isCap(d.words[q]) || !knownPlace(d, places, q, e) || orgs[nameKey(d.text[d.toks[q].start:d.toks[e-1].end])] ||
			d.gaz[q]&uint32(gazInstitution) != 0 || teamName(d, s, p) {
			return 0, 0, false
		}
		named := names[nameKey(d.text[d.toks[s].start:d.toks[p-1].end])]
		return p, q, w == "à" || named
	}
	return 0, 0, false
}

// teamName reports whether tokens [s, p) are one capitalised word in the plural, as a team's name is
// ("les Girondins de Bordeaux", "les Canadiens de Montréal"), which the place completes.
func teamName(d *docInfo, s, p int) bool {
	w := d.words[s]
	return p == s+1 && strings.HasSuffix(w, "s") && w != strings.ToUpper(w)
}
