package project

import (
	"slices"
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate"
)

// part is the piece of a source quotation that lies in one segment.
type part struct {
	sp         *annotate.Span
	start, end int  // source bytes, clipped to the segment
	opens      bool // the quotation begins in this segment
	closes     bool // and ends in it
}

// center is the relative position of [a, b) in a text of n bytes, in [0, 1].
func center(a, b, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(a+b) / 2 / float64(n)
}

// matchQuotes pairs the quotation parts of a segment with the quotations of its target text.
func matchQuotes(src string, segStart int, parts []part, target string) []proposal {
	inside := false
	for _, p := range parts {
		inside = inside || !p.opens
	}
	regions := quoteRegions(target, inside)
	var full []part
	var out []proposal
	for _, p := range parts {
		if p.opens && p.closes {
			full = append(full, p)
		} else if pr, ok := splitQuoteProposal(p, regions, target, src[p.start-segStart:p.end-segStart]); ok {
			out = append(out, pr)
		}
	}
	whole := wholeRegions(regions)
	if len(whole) > len(full) && len(whole) > len(wholeRegions(quoteRegions(src, false))) {
		whole = joinRendered(target, whole, len(full))
	}
	out = append(out, pairFull(src, segStart, full, target, whole)...)
	if len(full) == 1 && len(whole) == 0 && len(out) == 0 {
		out = append(out, movedBoundary(src, segStart, full[0], target, regions)...)
	}
	return out
}

// joinRendered joins English quotations that render one French quotation as two, "devastated" and
// "in shock" for « dévastée et sous le choc »: quotations only "and", "or" or a comma apart, joined
// one pair at a time from the first until there are as many as the French has (want). It is called
// only when the English has more quotations than the French sentence has marked, not when only the
// French spans are fewer (a quotation the recogniser missed).
func joinRendered(target string, whole []region, want int) []region {
	out := slices.Clone(whole)
	for i := 0; i+1 < len(out) && len(out) > want; {
		switch strings.TrimSpace(target[out[i].end:out[i+1].start]) {
		case "and", "or", ",", ", and", ", or":
			out[i].end = out[i+1].end
			out = slices.Delete(out, i+1, i+2)
		default:
			i++
		}
	}
	return out
}

// movedBoundary places a French quotation whole in its sentence on an English one the translation
// runs over two sentences: the sentence holds no whole quotation, only one left open at its end (the
// English goes on quoting in the next) or one closed without being opened (it began in the previous).
// Only the one such quotation is taken, and only if it may translate the French (see alike).
func movedBoundary(src string, segStart int, p part, target string, regions []region) []proposal {
	if len(regions) != 1 || regions[0].opened == regions[0].closed {
		return nil
	}
	if !alike(src, segStart, p, target, regions[0]) {
		return nil
	}
	return []proposal{quoteProposal(p, regions[0], 0.7, "quote-moved")}
}

// wholeRegions keeps the quotations opened and closed within the target.
func wholeRegions(regions []region) []region {
	var whole []region
	for _, r := range regions {
		if r.opened && r.closed {
			whole = append(whole, r)
		}
	}
	return whole
}

// splitQuoteProposal places a part of a quotation split over segments: the part that begins a
// quotation on the target's quotation left open, the part that ends one on the quotation closed
// without being opened, and a middle part on all of a target holding no quotation mark, or as many
// as the French part (a quotation inside it closing there: "I am angry."" for « Je suis en colère. »).
func splitQuoteProposal(p part, regions []region, target, srcPart string) (proposal, bool) {
	switch {
	case p.opens: // continues into the next segment: the quotation left open at the end
		if n := len(regions); n > 0 && !regions[n-1].closed {
			return quoteProposal(p, regions[n-1], 0.85, "quote-open"), true
		}
	case p.closes:
		if len(regions) > 0 && !regions[0].opened {
			return quoteProposal(p, regions[0], 0.85, "quote-close"), true
		}
	default: // the middle of a quotation spanning three segments or more: all of the target
		if (len(regions) == 0 || len(regions) == 1 && !regions[0].opened && !regions[0].closed ||
			countMarks(target) == countMarks(srcPart)) && strings.TrimSpace(target) != "" {
			a := skipSpace(target, 0)
			return quoteProposal(p, region{start: a, end: trimSpaceEnd(target, a, len(target))}, 0.7, "quote-middle"), true
		}
	}
	return proposal{}, false
}

