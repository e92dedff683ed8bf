package tm

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Batch looks up many segments (a pre-translation, an analysis) against a memory that does not
// change meanwhile: it keeps what it read from the database (terms' frequencies and postings,
// units, their words), so that the segments of a long document share the work, whichever
// goroutine looks them up. A single Lookup is a Batch of one. It is safe for concurrent use.
type Batch struct {
	m       *Memory
	mu      sync.Mutex // guards cache
	cache   lookupCache
	scratch sync.Pool // of *weights, one a look-up at a time
}

// Batch returns a Batch over m. Units added to m after its first look-up may be missed.
func (m *Memory) Batch() *Batch {
	return &Batch{m: m, cache: lookupCache{
		df: map[string]int{}, postings: map[string][]int32{}, slots: map[int64]int32{}, words: map[string]int32{},
	}}
}

// lookupCache holds what a Batch read from the database. Units are numbered by slot, in the order
// the Batch first met them, so that a look-up sums its terms' weights in a slice, not a map. What
// it holds never changes once stored: slices are only appended to.
type lookupCache struct {
	df       map[string]int     // a term's document frequency; -1 when not indexed
	postings map[string][]int32 // the slots of the units whose source holds a term
	slots    map[int64]int32    // a unit id's slot
	units    []*cachedUnit      // by slot; nil until read
	ids      []int64            // by slot
	words    map[string]int32   // folded words of the units read, numbered for their bags
}

// cachedUnit is a unit as read, with the bag of its folded words.
type cachedUnit struct {
	Unit
	bag  bag
	gone bool // not in the database any more
}

// weights is a look-up's sum of its terms' weights by slot; zero between look-ups.
type weights struct {
	w       []float64
	touched []int32
}

// slot returns id's slot, numbering it when new.
func (c *lookupCache) slot(id int64) int32 {
	s, ok := c.slots[id]
	if !ok {
		s = int32(len(c.ids))
		c.slots[id] = s
		c.ids = append(c.ids, id)
		c.units = append(c.units, nil)
	}
	return s
}

// shortlist returns the slots of the exact matches and of the shortlistSize units sharing the
// most of the query's rarest terms (each term weighted by its rarity; ties to the newest unit).
func (b *Batch) shortlist(ctx context.Context, q Query) ([]int32, error) {
	rows, err := b.m.lookups.exact.QueryContext(ctx, q.SourceLang, q.TargetLang, q.Text)
	if err != nil {
		return nil, err
	}
	exact, err := appendIDs(nil, rows)
	if err != nil {
		return nil, err
	}
	terms, err := b.searchTerms(ctx, q)
	if err != nil {
		return nil, err
	}
	lists := make([][]int32, len(terms))
	for i, t := range terms {
		if lists[i], err = b.postings(ctx, t.term); err != nil {
			return nil, err
		}
	}
	b.mu.Lock()
	var out []int32
	for _, id := range exact {
		out = append(out, b.cache.slot(id))
	}
	ids := b.cache.ids // a snapshot: the slots below its length never change
	b.mu.Unlock()
	ws, _ := b.scratch.Get().(*weights)
	if ws == nil {
		ws = &weights{}
	}
	if n := len(ids); len(ws.w) < n {
		ws.w = slices.Grow(ws.w, n-len(ws.w))[:n]
	}
	for i, t := range terms {
		w := weightOf(t.df)
		for _, s := range lists[i] {
			if ws.w[s] == 0 {
				ws.touched = append(ws.touched, s)
			}
			ws.w[s] += w
		}
	}
	out = ws.best(ids, out, shortlistSize)
	for _, s := range ws.touched {
		ws.w[s] = 0
	}
	ws.touched = ws.touched[:0]
	b.scratch.Put(ws)
	return out, nil
}

