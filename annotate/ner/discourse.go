package ner

import (
	"sort"
	"strings"
)

// Names keep one reading within a document. A person named in full ("Brett Kavanaugh") is the same
// person where the article later gives the surname alone, which a tagger reading one sentence at a time
// misses or takes for a place, especially with names foreign to its training data ("Kavanaugh"
// tagged LOC, "Waters" untagged).

// surnameConfidence is the confidence given to a surname tagged for its full name elsewhere.
const surnameConfidence = 0.7

// determiners make the capitalised word after them a common noun or a thing's name ("la Pride").
var determiners = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true,
	"des": true, "du": true, "au": true, "aux": true, "ce": true, "cette": true, "ces": true}

// propagateSurnames tags PER every capitalised token of d that is the surname of a person named in
// full elsewhere in the document (the last word of a PER mention of two words or more): untagged, or
// tagged alone with another label, and not after a determiner. Longer mentions (an organisation holding
// the word) are left alone.
// mentions are in text order; so is the result.
func propagateSurnames(d *docInfo, mentions []Mention) []Mention {
	surnames := fullNameSurnames(d, mentions)
	if len(surnames) == 0 {
		return mentions
	}
	covering := make(map[int]int, len(mentions)) // token start → index of the mention starting there
	for i, m := range mentions {
		covering[m.Start] = i
	}
	out := mentions
	added := false
	surname := d.byWord(func(k int) bool { return surnames[d.word(k)] })
	next := 0 // the first mention ending after the current token
	for k, t := range d.toks {
		for next < len(mentions) && mentions[next].End <= t.start {
			next++
		}
		if !surname[d.typ[k]] || surnameAfterDeterminer(d, k) { // "la Pride", not a person
			continue
		}
		if next < len(mentions) && mentions[next].Start < t.end { // inside a mention
			relabelSurnameMention(out, mentions, covering, t)
			continue
		}
		out = append(out, Mention{Start: t.start, End: t.end, Label: "PER", Confidence: surnameConfidence})
		added = true
	}
	if added {
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

// fullNameSurnames gives the surnames of the persons named in full: the last word of each PER
// mention of two words or more, when capitalised, or the first of a name that puts it first
// (surnameFirst: "Ri Yong-ho").
func fullNameSurnames(d *docInfo, mentions []Mention) map[string]bool {
	surnames := map[string]bool{}
	var buf [8]string
	for _, m := range mentions {
		if m.Label != "PER" {
			continue
		}
		words := wordsOf(buf[:0], d.text[m.Start:m.End])
		if surnameFirst(words) { // "Ri Yong-ho" (translated.go)
			surnames[words[0]] = true
		} else if len(words) >= 2 && isCap(words[len(words)-1]) {
			surnames[words[len(words)-1]] = true
		}
	}
	return surnames
}

// surnameAfterDeterminer reports whether token k follows a determiner, which makes a surname's word
// a common noun or a thing's name there.
func surnameAfterDeterminer(d *docInfo, k int) bool {
	return k > 0 && determiners[d.lower[k-1]]
}

// relabelSurnameMention makes PER, at the surname's confidence, the mention of out that covers
// token t exactly, if it has another label; a longer mention holding the surname keeps its label.
// covering maps a token start to the index of the mention starting there.
func relabelSurnameMention(out, mentions []Mention, covering map[int]int, t token) {
	if i, ok := covering[t.start]; ok && mentions[i].End == t.end && mentions[i].Label != "PER" {
		out[i].Label, out[i].Confidence = "PER", surnameConfidence
	}
}

// foreignOrgWords are the English and German words that make a name an organisation's, not a
// person's, in French text naming foreign institutions: "Virginia University", "Sinovation Ventures",
// "The Guardian", "Der Spiegel", "Ipswich Town".
var foreignOrgWords = map[string]bool{
	"The": true, "Der": true, "Die": true, "Das": true,
	"University": true, "College": true, "Institute": true, "School": true, "Academy": true, "Center": true, "Centre": true,
	"Ventures": true, "Group": true, "Holdings": true, "Inc": true, "Corp": true, "Corporation": true, "Company": true,
	"Ltd": true, "LLC": true, "Foundation": true, "Association": true, "Council": true, "Committee": true, "Agency": true,
	"Times": true, "Post": true, "News": true, "Herald": true, "Journal": true, "Guardian": true, "Tribune": true,
	"Airlines": true, "Airways": true, "Bank": true, "Records": true, "Studios": true, "Pictures": true,
	"Security": true, "Community": true, "Church": true, "Academical": true, "Athletic": true, "Athletics": true,
	"United": true, "Town": true, "Rovers": true, "Wanderers": true, "FC": true,
	"Authority": true, "Championship": true, "Wrestling": true, "League": true, "Band": true,
	"Orchestra": true, "Party": true, "Entertainment": true, "Media": true, "Network": true, "Motors": true,
}

// foreignPlaceHeads are the English nouns that end the name of a street, a place or a building, in
// French text naming foreign places: "West Side Highway", "Norris Geyser Basin", "Times Square". A
// name ending with one is a place's, even after a given name ("John Street").
var foreignPlaceHeads = map[string]bool{
	"Street": true, "Road": true, "Avenue": true, "Highway": true, "Boulevard": true, "Square": true,
	"Basin": true, "Canyon": true, "Airport": true, "Stadium": true, "Freeway": true,
	"Parkway": true, "Motorway": true,
}

// personToOrg relabels ORG a PER mention holding one of foreignOrgWords, unless it opens with a known
// first name ("Paul Post") and holds no foreign article, LOC one ending with one of
// foreignPlaceHeads, and MISC or ORG an English event's or an airline's name (eventOrOrg), and ORG
// one opening with an acronym joined by a hyphen to a capitalised word (acronymCompound).
func personToOrg(d *docInfo, mentions []Mention) {
	var buf [8]string
	for i, m := range mentions {
		if m.Label != "PER" {
			continue
		}
		words := wordsOf(buf[:0], d.text[m.Start:m.End])
		if l := eventOrOrg(words); l != "" { // "Ryder Cup", "Air Niugini" (translated.go)
			mentions[i].Label = l
			continue
		}
		if acronymCompound(words[0]) { // "UFC-Que Choisir", "SUD-Rail"
			mentions[i].Label = "ORG"
			continue
		}
		if len(words) > 1 && foreignPlaceHeads[words[len(words)-1]] {
			mentions[i].Label = "LOC"
			continue
		}
		org, article := false, false
		for _, w := range words {
			w = strings.TrimRight(w, ".,")
			org = org || foreignOrgWords[w]
			article = article || w == "The" || w == "Der" || w == "Die" || w == "Das"
		}
		if org && (article || !d.firstName(m.Start)) {
			mentions[i].Label = "ORG"
		}
	}
}

// firstName reports whether the token starting at byte start is a known given name.
func (d *docInfo) firstName(start int) bool {
	k := d.tokenFrom(start)
	return k < len(d.toks) && d.toks[k].start == start && (d.gaz[k]&(uint32(gazFirstName)|uint32(gazFirstName)<<16) != 0 || d.knownGivenName(k))
}

// maxEnglishNameLead bounds the capitalised words extendEnglishNames adds before a name.
const maxEnglishNameLead = 4

// extendEnglishNames gives an organisation or a place named in English its first words, which the
// tagger, reading the English words as unknown, leaves out or tags apart: an ORG mention ending with one
// of foreignOrgWords or a LOC one ending with one of foreignPlaceHeads takes the capitalised words right
// before it, untagged or a mention of capitalised words ("World" + "Championship Wrestling", "Brentwood
// Imperial" + "Youth Band", "Norris" + "Geyser Basin"), up to maxEnglishNameLead of them, stopping at a
// function word, a determiner or a title. mentions are in text order; so is the result.
func extendEnglishNames(d *docInfo, mentions []Mention) []Mention {
	at := mentionAt(d, mentions)
	drop := map[int]bool{}
	for i, m := range mentions {
		ks := mentionTokens(d, m)
		last := d.words[ks[1]-1]
		if !(m.Label == "ORG" && foreignOrgWords[last] || m.Label == "LOC" && foreignPlaceHeads[last]) {
			continue
		}
		start := ks[0]
		for n := 0; n < maxEnglishNameLead && start > 0 && leadsEnglishName(d, start-1); n++ {
			k := start - 1
			if j := at[k]; j >= 0 {
				if !allCapitalised(d, mentions[j]) {
					break
				}
				k, drop[j] = tokenAt(d, mentions[j].Start), true
			}
			start = k
		}
		mentions[i].Start = d.toks[start].start
	}
	if len(drop) == 0 {
		return mentions
	}
	out := mentions[:0]
	for i, m := range mentions {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// leadsEnglishName reports whether token k may open an English name before its head: a capitalised
// word that is no function word, determiner, title or symbol, on the same line as the word after it.
func leadsEnglishName(d *docInfo, k int) bool {
	w := d.words[k]
	return isCap(w) && !d.symbol[k] && !d.toks[k+1].newlineBefore && !leadWords[d.lower[k]] &&
		!notNameWords[d.lower[k]] && !determiners[d.lower[k]] && !isRole(d, k) && !capArticles[w]
}

// allCapitalised reports whether every word of m is capitalised.
func allCapitalised(d *docInfo, m Mention) bool {
	ks := mentionTokens(d, m)
	for k := ks[0]; k < ks[1]; k++ {
		if !isCap(d.words[k]) {
			return false
		}
	}
	return true
}

// acronymCompound reports whether w joins an acronym of two capitals or more to a capitalised word by
// a hyphen: "UFC-Que", "SUD-Rail", "CNDD-FDD". No person's name is so written; of the 22 such
// mentions of the training and development gold, 19 are organisations', 3 a probe's (OSIRIS-REx).
func acronymCompound(w string) bool {
	acr, rest, ok := strings.Cut(w, "-")
	if !ok || len(acr) < 2 || !isCap(rest) {
		return false
	}
	for _, r := range acr { // capitals only: "J.-P. Roux" gives initials
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
