package ner

import "strings"

// A country's form of state names the country: "le Grand-duché de Luxembourg", "la Principauté de
// Monaco", "le Royaume du Maroc", "la République démocratique du Congo" are places, as the training
// data tags "République tchèque" and "république populaire de Chine", not organisations. The tagger,
// which has seen few of them, reads the head with a capital as an institution's ("Royaume de Belgique"
// ORG), or runs a lower-case "grand-duché" into the organisation before it ("ministre des Finances du
// grand-duché"). stateNames makes:
//
//   - a mention from a form of state to the country named after it, with lower-case adjectives
//     between ("République islamique d'Iran"), one LOC mention, also when the tagger took the
//     country alone after a capitalised head ("Grand-duché de Luxembourg" for "Luxembourg");
//   - the capitalised head standing alone a place ("le Grand-Duché a voté"), as "République" is;
//   - a lower-case head alone no name, cut off the mention it ends ("Finances du grand-duché" →
//     "Finances"): a common noun, like "le pays".

// stateForms are the folded nouns of a country's form of state.
var stateForms = map[string]bool{
	"republique": true, "royaume": true, "principaute": true, "grand-duche": true, "duche": true,
	"emirat": true, "sultanat": true,
}

// stateOf are the prepositions between a form of state and the country's name.
var stateOf = map[string]bool{"de": true, "d'": true, "du": true, "des": true}

// stateNames relabels, stretches and cuts the mentions described above. mentions are in text order;
// so is the result.
func stateNames(d *docInfo, mentions []Mention) []Mention {
	out := mentions[:0:0]
	for _, m := range mentions {
		k := mentionTokens(d, m)
		switch {
		case stateForms[d.fold[k[0]]]:
			m, k = stateFromHead(d, m, k)
		case k[0] >= 2 && stateOf[d.lower[k[0]-1]] && countryAt(d, k[0]) == k[1]:
			if h := headBefore(d, k[0]-1); h >= 0 && isCap(d.words[h]) && (len(out) == 0 || out[len(out)-1].End <= d.toks[h].start) {
				m = Mention{Start: d.toks[h].start, End: m.End, Label: "LOC", Confidence: m.Confidence}
			}
		case k[1]-k[0] >= 3 && stateForms[d.fold[k[1]-1]] && !isCap(d.words[k[1]-1]) && stateOf[d.lower[k[1]-2]]:
			k[1] -= 2 // "Finances du grand-duché"
			m.End = d.toks[k[1]-1].end
		}
		if k[1] > k[0] {
			out = append(out, m)
		}
	}
	return out
}

// stateFromHead is stateNames for mention m, tokens k, that opens with a form of state: it returns the
// mention as it should be and its tokens, k[1] == k[0] when it is no name.
func stateFromHead(d *docInfo, m Mention, k [2]int) (Mention, [2]int) {
	if e := countryAfterHead(d, k[0]); e >= k[1] && e-k[0] <= 2*maxGazTokens {
		m.End, m.Label, k[1] = d.toks[e-1].end, "LOC", e
		return m, k
	}
	if k[1]-k[0] == 1 {
		if !isCap(d.words[k[0]]) {
			return m, [2]int{k[0], k[0]}
		}
		m.Label = "LOC"
	}
	return m, k
}

// countryAfterHead returns the end of the country's name that the form of state at token h names,
// after lower-case adjectives and a preposition ("République islamique d'Iran"), or -1.
func countryAfterHead(d *docInfo, h int) int {
	j := h + 1
	for j < len(d.toks) && j-h <= 3 && !stateOf[d.lower[j]] && d.words[j] == d.lower[j] && isWordToken(d.words[j]) {
		j++
	}
	if j >= len(d.toks) || !stateOf[d.lower[j]] {
		return -1
	}
	return countryAt(d, j+1)
}

// headBefore returns the form of state before the preposition at token p, with lower-case adjectives
// between ("République démocratique du Congo"), or -1.
func headBefore(d *docInfo, p int) int {
	for h := p - 1; h >= 0 && p-h <= 3; h-- {
		switch {
		case stateForms[d.fold[h]]:
			return h
		case d.words[h] != d.lower[h] || !isWordToken(d.words[h]) || stateOf[d.lower[h]]:
			return -1
		}
	}
	return -1
}

// countryAt returns the end of the country's or region's name that the gazetteer finds at token j, or -1.
func countryAt(d *docInfo, j int) int {
	const kinds = uint32(gazCountry | gazRegion)
	if j >= len(d.toks) || d.gaz[j]&kinds == 0 || !isCap(d.words[j]) {
		return -1
	}
	e := j + 1
	for e < len(d.toks) && d.gaz[e]&(kinds<<16) != 0 && d.gaz[e]&kinds == 0 {
		e++
	}
	return e
}

// isWordToken reports whether w is a word, not punctuation.
func isWordToken(w string) bool { return w != "" && !stray(w) && !strayEnd(w) }

// stateHeads give the English of each form of state, before "of" and the country's English name.
var stateHeads = map[string]string{
	"republique": "Republic", "royaume": "Kingdom", "principaute": "Principality", "grand-duche": "Grand Duchy",
	"duche": "Duchy", "emirat": "Emirate", "sultanat": "Sultanate",
}

// stateEnglish composes the English name of a form of state and its country from the folded French
// name: "grand-duche de luxembourg" → "Grand Duchy of Luxembourg", "royaume du maroc" → "Kingdom of
// Morocco". A name with an adjective ("république islamique d'Iran") or a country the lists do not
// know gets none.
func (g *gazetteer) stateEnglish(key string) (string, bool) {
	for _, art := range []string{"le ", "la ", "l'"} {
		key = strings.TrimPrefix(key, art)
	}
	head, rest, ok := strings.Cut(key, " ")
	en, known := stateHeads[head]
	if !ok || !known {
		return "", false
	}
	for _, of := range []string{"de ", "du ", "d'", "des "} {
		if country, ok := strings.CutPrefix(rest, of); ok {
			if c, ok := g.english[strings.TrimSpace(country)]; ok {
				return en + " of " + c, true
			}
		}
	}
	return "", false
}