// postings returns the slots of the units whose source holds term.
func (b *Batch) postings(ctx context.Context, term string) ([]int32, error) {
	b.mu.Lock()
	p, ok := b.cache.postings[term]
	b.mu.Unlock()
	if ok {
		return p, nil
	}
	rows, err := b.m.lookups.postings.QueryContext(ctx, `"`+term+`"`)
	if err != nil {
		return nil, err
	}
	ids, err := appendIDs(nil, rows)
	if err != nil {
		return nil, err
	}
	p = make([]int32, len(ids))
	b.mu.Lock()
	defer b.mu.Unlock()
	for i, id := range ids {
		p[i] = b.cache.slot(id)
	}
	b.cache.postings[term] = p
	return p, nil
}

// best appends to out the n touched slots of highest weight, ties to the highest id (the newest
// unit). It keeps the n best in a heap, the worst on top, rather than sorting every touched slot.
func (ws *weights) best(ids []int64, out []int32, n int) []int32 {
	worse := func(a, b int32) bool { // whether a ranks after b
		if ws.w[a] != ws.w[b] {
			return ws.w[a] < ws.w[b]
		}
		return ids[a] < ids[b]
	}
	h := make([]int32, 0, min(n, len(ws.touched)))
	for _, s := range ws.touched {
		switch {
		case len(h) < n:
			h = append(h, s)
			for i := len(h) - 1; i > 0 && worse(h[i], h[(i-1)/2]); i = (i - 1) / 2 {
				h[i], h[(i-1)/2] = h[(i-1)/2], h[i]
			}
		case worse(h[0], s):
			h[0] = s
			siftDown(h, worse)
		}
	}
	return append(out, h...)
}

// siftDown restores the heap h (the worst on top) after its top was replaced.
func siftDown(h []int32, worse func(a, b int32) bool) {
	for i := 0; ; {
		w := i
		for _, k := range []int{2*i + 1, 2*i + 2} {
			if k < len(h) && worse(h[k], h[w]) {
				w = k
			}
		}
		if w == i {
			return
		}
		h[i], h[w] = h[w], h[i]
		i = w
	}
}

// units returns the units of the given slots in the order of their ids, reading those not read
// yet in one query. Units no longer in the database are left out.
func (b *Batch) units(ctx context.Context, slots []int32) ([]*cachedUnit, error) {
	c := &b.cache
	b.mu.Lock()
	slices.SortFunc(slots, func(x, y int32) int { return cmp.Compare(c.ids[x], c.ids[y]) })
	slots = slices.Compact(slots)
	var missing []int64
	for _, s := range slots {
		if c.units[s] == nil {
			missing = append(missing, c.ids[s])
		}
	}
	b.mu.Unlock()
	if len(missing) > 0 {
		if err := b.read(ctx, missing); err != nil {
			return nil, err
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]*cachedUnit, 0, len(slots))
	for _, s := range slots {
		if u := c.units[s]; !u.gone {
			out = append(out, u)
		}
	}
	return out, nil
}

// read reads the units of ids into the cache, with their bags; those it does not find are gone.
func (b *Batch) read(ctx context.Context, ids []int64) error {
	var list strings.Builder
	for i, id := range ids {
		if i > 0 {
			list.WriteByte(',')
		}
		fmt.Fprint(&list, id)
	}
	// Languages are filtered after: in SQL the planner would prefer the (languages, source) index
	// over the row ids and scan the whole memory.
	rows, err := b.m.db.QueryContext(ctx, `SELECT `+unitColumns+` FROM tm_unit WHERE id IN (`+list.String()+`)`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var read []*cachedUnit
	var words [][]string
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			return err
		}
		read = append(read, &cachedUnit{Unit: u})
		words = append(words, foldedWords(u.Source))
	}
	if err := rows.Err(); err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for i, u := range read {
		if s := b.cache.slot(u.ID); b.cache.units[s] == nil {
			u.bag = b.cache.unitBag(words[i])
			b.cache.units[s] = u
		}
	}
	for _, id := range ids {
		if s := b.cache.slot(id); b.cache.units[s] == nil {
			b.cache.units[s] = &cachedUnit{gone: true}
		}
	}
	return nil
}
