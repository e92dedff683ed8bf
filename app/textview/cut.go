package textview

import "strings"

// cutUnit returns where to cut run, a run that a line keeps whole (see unit) but that is too wide for
// avail: the length of the part that stays on the line, 0 for none, at least one cluster when force
// is set. It cuts after the last of its breakable spaces that fits, else between clusters, in either
// case short of a French mark: a unit too wide for its line was cut at its first space, which ended
// the line with the « it opens, and a word bound to its mark by a no-break space was cut before
// the mark, which then began the next line (« déclaré : » cut as « déclaré » and « : »).
func (wc *widthCache) cutUnit(run string, avail float32, force bool) int {
	fit := wc.fitPrefix(run, avail)
	best := 0
	for i := 0; i < len(run); {
		j := spaceRunEnd(run, i)
		if j == i {
			i = max(wordEnd(run, i), i+1)
			continue
		}
		if i > fit { // the words before the spaces do not fit
			break
		}
		if i > 0 && j < len(run) && !strandsMark(run[:i], run[j:]) {
			best = j // the spaces stay at the end of the line, as at any break
		}
		i = j
	}
	if best > 0 {
		return best
	}
	for c := fit; c > 0; c = prevCluster(run, c) {
		if !strandsMark(run[:c], run[c:]) {
			return c
		}
	}
	switch {
	case !force:
		return 0
	case fit > 0: // marks and spaces alone: cut where it fits
		return fit
	}
	return nextCluster(run, 0)
}

// fitPrefix returns the length of the longest run of whole clusters of run that fits in avail.
func (wc *widthCache) fitPrefix(run string, avail float32) int {
	fit := 0
	for k := nextCluster(run, 0); k <= len(run); k = nextCluster(run, k) {
		if wc.runWidth(run[:k]) > avail {
			break
		}
		fit = k
		if k == len(run) {
			break
		}
	}
	return fit
}

// runWidth returns the width of s, its words and breakable spaces added up as the layout draws them
// (textLayout.walk).
func (wc *widthCache) runWidth(s string) float32 {
	var w float32
	for i := 0; i < len(s); {
		if j := spaceRunEnd(s, i); j > i {
			w += wc.spaceWidth(s[i:j])
			i = j
			continue
		}
		j := max(wordEnd(s, i), i+1)
		w += wc.width(s[i:j])
		i = j
	}
	return w
}

// strandsMark reports whether a line ending with head and the next one starting with rest leave a
// French mark alone: « at the end of the line, or a closing mark (» ; : ! ?) at the start of the next.
func strandsMark(head, rest string) bool {
	head, rest = strings.TrimRight(head, " \u00a0\u202f\u2007"), strings.TrimLeft(rest, " \u00a0\u202f\u2007")
	return strings.HasSuffix(head, "«") || closesFrench(rest)
}
