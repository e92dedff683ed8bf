package formats

import (
	"encoding/xml"
	"slices"
)

// XLIFF 2 lets a file say that some inline codes may not be reordered (its editing hints): a code
// with canReorder="firstNo" starts a sequence that the codes right after it with canReorder="no"
// continue, and a target must hold each sequence's codes one after the other, in the source's order; a
// strict tool refuses a file whose target does not. Such codes also say canCopy="no" and
// canDelete="no", which merge-back always keeps: it writes every code of the source once.
//
// Placement follows the English's word order, which may put such codes in another order; keepOrder
// puts them back: the codes of the longest run already in order keep their places (those placed
// around their English first), the others become empty beside them, and other codes written between
// them go empty before or after them, as the source has them; the warning target-codes-order names
// the units. A sequence whose codes are not siblings, or that another code cuts, is
// written with every code of the content in the source's order at the end (placeCodes).

// reorderOf is the canReorder of a code's start tag: "firstNo", "no", or "" for yes.
func reorderOf(t xml.StartElement) string {
	switch v := rawAttr(t, "canReorder"); v {
	case "firstNo", "no":
		return v
	}
	return ""
}

// sequences are the content's sequences of codes that may not be reordered, each in the order of its
// codes' starts (the order of in.codes). A code said "no" that no "firstNo" starts is in none, as a
// sequence of one code is: it has nothing to keep its order with.
func (in *inlineCodes) sequences() [][]int {
	var out [][]int
	var cur []int
	flush := func() {
		if len(cur) >= 2 {
			out = append(out, cur)
		}
		cur = nil
	}
	for i, c := range in.codes {
		switch c.reorder {
		case "firstNo":
			flush()
			cur = []int{i}
		case "no":
			if cur != nil {
				cur = append(cur, i)
			}
		default:
			flush()
		}
	}
	flush()
	return out
}

// preorder are the codes in the order the target writes their starts (end markers of pairs after
// what the pair holds).
func (pl *codePlan) preorder() []int {
	var out []int
	var walk func(parent int)
	walk = func(parent int) {
		for _, k := range pl.sortedKids(parent) {
			out = append(out, k)
			if c := pl.in.codes[k]; c.wrapping() {
				walk(k)
				if c.pair >= 0 {
					out = append(out, c.pair)
				}
			}
		}
	}
	walk(-1)
	return out
}

// inOrder reports whether the target writes each sequence's codes one after the other, in order.
func (pl *codePlan) inOrder(seqs [][]int) bool {
	if len(seqs) == 0 {
		return true
	}
	rank := make([]int, len(pl.in.codes))
	for r, k := range pl.preorder() {
		rank[k] = r
	}
	for _, seq := range seqs {
		for j := 1; j < len(seq); j++ {
			if rank[seq[j]] != rank[seq[j-1]]+1 {
				return false
			}
		}
	}
	return true
}

// keepOrder puts back in the source's order the codes of each sequence whose codes are siblings.
func (pl *codePlan) keepOrder(seqs [][]int, sureOf []bool) {
	for _, seq := range seqs {
		if pl.inOrder([][]int{seq}) {
			continue
		}
		var ms []int // the sequence's codes that are placed (the end of a pair follows its start)
		for _, k := range seq {
			if !pl.taken[k] {
				ms = append(ms, k)
			}
		}
		if len(ms) < 2 || !pl.siblings(ms) {
			continue
		}
		kept := pl.longestInOrder(ms, sureOf)
		for j, k := range ms {
			if kept[j] {
				continue
			}
			at := -1
			for i := j - 1; i >= 0 && at < 0; i-- {
				if kept[i] {
					at = pl.e[ms[i]] // after the code before it
				}
			}
			for i := j + 1; i < len(ms) && at < 0; i++ {
				if kept[i] {
					at = pl.s[ms[i]] // else before the code after it
				}
			}
			pl.putAt(k, at, sureOf)
		}
		pl.clear(ms, sureOf)
	}
}

// putAt makes code k empty at the target place at, with what it holds.
func (pl *codePlan) putAt(k, at int, sureOf []bool) {
	pl.s[k], pl.e[k], pl.moved[k] = at, at, true
	pl.fit(k, at, at, sureOf)
}

// clear moves out of the sequence ms (siblings, in order) the other codes the target writes between
// them: before its first code those that come before it in the source, after its last the others.
func (pl *codePlan) clear(ms []int, sureOf []bool) {
	first, last := ms[0], ms[len(ms)-1]
	kids := pl.sortedKids(pl.in.codes[first].parent)
	from, to := slices.Index(kids, first), slices.Index(kids, last)
	if from < 0 || to < from {
		return // placeCodes's check finds them out of order
	}
	for _, k := range kids[from+1 : to] {
		switch {
		case slices.Contains(ms, k):
		case pl.in.codes[k].first < pl.in.codes[first].first:
			pl.putAt(k, pl.s[first], sureOf)
		default:
			pl.putAt(k, pl.e[last], sureOf)
		}
	}
}

// siblings reports whether the codes ks are inside the same code (or all at the top).
func (pl *codePlan) siblings(ks []int) bool {
	for _, k := range ks[1:] {
		if pl.in.codes[k].parent != pl.in.codes[ks[0]].parent {
			return false
		}
	}
	return true
}

// longestInOrder picks the codes of ms (siblings, in the source's order) that keep their places: the
// heaviest run that the target writes in the same order, a code placed around its English weighing
// more than all those placed at a likely place together; among equals the first.
func (pl *codePlan) longestInOrder(ms []int, sureOf []bool) []bool {
	n := len(ms)
	weight := func(j int) int {
		if sureOf[ms[j]] && !pl.guessed[ms[j]] {
			return n + 1
		}
		return 1
	}
	best, prev := make([]int, n), make([]int, n)
	top := 0
	for j := range ms {
		best[j], prev[j] = weight(j), -1
		for i := range j {
			if pl.before(ms[i], ms[j]) && best[i]+weight(j) > best[j] {
				best[j], prev[j] = best[i]+weight(j), i
			}
		}
		if best[j] > best[top] {
			top = j
		}
	}
	kept := make([]bool, n)
	for j := top; j >= 0; j = prev[j] {
		kept[j] = true
	}
	return kept
}
