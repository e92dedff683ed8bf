package ner

import "strings"

// Capitals that say nothing. French capitalises a sentence's first word, and a heading or a
// descriptor written as a title capitalises common nouns ("Membre du Parlement gallois", in a French
// article quoting "Member of the Welsh Parliament"). The tagger, which leans on capitals, then takes a
// word for a name or runs a name into the word before it: "Pourquoi Trump", "Comment Macron" tagged
// PER, "Member" LOC, "Membres du Parlement gallois" ORG, "As-tu" ORG, "Dr Ford" PER. The rules below
// undo what the capital alone made:
//
//   - a function word (an adverb, a conjunction, an interrogative, a preposition, a pronoun) opening
//     a mention is no part of the name: "Pourquoi Trump" is "Trump", "Toutefois" alone nothing;
//   - a verb with its inverted subject pronoun ("As-tu", "Faut-il", "Peut-on") is no name, nor is the
//     acronym of a common noun ("ONG", "PIB", "VIH", "IA"), written in capitals as a name is;
//   - a title or a role ("membre", "président", "Member", "Secretary") is no name: alone it is dropped,
//     before "de" or "of" it goes with the preposition and its article ("Membres du Parlement
//     gallois" is "Parlement gallois"), and before a person's name it is left out of the person's
//     mention, whose spans exclude titles ("Dr Ford" is "Ford").

// leadWords are the function words that open a sentence or a heading capitalised, never a name.
var leadWords = map[string]bool{
	"pourquoi": true, "comment": true, "où": true, "quoi": true, "combien": true, "lorsqu'": true,
	"voici": true, "voilà": true, "toutefois": true, "néanmoins": true, "désormais": true, "aujourd'hui": true,
	"notamment": true, "surtout": true, "seulement": true, "certes": true, "bref": true, "d'ailleurs": true,
	"tandis": true, "depuis": true, "afin": true, "parce": true, "lorsque": true, "quand": true,
	"cependant": true, "pourtant": true, "ensuite": true, "puis": true, "enfin": true, "ainsi": true,
	"alors": true, "donc": true, "mais": true, "selon": true, "pour": true, "avec": true, "contre": true,
	"chez": true, "sans": true, "après": true, "avant": true, "pendant": true, "durant": true, "malgré": true,
	"il": true, "elle": true, "ils": true, "elles": true, "on": true, "nous": true, "vous": true, "je": true,
	"ce": true, "cela": true, "ceci": true, "ça": true, "qui": true, "que": true, "qu'": true, "si": true,
	"et": true, "ou": true, "ni": true, "car": true, "oui": true, "non": true, "merci": true,
}

// commonAcronyms are the acronyms, French and English, of common nouns: an NGO, the GDP, a CEO.
var commonAcronyms = map[string]bool{
	"IA": true, "AI": true, "VIH": true, "HIV": true, "SIDA": true, "AIDS": true, "ADN": true, "DNA": true,
	"ARN": true, "RNA": true, "PIB": true, "GDP": true, "TVA": true, "VAT": true, "OGM": true, "GMO": true,
	"PME": true, "LED": true, "PTSD": true, "TSPT": true, "MRI": true, "SMS": true, "GPS": true,
	"PDF": true, "TV": true, "USB": true, "ONG": true, "NGO": true, "PDG": true, "CEO": true, "VTC": true,
	"SUV": true, "QI": true, "IQ": true, "IVG": true, "HLM": true, "SDF": true, "CDD": true, "CDI": true,
	"JT": true, "OVNI": true, "UFO": true, "COVID": true, "ONGs": true, "NGOs": true, "PDGs": true,
}

// invertedPronouns are the subject pronouns a verb takes after it, with a hyphen, in a question.
var invertedPronouns = []string{"-tu", "-il", "-elle", "-on", "-je", "-vous", "-nous", "-ils", "-elles", "-ce"}

// roleNouns are the titles and roles, French and English, that a heading or a descriptor capitalises
// and that precede a person's name, besides the gazetteer's titles.
var roleNouns = map[string]bool{
	"membre": true, "membres": true, "member": true, "members": true, "minister": true, "secretary": true,
	"president": true, "chairman": true, "chairwoman": true, "chair": true, "director": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "senator": true, "governor": true,
	"mayor": true, "ambassador": true, "professor": true, "doctor": true, "dr": true, "mr": true, "mrs": true,
	"ms": true, "prime": true, "representative": true, "congressman": true, "congresswoman": true,
	"officer": true, "sergeant": true, "captain": true, "judge": true, "head": true,
	"conseiller": true, "conseillère": true, "élu": true, "élue": true, "élus": true, "adjoint": true,
	"adjointe": true, "vice-président": true, "vice-présidente": true, "présidents": true, "ministres": true,
	"députés": true, "sénateurs": true, "maires": true, "révérend": true, "reverend": true,
	"préfet": true, "préfète": true, "gouverneur": true, "gouverneure": true, "consul": true,
}

