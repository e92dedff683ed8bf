package ner

import (
	"context"
	"math"
	"strings"
	"sync"

	"github.com/glose-app/glose/annotate/textnorm"
	"github.com/glose-app/glose/assets"
)

// Model is a trained recogniser. It is safe for concurrent use.
type Model struct {
	labels  []string
	ntags   int
	hashes  []uint64      // feature hash of each row of weights, sorted
	table   *featureTable // feature hash → row
	weights []float32     // len(index) rows of ntags weights
	trans   []float32     // (ntags+1) rows of ntags: transition weights; the last row is the start
	trans64 []float64     // trans in float64, as decoding adds them
	bio     bioTable
	fixed   fixedRows // rows of the features of few values (emit.go)
	// exactSums is set when the weights are quantized (read from a file), so that a token's scores do
	// not depend on the order its rows are added in, which lets the emitter sum them by word (emit.go).
	exactSums bool
	emitters  sync.Pool // of *emitter, whose buffers serve one document after another
	x         extractor
	gaz       *gazetteer
	casing    casingLexicon // how the training text writes its words (casing.go)
	temp      float64       // softmax temperature for confidences, fitted on dev
	id        string        // the content's ID when read from a file (ID)
}

// Labels returns the entity labels the model can produce.
func (m *Model) Labels() []string { return append([]string(nil), m.labels...) }

// tagLabel returns the label index of tag t (t > 0) and whether t is a B (begin) tag.
func tagLabel(t int) (int, bool) { return (t - 1) / 2, (t-1)%2 == 0 }

// allowed reports whether tag cur may follow tag prev (prev < 0 at a sentence start) under BIO.
func allowed(prev, cur int) bool {
	if cur == 0 {
		return true
	}
	l, begin := tagLabel(cur)
	if begin {
		return true
	}
	if prev <= 0 {
		return false
	}
	pl, _ := tagLabel(prev)
	return pl == l
}

// viterbi returns the best tag sequence for n tokens given emission scores emit[i*ntags+t] and
// transition scores trans[p*ntags+t] (row ntags is the start), honouring the BIO constraints.
func viterbi(n, ntags int, emit []float64, trans []float64) []int {
	return viterbiInto(n, ntags, emit, trans, newBIOTable(ntags, trans), &decodeScratch{})
}

// decodeScratch holds Viterbi's buffers for reuse across sentences.
type decodeScratch struct {
	score []float64
	back  []int32
	tags  []int
}

// bioTable lists the tag pairs the BIO constraints allow (allowed), so that Viterbi looks at those
// only: an I tag has two possible predecessors of the nine.
type bioTable struct {
	from  [][]bioEdge // from[t]: the tags that may precede tag t, in increasing order
	start []bool      // start[t]: whether a sentence may start with tag t
}

// bioEdge is a tag p that may precede another, with the transition weight trans[p*ntags+t] from p to
// it, read once rather than indexed for every token.
type bioEdge struct {
	p int
	w float64
}

