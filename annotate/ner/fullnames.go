package ner

import "strings"

// A person's full name is a person's, whatever the words around it. Two kinds of full names come out of
// the tagger in pieces or with the wrong label:
//
//   - Given names, the particle "de" (d', du, des, optionally with a capitalised La or Le after it) and a
//     surname: "Charles-Maurice de Talleyrand-Périgord". The tagger, which leaves "de" names to its
//     training ("Charles de Gaulle"), does not know a hyphenated given name it has not seen and takes a
//     hyphenated surname for a place ("Talleyrand-Périgord" like "Saint-Germain-des-Prés"), so it gives an
//     untagged "Charles-Maurice" and a LOC "Talleyrand-Périgord". joinDeNames makes one PER mention of
//     them when every word before the particle is a known given name (or a hyphenated compound whose
//     first part is one: Charles-Maurice) and no word of the surname is a known place, institution or
//     title ("Jean de Paris" stays as the tagger read it).
//   - A whole name tagged as a place because of the words around it: "la rencontre avec Ursula von der
//     Leyen à Paris", where "avec … à" reads like the words around a place. placesToPersons relabels
//     PER a LOC mention of two words or more that opens with a known given name and holds only
//     capitalised words and name particles, or that holds a particle French does not otherwise write
//     between capitalised words (von, van, zu, ben…), when none of its words is a known place,
//     institution, title or organisation word.
//
// Neither applies after a common noun that names a place or a thing after a person ("l'aéroport
// Charles de Gaulle", "la rue Jean Moulin", "le lycée Victor Hugo"): that name is the place's.

// fullNameConfidence is the most confidence a full name read by these rules gets: the tagger did not
// read a person there.
const fullNameConfidence = particleConfidence

// deParticles are the particles of French names that are also everyday prepositions: read as a
// name's particle only between known given names and a surname.
var deParticles = map[string]bool{"de": true, "d'": true, "du": true, "des": true}

// capArticles may follow a "de" particle as part of the surname: "de La Tour-d'Auvergne".
var capArticles = map[string]bool{"La": true, "Le": true, "Les": true, "L'": true}

// namedAfterPerson are common nouns after which a person's name is the name of a place, a building or a
// thing: "l'aéroport Charles de Gaulle", "la rue Jean Moulin".
var namedAfterPerson = map[string]bool{
	"aéroport": true, "rue": true, "avenue": true, "boulevard": true, "place": true, "quai": true,
	"pont": true, "allée": true, "impasse": true, "square": true, "parc": true, "jardin": true, "cours": true,
	"stade": true, "gare": true, "station": true, "métro": true, "port": true, "hôpital": true,
	"lycée": true, "collège": true, "école": true, "université": true, "campus": true, "institut": true,
	"centre": true, "musée": true, "fondation": true, "salle": true, "théâtre": true, "palais": true,
	"église": true, "cathédrale": true, "basilique": true, "chapelle": true, "prix": true, "rond-point": true,
	"porte-avions": true, "navire": true, "paquebot": true, "frégate": true, "sous-marin": true, "tunnel": true,
	"autoroute": true, "route": true, "canal": true, "barrage": true, "piscine": true, "bibliothèque": true,
	"médiathèque": true, "cité": true, "résidence": true, "quartier": true, "promenade": true, "esplanade": true,
}

// notPersonWord are the gazetteer kinds that make a word of a name something else than a person's.
const notPersonWord = placeOrTitle | placeOrTitle<<16

// givenName reports whether token k is a known given name: one of the gazetteer's, or a capitalised
// hyphenated compound whose first part is one ("Charles-Maurice", "Marie-Ségolène").
func (g *gazetteer) givenName(d *docInfo, k int) bool {
	if d.knownGivenName(k) {
		return true
	}
	w := d.words[k]
	first, rest, ok := strings.Cut(w, "-")
	if !ok || !isCap(w) {
		return false
	}
	for _, p := range strings.Split(rest, "-") {
		if p == "" || !isCap(p) {
			return false
		}
	}
	f := foldString(first)
	return g.entries[gazMix(gazSeed, hashString(f))]&gazFirstName != 0 || learntGivenNames()[f]
}

