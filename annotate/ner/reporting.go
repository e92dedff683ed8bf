package ner

import "slices"

// A news agency, a paper or a station is what "rapporte" and "a fait savoir" put last in a clause:
// "a rapporté Yonhap.", "rapporte Mic, les manifestants…", "a fait savoir KTUU." (of the training
// gold's names after rapporter, 3 of 3 are organisations'). The tagger, meeting an unknown word or
// acronym there, leaves it out or reads a person. reportingMedia makes ORG the run of capitalised
// words right after such a verb (an article between them allowed: "rapporte Le Figaro") that ends the
// clause (a comma, full stop, semicolon, bracket or the end of the text after it), unless it is a
// place of the gazetteer, opens with a given name or is the surname of a person the document names in
// full ("a rapporté Martin." after "Paul Martin").

// reportingWords are the verbs of reporting, as the word before their inverted subject: "rapporte",
// "a rapporté", "a fait savoir".
var reportingWords = wordSet("rapporte rapportent rapportait rapportaient rapporté savoir")

// maxMediumWords bounds the words of a medium's name after a verb of reporting.
const maxMediumWords = 4

// reportingMedia makes ORG, as described above, the names of media after a verb of reporting.
// mentions are in text order; so is the result.
func reportingMedia(d *docInfo, g *gazetteer, mentions []Mention) []Mention {
	reporting := d.byWord(func(k int) bool { return reportingWords[d.lower[k]] })
	var at []int
	var surnames map[string]bool
	added := false
	for k := 1; k+1 < len(d.toks); k++ {
		if !reporting[d.typ[k]] || d.lower[k] == "savoir" && d.lower[k-1] != "fait" {
			continue
		}
		j, e, ok := mediumRun(d, k+1)
		if !ok || g.givenName(d, j) || d.gaz[j]&placeKinds != 0 {
			continue
		}
		if at == nil {
			at, surnames = mentionAt(d, mentions), fullNameSurnames(d, mentions)
		}
		if e-j == 1 && surnames[d.words[j]] {
			continue
		}
		if i := at[j]; i >= 0 {
			if mentions[i].Start == d.toks[j].start && d.tokenFrom(mentions[i].End) == e {
				mentions[i].Label = "ORG"
			}
			continue
		}
		if slices.ContainsFunc(at[j:e], func(i int) bool { return i >= 0 }) {
			continue
		}
		mentions = append(mentions, Mention{Start: d.toks[j].start, End: d.toks[e-1].end, Label: "ORG", Confidence: surnameConfidence})
		added = true
	}
	if added {
		slices.SortFunc(mentions, func(a, b Mention) int { return a.Start - b.Start })
	}
	return mentions
}

// mediumRun returns the run [j, e) of capitalised words from token k, after an article if there is
// one, when it ends the clause; the article's capital ("Le Figaro") is the name's.
func mediumRun(d *docInfo, k int) (j, e int, ok bool) {
	j = k
	if w := d.words[j]; (w == "l'" || w == "le" || w == "la") && j+1 < len(d.toks) {
		j++
	}
	e = j
	for e < len(d.toks) && e-j < maxMediumWords && isCap(d.words[e]) && !d.toks[e].newlineBefore {
		e++
	}
	if e == j || e-j == maxMediumWords {
		return 0, 0, false
	}
	n := e
	for n < len(d.toks) && d.symbol[n] { // an emoji before the punctuation: "KTUU 📺."
		n++
	}
	if n < len(d.toks) && !d.toks[n].newlineBefore {
		switch d.words[n] {
		case ",", ".", ";", ")", "»":
		default:
			return 0, 0, false
		}
	}
	return j, e, true
}