func newBIOTable(ntags int, trans []float64) bioTable {
	b := bioTable{from: make([][]bioEdge, ntags), start: make([]bool, ntags)}
	for t := range ntags {
		b.start[t] = allowed(-1, t)
		for p := range ntags {
			if allowed(p, t) {
				b.from[t] = append(b.from[t], bioEdge{p, trans[p*ntags+t]})
			}
		}
	}
	return b
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// viterbiStep fills the scores cur and back-pointers bk of a token from the scores prev of the token
// before and its emission scores em. A function of its own, the loop keeps its variables in registers.
func viterbiStep(prev, cur, em []float64, bk []int32, from [][]bioEdge) {
	for t, edges := range from {
		best, arg := math.Inf(-1), 0
		for _, e := range edges {
			if s := prev[e.p] + e.w; s > best {
				best, arg = s, e.p
			}
		}
		cur[t] = best + em[t]
		bk[t] = int32(arg)
	}
}

func viterbiInto(n, ntags int, emit []float64, trans []float64, bio bioTable, sc *decodeScratch) []int {
	if n == 0 {
		return nil
	}
	sc.score = grow(sc.score, n*ntags)
	sc.back = grow(sc.back, n*ntags)
	sc.tags = grow(sc.tags, n)
	score, back := sc.score, sc.back
	from, start := bio.from, bio.start
	for t := 0; t < ntags; t++ {
		score[t] = math.Inf(-1)
		if start[t] {
			score[t] = emit[t] + trans[ntags*ntags+t]
		}
	}
	for i := 1; i < n; i++ {
		viterbiStep(score[(i-1)*ntags:i*ntags], score[i*ntags:(i+1)*ntags], emit[i*ntags:(i+1)*ntags],
			back[i*ntags:(i+1)*ntags], from[:ntags])
	}
	tags := sc.tags
	best := math.Inf(-1)
	for t := 0; t < ntags; t++ {
		if s := score[(n-1)*ntags+t]; s > best {
			best, tags[n-1] = s, t
		}
	}
	for i := n - 1; i > 0; i-- {
		tags[i-1] = int(back[i*ntags+tags[i]])
	}
	return tags
}

// Recognize returns the entity mentions in a whole document, in text order, with byte offsets. A
// text that writes accented letters decomposed (e + U+0301) is read composed, as the model was
// trained on, and the mentions get offsets into the text as written (textnorm).
func (m *Model) Recognize(text string) []Mention {
	out, _ := m.RecognizeContext(context.Background(), text) // never cancelled: never an error
	return out
}

// RecognizeContext is Recognize, given up once ctx is done (its error then): decoding the sentences,
// two thirds of a pre-annotation's time, looks at ctx every stopEvery sentences, so that a text
// abandoned (another opened, the window closed) stops taking a core within milliseconds.
func (m *Model) RecognizeContext(ctx context.Context, text string) ([]Mention, error) {
	nfc, nm := textnorm.NFC(text)
	out, err := m.recognize(ctx, nfc)
	if err != nil {
		return nil, err
	}
	if !nm.Identity() {
		for i := range out {
			out[i].Start, out[i].End = nm.Start(out[i].Start), nm.End(out[i].End)
		}
	}
	return out, nil
}

// stopEvery is how many sentences decoding goes between two looks at its context: some 0.1 ms of
// work a sentence, so a look every few milliseconds, at no measurable cost.
const stopEvery = 64

// stopped returns ctx's error every stopEvery sentences, at sentence k, once ctx is done.
func stopped(ctx context.Context, k int) error {
	if k%stopEvery != 0 {
		return nil
	}
	return ctx.Err()
}

// recognize is Recognize on a text in NFC.
func (m *Model) recognize(ctx context.Context, text string) ([]Mention, error) {
	d := analyse(text, m.gaz)
	if t, ok := m.truecase(d); ok { // stretches in capitals, read in their likeliest case
		d = analyse(t, m.gaz)
	}
	m.x.prepare(d)
	var em *emitter
	if m.exactSums {
		em = m.newEmitter(d)
		defer em.release()
	}
	var out []Mention
	var feats []uint64
	var emit []float64
	var sc decodeScratch
	for k := 0; k+1 < len(d.sents); k++ {
		if err := stopped(ctx, k); err != nil {
			return nil, err
		}
		s, e := d.sents[k], d.sents[k+1]
		emit = emit[:0]
		for i := s; i < e; i++ {
			if em != nil {
				emit = em.appendToken(s, e, i, emit)
			} else {
				feats = m.x.features(d, s, e, i, feats[:0])
				emit = m.emission(feats, emit)
			}
			if d.symbol[i] {
				outsideOnly(emit[len(emit)-m.ntags:])
			}
		}
		tags := viterbiInto(e-s, m.ntags, emit, m.trans64, m.bio, &sc)
		out = m.appendMentions(out, d, s, tags, emit)
	}
	out = dropCodes(d, out)
	m.trimVerbs(d, out)
	out = rolesOfPlaces(d, out)
	out = wholeOfficialNames(d, m.gaz.official, out)
	out = joinParticleNames(d, out)
	out = joinDeNames(d, m.gaz, out)
	out = joinGivenNames(d, out)
	out = splitLeaderNames(d, out)
	out = trimCapitalised(d, out)
	m.titledNicknames(d, out)
	m.trimImperatives(d, out)
	out = splitPlaceComplement(d, m.gaz, out)
	personToOrg(d, out)
	institutionsNotPersons(d, out)
	orgEvents(d, out)
	out = extendEnglishNames(d, out)
	placesToPersons(d, m.gaz, out)
	articlePlaces(d, out)
	worksToMisc(d, out)
	out = countryOrgs(d, out)
	out = stateNames(d, out)
	out = m.articleNames(d, out)
	typedByNoun(d, out)
	commerceNames(d, m.gaz, out)
	out = splitOrgPlace(d, out)
	out = dropUnnamed(d, out)
	out = m.teamsInPlural(d, out)
	streetTails(d, m.gaz, out)
	kinshipPersons(d, out)
	out = mediaAfterSpeech(d, out)
	out = reportingMedia(d, m.gaz, out)
	out = missedInstitutions(d, out)
	out = m.acronymOrgs(d, out)
	out = englishOrgNames(d, out)
	sameKindLists(d, m.gaz, out)
	ordinalNames(d, out)
	creditNames(d, out)
	out = m.headingWords(d, out)
	out = headlineSurnames(d, m.gaz, out)
	articleAtStart(d, out)
	unifyLabels(d, out, len(m.labels))
	return propagateSurnames(d, out), nil
}

// outsideOnly leaves a token's emission scores only tag O: a symbol or emoji is never part of a name,
// even where the model, which has seen few of them, would run "Union européenne" into the flag after it.
func outsideOnly(emit []float64) {
	for t := 1; t < len(emit); t++ {
		emit[t] = math.Inf(-1)
	}
}

func (m *Model) transScore(p, t int) float64 { return m.trans64[p*m.ntags+t] }

// emission appends the score of every tag for one token's features.
func (m *Model) emission(feats []uint64, emit []float64) []float64 {
	base := len(emit)
	for t := 0; t < m.ntags; t++ {
		emit = append(emit, 0)
	}
	row := emit[base:]
	for _, f := range feats {
		if r, ok := m.table.get(f); ok {
			w := m.weights[int(r)*m.ntags : int(r+1)*m.ntags]
			for t := range row {
				row[t] += float64(w[t])
			}
		}
	}
	return emit
}

// appendMentions converts a sentence's tags into mentions. A mention's confidence comes from the least,
// over its tokens, of the softmax probability of the chosen tag given the previous one (see calibrated).
func (m *Model) appendMentions(out []Mention, d *docInfo, s int, tags []int, emit []float64) []Mention {
	for i := 0; i < len(tags); i++ {
		if tags[i] == 0 {
			continue
		}
		l, _ := tagLabel(tags[i])
		j := i + 1
		for j < len(tags) && tags[j] != 0 && !isBegin(tags[j]) {
			j++
		}
		conf := 1.0
		for k := i; k < j; k++ {
			prev := m.ntags
			if k > 0 {
				prev = tags[k-1]
			}
			conf = min(conf, m.localProb(emit[k*m.ntags:(k+1)*m.ntags], prev, tags[k]))
		}
		start, end := i, j
		for end > start+1 && (trailing[strings.ReplaceAll(d.lower[s+end-1], "’", "'")] || strayEnd(d.words[s+end-1])) {
			end-- // "Nations unies à", "Assemblée générale des Nations unies qu'": no name ends so
		}
		for start < end-1 && stray(d.words[s+start]) {
			start++ // "Groupe B : Angleterre - Russie" gave ": Angleterre"
		}
		if !stray(d.words[s+start]) {
			out = append(out, Mention{Start: d.toks[s+start].start, End: d.toks[s+end-1].end, Label: m.labels[l], Confidence: calibrated(conf)})
		}
		i = j - 1
	}
	return out
}

// trailing are the words a name never ends with (none of the 17,555 gold mentions of the Wikinews and
// NTREX sets does, but one "d'"): the recogniser sometimes runs a name into the preposition,
// conjunction or article after it.
var trailing = map[string]bool{"à": true, "de": true, "d'": true, "du": true, "des": true, "et": true,
	"qu'": true, "que": true, "en": true, "au": true, "aux": true, "le": true, "la": true, "les": true,
	"l'": true, "sur": true, "pour": true, "par": true, "avec": true, "dans": true, "ou": true}

// stray reports whether w is punctuation no name begins with, where the recogniser, which has seen
// few of them next to a name, sometimes runs one in: the colon of "Groupe B : Angleterre".
func stray(w string) bool {
	return w != "" && strings.Trim(w, ":;,.!?»()–—-") == ""
}

// strayEnd is stray for a name's end, which may be ! or ? ("Yahoo!", "En marche !").
func strayEnd(w string) bool {
	return w != "" && strings.Trim(w, ":;,«(–—-") == ""
}

func isBegin(t int) bool { _, b := tagLabel(t); return b }

func (m *Model) localProb(emit []float64, prev, tag int) float64 {
	best := math.Inf(-1)
	var buf [64]float64
	scores := buf[:m.ntags]
	p := prev
	if prev == m.ntags {
		p = -1
	}
	for t := range scores {
		scores[t] = math.Inf(-1)
		if allowed(p, t) {
			scores[t] = (emit[t] + m.transScore(prev, t)) / m.temp
		}
		best = max(best, scores[t])
	}
	sum := 0.0
	for t := range scores {
		sum += math.Exp(scores[t] - best)
	}
	return math.Exp(scores[tag]-best) / sum
}

// defaultModel caches the embedded model, decoded once.
var defaultModel = sync.OnceValues(func() (*Model, error) { return Load(assets.NERModel()) })

// Default returns the model embedded in the assets package, decoded on first use and shared.
func Default() (*Model, error) { return defaultModel() }

// calibration maps the least tag probability of a mention to the share of such mentions that are
// right, read off the Wikinews dev set (ner-wikinews-dev.jsonl, 1,917 mentions in ten bins): under
// 0.7 the probability says little, 0.60 to 0.74 of those mentions being right; 0.88 of those between
// 0.8 and 0.9, 0.965 above. Points in increasing order, interpolated linearly. The mapping was read off
// the shipped model; a model trained on other data (glose-cli train) keeps it, and may want another.
var calibration = [...][2]float64{{0, 0.62}, {0.7, 0.7}, {0.8, 0.78}, {0.9, 0.88}, {1, 0.97}}

// calibrated returns the confidence of a mention whose least tag probability is p.
func calibrated(p float64) float64 {
	for i := 1; i < len(calibration); i++ {
		if a, b := calibration[i-1], calibration[i]; p <= b[0] {
			return a[1] + (b[1]-a[1])*(p-a[0])/(b[0]-a[0])
		}
	}
	return calibration[len(calibration)-1][1]
}
