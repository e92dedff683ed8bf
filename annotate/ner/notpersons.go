package ner

import "strings"

// Two runs of capitals the tagger reads as persons and the text shows are not:
//
//   - a name opened by an ordinal in Roman numerals, "IIIe Reich", "Ve République", "IVe
//     Internationale": a person's ordinal follows the name (Louis XIV, Benoît XVI), so the run is a
//     state's, an era's or a body's name, MISC when the tagger said PER (ordinalNames);
//   - words before a surname in a headline that the article never writes again, as a headline's pun
//     or foreign phrase puts them ("Habemus Papa Schulz" over an article about Martin Schulz): when the
//     body names a person in full with that surname and none of those words is a known given name, the
//     person's mention is the surname alone (headlineSurnames);
//   - a credit's word run into its author's name, "Photo Jérôme Câmara" (creditNames, below).

// ordinalNames relabels MISC, in place, the PER mentions that open with an ordinal in Roman numerals.
func ordinalNames(d *docInfo, mentions []Mention) {
	for i, m := range mentions {
		if m.Label == "PER" && romanOrdinal(d.words[d.tokenFrom(m.Start)]) {
			mentions[i].Label = "MISC"
		}
	}
}

// romanOrdinal reports whether w is an ordinal in Roman numerals as French writes it: "IIIe", "Ve",
// "XXIᵉ", "Ier", "IIème"; in I, V and X only, as "Le" and "Ce" would be in L and C.
func romanOrdinal(w string) bool {
	for _, suffix := range []string{"ème", "e", "ᵉ", "er", "re"} {
		if n, ok := strings.CutSuffix(w, suffix); ok && n != "" && strings.Trim(n, "IVX") == "" {
			return true
		}
	}
	return false
}

// headlineSurnames cuts, as described above, the PER mentions of a headline to their surname. mentions
// are in text order; so is the result.
func headlineSurnames(d *docInfo, g *gazetteer, mentions []Mention) []Mention {
	var heads []int // the PER mentions of two words or more in a headline
	named := map[string]bool{}
	for i, m := range mentions {
		k := mentionTokens(d, m)
		switch {
		case m.Label != "PER" || k[1]-k[0] < 2:
		case inHeadline(d, k[0]):
			heads = append(heads, i)
		default:
			named[d.words[k[1]-1]] = true
		}
	}
	for _, i := range heads {
		k := mentionTokens(d, mentions[i])
		if named[d.words[k[1]-1]] && strangers(d, g, k[0], k[1]-1) {
			mentions[i].Start = d.toks[k[1]-1].start
		}
	}
	return mentions
}

// strangers reports whether tokens [s, e) are words that stand nowhere else in the document, none
// a known given name or a particle ("Van Rouwendaal" over "Sharon van Rouwendaal").
func strangers(d *docInfo, g *gazetteer, s, e int) bool {
	seen := map[int32]bool{}
	for k := s; k < e; k++ {
		if g.givenName(d, k) || !isCap(d.words[k]) || nameParticles[d.lower[k]] {
			return false
		}
		seen[d.typ[k]] = true
	}
	for k := range d.toks {
		if (k < s || k >= e) && seen[d.typ[k]] {
			return false
		}
	}
	return true
}

// inHeadline reports whether token k is in a headline: a paragraph of one line that ends with no
// period, question or exclamation mark, nor colon.
func inHeadline(d *docInfo, k int) bool {
	s, e := k, k+1
	for s > 0 && !d.toks[s].newlineBefore {
		s--
	}
	for e < len(d.toks) && !d.toks[e].newlineBefore {
		e++
	}
	switch d.words[e-1] {
	case ".", "!", "?", "…", ":", "»", "\"", "”":
		return false
	}
	return paragraphBreak(d, s-1, s) && paragraphBreak(d, e-1, e)
}

// paragraphBreak reports whether a blank line, the text's start or its end stands between tokens a and
// a+1 == b.
func paragraphBreak(d *docInfo, a, b int) bool {
	if a < 0 || b >= len(d.toks) {
		return true
	}
	gap := d.text[d.toks[a].end:d.toks[b].start]
	return strings.Count(strings.ReplaceAll(gap, "\r\n", "\n"), "\n") >= 2
}

// creditWords are the words of a photo's or drawing's credit written before its author's name.
var creditWords = map[string]bool{
	"photo": true, "photos": true, "crédit": true, "crédits": true, "illustration": true, "dessin": true,
	"vidéo": true, "infographie": true, "montage": true,
}

// creditNames cuts a credit's word from the person it names: "Photo Jérôme Câmara" under a caption,
// "Crédit Marie Dupont", where the tagger ran the capitalised word into the name. A mention of two
// words, "Photo Câmara", is cut too; one of the word alone is left to the other rules.
func creditNames(d *docInfo, mentions []Mention) {
	for i, m := range mentions {
		k := mentionTokens(d, m)
		if m.Label == "PER" && k[1]-k[0] >= 2 && creditWords[d.lower[k[0]]] && isCap(d.words[k[0]+1]) {
			mentions[i].Start = d.toks[k[0]+1].start
		}
	}
}
