package tm

import (
	"cmp"
	"slices"
)

// PieceKind says which version of a text a piece of a word diff belongs to.
type PieceKind int

// The kinds of pieces of a word diff.
const (
	Same    PieceKind = iota // in both versions (and the space between words)
	Removed                  // in the old version only
	Added                    // in the new version only
)

// Piece is a run of text of a word diff.
type Piece struct {
	Kind PieceKind
	Text string
}

// WordDiff compares two versions of a text word by word, as the differences of a memory match are
// found (words, numbers and marks compared as written, in NFC), and returns them merged into one text
// to read in order: what both have, and where they differ, the old words then the new ones. Each
// removed or added word brings the space before it from its own version; neighbouring pieces of one
// kind are joined.
func WordDiff(old, new string) []Piece {
	o, n := tokensOf(old), tokensOf(new)
	var ops []op
	align(o.verbatim, n.verbatim, func(i, j int) { ops = append(ops, op{i, j}) })
	slices.Reverse(ops)
	// in each run of changes, the old words first, then the new: "[-une honte-] {+a disgrace+}"
	for a := 0; a < len(ops); {
		b := a
		for b < len(ops) && (ops[b].i < 0 || ops[b].j < 0) {
			b++
		}
		slices.SortStableFunc(ops[a:b], func(x, y op) int { return cmp.Compare(x.added(), y.added()) })
		a = max(b, a+1)
	}
	var out []Piece
	add := func(k PieceKind, s string) {
		if s == "" {
			return
		}
		if l := len(out); l > 0 && out[l-1].Kind == k {
			out[l-1].Text += s
			return
		}
		out = append(out, Piece{k, s})
	}
	oEnd, nEnd := 0, 0 // where the previous token of each version ended
	for _, x := range ops {
		switch {
		case x.j < 0:
			t := o.toks[x.i]
			add(gapKind(out, Removed), old[oEnd:t.Start])
			add(Removed, t.Text)
			oEnd = t.End
		case x.i < 0:
			t := n.toks[x.j]
			gap := new[nEnd:t.Start]
			if gap == "" && len(out) > 0 && out[len(out)-1].Kind == Removed {
				gap = " " // "over" replaced by "finished" at the start: not "overfinished"
			}
			add(gapKind(out, Added), gap)
			add(Added, t.Text)
			nEnd = t.End
		default:
			t, ot := n.toks[x.j], o.toks[x.i]
			gap := new[nEnd:t.Start]
			if gap == "" && len(out) > 0 && out[len(out)-1].Kind == Removed {
				gap = old[oEnd:ot.Start] // a word removed at the start: the space after it is the old one
			}
			add(Same, gap)
			add(Same, t.Text)
			oEnd, nEnd = ot.End, t.End
		}
	}
	add(Same, new[nEnd:])
	return out
}

// gapKind is the kind of the space before a word of kind k: k's own between two words of that kind,
// so that a run of words removed or added reads as one phrase, else Same.
func gapKind(out []Piece, k PieceKind) PieceKind {
	if len(out) > 0 && out[len(out)-1].Kind == k {
		return k
	}
	return Same
}

// op is a step of align: a pair of tokens kept, or a token of one version alone (the other index -1).
type op struct{ i, j int }

// added is 1 for a token of the new version alone, else 0, to order the changes of a run.
func (x op) added() int {
	if x.i < 0 {
		return 1
	}
	return 0
}
