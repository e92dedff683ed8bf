package ner

// A long name with a particle ("Jean-Baptiste Marie Alexandre de La Rochefoucauld-Montmorency",
// "Hernan Diego Mendoza") may come out of the tagger as two persons side by side: it reads a run of
// given names as a name, then begins another at the next given name. Two PER mentions with nothing
// but a space between them are one person's name when the second holds a particle (a lower-case word
// between capitalised ones: de, du, d', von, van…) and the first none: the particle comes once, after
// every given name, so the words before it belong to the same name. Lists of people written without
// commas ("les anciens ministres de François Hollande Arnaud Montebourg") hold no particle and are left
// alone, as is a first name holding one ("Dominique de Villepin Jean Dupont").

// maxGivenNames bounds the words of the first mention joined to a particle name.
const maxGivenNames = 3

// nameParticles are the lower-case words that may stand inside a person's name.
var nameParticles = map[string]bool{
	"de": true, "du": true, "d'": true, "des": true, "von": true, "van": true, "vom": true, "zu": true,
	"der": true, "den": true, "ter": true, "ten": true, "ben": true, "bin": true, "ibn": true, "bint": true,
	"da": true, "di": true, "del": true, "della": true, "dos": true, "das": true, "do": true, "le": true,
	"la": true,
}

// joinGivenNames joins, as described above, each PER mention of given names to the PER particle name
// right after it. The joined mention's confidence is the lesser of the two. mentions are in text order;
// so is the result.
func joinGivenNames(d *docInfo, mentions []Mention) []Mention {
	out := mentions[:0:0]
	for i := 0; i < len(mentions); i++ {
		m := mentions[i]
		if i+1 < len(mentions) && givenNamesBefore(d, m, mentions[i+1]) {
			n := mentions[i+1]
			m = Mention{Start: m.Start, End: n.End, Label: "PER", Confidence: min(m.Confidence, n.Confidence)}
			i++
		}
		out = append(out, m)
	}
	return out
}

// givenNamesBefore reports whether PER mentions a and b, in that order, are given names and the rest
// of one name: only a space between them, b holding a particle, a none and at most maxGivenNames words,
// all capitalised.
func givenNamesBefore(d *docInfo, a, b Mention) bool {
	if a.Label != "PER" || b.Label != "PER" {
		return false
	}
	ka, kb := mentionTokens(d, a), mentionTokens(d, b)
	if ka[1] != kb[0] || ka[1]-ka[0] > maxGivenNames || d.toks[kb[0]].newlineBefore {
		return false
	}
	for k := ka[0]; k < ka[1]; k++ {
		if !isCap(d.words[k]) {
			return false
		}
	}
	return holdsParticle(d, kb[0], kb[1])
}

// holdsParticle reports whether tokens [s, e) hold a particle between capitalised words.
func holdsParticle(d *docInfo, s, e int) bool {
	for k := s + 1; k+1 < e; k++ {
		if nameParticles[d.lower[k]] && !isCap(d.words[k]) {
			return true
		}
	}
	return false
}

// mentionTokens returns the first token of m and the token after its last.
func mentionTokens(d *docInfo, m Mention) [2]int {
	return [2]int{d.tokenFrom(m.Start), d.tokenFrom(m.End)}
}
