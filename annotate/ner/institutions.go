package ner

import "slices"

// The tagger sometimes leaves out a well-known organisation or place, most often where nothing before
// it helps, at the start of a paragraph: "Reuters n'a pas pu authentifier les images", "Séoul affirme
// que…". missedInstitutions adds an ORG mention for a run of tokens the gazetteer holds whole as an
// institution (gazlists.go: institutions), and a LOC mention for one it holds as a country, region,
// city or place, capitalised, that no mention covers, with no capitalised word right before or after
// it (which would make it part of a longer name the tagger chose not to tag): not a determiner ("Un",
// as UN; "Les Républicains" for les républicains), nor a word of two letters ("UE", whose capitals a
// sentence's "Ue" lacks); an institution is no place of the gazetteer too, and a place no given name
// nor institution, nor the end of a name after "de" ("l'opération Bouclier de l'Euphrate"). Over the
// 1,032 Wikinews texts, of the 7 organisations added 6 are right ("Congrès annuel, …" opening a
// sentence is not), of the 14 places 12 ("cochons d'Inde" is not; "la côte Pacifique" is doubtful).

// missedInstitutions adds, as described above, the institutions the tagger left out. mentions are in
// text order; so is the result.
func missedInstitutions(d *docInfo, mentions []Mention) []Mention {
	mentions = missedGazetteer(d, mentions, uint32(gazInstitution), "ORG")
	return missedGazetteer(d, mentions, placeKinds, "LOC")
}

// missedGazetteer adds label mentions, as described above, for the gazetteer entries of the kinds
// inst that no mention covers. mentions are in text order; so is the result.
func missedGazetteer(d *docInfo, mentions []Mention, inst uint32, label string) []Mention {
	cont := inst << 16
	var added []Mention
	for k := 0; k < len(d.toks); k++ {
		if d.gaz[k]&inst == 0 || d.gaz[k]&cont != 0 || label == "ORG" && d.gaz[k]&placeKinds != 0 || !isCap(d.words[k]) ||
			label == "LOC" && (d.gaz[k]&uint32(gazInstitution|gazFirstName) != 0 || d.knownGivenName(k)) ||
			determiners[d.lower[k]] || len(d.words[k]) < 3 {
			continue
		}
		e := k + 1
		for e < len(d.toks) && d.gaz[e]&cont != 0 && !d.toks[e].newlineBefore {
			e++
		}
		if k > 0 && !d.toks[k].newlineBefore && isCap(d.words[k-1]) && !sentenceStart(d, k-1) ||
			e < len(d.toks) && !d.toks[e].newlineBefore && isCap(d.words[e]) {
			continue
		}
		if label == "LOC" && deOfName(d, k) {
			continue // "l'opération Bouclier de l'Euphrate"
		}
		if start, end := d.toks[k].start, d.toks[e-1].end; !covered(mentions, start, end) {
			added = append(added, Mention{Start: start, End: end, Label: label, Confidence: surnameConfidence})
		}
	}
	if added == nil {
		return mentions
	}
	mentions = append(mentions, added...)
	slices.SortFunc(mentions, func(a, b Mention) int { return a.Start - b.Start })
	return mentions
}

// covered reports whether a mention of mentions, in text order and disjoint, overlaps [start, end).
func covered(mentions []Mention, start, end int) bool {
	i, _ := slices.BinarySearchFunc(mentions, start, func(m Mention, b int) int {
		if m.End <= b {
			return -1
		}
		return 1
	})
	return i < len(mentions) && mentions[i].Start < end
}

// sentenceStart reports whether token k opens a sentence.
func sentenceStart(d *docInfo, k int) bool {
	_, found := slices.BinarySearch(d.sents, k)
	return found
}

// deOfName reports whether token k follows "de", "du", "des", "d'" or "de l'" after a capitalised word
// that opens no sentence: the end of a longer name ("Bouclier de l'Euphrate").
func deOfName(d *docInfo, k int) bool {
	j := k - 1
	if j > 0 && (d.lower[j] == "l'" || d.lower[j] == "la") {
		j--
	}
	if j < 1 || !deParticles[d.lower[j]] && d.lower[j] != "du" && d.lower[j] != "des" {
		return false
	}
	return isCap(d.words[j-1]) && !sentenceStart(d, j-1) && !d.toks[j-1].newlineBefore
}
