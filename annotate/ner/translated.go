package ner

import "strings"

// Names that translated news keeps in English, and French words a capital turns into a name's first
// word, which the tagger, trained on French Wikinews, reads as persons':
//
//   - an English event ends with a word no person's name ends with: "Ryder Cup", "Stanley Cup",
//     "US Open", "Commonwealth Games", "Super Bowl", "World Series". Such a name is MISC, the label of
//     events, though its first word may be a given name ("Davis Cup");
//   - an airline's name opens with "Air" ("Air Niugini", "Air Canada"): an organisation's;
//   - a noun of institution that is also a given name ("Marine"), followed by an adjective of
//     nationality, is the institution: "la Marine américaine" is ORG, not the person "Marine";
//   - a verb in the imperative opening a sentence ("Abandonnez Chequers et …", a quoted slogan) has
//     its capital from its place only; the name starts after it. It is told from a Spanish surname in
//     -ez ("Rodríguez Zapatero") by its infinitive, which the casing lexicon learnt from the training
//     text writes in lower case ("abandonner").

// foreignEventHeads are the English words that end the name of a competition or an event.
var foreignEventHeads = map[string]bool{
	"Cup": true, "Trophy": true, "Open": true, "Games": true, "Bowl": true, "Series": true,
	"Classic": true, "Marathon": true, "Tournament": true, "Invitational": true, "Prix": true,
}

// foreignOrgLeads are the words that open an organisation's name in any language: "Air France".
var foreignOrgLeads = map[string]bool{"Air": true}

// eventOrOrg returns the label a PER mention made of words takes by its first or last word, or "":
// MISC after an event's head, ORG after an airline's first word.
func eventOrOrg(words []string) string {
	if len(words) < 2 {
		return ""
	}
	switch {
	case foreignEventHeads[words[len(words)-1]]:
		return "MISC"
	case foreignOrgLeads[words[0]]:
		return "ORG"
	}
	return ""
}

// institutionsNotPersons makes ORG, with the adjective after it, a one-word PER mention that is a noun
// of institution (heads: "Marine", "Justice") followed by a lower-case adjective of nationality.
func institutionsNotPersons(d *docInfo, mentions []Mention) {
	for i, m := range mentions {
		ks := mentionTokens(d, m)
		k := ks[1]
		if m.Label != "PER" || k-ks[0] != 1 || k >= len(d.toks) || d.toks[k].newlineBefore {
			continue
		}
		if _, ok := heads[foldString(d.words[ks[0]])]; !ok {
			continue
		}
		if _, ok := nationalities[d.fold[k]]; ok && d.words[k] == d.lower[k] && (i+1 == len(mentions) || mentions[i+1].Start >= d.toks[k].end) {
			mentions[i].Label, mentions[i].End = "ORG", d.toks[k].end
		}
	}
}

// infinitiveEndings turn an imperative's stem into its infinitive: "abandonn" + "er".
var infinitiveEndings = []string{"er", "ir", "re"}

// imperative reports whether the lower-case word w is a verb in the imperative plural whose
// infinitive the casing lexicon writes in lower case.
func (m *Model) imperative(w string) bool {
	stem, ok := strings.CutSuffix(w, "ez")
	if !ok || len(stem) < 3 {
		return false
	}
	for _, end := range infinitiveEndings {
		if f, ok := m.casing.form[foldString(stem+end)]; ok && isLowerWord(f) {
			return true
		}
	}
	return false
}

// trimImperatives starts after its first word a mention of two words or more that opens with a verb
// in the imperative capitalised by its place: "Abandonnez Chequers" gives "Chequers".
func (m *Model) trimImperatives(d *docInfo, mentions []Mention) {
	for i, men := range mentions {
		ks := mentionTokens(d, men)
		if k := ks[0]; ks[1]-k >= 2 && capitalByPosition(d, k) && d.gaz[k] == 0 && m.imperative(d.lower[k]) {
			mentions[i].Start = d.toks[k+1].start
		}
	}
}
