package suggest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/suggest/typo"
)

// SegmentText is a segment's source and current translation, and where it stands (see PlaceOf):
// as when a segment is opened, the memory offers first the English confirmed in that very segment,
// then between the same neighbours, then in the same document.
type SegmentText struct {
	Source string
	Target string   // empty when untranslated
	At     tm.Place // may be zero: matches are then ranked without regard to place
	Locked bool     // not to be translated (annotate.Segment.Locked): Pretranslate passes it by
}

// Draft is a translation proposed for an untranslated segment.
type Draft struct {
	Index int     // the segment's index in the slice given to Pretranslate
	Text  string  // the proposed translation
	Kind  Kind    // KindTM or KindMT
	Score float64 // the memory's fuzzy score in percent; 0 for machine translation
	Unit  int64   // memory drafts: the unit's ID, whose inline codes (tm.Memory.TargetCodes) can come with it
}

// PretranslateOptions tune Pretranslate.
type PretranslateOptions struct {
	Threshold float64               // lowest memory score used, in percent; 75 if zero (100 = exact only)
	NoMT      bool                  // never call machine translation
	BatchSize int                   // segments per machine translation request; 25 if zero
	Progress  func(done, total int) // called after each segment, if not nil
}

// Pretranslate proposes a translation for each segment whose Target is blank and that is not locked:
// the best memory match scoring at least the threshold (the honest score of tm.Match: 100 only for the same text),
// else machine translation (with English typography) when the Engine has it. It returns the drafts
// made, in segment order. When it stops early (an error, or ctx ended) it returns the drafts made
// so far, which the caller should keep, with a *PretranslateError saying which segments are left.
func (e *Engine) Pretranslate(ctx context.Context, segs []SegmentText, opts PretranslateOptions) ([]Draft, error) {
	threshold := orDefault(opts.Threshold, 75)
	var todo []int
	for i, s := range segs {
		if !s.Locked && strings.TrimSpace(s.Target) == "" && strings.TrimSpace(s.Source) != "" {
			todo = append(todo, i)
		}
	}
	total, done := len(todo), 0
	progress := func(n int) {
		done += n
		if opts.Progress != nil {
			opts.Progress(done, total)
		}
	}
	var drafts []Draft
	var forMT []int
	mem := e.memory()
	for k, i := range todo {
		if err := ctx.Err(); err != nil {
			return drafts, stopped(len(drafts), todo[k:], nil, err)
		}
		d, ok, err := mem.draft(ctx, i, segs[i], threshold)
		if err != nil {
			return drafts, stopped(len(drafts), append(forMT, todo[k:]...), []int{i}, err)
		}
		if ok {
			drafts = append(drafts, d)
			progress(1)
			continue
		}
		forMT = append(forMT, i)
	}
	if e.MT == nil || opts.NoMT {
		progress(len(forMT))
		return drafts, nil
	}
	mtDrafts, perr := e.machineTranslate(ctx, segs, forMT, orDefault(opts.BatchSize, 25), progress)
	drafts = mergeDrafts(drafts, mtDrafts)
	if perr != nil {
		perr.Done = len(drafts)
		return drafts, perr
	}
	return drafts, nil
}

// PretranslateError is a pre-translation stopped early. The drafts returned with it are good.
type PretranslateError struct {
	Done   int   // segments pre-translated before it stopped
	Left   []int // the segments (indexes) left untranslated, in order, Failed among them
	Failed []int // the segments of the request that failed; none when ctx ended
	Err    error // the cause: a memory or machine translation error, or ctx.Err()
}

func stopped(done int, left, failed []int, err error) *PretranslateError {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		failed = nil
	}
	left = slices.Sorted(slices.Values(left))
	return &PretranslateError{Done: done, Left: left, Failed: failed, Err: err}
}

func (e *PretranslateError) Error() string {
	var what string
	switch {
	case len(e.Failed) > 0:
		what = "pre-translation failed at " + Ranges(e.Failed)
	default:
		what = "pre-translation stopped"
	}
	return fmt.Sprintf("%s (%s done, %s left untranslated: %s): %v", what,
		annotate.Plural(e.Done, "segment", "segments"), annotate.Plural(len(e.Left), "segment", "segments"),
		Ranges(e.Left), e.Err)
}

