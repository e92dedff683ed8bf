package ner

import (
	"sort"
	"strings"
)

// A name "X de Y" that the tagger read as a person's is not always one: "le club Al-Fateh de Sinjar" is a
// club, "la mosquée Al-Fateh de Sinjar" a mosque (Al-Fateh) and its town (Sinjar). A person's name with a
// place after "de" opens with a given name ("Henri de Navarre", "Jean-Claude de Privas") or a title
// ("Général de Gaulle"); without one, the words around the name decide, and with none of these cues
// the name stays a person's ("Vanderlei de Lima", whose given name the gazetteer lacks).

// placeAppositions are the nouns of an apposition that makes the name before it a place's: "Sinjar,
// un village proche de Hilla".
var placeAppositions = map[string]bool{
	"village": true, "ville": true, "commune": true, "localité": true, "bourgade": true, "région": true,
	"province": true, "quartier": true, "capitale": true, "île": true, "district": true, "oasis": true,
}

// sportsNouns make the "X de Y" name after them a club's: "le club Al-Fateh de Sinjar", "l'équipe
// d'Al-Fateh de Sinjar".
var sportsNouns = map[string]bool{"club": true, "équipe": true, "formation": true, "clubs": true, "équipes": true}

// splitPlaceComplement reads each PER mention "X de Y" whose X holds no given name, title or role
// (deComplement), as described above:
//
//   - after a club's noun or beside a score ("Al-Fateh de Sinjar 2-1 Al-Shorta"), it is a club's
//     name, one ORG mention as the training data tags "Girondins de Bordeaux";
//   - when Y is a place and a noun of a thing or a building before it ("la mosquée Al-Fateh de
//     Sinjar", "l'aéroport Mutiara Sis Al Jufri de Palu") or an organisation's word in X says that X
//     is no person's name, it is cut into an ORG mention of X and a LOC mention of Y, each at the
//     mention's confidence. Y is a place when the gazetteer knows it, when the document tags it a
//     place elsewhere, or when an apposition after it says so ("Sinjar, un village proche de Hilla").
//
// Without such a cue "X de Y" is as likely a person's name with a given name the gazetteer lacks
// ("Vanderlei de Lima"). mentions are in text order; so is the result.
func splitPlaceComplement(d *docInfo, g *gazetteer, mentions []Mention) []Mention {
	places := map[string]bool{}
	for _, m := range mentions {
		if m.Label == "LOC" {
			places[nameKey(d.text[m.Start:m.End])] = true
		}
	}
	var added []Mention
	for i, m := range mentions {
		if m.Label != "PER" {
			continue
		}
		ks := mentionTokens(d, m)
		p, ok := deComplement(d, g, ks[0], ks[1])
		switch {
		case !ok:
		case clubContext(d, ks[0], ks[1]):
			mentions[i].Label = "ORG"
		case thingContext(d, ks[0], p) && knownPlace(d, places, p+1, ks[1]):
			mentions[i].Label, mentions[i].End = "ORG", d.toks[p-1].end
			added = append(added, Mention{Start: d.toks[p+1].start, End: m.End, Label: "LOC", Confidence: m.Confidence})
		}
	}
	if len(added) == 0 {
		return mentions
	}
	out := append(mentions, added...)
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// deComplement returns the particle of tokens [s, e) when they read "X de Y", Y capitalised and X
// capitalised words none of which is a given name, a title or a role.
func deComplement(d *docInfo, g *gazetteer, s, e int) (int, bool) {
	p := s + 1
	for p < e && !deParticles[d.words[p]] {
		p++
	}
	if p+1 >= e || !isCap(d.words[p+1]) {
		return 0, false
	}
	for k := s; k < p; k++ {
		if g.givenName(d, k) || isRole(d, k) || d.gaz[k]&uint32(gazTitle) != 0 || !isCap(d.words[k]) {
			return 0, false
		}
	}
	return p, true
}

// clubContext reports whether the name of tokens [s, e) follows a club's noun ("le club X", "l'équipe
// de X", "le club des X") or stands beside a score.
func clubContext(d *docInfo, s, e int) bool {
	if j, ok := headNoun(d, s); ok && sportsNouns[d.words[j]] {
		return true
	}
	if s >= 3 && deParticles[d.lower[s-1]] && sportsNouns[d.words[s-2]] && determiners[d.lower[s-3]] {
		return true
	}
	return scoreBefore(d, s) || scoreAfter(d, e)
}

// thingContext reports whether the name "X de Y" of tokens from s, its particle at p, is no person's
// by a noun of a thing or a building before it or an organisation's word in X.
func thingContext(d *docInfo, s, p int) bool {
	if j, ok := headNoun(d, s); ok && nounWords[d.words[j]] {
		return true
	}
	for k := s; k < p; k++ {
		if foreignOrgWords[d.words[k]] || d.gaz[k]&uint32(gazOrgWord) != 0 {
			return true
		}
	}
	return false
}

// scoreAfter reports whether a match's score follows token e on its line: "2-1", "2 - 1", "3:0".
func scoreAfter(d *docInfo, e int) bool {
	if e >= len(d.toks) || d.toks[e].newlineBefore {
		return false
	}
	if isScore(d.words[e]) {
		return true
	}
	return e+2 < len(d.toks) && isDigits(d.words[e]) && scoreDashes[d.words[e+1]] && isDigits(d.words[e+2])
}

// scoreBefore reports whether a match's score ends right before token s on its line.
func scoreBefore(d *docInfo, s int) bool {
	if s == 0 || d.toks[s].newlineBefore {
		return false
	}
	if isScore(d.words[s-1]) {
		return true
	}
	return s >= 3 && isDigits(d.words[s-1]) && scoreDashes[d.words[s-2]] && isDigits(d.words[s-3])
}

// scoreDashes separate the two sides of a score.
var scoreDashes = map[string]bool{"-": true, "–": true, ":": true}

// isScore reports whether w is a score written as one word: digits, a dash or a colon, digits.
func isScore(w string) bool {
	for sep := range scoreDashes {
		if a, b, ok := strings.Cut(w, sep); ok && isDigits(a) && isDigits(b) && len(a) <= 2 && len(b) <= 2 {
			return true
		}
	}
	return false
}

// knownPlace reports whether tokens [q, e) name a place: a place of the gazetteer, a name the
// document tags LOC (places), or a name followed by an apposition of placeAppositions.
func knownPlace(d *docInfo, places map[string]bool, q, e int) bool {
	if gazetteerPlace(d, q, e) || places[nameKey(d.text[d.toks[q].start:d.toks[e-1].end])] {
		return true
	}
	return e+2 < len(d.toks) && d.words[e] == "," && (d.lower[e+1] == "un" || d.lower[e+1] == "une") &&
		placeAppositions[d.lower[e+2]]
}
