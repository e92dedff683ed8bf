package ner

import "strings"

// News names a company's or a country's leader by the institution and the name side by side, with no
// comma: "le patron de Tesla Elon Musk", "le PDG d'Amazon Jeff Bezos", "le président de Renault Carlos
// Ghosn". The tagger, which has seen few such runs of capitals, reads the whole run as one person
// ("Tesla Elon Musk"), or the institution as a person of its own ("Renault", then "Carlos Ghosn"); the
// entity then takes the company's name, and so do the speaker and its English name. After a leader's
// noun and "de" (d', du, des), splitLeaderNames cuts such a run in two:
//
//   - one PER or ORG mention of three words or more is cut before its first known given name after the
//     first word, or, a PER mention of three words with none, before its last two ("Tesla" + "Elon
//     Musk"; "France Télévisions Delphine Ernotte", which the tagger reads as one organisation);
//   - a PER mention followed, after a space, by another PER mention is relabelled.
//
// The part before the person's name becomes a place when it is one word the gazetteer knows as a
// country or a region ("le président de Guinée Alpha Condé"), an organisation otherwise. A name that opens with a
// known given name is left whole ("le fils de Jean Pierre Dupont" is not after a leader's noun anyway).

// leaderNouns are the nouns of a leader of an organisation or a country, after which "de X Y Z" may
// name the organisation and the person side by side.
var leaderNouns = map[string]bool{
	"patron": true, "patronne": true, "pdg": true, "p-dg": true, "fondateur": true, "fondatrice": true,
	"cofondateur": true, "cofondatrice": true, "co-fondateur": true, "co-fondatrice": true,
	"président": true, "présidente": true, "président-directeur": true, "directeur": true,
	"directrice": true, "dirigeant": true, "dirigeante": true, "propriétaire": true, "actionnaire": true,
	"chef": true, "porte-parole": true, "entraîneur": true, "entraineur": true, "sélectionneur": true,
	"capitaine": true, "administrateur": true, "administratrice": true, "gérant": true, "gérante": true,
	"boss": true, "ceo": true,
}

// leaderAdjectives may stand between a leader's noun and "de": "le directeur général de".
var leaderAdjectives = map[string]bool{
	"général": true, "générale": true, "exécutif": true, "exécutive": true, "financier": true,
	"financière": true, "technique": true, "sportif": true, "sportive": true, "adjoint": true,
	"adjointe": true, "délégué": true, "déléguée": true,
}

// leaderOf are the prepositions between a leader's noun and the organisation.
var leaderOf = map[string]bool{"de": true, "d'": true, "du": true, "des": true}

// splitLeaderNames cuts the runs described above. mentions are in text order; so is the result.
func splitLeaderNames(d *docInfo, mentions []Mention) []Mention {
	out := mentions[:0:0]
	for i, m := range mentions {
		if m.Label != "PER" && m.Label != "ORG" {
			out = append(out, m)
			continue
		}
		k := mentionTokens(d, m)
		if !afterLeaderNoun(d, k[0]) || d.firstName(m.Start) {
			out = append(out, m)
			continue
		}
		if m.Label == "PER" && i+1 < len(mentions) && mentions[i+1].Label == "PER" && d.tokenFrom(mentions[i+1].Start) == k[1] &&
			!d.toks[k[1]].newlineBefore {
			m.Label = institutionLabel(d, k[0], k[1])
			out = append(out, m)
			continue
		}
		j := personStart(d, k[0], k[1], m.Label == "PER")
		if j < 0 {
			out = append(out, m)
			continue
		}
		org := Mention{Start: m.Start, End: d.toks[j-1].end, Label: institutionLabel(d, k[0], j), Confidence: m.Confidence}
		per := Mention{Start: d.toks[j].start, End: m.End, Label: "PER", Confidence: m.Confidence}
		out = append(out, org, per)
	}
	return out
}

// afterLeaderNoun reports whether token k follows a leader's noun and "de": "patron de", "directeur
// général d'", "ex-PDG de".
func afterLeaderNoun(d *docInfo, k int) bool {
	if k < 2 || !leaderOf[strings.ReplaceAll(d.lower[k-1], "’", "'")] {
		return false
	}
	n := k - 2
	if leaderAdjectives[d.lower[n]] && n > 0 {
		n--
	}
	return leaderNouns[strings.TrimPrefix(d.lower[n], "ex-")]
}

// personStart returns where the person's name starts in the capitalised run of tokens [s, e), or -1:
// the first known given name after s, else, in a person's run of three words, the second.
func personStart(d *docInfo, s, e int, person bool) int {
	if e-s < 3 {
		return -1
	}
	for k := s; k < e; k++ {
		if !isCap(d.words[k]) {
			return -1
		}
	}
	for k := s + 1; k+1 < e; k++ {
		if d.firstName(d.toks[k].start) {
			return k
		}
	}
	if person && e-s == 3 {
		return s + 1
	}
	return -1
}

// institutionLabel is the label of the institution's part [s, e) of a leader's run: LOC for one word
// the gazetteer knows as a country or a region, ORG otherwise ("Amazon" is a river too).
func institutionLabel(d *docInfo, s, e int) string {
	if e-s == 1 && d.gaz[s]&uint32(gazCountry|gazRegion) != 0 {
		return "LOC"
	}
	return "ORG"
}
