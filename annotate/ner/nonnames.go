package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words the tagger takes for names, or into names, that are none. Testers saw:
//
//   - reference codes taken for names, a person's often: a file number "REF-LYO-2026-0412", an order
//     number, a licence plate "AB-123-CD". A word made of capitals and digits cut by hyphens is an
//     identifier, and a word holding a digit is no part of a person's name;
//   - a verb run into the organisation before it: "La Commission penche pour…" tagged ORG "Commission
//     penche". French has no lexicon here, so a lower-case last word is cut off when everything says
//     verb: the word after it is one a verb takes (an article, a preposition, a clitic), the word ends
//     as a conjugated verb does and as no adjective of a name does, no gazetteer holds it, and the
//     model never learnt it as a part of a name. In a headline in capitals, where case says nothing
//     ("LA COMMISSION EUROPÉENNE PENCHE POUR UNE TAXE"), the same cues cut a word in capitals;
//   - a role and its place tagged as a person: "Maire de Lyon" names no one; only "Lyon" is a name
//     (a quote's speaker so described stays a description, the quotes package's doing).

// isCode reports whether w is an identifier: capitals and digits only, both present, with two hyphens
// or more ("REF-LYO-2026-0412", "AB-123-CD"), or one hyphen between two capitals or more and three
// digits or more ("CMD-2025"). "COVID-19", "F-16", "SARS-CoV-2", "A320" and a star's catalogue number
// "F01004-2237" are not.
func isCode(w string) bool {
	letters, digits, hyphens := 0, 0, 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		case r == '-' || r == '/':
			hyphens++
		default:
			return false
		}
	}
	if letters == 0 || digits == 0 || hyphens == 0 {
		return false
	}
	if hyphens >= 2 {
		return true
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' })
	return len(parts) == 2 && (isDigits(parts[0]) && len(parts[0]) >= 3 && isLetters(parts[1]) ||
		isDigits(parts[1]) && len(parts[1]) >= 3 && isLetters(parts[0]))
}

