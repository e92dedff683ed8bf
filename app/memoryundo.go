package app

import (
	"context"
	"sync"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// The memory follows the segments. Whatever gives it a segment's English (Ctrl+Enter, leaving a
// corrected segment, Replace, the quotation-mark fixes, a spelling correction, a status shortcut)
// goes through rememberAll, which notes first what the memory held that storing it changes
// (tm.Prior). Whatever an undo or redo does to those segments, memoryFollows then makes the memory
// match in one place: a translated or reviewed segment's English is stored again if it is not the one
// last stored, and a segment no longer translated or reviewed (its confirmation undone) has the
// memory given back what it held before (tm.Restore). Segments the memory was never given stay out
// of it, as they were entered (a client's file read translated, say).

// rememberAll stores the pairs of the segments at indices that are translated or reviewed in the
// memory, in one background transaction: the English a reviewer's returned file corrected, which
// replaces the document's without confirming each segment again, and the English the memory held
// from those segments (see tm.Place).
func (ui *UI) rememberAll(indices []int) { ui.memoryTakes(indices, nil) }

// memoryTakes, in one write to the memory (writeMemory), gives the memory back what it held before
// the segments at back were first stored, then stores the pairs of the segments at give that are
// translated or reviewed.
func (ui *UI) memoryTakes(give, back []int) {
	p := ui.sugg
	if p.src == nil || p.src.eng.TM == nil {
		return
	}
	eng := p.src.eng
	var w memoryWrite
	for _, i := range give {
		for _, u := range suggest.SegmentUnits(ui.doc, []int{i}, eng.SourceLang, eng.TargetLang) {
			seg := ui.doc.Segments[i]
			p.memo.storing(seg) // noted whoever asked (an update does not ask storing first)
			w.units, w.of = append(w.units, u), append(w.of, seg)
		}
	}
	for _, i := range back {
		if i >= 0 && i < len(ui.doc.Segments) {
			w.back = append(w.back, ui.doc.Segments[i])
		}
	}
	if len(w.units) == 0 && len(w.back) == 0 {
		return
	}
	if p.memo.priors == nil {
		p.memo.priors = &priors{}
	}
	ps, mem := p.memo.priors, eng.TM
	ui.writeMemory(func() error { return ps.write(context.Background(), mem, w) })
}

// memoryWrite is one write to the memory: segments to give back, pairs to store.
type memoryWrite struct {
	back  []*annotate.Segment // segments whose stores are taken back
	units []tm.Unit           // pairs to store
	of    []*annotate.Segment // the segment of each pair
}

// priors are what the memory held before each segment's English was stored, for an undo to give it
// back. Only writes to the memory use them, one after the other (writeMemory), off the UI goroutine;
// the lock says so to the race detector.
type priors struct {
	mu  sync.Mutex
	mem *tm.Memory // the memory they are of: another (the settings changed) starts afresh
	of  map[*annotate.Segment]*tm.Prior
}

// write makes w in mem: restores the segments given back, in one transaction, notes what storing
// each pair changes, then stores the pairs in another.
func (ps *priors) write(ctx context.Context, mem *tm.Memory, w memoryWrite) error {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.mem != mem {
		ps.mem, ps.of = mem, map[*annotate.Segment]*tm.Prior{}
	}
	var back []*tm.Prior
	for _, s := range w.back {
		if p := ps.of[s]; p != nil {
			back = append(back, p)
		}
	}
	if err := mem.Restore(ctx, back...); err != nil {
		return err
	}
	for i, u := range w.units {
		p := ps.of[w.of[i]]
		if p == nil {
			p = &tm.Prior{}
			ps.of[w.of[i]] = p
		}
		if err := mem.Before(ctx, p, u); err != nil {
			return err
		}
	}
	if len(w.units) == 0 {
		return nil
	}
	return mem.AddBatch(ctx, w.units)
}

// memoryFollows notes the English and status of every segment before an undo or redo and returns
// what makes the memory follow the segments the step changed, after it (see above).
func (ui *UI) memoryFollows() func() {
	type was struct {
		target string
		status annotate.Status
	}
	before := make([]was, len(ui.doc.Segments))
	for i, s := range ui.doc.Segments {
		before[i] = was{s.Target, s.Status}
	}
	return func() {
		if len(before) != len(ui.doc.Segments) {
			return
		}
		m := &ui.sugg.memo
		var give, back []int
		for i, s := range ui.doc.Segments {
			last, stored := m.stored[s]
			if !stored || before[i] == (was{s.Target, s.Status}) {
				continue
			}
			switch {
			case s.Status.Done() && s.HasTranslation():
				if m.storing(s) {
					give = append(give, i)
				}
			case last != "":
				m.stored[s] = ""
				back = append(back, i)
			}
		}
		ui.memoryTakes(give, back)
	}
}
