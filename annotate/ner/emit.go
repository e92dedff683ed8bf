package ner

import (
	"strconv"
	"strings"
)

// Recognition scores every token by the rows of weights of its 30 to 40 features (extract.go). Most of
// those features depend on one word alone: the word itself, its lower case, shape, length, affixes and
// cluster, and the word before or after seen as a neighbour. A document repeats its words, so the
// emitter below sums those rows once per distinct word of the document and adds the sums, hashing
// and looking up per token only the features of two or three words (the bigrams, the shape trigram),
// the gazetteer and the flags. Scoring feature by feature was over a third of a pre-annotation's time.
//
// Adding the sums instead of the rows one by one changes the order of the additions, which leaves the
// scores bit for bit the same only because a model read from a file is quantized (modelfile.go):
// every weight is float32(q·scale) with q a 16-bit integer, so a whole multiple of u, the float32 ulp
// at scale, and at most 2^15·scale < 2^39·u in size; a token's sum of fewer than 2^14 of them is a
// whole multiple of u below 2^53·u, which float64 holds exactly whatever the order. A model just
// trained in memory has unquantized weights and keeps the features-then-rows path (Model.exactSums).

// Per-word row sums the emitter keeps, each of ntags scores.
const (
	sumSelf = iota // the word's own features
	sumPrev        // the word as the one before: fPrev1, fShapePrev, fClusterPrev
	sumNext        // as the one after: fNext1, fShapeNext, fClusterNext
	sumKinds
)

// Hash states of the features of two or three words, after their first word (fhash with one part),
// to be completed with the other word by fhashMore.
const (
	hPrevCur       = iota // fPrevCur, the word as the one before
	hCurNext              // fCurNext, the word as the current one
	hShape3               // fShape3, the word's shape as the one before
	hPrevShape            // fPrevShape, the word as the one before
	hPrev2Bigram          // fPrev2Bigram, the word as the second before
	hNext2Bigram          // fNext2Bigram, the word as the one after
	hShapeNextWord        // fShapeNextWord, the word's shape as the current one
	hKinds
)

// fixedRows are the rows (-1 for none) of the features that take a handful of values, looked up once
// when a model is loaded.
type fixedRows struct {
	bias                     int32
	flags                    [len(flagStrings)]int32
	gazB, gazI, gazPrev, gaz [gazKinds]int32 // gaz: fGazNext
	doc                      [16]int32       // fDoc of each document flag set
}

// row returns the row of feature h, -1 when the model does not know it.
func (m *Model) row(h uint64) int32 {
	if r, ok := m.table.get(h); ok {
		return r
	}
	return -1
}

// indexFixed fills m.fixed and m.trans64, and decides m.exactSums (quantized says the weights came from
// a model file).
func (m *Model) indexFixed(quantized bool) {
	f := &m.fixed
	f.bias = m.row(fhash(fBias))
	for k, s := range flagStrings {
		f.flags[k] = m.row(fhash(fFlags, s))
	}
	for k := 0; k < gazKinds; k++ {
		n := strconv.Itoa(k)
		f.gazB[k], f.gazI[k] = m.row(fhash(fGaz, "B", n)), m.row(fhash(fGaz, "I", n))
		f.gazPrev[k], f.gaz[k] = m.row(fhash(fGazPrev, n)), m.row(fhash(fGazNext, n))
	}
	for k := range f.doc {
		f.doc[k] = m.row(fhash(fDoc, string(rune('a'+k))))
	}
	m.trans64 = make([]float64, len(m.trans))
	for i, v := range m.trans {
		m.trans64[i] = float64(v)
	}
	m.bio = newBIOTable(m.ntags, m.trans64)
	m.exactSums = quantized
}

// emitter scores the tokens of one document (see the top of this file).
type emitter struct {
	m     *Model
	d     *docInfo
	sums  []float64 // (types+1)·sumKinds rows of ntags; the last type is the sentence boundary
	far   []int32   // (types+1)·2 rows: of fPrev2 and fNext2, the word as the second before or after
	state []uint64  // (types+1)·hKinds hash states
	lower []string  // the lower case and shape of each type, the boundary's "<s>"
	shape []string
	flags []uint8 // the wordFlags of each type
}