// isLetters reports whether s is two capitals or more.
func isLetters(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return len(s) >= 2
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// dropCodes removes the mentions holding an identifier, and the PER mentions holding a digit.
// mentions are in text order; so is the result.
func dropCodes(d *docInfo, mentions []Mention) []Mention {
	out := mentions[:0]
	for _, m := range mentions {
		if !holdsCode(d, m) {
			out = append(out, m)
		}
	}
	return out
}

func holdsCode(d *docInfo, m Mention) bool {
	ks := mentionTokens(d, m)
	for k := ks[0]; k < ks[1]; k++ {
		w := d.words[k]
		if isCode(w) || m.Label == "PER" && strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

// verbFollowers are the words that follow a conjugated verb and hardly an adjective closing a name:
// articles, prepositions a verb governs, clitics ("penche pour", "choisit la", "se", "n'").
var verbFollowers = map[string]bool{
	"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true, "des": true, "du": true,
	"au": true, "aux": true, "sur": true, "pour": true, "contre": true, "vers": true, "avec": true,
	"se": true, "s'": true, "ne": true, "n'": true, "y": true, "lui": true, "leur": true, "leurs": true,
	"son": true, "sa": true, "ses": true, "ce": true, "cette": true, "ces": true, "que": true, "qu'": true,
	"à": true, "en": true, "déjà": true, "pas": true, "plus": true, "toujours": true, "encore": true,
}

// verbEndings are endings of the third person of French verbs (present, imperfect, future, both
// numbers) that the adjectives closing names hardly have: "penche", "choisit", "revient", "prend",
// "adoptait", "tranchera", "font", "affirment". "Assemblée nationale", "Union européenne", "Cour
// suprême", "Armée rouge", "Russie unie", "Assemblée législative" end otherwise.
var verbEndings = []string{"it", "ait", "aient", "ra", "ront", "ont", "ient", "ment", "sent", "tent",
	"che", "pte", "tte", "este", "ote", "ute", "use", "ose", "ise", "ide", "ce", "rme", "ame", "are",
	"ore", "end", "ond", "oit", "eut", "gne", "ine", "lue", "nue", "tue", "ève", "ète", "ère"}

// verbLike reports whether lower-case word w ends as a conjugated verb and is no nationality
// ("russe", "française").
func verbLike(w string) bool {
	if len(w) < 3 || nationalities[foldString(w)] != "" {
		return false
	}
	for _, e := range verbEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// learntNamePart reports whether the model learnt lower-case word w as a part of names: the weights
// of the word itself favour some inside tag over O.
func (m *Model) learntNamePart(w string) bool {
	r, ok := m.table.get(fhash(fLower, w))
	if !ok {
		return false
	}
	row := m.weights[int(r)*m.ntags : int(r+1)*m.ntags]
	for t := 2; t < m.ntags; t += 2 { // the inside tags
		if row[t] > row[0] {
			return true
		}
	}
	return false
}

// trimVerbs cuts a mention of two words or more before the first word after its first that reads as a
// verb, as described above: lower case (or in capitals like the words around it, in a headline written
// in capitals, where case tells nothing: "LA COMMISSION EUROPÉENNE PENCHE POUR…"), verb-like, outside
// every gazetteer entry, not learnt as a name's part, after a word that is no preposition or article
// (after one it is a noun: "Office central de lutte contre…"), and followed in its sentence by one of
// verbFollowers or by de and an infinitive. The verb may be the mention's last word ("Commission
// penche") or one inside it, the tagger having run the name over the whole clause: "l'Union choisit de
// repartir" tagged ORG "Union choisit de repartir".
func (m *Model) trimVerbs(d *docInfo, mentions []Mention) {
	for i, men := range mentions {
		ks := mentionTokens(d, men)
		for k := ks[0] + 1; k < ks[1]; k++ {
			if m.readsAsVerb(d, ks[0], k) {
				mentions[i].End = d.toks[k-1].end
				break
			}
		}
	}
}

// readsAsVerb reports whether token k, inside a mention that starts at token from, reads as a
// conjugated verb by the cues of trimVerbs.
func (m *Model) readsAsVerb(d *docInfo, from, k int) bool {
	if k+1 >= len(d.toks) || trailing[d.lower[k-1]] || d.gaz[k] != 0 || !verbFollowed(d, k) {
		return false
	}
	if isCap(d.words[k]) && !shouted(d, from, k+1) {
		return false
	}
	return verbLike(d.lower[k]) && !m.learntNamePart(d.lower[k])
}

// verbFollowed reports whether the word after token k is one a verb takes (verbFollowers), de
// followed by an infinitive ("choisit de repartir", "tente d'obtenir"), or, after a word in the future
// or the conditional, which no adjective closing a name resembles, a name ("City affrontera
// Hoffenheim").
func verbFollowed(d *docInfo, k int) bool {
	next := d.lower[k+1]
	switch {
	case verbFollowers[next]:
		return true
	case next == "de" || next == "d'":
		return k+2 < len(d.toks) && infinitive(d.lower[k+2])
	}
	return isCap(d.words[k+1]) && futureForm(d.lower[k])
}

// futureEndings end the third person of the future and the conditional: "affrontera", "choisiront",
// "prendrait".
var futureEndings = []string{"era", "ira", "dra", "eront", "iront", "dront", "erait", "irait", "drait",
	"eraient", "iraient", "draient"}

// futureForm reports whether lower-case word w ends as a verb in the future or the conditional.
func futureForm(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, e := range futureEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// infinitive reports whether lower-case word w ends as a French infinitive does (-er, -ir, -re, -oir)
// and is long enough to be one: "repartir", "obtenir", "prendre".
func infinitive(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, e := range []string{"er", "ir", "re"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// shouted reports whether the words of tokens from to last, both included, are all written in
// capitals, as a headline in capitals has them: their case then tells a name from a verb no more.
func shouted(d *docInfo, from, last int) bool {
	for k := from; k <= last; k++ {
		if !InCapitals(d.words[k]) {
			return false
		}
	}
	return true
}

// InCapitals reports whether w has letters, all capitals ("PENCHE", "L'UE"; not "Commission", "A").
func InCapitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// placeKinds are the gazetteer kinds of places.
const placeKinds = uint32(gazCountry | gazRegion | gazCity | gazPlace)

// rolesOfPlaces cuts a PER mention that is a role and its place ("Maire de Lyon", "Préfet de la
// Gironde", "Gouverneur du Texas") to the place, labelled LOC when a gazetteer knows it as a place and
// ORG when as an institution: a role names no one. Other mentions are left to the tagger ("Général de
// Gaulle" is a name). mentions are in text order; so is the result.
func rolesOfPlaces(d *docInfo, mentions []Mention) []Mention {
	out := mentions[:0]
	for _, m := range mentions {
		ks := mentionTokens(d, m)
		if m.Label != "PER" || ks[1]-ks[0] < 3 || !isRole(d, ks[0]) || !rolePrepositions[d.lower[ks[0]+1]] {
			out = append(out, m)
			continue
		}
		k := ks[0] + 2
		if k < ks[1] && roleArticles[d.lower[k]] {
			k++
		}
		switch g := d.gaz[k]; {
		case k >= ks[1]:
		case g&placeKinds != 0:
			m.Label, m.Start = "LOC", d.toks[k].start
		case g&uint32(gazInstitution) != 0:
			m.Label, m.Start = "ORG", d.toks[k].start
		}
		out = append(out, m)
	}
	return out
}
