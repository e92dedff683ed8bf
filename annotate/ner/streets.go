package ner

// A street or a square is named after the words that follow its noun, and an article that names "la
// place des Lices" goes on with "les commerçants des Lices": the same place, which the tagger, meeting
// the bare plural, reads as an organisation's. streetTails relabels LOC the mentions, tagged otherwise,
// whose name is what follows the noun and its particle in a LOC mention of the same document ("place
// des Lices", "rue de la Roquette"), unless the name opens with a given name or is a person's of two words or more ("Victor Hugo").

// streetNouns are the nouns that open the name of a street, a square or a bridge.
var streetNouns = wordSet("place rue avenue boulevard quai cours allée square impasse chemin pont esplanade")

// streetTails relabels in place, as described above, the mentions that name a street by its tail.
func streetTails(d *docInfo, g *gazetteer, mentions []Mention) {
	var tails map[string]bool
	for _, m := range mentions {
		if m.Label != "LOC" || d.text[m.Start] < 'a' || d.text[m.Start] > 'z' { // street nouns are lower-case
			continue
		}
		k := mentionTokens(d, m)
		if q, ok := streetTail(d, k[0], k[1]); ok {
			if tails == nil {
				tails = map[string]bool{}
			}
			tails[nameKey(d.text[d.toks[q].start:m.End])] = true
		}
	}
	if tails == nil {
		return
	}
	for i, m := range mentions {
		k := mentionTokens(d, m)
		if m.Label != "LOC" && tails[nameKey(d.text[m.Start:m.End])] && !g.givenName(d, k[0]) &&
			(m.Label != "PER" || k[1]-k[0] == 1) {
			mentions[i].Label = "LOC"
		}
	}
}

// streetTail returns the first token of the name after the street noun and its particle that open
// tokens [s, e): "Lices" in "place des Lices".
func streetTail(d *docInfo, s, e int) (int, bool) {
	if e-s < 3 || !streetNouns[d.lower[s]] {
		return 0, false
	}
	q := s + 1
	switch d.lower[q] {
	case "des", "du", "d'":
		q++
	case "de":
		q++
		if d.lower[q] == "la" || d.lower[q] == "l'" {
			q++
		}
	default:
		return 0, false
	}
	return q, q < e && isCap(d.words[q])
}
