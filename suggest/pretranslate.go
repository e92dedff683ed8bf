package suggest

import (
	"context"
	"fmt"
	"strings"

	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/suggest/typo"
)

// SegmentText is a segment's source and current translation.
type SegmentText struct {
	Source string
	Target string // empty when untranslated
}

// Draft is a translation proposed for an untranslated segment.
type Draft struct {
	Index int     // the segment's index in the slice given to Pretranslate
	Text  string  // the proposed translation
	Kind  Kind    // KindTM or KindMT
	Score float64 // the memory's fuzzy score in percent; 0 for machine translation
}

// PretranslateOptions tune Pretranslate.
type PretranslateOptions struct {
	Threshold float64               // lowest memory score used, in percent; 75 if zero (100 = exact only)
	NoMT      bool                  // never call machine translation
	BatchSize int                   // segments per machine translation request; 25 if zero
	Progress  func(done, total int) // called after each segment, if not nil
}

// Pretranslate proposes a translation for each segment whose Target is blank: the best memory
// match scoring at least the threshold, else machine translation (with English typography) when
// the Engine has it. It returns the drafts made, in segment order; after an error it returns the
// drafts made so far with the error.
func (e *Engine) Pretranslate(ctx context.Context, segs []SegmentText, opts PretranslateOptions) ([]Draft, error) {
	threshold := orDefault(opts.Threshold, 75)
	var todo []int
	for i, s := range segs {
		if strings.TrimSpace(s.Target) == "" && strings.TrimSpace(s.Source) != "" {
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
	for _, i := range todo {
		d, ok, err := e.fromMemory(ctx, i, segs[i].Source, threshold)
		if err != nil {
			return drafts, err
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
	mtDrafts, err := e.machineTranslate(ctx, segs, forMT, orDefault(opts.BatchSize, 25), progress)
	return mergeDrafts(drafts, mtDrafts), err
}

func (e *Engine) fromMemory(ctx context.Context, i int, source string, threshold float64) (Draft, bool, error) {
	if e.TM == nil {
		return Draft{}, false, nil
	}
	m, err := e.TM.Lookup(ctx, tm.Query{Text: source, SourceLang: e.SourceLang, TargetLang: e.TargetLang, Top: 1, MinScore: threshold})
	if err != nil {
		return Draft{}, false, fmt.Errorf("segment %d: translation memory: %w", i+1, err)
	}
	if len(m) == 0 {
		return Draft{}, false, nil
	}
	return Draft{Index: i, Text: m[0].Target, Kind: KindTM, Score: m[0].Score}, true, nil
}

func (e *Engine) machineTranslate(ctx context.Context, segs []SegmentText, idx []int, batch int, progress func(int)) ([]Draft, error) {
	var out []Draft
	for start := 0; start < len(idx); start += batch {
		part := idx[start:min(start+batch, len(idx))]
		texts := make([]string, len(part))
		for k, i := range part {
			texts[k] = segs[i].Source
		}
		got, err := e.MT.Translate(ctx, texts, e.SourceLang, e.TargetLang)
		if err != nil {
			return out, fmt.Errorf("machine translation of segments %d–%d: %w", part[0]+1, part[len(part)-1]+1, err)
		}
		for k, i := range part {
			if t := strings.TrimSpace(got[k]); t != "" {
				out = append(out, Draft{Index: i, Text: typo.English(t), Kind: KindMT})
			}
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
