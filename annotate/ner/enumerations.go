package ner

// The names of one enumeration are of one kind: "les îles de Faial, Pico, Sao Jorge, Graciosa et
// Terceira" are islands, "Airbnb, Apple, Netflix, Google et Microsoft" companies. The tagger reads each
// name alone and, for one it does not know, guesses from its shape ("Sao Jorge" a person, "Netflix" a
// place) against the others. sameKindLists gives such a name the label that the other names of its
// enumeration share.

// minEnumerated is the fewest names an enumeration needs for its majority to say what a name of it is:
// two names against one.
const minEnumerated = 3

// sameKindLists relabels, in place, the mentions of each enumeration, as described above: three names
// (mentions) or more, each two separated by a comma, "et" or "ou" and nothing else, on one line.
// A mention whose label only it has in an enumeration where every other name shares one label, at
// least two of them, takes that label, unless it opens the enumeration, which is then as often an
// apposition ("le ministre de l'Intérieur, Christophe Castaner et Laurent Nuñez", "la France insoumise,
// Éric Coquerel, Mathilde Panot"), or is a person's name that opens with a given name ("TF1, Gilles
// Pélisson, Canal+, Orange"); and it becomes a person's only when every word of it has a capital (not
// "Dalida, Les Compagnons de la chanson, Michel Delpech").
func sameKindLists(d *docInfo, g *gazetteer, mentions []Mention) {
	for i := 0; i < len(mentions); {
		j := i + 1
		for j < len(mentions) && enumerationLink(d, mentions[j-1], mentions[j]) {
			j++
		}
		if j-i >= minEnumerated {
			if odd, label, ok := oddOneOut(mentions[i:j]); ok && odd > 0 && mayTake(d, g, mentions[i+odd], label) {
				mentions[i+odd].Label = label
			}
		}
		i = j
	}
}

// enumerationLink reports whether mentions a and b, in that order, follow each other in an
// enumeration: only a comma, "et" or "ou" between them, on one line.
func enumerationLink(d *docInfo, a, b Mention) bool {
	ka, kb := mentionTokens(d, a)[1], mentionTokens(d, b)[0]
	if kb-ka != 1 || d.toks[kb].newlineBefore {
		return false
	}
	w := d.lower[ka]
	return w == "," || w == "et" || w == "ou"
}

// oddOneOut returns the index in ms of the one mention whose label differs from all the others',
// themselves of one label, and that label.
func oddOneOut(ms []Mention) (int, string, bool) {
	counts := map[string]int{}
	for _, m := range ms {
		counts[m.Label]++
	}
	if len(counts) != 2 {
		return 0, "", false
	}
	for i, m := range ms {
		if counts[m.Label] == 1 {
			return i, ms[(i+1)%len(ms)].Label, true
		}
	}
	return 0, "", false
}

// mayTake reports whether mention m may take label from its enumeration, as described above. MISC, a
// label of anything else, neither gives its label nor loses it: "Facebook, Instagram, Wikipédia" may
// be read MISC as services or ORG as companies, and a list of them says nothing of which.
func mayTake(d *docInfo, g *gazetteer, m Mention, label string) bool {
	ks := mentionTokens(d, m)
	if m.Label == "MISC" || label == "MISC" || m.Label == "PER" && g.givenName(d, ks[0]) {
		return false
	}
	if label != "PER" {
		return true
	}
	for k := ks[0]; k < ks[1]; k++ {
		if !isCap(d.words[k]) {
			return false
		}
	}
	return true
}
