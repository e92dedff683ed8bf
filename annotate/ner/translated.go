package ner

import (
	"slices"
	"strings"
)

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

// teamArticles are the words before a team's name in the plural: "contre les Rockies", "L'équipe des
// Nationals", "face aux Nationals", "The Rockies".
// English writes "the" with a capital then; "Maps to the Stars" is a title.
var teamArticles = map[string]bool{"les": true, "des": true, "aux": true, "The": true}

// teamWord reports whether token k is an English plural standing as a team's name: capitalised, after
// one of teamArticles, ending in s, in no gazetteer, a word the training text never wrote (so no French
// demonym, party or place: "les Américains", "les Républicains", "les Alpes") and one the English
// dictionary holds in lower case, itself or in the singular ("nationals", "hawks", "rockies" for
// "rocky"), with no capitalised word after it.
func (m *Model) teamWord(d *docInfo, k int) bool {
	w := d.words[k]
	if k == 0 || !(teamArticles[d.lower[k-1]] && d.lower[k-1] != "the" || teamArticles[d.words[k-1]]) || !isCap(w) || isAllUpper(w) || !strings.HasSuffix(w, "s") ||
		len(w) < 4 || d.gaz[k] != 0 || capitalByPosition(d, k) {
		return false
	}
	if k+1 < len(d.toks) && isCap(d.words[k+1]) && !d.toks[k+1].newlineBefore {
		return false
	}
	if _, ok := m.casing.form[d.fold[k]]; ok {
		return false
	}
	dict := englishWords()
	if dict == nil {
		return false
	}
	l := d.lower[k]
	return dict.Has(l) || dict.Has(strings.TrimSuffix(l, "s")) || strings.HasSuffix(l, "ies") && dict.Has(strings.TrimSuffix(l, "ies")+"y")
}

// teamsInPlural makes ORG every mention of a word teamWord finds, and the word itself wherever the
// document writes it untagged: a team named in the plural in English ("les Rockies", "aux Nationals"),
// which the tagger leaves out or takes for a place. mentions are in text order; so is the result.
func (m *Model) teamsInPlural(d *docInfo, mentions []Mention) []Mention {
	teams := map[string]bool{}
	for k := range d.toks {
		if m.teamWord(d, k) {
			teams[d.words[k]] = true
		}
	}
	if len(teams) == 0 {
		return mentions
	}
	at := mentionAt(d, mentions)
	added := false
	for k, t := range d.toks {
		if !teams[d.words[k]] {
			continue
		}
		switch j := at[k]; {
		case j < 0:
			mentions = append(mentions, Mention{Start: t.start, End: t.end, Label: "ORG", Confidence: surnameConfidence})
			added = true
		case mentions[j].Start == t.start && mentions[j].End == t.end:
			mentions[j].Label = "ORG"
		}
	}
	if added {
		slices.SortFunc(mentions, func(a, b Mention) int { return a.Start - b.Start })
	}
	return mentions
}