// afterNamingNoun reports whether token k follows a noun that makes a person's name a place's or a
// thing's.
func afterNamingNoun(d *docInfo, k int) bool {
	return k > 0 && namedAfterPerson[d.lower[k-1]]
}

// joinDeNames makes one PER mention of each name of given names, a "de" particle and a surname, as
// described above. mentions are in text order; so is the result.
func joinDeNames(d *docInfo, g *gazetteer, mentions []Mention) []Mention {
	at := mentionAt(d, mentions)
	particle := d.byWord(func(k int) bool { return deParticles[d.words[k]] })
	var spans []particleSpan
	for k := 0; k+1 < len(d.sents); k++ {
		s, e := d.sents[k], d.sents[k+1]
		for p := s + 1; p < e; p++ {
			if !particle[d.typ[p]] {
				continue // deName's first test
			}
			if sp, ok := deName(d, g, mentions, at, s, e, p); ok {
				spans = append(spans, sp)
				p = sp.end - 1
			}
		}
	}
	if len(spans) == 0 {
		return mentions
	}
	return mergeSpans(d, mentions, at, spans)
}

// deName reads the name whose "de" particle is token p of the sentence [s, e), if there is one and no
// mention reaching beyond it.
func deName(d *docInfo, g *gazetteer, mentions []Mention, at []int, s, e, p int) (particleSpan, bool) {
	if !deParticles[d.words[p]] {
		return particleSpan{}, false
	}
	q := p + 1
	if q < e && capArticles[d.words[q]] {
		q++
	}
	if q >= e || !isNamePart(d, q) {
		return particleSpan{}, false
	}
	start := p
	for k := p - 1; k >= s && p-k <= maxGivenNames && g.givenName(d, k) &&
		(at[k] < 0 || mentions[at[k]].Label == "PER"); k-- {
		start = k
	}
	if start == p || afterNamingNoun(d, start) {
		return particleSpan{}, false
	}
	end := nameEnd(d, mentions, at, q, e)
	if end == q || !coversWhole(at, start, end) {
		return particleSpan{}, false
	}
	for k := q; k < end; k++ {
		if d.gaz[k]&notPersonWord != 0 {
			return particleSpan{}, false
		}
	}
	return particleSpan{cover: start, start: start, p: p, q: q, end: end}, true
}

// placesToPersons relabels PER, in place, the LOC mentions that are a person's full name, as described
// above, at no more than fullNameConfidence.
func placesToPersons(d *docInfo, g *gazetteer, mentions []Mention) {
	for i, m := range mentions {
		if m.Label != "LOC" {
			continue
		}
		ks := mentionTokens(d, m)
		if ks[1]-ks[0] >= 2 && fullPersonName(d, g, ks[0], ks[1]) {
			mentions[i].Label, mentions[i].Confidence = "PER", min(m.Confidence, fullNameConfidence)
		}
	}
}

// fullPersonName reports whether tokens [s, e) read as a person's full name wherever they stand: a known
// given name first or a particle such as "von" inside, every other word a capitalised name or a
// particle, the last one capitalised, none a known place, institution, title or organisation word,
// and no noun before that names a place after a person.
func fullPersonName(d *docInfo, g *gazetteer, s, e int) bool {
	if afterNamingNoun(d, s) || !isCap(d.words[e-1]) {
		return false
	}
	given, particle := g.givenName(d, s), false
	for k := s; k < e; k++ {
		w := d.words[k]
		switch {
		case d.gaz[k]&notPersonWord != 0 || foreignOrgWords[w] || d.symbol[k]:
			return false
		case isCap(w):
		case k > s && nameParticles[d.lower[k]]:
			particle = particle || leadParticles[d.lower[k]]
		default:
			return false
		}
	}
	return given || particle
}