// newEmitter sums the rows of every distinct word of d, whose clusters are set (extractor.prepare).
// Its buffers come from m.emitters, where release returns them: allocated anew for every document,
// they made the recogniser write to memory the cache no longer held (cachegrind on BenchmarkRecognize:
// a third more write misses than scoring features one by one).
func (m *Model) newEmitter(d *docInfo) *emitter {
	n := len(d.typeFirst) + 1
	em, _ := m.emitters.Get().(*emitter)
	if em == nil {
		em = &emitter{}
	}
	em.m, em.d = m, d
	em.sums = grow(em.sums, n*sumKinds*m.ntags)
	clear(em.sums)
	em.far, em.state = grow(em.far, 2*n), grow(em.state, n*hKinds)
	em.lower, em.shape, em.flags = grow(em.lower, n), grow(em.shape, n), grow(em.flags, n)
	for k, i := range d.typeFirst {
		em.flags[k] = uint8(wordFlags(d.word(i), d.lower[i]))
		c := ""
		if d.clust != nil {
			c = d.clust[i]
		}
		em.addType(k, d.words[i], d.lower[i], d.shape[i], c)
	}
	em.addType(n-1, boundary, boundary, boundary, boundary)
	return em
}

// release returns em's buffers to its model for the next document, keeping nothing of this one.
func (em *emitter) release() {
	clear(em.lower)
	clear(em.shape)
	m := em.m
	em.m, em.d = nil, nil
	m.emitters.Put(em)
}

// addType sums the rows of type k, the word w with lower case l, shape sh and cluster c ("" without
// clusters). The boundary's own sum is never used.
func (em *emitter) addType(k int, w, l, sh, c string) {
	m, nt := em.m, em.m.ntags
	sums := em.sums[k*sumKinds*nt : (k+1)*sumKinds*nt]
	add := func(kind int, h uint64) { em.addRow(sums[kind*nt:(kind+1)*nt], m.row(h)) }
	em.addRow(sums[:nt], m.fixed.bias)
	add(sumSelf, fhash(fWord, w))
	add(sumSelf, fhash(fLower, l))
	add(sumSelf, fhash(fShape, sh))
	add(sumSelf, fhash(fLen, strconv.Itoa(min(len(l), 12))))
	affixes(l, func(pre, suf string) {
		add(sumSelf, fhash(fPrefix, pre))
		add(sumSelf, fhash(fSuffix, suf))
	})
	add(sumPrev, fhash(fPrev1, l))
	add(sumPrev, fhash(fShapePrev, sh))
	add(sumNext, fhash(fNext1, l))
	add(sumNext, fhash(fShapeNext, sh))
	em.far[2*k], em.far[2*k+1] = m.row(fhash(fPrev2, l)), m.row(fhash(fNext2, l))
	if m.x.clusters != nil {
		add(sumSelf, fhash(fCluster, c))
		add(sumPrev, fhash(fClusterPrev, c))
		add(sumNext, fhash(fClusterNext, c))
		if dot := strings.IndexByte(c, '.'); dot > 0 {
			add(sumSelf, fhash(fCluster, c[:dot]))
			add(sumSelf, fhash(fCluster, c[:dot], sh))
		}
	}
	st := em.state[k*hKinds : (k+1)*hKinds]
	st[hPrevCur], st[hCurNext], st[hShape3] = fhash(fPrevCur, l), fhash(fCurNext, l), fhash(fShape3, sh)
	st[hPrevShape], st[hPrev2Bigram] = fhash(fPrevShape, l), fhash(fPrev2Bigram, l)
	st[hNext2Bigram], st[hShapeNextWord] = fhash(fNext2Bigram, l), fhash(fShapeNextWord, sh)
	em.lower[k], em.shape[k] = l, sh
}

// addRow adds row r of the weights (none when r < 0) to scores.
func (em *emitter) addRow(scores []float64, r int32) {
	if r < 0 {
		return
	}
	nt := em.m.ntags
	w := em.m.weights[int(r)*nt : int(r+1)*nt]
	w = w[:len(scores)] // scores holds ntags: no bounds check in the loop
	for t := range scores {
		scores[t] += float64(w[t])
	}
}

