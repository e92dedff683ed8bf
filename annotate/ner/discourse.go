package ner

import (
	"sort"
	"strings"
)

// Names keep one reading within a document. A person named in full ("Brett Kavanaugh") is the same
// person where the article later gives the surname alone, which a tagger reading one sentence at a time
// misses or takes for a place, especially with names foreign to its training data ("Kavanaugh"
// tagged LOC, "Waters" untagged).

// surnameConfidence is the confidence given to a surname tagged for its full name elsewhere;
// minFullName the confidence the full name needs for it.
const (
	surnameConfidence = 0.7
	minFullName       = 0.7
)

// determiners make the capitalised word after them a common noun or a thing's name ("la Pride").
var determiners = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true,
	"des": true, "du": true, "au": true, "aux": true, "ce": true, "cette": true, "ces": true}

// propagateSurnames tags PER every capitalised token of d that is the surname of a person named in
// full elsewhere in the document (the last word of a PER mention of two words or more): untagged, or
// tagged alone with another label, and not after a determiner. Longer mentions (an organisation holding
// the word) are left alone.
// mentions are in text order; so is the result.
func propagateSurnames(d *docInfo, mentions []Mention) []Mention {
	surnames := map[string]bool{}
	for _, m := range mentions {
		if m.Label != "PER" {
			continue
		}
		if words := strings.Fields(d.text[m.Start:m.End]); len(words) >= 2 && isCap(words[len(words)-1]) {
			surnames[words[len(words)-1]] = true
		}
	}
	if len(surnames) == 0 {
		return mentions
	}
	covering := make(map[int]int, len(mentions)) // token start → index of the mention starting there
	for i, m := range mentions {
		covering[m.Start] = i
	}
	out := mentions
	added := false
	next := 0 // the first mention ending after the current token
	for k, t := range d.toks {
		for next < len(mentions) && mentions[next].End <= t.start {
			next++
		}
		w := d.text[t.start:t.end]
		if !surnames[w] || k > 0 && determiners[d.lower[k-1]] { // "la Pride", not a person
			continue
		}
		if next < len(mentions) && mentions[next].Start < t.end { // inside a mention
			if i, ok := covering[t.start]; ok && mentions[i].End == t.end && mentions[i].Label != "PER" {
				out[i].Label, out[i].Confidence = "PER", surnameConfidence
			}
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
