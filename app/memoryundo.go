package app

import (
	"context"
	"path/filepath"
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
// memory given back what it held before (tm.Restore). Setting a segment back to draft or new
// (setStatusKept, a reviewer's file) gives the memory back the same way (unconfirmed). A segment
// with no prior in the memory now open (confirmed in an earlier session, or into another memory
// file before Settings changed it) has its confirmation withdrawn instead (tm.Withdraw): its English
// goes, unless a TMX file imported or another segment holds the same pair too.
// Segments the memory was never given stay out of it, as they were entered (a client's file read
// translated, say).

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
			w.gone = append(w.gone, suggest.PlacedFrench(ui.doc, []int{i}, eng.SourceLang, eng.TargetLang)...)
		}
	}
	if len(w.units) == 0 && len(w.back) == 0 {
		return
	}
	if p.memo.priors == nil {
		p.memo.priors = &priors{}
	}
	ps, mem, file := p.memo.priors, eng.TM, filepath.Clean(p.src.set.TMPath)
	ui.writeMemory(func() error { return ps.write(context.Background(), mem, file, w) })
}

// memoryWrite is one write to the memory: segments to give back, pairs to store.
type memoryWrite struct {
	back  []*annotate.Segment // segments whose stores are taken back
	gone  []tm.Unit           // the French and place of each, for a segment with no prior (see write)
	units []tm.Unit           // pairs to store
	of    []*annotate.Segment // the segment of each pair
}

// priors are what the memory held before each segment's English was stored, for an undo to give it
// back, by memory file: Settings saved reopen the memory (the same file keeps its priors), another
// file chosen there starts afresh, and coming back to the first finds its priors again. Only writes
// to the memory use them, one after the other (writeMemory), off the UI goroutine; the lock says so
// to the race detector.
type priors struct {
	mu sync.Mutex
	of map[string]map[*annotate.Segment]*tm.Prior // by the memory's file (settings' TMPath)
}

// write makes w in mem: restores the segments given back, in one transaction, notes what storing
// each pair changes, then stores the pairs in another. A segment given back with no prior in mem
// (confirmed in an earlier session, or before another memory file was chosen in Settings: the
// priors are of the memory they were noted in, and never touch another) has its English withdrawn
// from its place in mem instead (tm.Withdraw): a segment no longer confirmed is offered by no memory
// as its own translation, and the file it was confirmed into is left alone.
func (ps *priors) write(ctx context.Context, mem *tm.Memory, file string, w memoryWrite) error {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.of == nil {
		ps.of = map[string]map[*annotate.Segment]*tm.Prior{}
	}
	of := ps.of[file]
	if of == nil {
		of = map[*annotate.Segment]*tm.Prior{}
		ps.of[file] = of
	}
	var back []*tm.Prior
	var gone []tm.Unit
	for i, s := range w.back {
		if p := of[s]; p != nil && p.Stored() {
			back = append(back, p)
		} else {
			gone = append(gone, w.gone[i])
		}
	}
	if err := mem.Restore(ctx, back...); err != nil {
		return err
	}
	if err := mem.Withdraw(ctx, gone...); err != nil {
		return err
	}
	for i, u := range w.units {
		p := of[w.of[i]]
		if p == nil {
			p = &tm.Prior{}
			of[w.of[i]] = p
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

// unconfirmed returns the indices, among those given, of the segments no longer translated or
// reviewed whose English the memory may hold from them, noting that it will not: a segment set back
// to draft or new (Alt+1, Alt+2, the Segment menu, a reviewer's file) is given back to the memory as
// Ctrl+Z of its confirmation gives it (memoryTakes). A segment already given back is left out.
func (ui *UI) unconfirmed(indices []int) []int {
	m := &ui.sugg.memo
	var out []int
	for _, i := range indices {
		if i < 0 || i >= len(ui.doc.Segments) {
			continue
		}
		s := ui.doc.Segments[i]
		if last, ok := m.stored[s]; s.Status.Done() || ok && last == "" {
			continue
		}
		if m.stored == nil {
			m.stored = map[*annotate.Segment]string{}
		}
		m.stored[s] = ""
		out = append(out, i)
	}
	return out
}

// setStatusKept sets the current segment's status (Alt+1…4, the Segment menu) and makes the memory
// follow: a segment confirmed is stored, one set back from translated or reviewed to draft or new is
// given back (unconfirmed). Ctrl+Z and Ctrl+Shift+Z then make the memory follow either way
// (memoryFollows).
func (ui *UI) setStatusKept(st annotate.Status) {
	i := ui.cur
	if i < 0 || i >= len(ui.doc.Segments) {
		return
	}
	was := ui.doc.Segments[i].Status
	ui.setSegmentStatus(st)
	if !was.Done() || ui.doc.Segments[i].Status.Done() {
		ui.remember(i)
		return
	}
	ui.memoryTakes(nil, ui.unconfirmed([]int{i}))
}