// add adds the sum of the given kind of type k to scores.
func (em *emitter) add(scores []float64, k int32, kind int) {
	nt := em.m.ntags
	base := (int(k)*sumKinds + kind) * nt
	sums := em.sums[base : base+nt]
	sums = sums[:len(scores)]
	for t := range scores {
		scores[t] += sums[t]
	}
}

// typeAt returns the type of token k, or the boundary's outside the sentence [s,e).
func (em *emitter) typeAt(s, e, k int) int32 {
	if k < s || k >= e {
		return int32(len(em.lower) - 1)
	}
	return em.d.typ[k]
}

// appendToken appends the scores of token i, in the sentence [s,e), to emit: the same as emission of
// extractor.features.
func (em *emitter) appendToken(s, e, i int, emit []float64) []float64 {
	m, d := em.m, em.d
	base := len(emit)
	for t := 0; t < m.ntags; t++ {
		emit = append(emit, 0)
	}
	row := emit[base:]
	cur, p1, n1 := d.typ[i], em.typeAt(s, e, i-1), em.typeAt(s, e, i+1)
	p2, n2 := em.typeAt(s, e, i-2), em.typeAt(s, e, i+2)
	em.add(row, cur, sumSelf)
	em.add(row, p1, sumPrev)
	em.add(row, n1, sumNext)
	em.addRow(row, em.far[2*p2])
	em.addRow(row, em.far[2*n2+1])
	l, sh := em.lower[cur], em.shape[cur]
	state := func(k int32, h int) uint64 { return em.state[int(k)*hKinds+h] }
	em.addRow(row, m.row(fhashMore(state(p1, hPrevCur), l)))
	em.addRow(row, m.row(fhashMore(state(cur, hCurNext), em.lower[n1])))
	em.addRow(row, m.row(fhashMore(fhashMore(state(p1, hShape3), sh), em.shape[n1])))
	em.addRow(row, m.row(fhashMore(state(p1, hPrevShape), sh)))
	em.addRow(row, m.row(fhashMore(state(p2, hPrev2Bigram), em.lower[p1])))
	em.addRow(row, m.row(fhashMore(state(n1, hNext2Bigram), em.lower[n2])))
	em.addRow(row, m.row(fhashMore(state(cur, hShapeNextWord), em.lower[n1])))
	flags := em.flags[cur] // flagIndex
	if i == s {
		flags |= 1
	}
	em.addRow(row, m.fixed.flags[flags])
	em.gazRows(row, s, e, i)
	if f := d.flags[i]; f != 0 {
		em.addRow(row, m.fixed.doc[f])
		em.addRow(row, m.row(fhash(fDoc, sh, string(rune('a'+f)))))
	}
	return emit
}

// gazRows adds the rows of extractor.gazFeatures.
func (em *emitter) gazRows(row []float64, s, e, i int) {
	d := em.d
	around := d.gaz[i]
	if i > s {
		around |= d.gaz[i-1]
	}
	if i+1 < e {
		around |= d.gaz[i+1]
	}
	if around != 0 { // most tokens are in no list, nor are their neighbours
		em.gazKindRows(row, s, e, i)
	}
	for k := i - 1; k >= s && k >= i-2; k-- {
		if d.gaz[k]&(uint32(gazTitle)|uint32(gazTitle)<<16) != 0 {
			em.addRow(row, em.m.row(fhash(fTitleBefore, strconv.Itoa(i-k), d.shape[i])))
		}
	}
}

// gazKindRows adds the rows of the gazetteer kinds at, before and after token i.
func (em *emitter) gazKindRows(row []float64, s, e, i int) {
	d, f := em.d, &em.m.fixed
	g := d.gaz[i]
	for k := 0; k < gazKinds; k++ {
		if g&(1<<k) != 0 {
			em.addRow(row, f.gazB[k])
		}
		if g&(1<<(16+k)) != 0 {
			em.addRow(row, f.gazI[k])
		}
		if i > s && d.gaz[i-1]&(1<<k|1<<(16+k)) != 0 {
			em.addRow(row, f.gazPrev[k])
		}
		if i+1 < e && d.gaz[i+1]&(1<<k|1<<(16+k)) != 0 {
			em.addRow(row, f.gaz[k])
		}
	}
}
