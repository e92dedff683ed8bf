// Package analysis counts what a document asks of a translator, as translation tools' analyses do
// (memoQ Statistics, Trados Analyze Files, OmegaT Statistics): its source words, characters and
// segments; how many the translation memory already covers, band by band of match score (scored
// as the Proposals tab scores them), and how many repeat a segment met earlier in the document;
// the words billed once each band is weighted; and how far the translation has come, status by
// status. It imports no Fyne.
package analysis

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// Band is a class of segments by what the translation memory offers for them.
type Band int

// The bands, in the order translation tools list them.
const (
	Locked     Band = iota // locked segments (a client's translate="no", or locked once approved): nothing to translate
	Context                // "101 %": the same French, confirmed in this segment or between the same neighbours
	Repetition             // the same French as a segment earlier in the document (counted once, there)
	Exact                  // 100 %: the same French elsewhere
	Fuzzy95                // 95–99 %
	Fuzzy85                // 85–94 %
	Fuzzy75                // 75–84 %
	Fuzzy50                // 50–74 %
	NoMatch                // below 50 %, or no memory
	NumBands
)

// Names are the bands' names in reports and JSON, in Band order.
var Names = [NumBands]string{"locked", "context", "repetitions", "100", "95-99", "85-94", "75-84", "50-74", "no_match"}

// BandOf returns the band of a best match's score (0 when none) and whether it stands in context.
func BandOf(score float64, inContext bool) Band {
	switch {
	case score >= 100 && inContext:
		return Context
	case score >= 100:
		return Exact
	case score >= 95:
		return Fuzzy95
	case score >= 85:
		return Fuzzy85
	case score >= 75:
		return Fuzzy75
	case score >= 50:
		return Fuzzy50
	}
	return NoMatch
}

// Report is the analysis of one document, or the sum of several (Sum).
type Report struct {
	Documents int              // how many documents it counts
	Memory    bool             // whether a translation memory was looked up
	Total     Counts           // every segment but the blank ones
	Bands     [NumBands]Counts // the segments by match band
	// Status counts every status of annotate.Statuses, even at zero, locked segments included.
	Status   map[annotate.Status]Counts
	Weights  Weights // the weights of Weighted
	Weighted float64 // the words billed: each band's words at its weight; MarshalJSON writes the JSON
	// lockedDone is how many words of Status's translated and reviewed are of locked segments, which
	// Translated leaves out: a client's translate="no" unit arrives "translated" with its French
	// copied, and is no part of the job.
	lockedDone int
}

// Translated returns the share of the words to translate (0–1) in segments translated or reviewed.
// Locked segments are not to translate: they count on neither side, so that a fresh job whose client
// locked a third of it is 0 % translated, not 33 %.
func (r *Report) Translated() float64 {
	all := r.Total.Words - r.Bands[Locked].Words
	if all <= 0 {
		return 0
	}
	return float64(r.Status[annotate.StatusTranslated].Words+r.Status[annotate.StatusReviewed].Words-r.lockedDone) / float64(all)
}

// WholePercent rounds a share (0–1) to a whole percentage that says 100 only when it is all and 0
// only when it is nothing: 99.6 % translated is not done.
func WholePercent(share float64) int {
	p := int(math.Round(share * 100))
	switch {
	case p >= 100 && share < 1:
		return 99
	case p <= 0 && share > 0:
		return 1
	}
	return p
}

// Options tune Document.
type Options struct {
	Memory     *tm.Memory // nil: every segment counts as new (no match) or as a repetition
	SourceLang string     // the memory's languages; the document's, else "fr" and "en", if empty
	TargetLang string
	Weights    *Weights // DefaultWeights if nil
	// Progress, if not nil, is called as the look-ups in the memory go (one per distinct French
	// text), about every half percent and at the end, with how many are done of how many; never
	// twice at once.
	Progress func(done, total int)
}

// Document analyses d. Each distinct French text is looked up once, at its first segment (whose
// place ranks a context match first, as the Proposals tab does); the segments repeating it later
// count as repetitions, whatever their memory match. Segments of blank French are left out. The
// look-ups run on up to four goroutines. It stops with ctx, returning its error.
func Document(ctx context.Context, d *annotate.Document, opts Options) (*Report, error) {
	w := DefaultWeights
	if opts.Weights != nil {
		w = *opts.Weights
	}
	r := &Report{Documents: 1, Memory: opts.Memory != nil, Weights: w, Status: map[annotate.Status]Counts{}}
	for _, st := range annotate.Statuses {
		r.Status[st] = Counts{}
	}
	seen := make(map[string]bool, len(d.Segments))
	var firsts []int // the segments to look up
	counts := make([]Counts, len(d.Segments))
	for i, seg := range d.Segments {
		src := d.SourceText(seg)
		key := strings.Join(strings.Fields(src), " ")
		if key == "" {
			continue
		}
		counts[i] = Count(src)
		r.Total.Add(counts[i])
		addStatus(r.Status, seg.Status, counts[i])
		if seg.Locked { // not looked up, and no repetition of it is one: its English is not a translation
			r.Bands[Locked].Add(counts[i])
			if seg.Status.Done() {
				r.lockedDone += counts[i].Words
			}
			continue
		}
		if seen[key] {
			r.Bands[Repetition].Add(counts[i])
			continue
		}
		seen[key] = true
		firsts = append(firsts, i)
	}
	bands, err := lookUpAll(ctx, d, firsts, opts)
	if err != nil {
		return nil, err
	}
	for k, i := range firsts {
		r.Bands[bands[k]].Add(counts[i])
	}
	r.Weighted = w.Apply(r.Bands)
	return r, nil
}

