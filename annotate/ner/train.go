package ner

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/glose-app/glose/annotate/textnorm"
)

// TrainOptions tunes Train. Zero values pick the defaults in brackets.
type TrainOptions struct {
	// Epochs is the most passes over the training set [12]; the epoch that scores best on dev is kept.
	Epochs int
	// MinCount drops features seen fewer times in training [1].
	MinCount int
	// Clusters is the number of distributional word clusters learnt from the training text [256];
	// negative disables them.
	Clusters int
	// Prune drops features whose largest averaged weight is below this in absolute value [0.001].
	Prune float64
	// EvalLabels are the labels whose micro F1 on dev selects the epoch [PER, ORG, LOC].
	EvalLabels []string
	// Seed makes the shuffling of sentences reproducible.
	Seed uint64
}

func (o *TrainOptions) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	if o.MinCount == 0 {
		o.MinCount = 1
	}
	if o.Clusters == 0 {
		o.Clusters = 256
	}
	if o.Prune == 0 {
		o.Prune = 0.001
	}
	if len(o.EvalLabels) == 0 {
		o.EvalLabels = []string{"PER", "ORG", "LOC"}
	}
}

// Composed returns exs with their texts in NFC, their line endings LF, and their spans moved to
// match (textnorm.Normal), as import reads texts. A gold file writing "é" as e + U+0301 taught
// features ("de\u0301clare\u0301") that no text Recognize reads ever has, as Recognize composes
// first: the model learnt from it was worse than from the same file composed. A file saved with
// CRLF line endings is so the same text as the Glose document of the same article, for agree.
// Examples already so are returned as they are.
func Composed(exs []Example) []Example {
	var out []Example
	for i, ex := range exs {
		nfc, m := textnorm.Normal(ex.Text)
		if m.Identity() {
			if out != nil {
				out = append(out, ex)
			}
			continue
		}
		if out == nil {
			out = append(make([]Example, 0, len(exs)), exs[:i]...)
		}
		spans := make([]Mention, len(ex.Spans))
		for k, sp := range ex.Spans {
			sp.Start, sp.End = m.ComposedStart(sp.Start), m.ComposedEnd(sp.End)
			spans[k] = sp
		}
		ex.Text, ex.Spans = nfc, spans
		out = append(out, ex)
	}
	if out == nil {
		return exs
	}
	return out
}

// sentence is a training unit: per-token feature ids (flattened) and gold tags.
type sentence struct {
	doc, first int     // document index and the token index of the sentence's start
	offs       []int32 // feats[offs[i]:offs[i+1]] are token i's features
	feats      []int32
	gold       []int
}

// trainer holds the perceptron state.
type trainer struct {
	ntags   int
	w, u    []float64 // weights and their time-weighted sums, for averaging
	tw, tu  []float64
	c       float64
	emitBuf []float64
}

// Train learns a model from train, choosing the number of epochs on dev (which may be empty, in
// which case every epoch runs). Progress lines go to progress when it is not nil. Both are read in
// NFC (see composed), as Recognize reads the texts it is given.
func Train(train, dev []Example, opts TrainOptions, progress io.Writer) (*Model, error) {
	opts.defaults()
	train, dev = Composed(train), Composed(dev)
	if progress == nil {
		progress = io.Discard
	}
	labels := collectLabels(train)
	if len(labels) == 0 {
		return nil, errors.New("training set has no entity spans")
	}
	start := time.Now()
	m := &Model{labels: labels, ntags: 1 + 2*len(labels), gaz: sharedGazetteer(), temp: 1}
	if opts.Clusters > 0 {
		m.x.clusters = buildClusters(train, opts.Clusters)
	}
	fmt.Fprintf(progress, "ner: %d labels %v, %d clusters (%.1fs)\n", len(labels), labels, len(m.x.clusters), time.Since(start).Seconds())
	trainDocs := analyseAll(train, m.gaz, &m.x)
	devDocs := analyseAll(dev, m.gaz, &m.x)
	m.casing = newCasingLexicon(buildCasing(trainDocs))
	hashes, ids := m.buildIndex(trainDocs, opts.MinCount)
	trainSents := m.sentences(train, trainDocs, ids)
	devSents := m.sentences(dev, devDocs, ids)
	fmt.Fprintf(progress, "ner: %d training sentences, %d features (%.1fs)\n", len(trainSents), len(hashes), time.Since(start).Seconds())
	tr := &trainer{ntags: m.ntags, w: make([]float64, len(hashes)*m.ntags), u: make([]float64, len(hashes)*m.ntags),
		tw: make([]float64, (m.ntags+1)*m.ntags), tu: make([]float64, (m.ntags+1)*m.ntags), c: 1}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	order := make([]int, len(trainSents))
	for i := range order {
		order[i] = i
	}
	var bestW, bestT []float64
	bestF := -1.0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, k := range order {
			errs += tr.learn(&trainSents[k])
		}
		aw, at := tr.averaged()
		f := -1.0
		if len(dev) > 0 {
			sc := Score(dev, m.decodeAll(dev, devDocs, devSents, aw, at), opts.EvalLabels)
			f = sc.Micro.F1
		}
		if len(dev) > 0 {
			fmt.Fprintf(progress, "ner: epoch %d: %d token errors, dev micro F1 %.4f (%.1fs)\n", epoch, errs, f, time.Since(start).Seconds())
		} else { // no dev set, no F1 to show (-1 would read as a score)
			fmt.Fprintf(progress, "ner: epoch %d: %d token errors (%.1fs)\n", epoch, errs, time.Since(start).Seconds())
		}
		if f >= bestF || len(dev) == 0 {
			bestF, bestW, bestT = f, aw, at
		}
	}
	m.setWeights(hashes, bestW, bestT, opts.Prune)
	if len(dev) > 0 {
		m.temp = m.fitTemperature(dev)
		fmt.Fprintf(progress, "ner: kept %d features, best dev micro F1 %.4f, confidence temperature %g\n", len(m.hashes), bestF, m.temp)
	} else {
		fmt.Fprintf(progress, "ner: kept %d features\n", len(m.hashes))
	}
	return m, nil
}