// rolePrepositions join a role to what it is a role in: "Membre du Parlement", "Member of the".
var rolePrepositions = map[string]bool{"de": true, "du": true, "des": true, "d'": true, "of": true}

// roleArticles may follow a role's preposition: "Membre de la Commission", "Member of the Senate".
var roleArticles = map[string]bool{"la": true, "l'": true, "le": true, "les": true, "the": true}

// titleWords are the one-word titles of the gazetteer's list, lower-cased with their accents: the
// French "Général" is a title, the English "General" of "General Motors" not.
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range titles {
		if !strings.Contains(t, " ") {
			m[strings.ToLower(t)] = true
		}
	}
	return m
}()

// isRole reports whether token k is a title or a role: a word of roleNouns or titleWords ("président",
// "Mme"; "premier" alone, which begins "premier ministre", is not one).
func isRole(d *docInfo, k int) bool {
	return roleNouns[d.lower[k]] || titleWords[d.lower[k]]
}

// trimCapitalised applies the rules above to the mentions, in text order, and returns them in text
// order: a mention may lose its first words, or go.
func trimCapitalised(d *docInfo, mentions []Mention) []Mention {
	out := mentions[:0]
	for _, m := range mentions {
		ks := mentionTokens(d, m)
		s := leadingNonName(d, ks[0], ks[1], m.Label)
		if s >= ks[1] {
			continue
		}
		if s > ks[0] {
			m.Start = d.toks[s].start
		}
		if s == ks[1]-1 && (invertedVerb(d.lower[s]) || commonAcronyms[d.words[s]]) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// leadingNonName returns the first token of the mention [s, e) that may be part of a name, after the
// function words, titles and roles before it (e when there is none); label is the mention's.
func leadingNonName(d *docInfo, s, e int, label string) int {
	k := s
	if len(d.words[k]) > 1 && isAllUpper(d.words[k]) {
		return k // a heading in capitals: "MERCI D'AVOIR TENU TÊTE"
	}
	for k < e && isCap(d.words[k]) && leadWords[d.lower[k]] && capitalByPosition(d, k) {
		k++
	}
	for k < e && isCap(d.words[k]) && isRole(d, k) && !nameTitles[d.lower[k]] {
		next := k + 1
		switch {
		case next == e: // the role alone ("Member"), but for a person's name mid-sentence ("Prince")
			if label != "PER" || capitalByPosition(d, k) {
				return e
			}
			return k
		case label == "PER": // "Dr Ford"; "Général de Gaulle" is left to the tagger
		case rolePrepositions[d.lower[next]]: // "Membres du Parlement gallois"
			next++
			if next < e && roleArticles[d.lower[next]] {
				next++
			}
		default:
			return k
		}
		if next >= e || !isCap(d.words[next]) {
			return k
		}
		k = next
	}
	return k
}

// nameTitles are the titles that are part of the names they open: "Lady Gaga", "Saint Augustin",
// "Abbé Pierre", "Sœur Emmanuelle".
var nameTitles = map[string]bool{"lady": true, "lord": true, "saint": true, "sainte": true, "père": true,
	"mère": true, "sœur": true, "frère": true, "abbé": true}

// capitalByPosition reports whether token k is capitalised by where it stands, whatever word it is: at
// a sentence's start or after an opening quotation mark, bracket or dash.
func capitalByPosition(d *docInfo, k int) bool {
	if k == 0 || d.toks[k].newlineBefore {
		return true
	}
	switch d.words[k-1] {
	case ".", "!", "?", "…", "«", "\"", "“", "(", "[", "—", "–", "-", ":":
		return true
	}
	return false
}

// invertedVerb reports whether lw, a word lower-cased, is a verb with its subject pronoun after it:
// "as-tu", "faut-il".
func invertedVerb(lw string) bool {
	for _, p := range invertedPronouns {
		if strings.HasSuffix(lw, p) && len(lw) > len(p) {
			return true
		}
	}
	return false
}
