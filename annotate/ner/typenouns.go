package ner

import "strings"

// The common noun before a name says what the name is: "la sonde spatiale Juno" names a probe, "le
// quotidien The Independent" a newspaper, "le mont Thourda" a mountain, whatever the name looks like.
// The tagger, reading words and shapes, takes an unknown foreign word for a person's name ("Juno",
// "Ikiriho", "Al-Fateh") and a hyphenated or two-word one for a place's. Two rules read the noun phrase:
//
//   - typedByNoun: a mention right after a noun of typeNouns (with at most two lower-case adjectives
//     between them: "la tempête tropicale Alex") takes the noun's label, and one followed by an age a
//     person's ("la disparition de Léa, 15 ans"); so does every other mention of the same name in the
//     document, which the tagger reads without the noun ("Juno a été lancée en 2011"): one name, one
//     referent, as unifyLabels has it.
//   - splitPlaceComplement: a PER mention "X de Y" whose X holds no given name, title or role is a
//     club's name after a club's noun or beside a score, and an organisation and its place after a noun
//     of a thing or a building ("la mosquée Al-Fateh de Sinjar"): a person's name with a place after
//     "de" opens with a given name ("Henri de Navarre") or a title ("Général de Gaulle").

// typeNouns map the nouns that classify the name after them to the label the name takes. The labels
// follow the conventions of the training data (WiNER-fr Wikinews): counted over its gold, the names
// right after "sonde", "tempête", "télescope", "ouragan", "fusée" and "émission" are MISC (34 of the
// 34 capitalised words there), after "journal", "quotidien", "entreprise", "société", "compagnie",
// "banque", "agence", "syndicat", "parti" and "marque" ORG (50 of 53), after "planète", "galaxie",
// "astéroïde", "lac", "fleuve", "rivière", "volcan" and "quartier" LOC (18 of 18); the other nouns here, rarer there, go
// with the nouns of their kind ("typhon" as "ouragan", "hebdomadaire" as "quotidien"; an application
// or a piece of software is a product, MISC, as a probe is). Nouns whose names vary in the training
// data ("groupe", "équipe", "radio", "prix", "rue", "aéroport"), and those after which a person's name
// stays a person's as the data has it (namedAfterPerson: "l'aéroport Charles de Gaulle"), are not here.
var typeNouns = map[string]string{
	"sonde": "MISC", "télescope": "MISC", "satellite": "MISC", "fusée": "MISC", "navette": "MISC",
	"tempête": "MISC", "ouragan": "MISC", "cyclone": "MISC", "typhon": "MISC", "dépression": "MISC",
	"émission": "MISC", "opération": "MISC", "logiciel": "MISC", "application": "MISC",
	"journal": "ORG", "quotidien": "ORG", "hebdomadaire": "ORG", "mensuel": "ORG", "magazine": "ORG",
	"média": "ORG", "marque": "ORG", "entreprise": "ORG", "société": "ORG", "compagnie": "ORG",
	"firme": "ORG", "banque": "ORG", "agence": "ORG", "syndicat": "ORG", "parti": "ORG",
	"constructeur": "ORG", "club": "ORG", "chaîne": "ORG", "association": "ORG", "ong": "ORG",
	"opérateur": "ORG", "transporteur": "ORG", "éditeur": "ORG", "fabricant": "ORG", "assureur": "ORG",
	"distributeur": "ORG", "équipementier": "ORG", "exploitant": "ORG", "laboratoire": "ORG",
	"collectif": "ORG", "enseigne": "ORG", "mutuelle": "ORG", "filiale": "ORG",
	"planète": "LOC", "galaxie": "LOC", "astéroïde": "LOC", "comète": "LOC", "lac": "LOC",
	"fleuve": "LOC", "rivière": "LOC", "volcan": "LOC", "mont": "LOC", "île": "LOC", "archipel": "LOC",
	"quartier": "LOC", "village": "LOC", "désert": "LOC", "massif": "LOC",
}

// maxTypeAdjectives bounds the lower-case words between a type noun and the name it classifies.
const maxTypeAdjectives = 2

// typedByNoun relabels, in place, the mentions a type noun classifies and the other mentions of their
// names, as described above. A name two nouns of different labels classify is left to the tagger, and
// so is a place of the gazetteer that a noun would make a thing ("le satellite naturel Europe").
func typedByNoun(d *docInfo, mentions []Mention) {
	byName := map[string]string{}
	for _, m := range mentions {
		ks := mentionTokens(d, m)
		label, ok := nounBefore(d, ks[0])
		if !ok && agedAfter(d, ks[1]) {
			label, ok = "PER", true
		}
		if !ok || label != "LOC" && gazetteerPlace(d, ks[0], ks[1]) {
			continue
		}
		k := nameKey(d.text[m.Start:m.End])
		if l, seen := byName[k]; seen && l != label {
			label = ""
		}
		byName[k] = label
	}
	for i, m := range mentions {
		if l := byName[nameKey(d.text[m.Start:m.End])]; l != "" {
			mentions[i].Label = l
		}
	}
}