func collectLabels(exs []Example) []string {
	var labels []string
	for _, ex := range exs {
		for _, s := range ex.Spans {
			if !slices.Contains(labels, s.Label) {
				labels = append(labels, s.Label)
			}
		}
	}
	slices.Sort(labels)
	return labels
}

func analyseAll(exs []Example, g *gazetteer, x *extractor) []*docInfo {
	out := make([]*docInfo, len(exs))
	for i, ex := range exs {
		out[i] = analyse(ex.Text, g)
		x.prepare(out[i])
	}
	return out
}

// buildIndex numbers the features seen at least minCount times in training.
func (m *Model) buildIndex(docs []*docInfo, minCount int) ([]uint64, map[uint64]int32) {
	counts := map[uint64]int32{}
	var feats []uint64
	for _, d := range docs {
		m.eachToken(d, func(s, e, i int) {
			feats = m.x.features(d, s, e, i, feats[:0])
			for _, f := range feats {
				counts[f]++
			}
		})
	}
	var hashes []uint64
	for h, c := range counts {
		if int(c) >= minCount {
			hashes = append(hashes, h)
		}
	}
	slices.Sort(hashes)
	ids := make(map[uint64]int32, len(hashes))
	for i, h := range hashes {
		ids[h] = int32(i)
	}
	return hashes, ids
}

func (m *Model) eachToken(d *docInfo, fn func(s, e, i int)) {
	for k := 0; k+1 < len(d.sents); k++ {
		for i := d.sents[k]; i < d.sents[k+1]; i++ {
			fn(d.sents[k], d.sents[k+1], i)
		}
	}
}

// sentences converts documents into training units with gold tags.
func (m *Model) sentences(exs []Example, docs []*docInfo, ids map[uint64]int32) []sentence {
	var out []sentence
	var feats []uint64
	for di, d := range docs {
		gold := m.goldTags(exs[di], d)
		for k := 0; k+1 < len(d.sents); k++ {
			s, e := d.sents[k], d.sents[k+1]
			st := sentence{doc: di, first: s, gold: slices.Clone(gold[s:e]), offs: []int32{0}}
			if st.gold[0] > 0 && !isBegin(st.gold[0]) {
				st.gold[0]-- // a span cut by a sentence break restarts with B
			}
			for i := s; i < e; i++ {
				feats = m.x.features(d, s, e, i, feats[:0])
				for _, f := range feats {
					if id, ok := ids[f]; ok {
						st.feats = append(st.feats, id)
					}
				}
				st.offs = append(st.offs, int32(len(st.feats)))
			}
			out = append(out, st)
		}
	}
	return out
}

// goldTags gives each token the BIO tag of the gold span that contains it.
func (m *Model) goldTags(ex Example, d *docInfo) []int {
	tags := make([]int, len(d.toks))
	for _, sp := range ex.Spans {
		l := slices.Index(m.labels, sp.Label)
		if l < 0 {
			continue
		}
		first := true
		for i, t := range d.toks {
			if t.start >= sp.Start && t.end <= sp.End && tags[i] == 0 {
				tags[i] = 2 + 2*l
				if first {
					tags[i] = 1 + 2*l
					first = false
				}
			}
		}
	}
	return tags
}

// fitTemperature picks the softmax temperature whose confidences best predict (lowest Brier score)
// whether a dev mention is exactly right.
func (m *Model) fitTemperature(dev []Example) float64 {
	bestT, bestB := 1.0, math.Inf(1)
	for _, t := range []float64{1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96} {
		m.temp = t
		brier, n := 0.0, 0
		for _, ex := range dev {
			gold := map[spanKey]bool{}
			for _, s := range ex.Spans {
				gold[spanKey{s.Start, s.End, s.Label}] = true
			}
			for _, p := range m.Recognize(ex.Text) {
				y := 0.0
				if gold[spanKey{p.Start, p.End, p.Label}] {
					y = 1
				}
				brier += (p.Confidence - y) * (p.Confidence - y)
				n++
			}
		}
		if n > 0 && brier/float64(n) < bestB {
			bestT, bestB = t, brier/float64(n)
		}
	}
	return bestT
}
