package ner

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// One name, one type per document. The tagger reads a sentence at a time and may tag the same full
// name a person in one sentence and a place in the next ("a déclaré Ursula von der Leyen" PER, "avec
// Ursula von der Leyen à Paris" LOC), and the entities built from the mentions then hold two
// referents for one name. unifyLabels weighs every mention of a name as evidence for its label: a
// mention tagged L with confidence c (the calibrated share of such mentions that are right) says L
// with probability c and each other label with (1-c)/(k-1). The label with the highest total
// log-probability is given to every mention of the name. When it leads the next by less than
// unifyMargin the tagger cannot tell: the name still gets one label, so that it makes one entity the
// user confirms or corrects once, but its mentions' confidence drops to the winner's posterior share
// (about one in two for a two-way near-tie), which shows the doubt. Mentions read with the same label
// and the very same confidence count once: the tagger saw the same surroundings ("avec Ursula von der
// Leyen à Paris" in every other paragraph of a report), which repeat one piece of evidence rather than
// add to it.
//
// Near-ties used to keep their labels, which hedged the scores (one mention of "Paris Saint-Germain",
// LOC 0.69 and ORG 0.67, right whichever the truth) but gave the document two entities of one name.
// Deciding them moves the Wikinews dev set from 0.8817 to 0.8825 and the studied translated news
// from 0.8325 to 0.8339 (docs/quality.md).

// unifyMargin is the least lead, in log-probability, of the label given to all of a name's mentions
// over the next for their confidence to stand: the winner at least 1.2 times as likely.
const unifyMargin = 0.2

// maxMentionConfidence bounds a confidence before its logarithm is taken, so that one mention does
// not outweigh every other.
const maxMentionConfidence = 0.99

// nameKey is what the mentions of one name share: the text, with apostrophes written ' and runs of
// spaces (no-break ones too) written as one space.
func nameKey(s string) string {
	if strings.ContainsAny(s, "’ʼ") {
		s = apostrophes.Replace(s)
	}
	if singleSpaced(s) { // most names: nothing to rewrite, nothing to allocate
		return s
	}
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// singleSpaced reports whether s has no space but single ' ' between other characters, which nameKey
// keeps as they are.
func singleSpaced(s string) bool {
	prev := true // a space opening s is not kept
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prev) {
			return false
		}
		prev = space
	}
	return !prev || s == ""
}

// unifyLabels relabels, in place, the mentions of a name whose labels differ within the document,
// as described above. A relabelled mention keeps its confidence when its name's label leads by
// unifyMargin; in a near-tie every mention of the name gets at most the winning label's share of the
// evidence (its posterior probability among the labels read), so that the user sees the doubt.
func unifyLabels(d *docInfo, mentions []Mention, labels int) {
	byName := map[string][]int{}
	for i, m := range mentions {
		k := nameKey(d.text[m.Start:m.End])
		byName[k] = append(byName[k], i)
	}
	for _, idx := range byName {
		label, share, clear, ok := prevailingLabel(mentions, idx, labels)
		if !ok {
			continue
		}
		for _, i := range idx {
			mentions[i].Label = label
			if !clear {
				mentions[i].Confidence = min(mentions[i].Confidence, share)
			}
		}
	}
}

// prevailingLabel returns the label the mentions idx of one name should all carry, its posterior
// probability among the labels read, and whether it leads the next by unifyMargin; ok is false when
// the mentions already agree. labels is how many labels the tagger has.
func prevailingLabel(mentions []Mention, idx []int, labels int) (label string, share float64, clear, ok bool) {
	var cands []string
	for _, i := range idx {
		if l := mentions[i].Label; !slices.Contains(cands, l) {
			cands = append(cands, l)
		}
	}
	if len(cands) < 2 {
		return "", 0, false, false
	}
	type reading struct {
		label string
		conf  float64
	}
	var evidence []reading
	for _, i := range idx {
		r := reading{mentions[i].Label, mentions[i].Confidence}
		if !slices.Contains(evidence, r) {
			evidence = append(evidence, r)
		}
	}
	others := float64(max(labels-1, len(cands)-1))
	scores := make([]float64, len(cands))
	best, second := math.Inf(-1), math.Inf(-1)
	for j, l := range cands {
		for _, r := range evidence {
			c := min(r.conf, maxMentionConfidence)
			if r.label == l {
				scores[j] += math.Log(c)
			} else {
				scores[j] += math.Log((1 - c) / others)
			}
		}
		switch {
		case scores[j] > best:
			best, second, label = scores[j], best, l
		case scores[j] > second:
			second = scores[j]
		}
	}
	total := 0.0
	for _, sc := range scores {
		total += math.Exp(sc - best)
	}
	return label, 1 / total, best-second >= unifyMargin, true
}