func (e *PretranslateError) Unwrap() error { return e.Err }

// Ranges writes segment indexes (0-based, sorted) as 1-based segment numbers and ranges:
// "segment 8", "segments 8–12, 15".
func Ranges(idx []int) string {
	numbers := make([]int, len(idx))
	for i, k := range idx {
		numbers[i] = k + 1
	}
	parts := annotate.Runs(numbers)
	if len(idx) == 1 {
		return "segment " + parts[0]
	}
	return "segments " + strings.Join(parts, ", ")
}

// memoryRun looks segments up in the memory for one pre-translation: a tm.Batch, and the matches
// for each source text already looked up (news repeats its sentences), ranked again for each
// segment's place (tm.RankAt): the same French may have been translated differently in two
// segments, and each gets its own English back.
type memoryRun struct {
	e     *Engine
	batch *tm.Batch
	seen  map[string][]tm.Match // the best seenTop matches at the threshold, ranked without place
}

// seenTop is how many matches a source's look-up keeps for ranking them again at other places.
const seenTop = 4

func (e *Engine) memory() *memoryRun {
	r := &memoryRun{e: e, seen: map[string][]tm.Match{}}
	if e.TM != nil {
		r.batch = e.TM.Batch()
	}
	return r
}

func (r *memoryRun) draft(ctx context.Context, i int, seg SegmentText, threshold float64) (Draft, bool, error) {
	if r.batch == nil {
		return Draft{}, false, nil
	}
	q := tm.Query{Text: seg.Source, SourceLang: r.e.SourceLang, TargetLang: r.e.TargetLang, Top: seenTop, MinScore: threshold}
	ms, ok := r.seen[seg.Source]
	if !ok {
		var err error
		if ms, err = r.batch.Lookup(ctx, q); err != nil {
			return Draft{}, false, fmt.Errorf("segment %d: translation memory: %w", i+1, err)
		}
		r.seen[seg.Source] = ms
	}
	if len(ms) == 0 {
		return Draft{}, false, nil
	}
	if seg.At != (tm.Place{}) {
		if len(ms) == seenTop && ms[seenTop-1].Score == ms[0].Score { // ties beyond those kept: ask at the place
			q.At, q.Top = seg.At, 1
			var err error
			if ms, err = r.batch.Lookup(ctx, q); err != nil {
				return Draft{}, false, fmt.Errorf("segment %d: translation memory: %w", i+1, err)
			}
		} else {
			ms = tm.RankAt(ms, seg.At)
		}
	}
	m := ms[0]
	return Draft{Index: i, Text: m.Target, Kind: KindTM, Score: m.Score, Unit: m.ID}, true, nil
}

// machineTranslate translates the segments idx in batches. When a batch fails, the translations
// the service made before failing are kept.
func (e *Engine) machineTranslate(ctx context.Context, segs []SegmentText, idx []int, batch int, progress func(int)) ([]Draft, *PretranslateError) {
	var out []Draft
	for start := 0; start < len(idx); start += batch {
		part := idx[start:min(start+batch, len(idx))]
		texts := make([]string, len(part))
		for k, i := range part {
			texts[k] = segs[i].Source
		}
		got, err := e.MT.Translate(ctx, texts, e.SourceLang, e.TargetLang)
		got = got[:min(len(got), len(part))]
		for k, t := range got {
			if t := strings.TrimSpace(t); t != "" {
				out = append(out, Draft{Index: part[k], Text: typo.English(t), Kind: KindMT})
			}
		}
		if err != nil {
			progress(len(got))
			var failed []int
			if k := len(got); k < len(part) {
				failed = []int{part[k]}
			}
			left := slices.Clone(idx[start+len(got):])
			return out, stopped(0, left, failed, fmt.Errorf("machine translation: %w", err))
		}
		progress(len(part))
	}
	return out, nil
}

// mergeDrafts merges two index-sorted lists.
func mergeDrafts(a, b []Draft) []Draft {
	out := make([]Draft, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || (len(a) > 0 && a[0].Index < b[0].Index) {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}