// progressSteps is about how many times Progress is called: a bar moves by half a percent, and a
// long document does not flood the interface with thousands of redraws.
const progressSteps = 200

// maxWorkers bounds the goroutines looking segments up, which share one tm.Batch.
const maxWorkers = 4

// lookUpAll returns the band of each segment of idx, looked up in parallel.
func lookUpAll(ctx context.Context, d *annotate.Document, idx []int, opts Options) ([]Band, error) {
	bands := make([]Band, len(idx))
	if opts.Memory == nil {
		for k := range bands {
			bands[k] = NoMatch
		}
		return bands, nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		next     atomic.Int64
		mu       sync.Mutex
		done     int
		firstErr error
		wg       sync.WaitGroup
	)
	step := max(1, len(idx)/progressSteps)
	l := newLooker(d, opts)
	for range min(maxWorkers, runtime.NumCPU(), max(1, len(idx))) {
		wg.Go(func() {
			for {
				k := int(next.Add(1) - 1)
				if k >= len(idx) {
					return
				}
				b, err := l.band(ctx, idx[k], d.SourceText(d.Segments[idx[k]]))
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = fmt.Errorf("document %s, segment %d: %w", d.ID, idx[k]+1, err)
					cancel()
				}
				bands[k] = b
				done++
				if opts.Progress != nil && firstErr == nil && (done%step == 0 || done == len(idx)) {
					opts.Progress(done, len(idx))
				}
				mu.Unlock()
				if err != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	return bands, firstErr
}

func addStatus(m map[annotate.Status]Counts, st annotate.Status, c Counts) {
	if _, ok := m[st]; !ok {
		st = annotate.StatusNew // an unknown status (validation refuses them) counts as not started
	}
	sc := m[st]
	sc.Add(c)
	m[st] = sc
}

// looker looks segments up in the memory with the Proposals tab's query. It is safe for
// concurrent use.
type looker struct {
	d              *annotate.Document
	batch          *tm.Batch
	source, target string
}

func newLooker(d *annotate.Document, opts Options) *looker {
	return &looker{d: d, batch: opts.Memory.Batch(), source: pick(opts.SourceLang, d.SourceLang, "fr"),
		target: pick(opts.TargetLang, d.TargetLang, "en")}
}

func pick(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// band returns the band of segment i's best match. Top 1 at the segment's place is the Suggestions
// tab's first offer: the best score, then the closest context.
func (l *looker) band(ctx context.Context, i int, src string) (Band, error) {
	if err := ctx.Err(); err != nil {
		return NoMatch, err
	}
	ms, err := l.batch.Lookup(ctx, tm.Query{Text: src, SourceLang: l.source, TargetLang: l.target, Top: 1,
		At: suggest.PlaceOf(l.d, i)})
	if err != nil {
		return NoMatch, fmt.Errorf("translation memory: %w", err)
	}
	if len(ms) == 0 {
		return NoMatch, nil
	}
	return BandOf(ms[0].Score, ms[0].Context&(tm.SameSegment|tm.SameNeighbours) != 0), nil
}

// Sum adds reports up: the total of several documents, weighted with the first one's weights.
func Sum(reports ...*Report) *Report {
	s := &Report{Weights: DefaultWeights, Status: map[annotate.Status]Counts{}}
	for _, st := range annotate.Statuses {
		s.Status[st] = Counts{}
	}
	for k, r := range reports {
		if k == 0 {
			s.Weights = r.Weights
		}
		s.Documents += r.Documents
		s.Memory = s.Memory || r.Memory
		s.lockedDone += r.lockedDone
		s.Total.Add(r.Total)
		for b := range r.Bands {
			s.Bands[b].Add(r.Bands[b])
		}
		for st, c := range r.Status {
			addStatus(s.Status, st, c)
		}
	}
	s.Weighted = s.Weights.Apply(s.Bands)
	return s
}
