package tm

import (
	"cmp"
	"slices"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/internal/grapheme"
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
//
// Between two words both versions keep, where only punctuation and spacing differ (a comma added,
// « for “, a space for a no-break space, a double space, ' for ’ inside "Trump's", a full stop
// dropped), the pieces are exactly the characters that differ, as Word's and memoQ's compare views
// show them: a reviewer's typographic correction is not lost in the space the word diff ignores.
// They are cut between grapheme clusters only, so a letter keeps its accent and an emoji its skin tone.
func WordDiff(old, new string) []Piece {
	o, n := tokensOf(old), tokensOf(new)
	var ops []op
	align(o.verbatim, n.verbatim, func(i, j int) { ops = append(ops, op{i, j}) })
	slices.Reverse(ops)
	d := differ{old: old, new: new, o: o, n: n}
	// each run of changes, up to the next token both versions keep (the anchor), or to the end
	for a := 0; a <= len(ops); {
		b := a
		for b < len(ops) && (ops[b].i < 0 || ops[b].j < 0) {
			b++
		}
		oNext, nNext := len(old), len(new)
		if b < len(ops) {
			oNext, nNext = o.toks[ops[b].i].Start, n.toks[ops[b].j].Start
		}
		if !d.marks(old[d.oEnd:oNext], new[d.nEnd:nNext]) {
			d.words(ops[a:b], oNext, nNext)
		}
		if b < len(ops) {
			d.add(Same, n.toks[ops[b].j].Text)
			d.oEnd, d.nEnd = o.toks[ops[b].i].End, n.toks[ops[b].j].End
		}
		a = b + 1
	}
	return d.out
}

// differ builds the pieces of WordDiff.
type differ struct {
	old, new   string
	o, n       analysis
	oEnd, nEnd int // where the previous token of each version ended
	out        []Piece
}

// add appends s as a piece of kind k, joined to the last piece when it is of that kind.
func (d *differ) add(k PieceKind, s string) {
	if s == "" {
		return
	}
	if l := len(d.out); l > 0 && d.out[l-1].Kind == k {
		d.out[l-1].Text += s
		return
	}
	d.out = append(d.out, Piece{k, s})
}

// marks adds the text between two kept tokens, oc in the old version and nc in the new, as what they
// share around the characters that differ and those characters, removed then added, and reports
// true, when those are only punctuation and spaces; else it adds nothing and reports false.
func (d *differ) marks(oc, nc string) bool {
	if oc == nc && onlyMarks([]string{nc}) { // the space between two words kept, most often
		d.add(Same, nc)
		return true
	}
	oc2, nc2 := clusters(oc), clusters(nc)
	p := 0
	for p < len(oc2) && p < len(nc2) && sameCluster(oc2[p], nc2[p]) {
		p++
	}
	s := 0
	for s < len(oc2)-p && s < len(nc2)-p && sameCluster(oc2[len(oc2)-1-s], nc2[len(nc2)-1-s]) {
		s++
	}
	oMid, nMid := oc2[p:len(oc2)-s], nc2[p:len(nc2)-s]
	if !onlyMarks(oMid) || !onlyMarks(nMid) {
		return false
	}
	d.add(Same, join(nc2[:p]))
	d.add(Removed, join(oMid))
	d.add(Added, join(nMid))
	d.add(Same, join(nc2[len(nc2)-s:]))
	return true
}

// words adds a run of tokens removed and added, the old ones first ("[-une honte-] {+a disgrace+}"),
// each with the space before it from its own version, then the space before the next kept token,
// which starts at oNext in the old version and nNext in the new.
func (d *differ) words(run []op, oNext, nNext int) {
	slices.SortStableFunc(run, func(x, y op) int { return cmp.Compare(x.added(), y.added()) })
	for _, x := range run {
		if x.j < 0 {
			t := d.o.toks[x.i]
			d.add(gapKind(d.out, Removed), d.old[d.oEnd:t.Start])
			d.add(Removed, t.Text)
			d.oEnd = t.End
			continue
		}
		t := d.n.toks[x.j]
		gap := d.new[d.nEnd:t.Start]
		if gap == "" && len(d.out) > 0 && d.out[len(d.out)-1].Kind == Removed {
			gap = " " // "over" replaced by "finished" at the start: not "overfinished"
		}
		d.add(gapKind(d.out, Added), gap)
		d.add(Added, t.Text)
		d.nEnd = t.End
	}
	gap := d.new[d.nEnd:nNext]
	if gap == "" && len(d.out) > 0 && d.out[len(d.out)-1].Kind == Removed {
		gap = d.old[d.oEnd:oNext] // a word removed at the start: the space after it is the old one
	}
	d.add(Same, gap)
}

// clusters cuts s into its grapheme clusters.
func clusters(s string) []string {
	var cs []string
	for i := 0; i < len(s); {
		j := grapheme.Next(s, i)
		cs = append(cs, s[i:j])
		i = j
	}
	return cs
}

func join(cs []string) string {
	n := 0
	for _, c := range cs {
		n += len(c)
	}
	b := make([]byte, 0, n)
	for _, c := range cs {
		b = append(b, c...)
	}
	return string(b)
}

// sameCluster compares two clusters as the tokens are compared: in NFC, so that é and e + U+0301 are
// the same letter.
func sameCluster(a, b string) bool { return a == b || norm.NFC.String(a) == norm.NFC.String(b) }

// onlyMarks reports whether every cluster of cs is punctuation or a space.
func onlyMarks(cs []string) bool {
	for _, c := range cs {
		for _, r := range c {
			if !unicode.IsPunct(r) && !isSpace(r) {
				return false
			}
		}
	}
	return true
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
