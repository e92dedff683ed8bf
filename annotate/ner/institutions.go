package ner

import "slices"

// The tagger sometimes leaves out a well-known organisation, most often where nothing before it helps,
// at the start of a paragraph: "Reuters n'a pas pu authentifier les images." missedInstitutions adds
// an ORG mention for a run of tokens the gazetteer holds whole as an institution (gazlists.go:
// institutions), capitalised, that no mention covers, with no capitalised word right before or after
// it (which would make it part of a longer name the tagger chose not to tag), and that the gazetteer
// does not also hold as a place; not a determiner ("Un", as UN, "Les Républicains" for les
// républicains), nor a word of two letters ("UE", whose capitals a sentence's "Ue" lacks). A common noun
// that opens a sentence is taken for its institution: "Congrès annuel, …" (1 of the 7 such mentions
// added over the 1,032 Wikinews texts; the 6 others right).

// missedInstitutions adds, as described above, the institutions the tagger left out. mentions are in
// text order; so is the result.
func missedInstitutions(d *docInfo, mentions []Mention) []Mention {
	const inst, cont = uint32(gazInstitution), uint32(gazInstitution) << 16
	var at []int
	added := false
	for k := 0; k < len(d.toks); k++ {
		if d.gaz[k]&inst == 0 || d.gaz[k]&cont != 0 || d.gaz[k]&placeKinds != 0 || !isCap(d.words[k]) ||
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
		if at == nil {
			at = mentionAt(d, mentions)
		}
		if slices.ContainsFunc(at[k:e], func(i int) bool { return i >= 0 }) {
			continue
		}
		mentions = append(mentions, Mention{Start: d.toks[k].start, End: d.toks[e-1].end, Label: "ORG", Confidence: surnameConfidence})
		added = true
	}
	if added {
		slices.SortFunc(mentions, func(a, b Mention) int { return a.Start - b.Start })
	}
	return mentions
}

// sentenceStart reports whether token k opens a sentence.
func sentenceStart(d *docInfo, k int) bool {
	_, found := slices.BinarySearch(d.sents, k)
	return found
}
