package ner

import (
	"strconv"
	"strings"
	"unicode"
)

// boundary stands for a word before the sentence's start or after its end.
const boundary = "<s>"

// extractor turns tokens into feature hashes; clusters may be nil.
type extractor struct {
	clusters map[string]string
}

// features appends to out the features of token i of d, whose sentence is tokens [s,e).
func (x *extractor) features(d *docInfo, s, e, i int, out []uint64) []uint64 {
	at := func(k int) (string, string) {
		if k < s || k >= e {
			return boundary, boundary
		}
		return d.lower[k], d.shape[k]
	}
	w := d.words[i]
	l, sh := d.lower[i], d.shape[i]
	p1, ps1 := at(i - 1)
	n1, ns1 := at(i + 1)
	p2, _ := at(i - 2)
	n2, _ := at(i + 2)
	out = append(out,
		fhash(fBias), fhash(fWord, w), fhash(fLower, l),
		fhash(fPrev1, p1), fhash(fNext1, n1), fhash(fPrev2, p2), fhash(fNext2, n2),
		fhash(fPrevCur, p1, l), fhash(fCurNext, l, n1),
		fhash(fShape, sh), fhash(fShapePrev, ps1), fhash(fShapeNext, ns1), fhash(fShape3, ps1, sh, ns1),
		fhash(fPrevShape, p1, sh), fhash(fFlags, x.flagString(d, s, i)),
		fhash(fLen, strconv.Itoa(min(len(l), 12))),
		fhash(fPrev2Bigram, p2, p1), fhash(fNext2Bigram, n1, n2), fhash(fShapeNextWord, sh, n1),
	)
	affixes(l, func(pre, suf string) {
		out = append(out, fhash(fPrefix, pre), fhash(fSuffix, suf))
	})
	out = x.gazFeatures(d, s, e, i, out)
	if f := d.flags[i]; f != 0 {
		out = append(out, fhash(fDoc, string(rune('a'+f))), fhash(fDoc, sh, string(rune('a'+f))))
	}
	if x.clusters != nil {
		c := x.cluster(d, s, e, i)
		out = append(out, fhash(fCluster, c), fhash(fClusterPrev, x.cluster(d, s, e, i-1)),
			fhash(fClusterNext, x.cluster(d, s, e, i+1)))
		if dot := strings.IndexByte(c, '.'); dot > 0 {
			out = append(out, fhash(fCluster, c[:dot]), fhash(fCluster, c[:dot], sh))
		}
	}
	return out
}

// prepare looks up the cluster of every token of d ("?" when unknown), once for each word type.
func (x *extractor) prepare(d *docInfo) {
	if x.clusters == nil {
		return
	}
	d.clust = make([]string, len(d.toks))
	for _, i := range d.typeFirst {
		c, ok := x.clusters[d.fold[i]]
		if !ok {
			c = "?"
		}
		d.clust[i] = c
	}
	for i, k := range d.typ {
		d.clust[i] = d.clust[d.typeFirst[k]]
	}
}

// cluster returns the cluster of token i, or "<s>" outside the sentence [s,e).
func (x *extractor) cluster(d *docInfo, s, e, i int) string {
	if i < s || i >= e {
		return boundary
	}
	return d.clust[i]
}

// flagStrings are the values of flagString, indexed by its three bits (start, capital, upper).
var flagStrings = [8]string{"---", "S--", "-C-", "SC-", "--U", "S-U", "-CU", "SCU"}

// flagString summarises position and case: sentence start, capitalised, all caps.
func (x *extractor) flagString(d *docInfo, s, i int) string { return flagStrings[flagIndex(d, s, i)] }

// flagIndex returns the index in flagStrings of token i's flags, in the sentence starting at s.
func flagIndex(d *docInfo, s, i int) int {
	b := wordFlags(d.word(i), d.lower[i])
	if i == s {
		b |= 1
	}
	return b
}

// wordFlags returns the flags of flagIndex that depend on the word alone, w as written and its lower
// case: capitalised, all in capitals.
func wordFlags(w, lower string) int {
	b := 0
	if isCap(w) {
		b |= 2
	}
	if len(w) > 1 && lower != w && isAllUpper(w) {
		b |= 4
	}
	return b
}

func isAllUpper(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' || r > 127 && r != unicode.ToUpper(r) {
			return false
		}
	}
	return true
}

// gazFeatures adds the gazetteer kinds at, before and after token i, and a title seen one or two
// tokens before (titles precede names: "M. Lavrov", "le président Trump").
func (x *extractor) gazFeatures(d *docInfo, s, e, i int, out []uint64) []uint64 {
	g := d.gaz[i]
	for k := 0; k < gazKinds; k++ {
		if g&(1<<k) != 0 {
			out = append(out, fhash(fGaz, "B", strconv.Itoa(k)))
		}
		if g&(1<<(16+k)) != 0 {
			out = append(out, fhash(fGaz, "I", strconv.Itoa(k)))
		}
		if i > s && d.gaz[i-1]&(1<<k|1<<(16+k)) != 0 {
			out = append(out, fhash(fGazPrev, strconv.Itoa(k)))
		}
		if i+1 < e && d.gaz[i+1]&(1<<k|1<<(16+k)) != 0 {
			out = append(out, fhash(fGazNext, strconv.Itoa(k)))
		}
	}
	for k := i - 1; k >= s && k >= i-2; k-- {
		if d.gaz[k]&(uint32(gazTitle)|uint32(gazTitle)<<16) != 0 {
			out = append(out, fhash(fTitleBefore, strconv.Itoa(i-k), d.shape[i]))
		}
	}
	return out
}