// pairFull pairs whole quotations: in order when the counts agree, else each source quotation with the
// nearest remaining target quotation by relative position, keeping the order. Either way a pair must
// look like a translation (see alike): an English quotation that only happens to be there, in an
// unrelated or rewritten English, is not proposed.
func pairFull(src string, segStart int, full []part, target string, regions []region) []proposal {
	var out []proposal
	if len(full) == len(regions) {
		for i, p := range full {
			if alike(src, segStart, p, target, regions[i]) {
				out = append(out, quoteProposal(p, regions[i], 0.9, "quote"))
			}
		}
		return out
	}
	next := 0
	for _, p := range full {
		pc := center(p.start-segStart, p.end-segStart, len(src))
		best, bestD := -1, 0.25
		for j := next; j < len(regions); j++ {
			d := abs(center(regions[j].start, regions[j].end, len(target)) - pc)
			if d < bestD {
				best, bestD = j, d
			}
		}
		if best >= 0 && alike(src, segStart, p, target, regions[best]) {
			out = append(out, quoteProposal(p, regions[best], 0.75-bestD, "quote-position"))
			next = best + 1
		}
	}
	return out
}

// Whether an English quotation may translate a French one, when only their order or place pairs them,
// was measured on NTREX-128 (shared/data): the French « … » of its sentences against their English, and
// against the English of a sentence of another article holding a quotation (TestQuoteEvidenceOnNTREX).
// Before this check, 351 quotations were projected onto their translation and 249 onto the unrelated
// English; with it, 350 and 130 (the one lost was paired with the wrong English quotation anyway). A
// word stem shared by both (a name, a number, a cognate such as "Trump", "2013" or "ideology") almost
// never occurs by chance between a quotation and an unrelated one; without one, lengths unlike (in
// words: more than three apart and more than three times as many) tell most wrong pairings
// ("Hello world “Currently our dialogue is free of ideology.”" for
// « professionnels »). Places in the sentence were tried too: they cut few more wrong pairings and lose
// real ones, since a translation often moves its quotation ("X a déclaré que « … »", "“…,” X said").
const (
	maxWordRatio  = 3
	maxWordsApart = 3
)

// alike reports whether the target quotation r may translate the source quotation part p of the
// segment's source src (which starts at segStart in the document): they share a word stem, or their
// lengths in words are alike.
func alike(src string, segStart int, p part, target string, r region) bool {
	fr, en := src[p.start-segStart:p.end-segStart], target[r.start:r.end]
	wf, we := countWords(fr), countWords(en)
	short, long := min(wf, we), max(wf, we)
	return long <= short+maxWordsApart || float64(long) <= maxWordRatio*float64(max(short, 1)) || sharesStem(fr, en)
}

// countMarks counts the double quotation marks of s.
func countMarks(s string) int {
	n := 0
	for _, r := range s {
		if isQuoteMark(r) {
			n++
		}
	}
	return n
}

// countWords counts the words of s as tokenize cuts them, without folding them.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// sharesStem reports whether two texts share a word stem: the first five letters, case and accents
// aside, of a word of four letters or more, or a number.
func sharesStem(a, b string) bool {
	stems := map[string]bool{}
	for _, w := range stemsOf(a) {
		stems[w] = true
	}
	for _, w := range stemsOf(b) {
		if stems[w] {
			return true
		}
	}
	return false
}

func stemsOf(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		r := []rune(t.fold)
		if len(r) >= 4 || unicode.IsDigit(r[0]) {
			out = append(out, string(r[:min(len(r), 5)]))
		}
	}
	return out
}