// nounBefore returns the label of the type noun that classifies the name starting at token k, if
// there is one: a type noun heading the noun phrase before the name (headNoun), or one with a capital
// right before the name ("l'Opération Barkhane", not "le Parti démocrate Moon Jae-in").
func nounBefore(d *docInfo, k int) (string, bool) {
	if k == 0 || d.toks[k].newlineBefore {
		return "", false
	}
	if label, ok := typeNouns[d.lower[k-1]]; ok && isCap(d.words[k-1]) {
		return label, true
	}
	j, ok := headNoun(d, k)
	if !ok {
		return "", false
	}
	label, ok := typeNouns[d.words[j]]
	return label, ok
}

// headNoun returns the lower-case noun, after a determiner, that the name at token k stands in
// apposition to: the token before the name ("la sonde Juno", "du quotidien The Independent"), or the
// one before up to maxTypeAdjectives lower-case words that are no function words ("la sonde spatiale
// Juno", "la mosquée sunnite Ammar ben Yasser").
func headNoun(d *docInfo, k int) (int, bool) {
	if k == 0 || d.toks[k].newlineBefore {
		return 0, false
	}
	j := k - 1
	for n := 0; n < maxTypeAdjectives && j > 1 && !nounWords[d.words[j]] && adjectiveLike(d, j); n++ {
		j--
	}
	if j == 0 || !determiners[d.lower[j-1]] || d.words[j] != d.lower[j] || !isWordy(d.words[j]) {
		return 0, false
	}
	return j, true
}

// nounWords are the nouns headNoun stops at, though they are lower-case words like an adjective.
var nounWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range typeNouns {
		m[w] = true
	}
	for w := range namedAfterPerson {
		m[w] = true
	}
	for w := range placesOfWorship {
		m[w] = true
	}
	return m
}()

// placesOfWorship name buildings, after which a name is the building's (or its community's), not a
// person's, even when it is a person's name: "la mosquée Ammar ben Yasser".
var placesOfWorship = map[string]bool{"mosquée": true, "synagogue": true, "temple": true, "pagode": true}

// agedAfter reports whether the words from token e give an age, which only a person has: ", 15 ans,"
// or "(15 ans)", the age closed by punctuation ("Bruxelles, 20 ans de prison" is no age).
func agedAfter(d *docInfo, e int) bool {
	if e+3 >= len(d.toks) || d.words[e] != "," && d.words[e] != "(" || !isAge(d.words[e+1]) {
		return false
	}
	k := e + 2
	if d.lower[k] != "ans" || d.toks[k].newlineBefore {
		return false
	}
	return k+1 == len(d.toks) || strings.ContainsRune(",.;:)", rune(d.words[k+1][0])) || d.toks[k+1].newlineBefore
}

// isAge reports whether w is a number of years: digits, maybe with a decimal comma ("5,5").
func isAge(w string) bool {
	whole, frac, _ := strings.Cut(w, ",")
	return isDigits(whole) && len(whole) <= 3 && (frac == "" || isDigits(frac))
}

// adjectiveLike reports whether token j may be an adjective between a type noun and a name: a
// lower-case word, no function word, not a type noun's preposition ("l'île de Guam" names Guam).
func adjectiveLike(d *docInfo, j int) bool {
	w := d.lower[j]
	return w == d.words[j] && !d.symbol[j] && !determiners[w] && !deParticles[w] && !trailing[w] &&
		!notNameWords[w] && !leadWords[w] && isWordy(w)
}

// isWordy reports whether w holds a letter.
func isWordy(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r > 127 {
			return true
		}
	}
	return false
}

// gazetteerPlace reports whether tokens [q, e) are a place of the gazetteer, whole.
func gazetteerPlace(d *docInfo, q, e int) bool {
	if d.gaz[q]&placeKinds == 0 || e < len(d.toks) && d.gaz[e]&(placeKinds<<16) != 0 {
		return false
	}
	for k := q + 1; k < e; k++ {
		if d.gaz[k]&(placeKinds<<16) == 0 {
			return false
		}
	}
	return true
}

// unnamedAfter are the nouns whose name the training data leaves untagged, whatever it is: "le plan
// Orsec", "le plan Blanc" (3 of the 3 capitalised words right after plan in the WiNER-fr gold); "le
// plan Chequers" is no person's name. Not loi: "la loi Travail" is untagged there, but "la loi El
// Khomri" gives the minister's name, a person's, in the Wikinews dev gold.
var unnamedAfter = map[string]bool{"plan": true}

// possessives are the determiners of possession: "son plan Chequers".
var possessives = map[string]bool{"son": true, "sa": true, "ses": true, "leur": true, "leurs": true,
	"notre": true, "votre": true, "mon": true, "ma": true}

// dropUnnamed drops the mentions right after one of unnamedAfter written in lower case after a
// determiner or a possessive. mentions are in text order; so is the result.
func dropUnnamed(d *docInfo, mentions []Mention) []Mention {
	out := mentions[:0]
	for _, m := range mentions {
		if !strings.HasSuffix(strings.TrimRight(d.text[:m.Start], " \u00a0\u202f"), "plan") {
			out = append(out, m) // the test below on the tokens, for the few mentions after "plan"
			continue
		}
		k := mentionTokens(d, m)[0]
		if k >= 2 && unnamedAfter[d.words[k-1]] && (determiners[d.lower[k-2]] || possessives[d.lower[k-2]]) && !d.toks[k].newlineBefore {
			continue
		}
		out = append(out, m)
	}
	return out
}
