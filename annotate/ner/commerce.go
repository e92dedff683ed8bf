package ner

import "strings"

// A company's name is often a word the tagger has never seen, and nothing in its shape says
// organisation: "Keolis" reads as a place (Paris, Tunis), "Lactalis" or "Opel" as a person or a
// place. What the sentence says of it does: a name a network is run by ("exploité par Keolis"), that
// buys or is bought ("Stellantis a racheté", "le rachat d'Opel"), that makes and sells, is a firm's.
// commerceNames relabels ORG such a mention when the tagger said LOC or PER, and every other mention
// of the same name in the document, unless the name is a place of the gazetteer or opens with a
// given name ("racheté par Vincent Bolloré" stays a person), or is the surname of a person the
// document names in full ("détenu par Bolloré" after "Vincent Bolloré").

// commerceAgentVerbs are the participles whose agent, after "par", is a firm: "exploité par Keolis".
var commerceAgentVerbs = wordSet("exploité exploitée exploités exploitées racheté rachetée rachetés rachetées " +
	"acquis acquise acquises fabriqué fabriquée fabriqués fabriquées commercialisé commercialisée " +
	"commercialisés commercialisées édité éditée édités éditées distribué distribuée distribués distribuées " +
	"opéré opérée opérés opérées")

// commerceObjectNouns are the nouns whose complement, after "de" or "d'", is a firm: "le rachat
// d'Opel", "une filiale de Lactalis", "les salariés de Keolis", "le PDG de Keolis".
var commerceObjectNouns = wordSet("rachat acquisition filiale filiales salariés salariées actionnaires " +
	"actionnaire concurrent concurrents pdg patron patronne employés clients abonnés")

// commerceSubjectVerbs are the verbs whose subject, right before them, is a firm: "Keolis exploite",
// "Lactalis emploie"; commerceParticiples after "a": "Stellantis a racheté".
var commerceSubjectVerbs = wordSet("exploite exploitent rachète rachètent acquiert acquièrent fabrique " +
	"fabriquent commercialise commercialisent emploie emploient licencie licencient embauche embauchent")

var commerceParticiples = wordSet("racheté acquis commercialisé licencié embauché")

// wordSet is the set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// commerceNames relabels in place, as described above, the mentions a verb or noun of commerce
// makes a firm's.
func commerceNames(d *docInfo, g *gazetteer, mentions []Mention) {
	var firms, surnames map[string]bool
	for _, m := range mentions {
		if m.Label != "LOC" && m.Label != "PER" {
			continue
		}
		k := mentionTokens(d, m)
		if !commerceCue(d, k[0], k[1]) {
			continue
		}
		if firms == nil {
			firms, surnames = map[string]bool{}, fullNameSurnames(d, mentions)
		}
		if mayBeFirm(d, g, m, k, surnames) {
			firms[nameKey(d.text[m.Start:m.End])] = true
		}
	}
	if len(firms) == 0 {
		return
	}
	for i, m := range mentions {
		if firms[nameKey(d.text[m.Start:m.End])] && mayBeFirm(d, g, m, mentionTokens(d, m), surnames) {
			mentions[i].Label = "ORG"
		}
	}
}

// mayBeFirm reports whether mention m, tokens k, is one commerceNames may relabel: a LOC or PER
// mention that is no place of the gazetteer, opens with no given name and is no full name's surname.
func mayBeFirm(d *docInfo, g *gazetteer, m Mention, k [2]int, surnames map[string]bool) bool {
	if m.Label != "LOC" && m.Label != "PER" || gazetteerPlace(d, k[0], k[1]) || d.gaz[k[0]]&placeKinds != 0 {
		return false
	}
	return !g.givenName(d, k[0]) && !surnames[d.words[k[1]-1]]
}

// commerceCue reports whether the words around tokens [s, e) make them a firm's name.
func commerceCue(d *docInfo, s, e int) bool {
	if s >= 2 && !d.toks[s].newlineBefore && !d.toks[s-1].newlineBefore {
		before, noun := d.lower[s-1], d.lower[s-2]
		if before == "par" && commerceAgentVerbs[noun] {
			return true
		}
		if (before == "de" || before == "d'") && commerceObjectNouns[noun] {
			return true
		}
	}
	if e < len(d.toks) && !d.toks[e].newlineBefore {
		if commerceSubjectVerbs[d.lower[e]] {
			return true
		}
		if e+1 < len(d.toks) && d.lower[e] == "a" && commerceParticiples[d.lower[e+1]] {
			return true
		}
	}
	return false
}
