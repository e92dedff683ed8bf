package tm

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
)

// Batch looks up many segments in a row (a pre-translation, an analysis) against a memory that
// does not change meanwhile: it keeps what it read from the database (terms' frequencies and
// postings, units, their words), so that the segments of a long document share the work. A single
// Lookup is a Batch of one. It is not safe for concurrent use.
type Batch struct {
	m     *Memory
	cache lookupCache
}

// Batch returns a Batch over m. Units added to m after its first look-up may be missed.
func (m *Memory) Batch() *Batch {
	return &Batch{m: m, cache: lookupCache{
		df: map[string]int{}, postings: map[string][]int32{}, slots: map[int64]int32{}, words: map[string]int32{},
	}}
}

// lookupCache holds what a Batch read from the database. Units are numbered by slot, in the order
// the Batch first met them, so that a look-up sums its terms' weights in a slice, not a map.
type lookupCache struct {
	df       map[string]int     // a term's document frequency; -1 when not indexed
	postings map[string][]int32 // the slots of the units whose source holds a term
	slots    map[int64]int32    // a unit id's slot
	units    []*cachedUnit      // by slot; nil until read
	ids      []int64            // by slot
	words    map[string]int32   // folded words of the units read, numbered for their bags

	weight  []float64 // by slot, during one look-up's shortlist; zero between look-ups
	touched []int32   // the slots weight holds
}

// cachedUnit is a unit as read, with the bag of its folded words once it was a candidate.
type cachedUnit struct {
	Unit
	bag     bag
	hasBag  bool
	missing bool // not in the database any more
}

// slot returns id's slot, numbering it when new.
func (c *lookupCache) slot(id int64) int32 {
	s, ok := c.slots[id]
	if !ok {
		s = int32(len(c.ids))
		c.slots[id] = s
		c.ids = append(c.ids, id)
		c.units = append(c.units, nil)
		c.weight = append(c.weight, 0)
	}
	return s
}

// shortlist returns the slots of the exact matches and of the shortlistSize units sharing the
// most of the query's rarest terms (each term weighted by its rarity; ties to the newest unit).
func (b *Batch) shortlist(ctx context.Context, q Query) ([]int32, error) {
	c := &b.cache
	rows, err := b.m.lookups.exact.QueryContext(ctx, q.SourceLang, q.TargetLang, q.Text)
	if err != nil {
		return nil, err
	}
	ids, err := appendIDs(nil, rows)
	if err != nil {
		return nil, err
	}
	var out []int32
	for _, id := range ids {
		out = append(out, c.slot(id))
	}
	terms, err := b.searchTerms(ctx, q)
	if err != nil || len(terms) == 0 {
		return out, err
	}
	for _, t := range terms {
		postings, err := b.postings(ctx, t.term)
		if err != nil {
			return nil, err
		}
		w := weightOf(t.df)
		for _, s := range postings {
			if c.weight[s] == 0 {
				c.touched = append(c.touched, s)
			}
			c.weight[s] += w
		}
	}
	out = c.best(out, shortlistSize)
	for _, s := range c.touched {
		c.weight[s] = 0
	}
	c.touched = c.touched[:0]
	return out, nil
}

// postings returns the slots of the units whose source holds term.
func (b *Batch) postings(ctx context.Context, term string) ([]int32, error) {
	if p, ok := b.cache.postings[term]; ok {
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
	p := make([]int32, len(ids))
	for i, id := range ids {
		p[i] = b.cache.slot(id)
	}
	b.cache.postings[term] = p
	return p, nil
}

// best appends to out the n touched slots of highest weight, ties to the highest id (the newest
// unit). It keeps the n best in a heap, the worst on top, rather than sorting every touched slot.
func (c *lookupCache) best(out []int32, n int) []int32 {
	worse := func(a, b int32) bool { // whether a ranks after b
		if c.weight[a] != c.weight[b] {
			return c.weight[a] < c.weight[b]
		}
		return c.ids[a] < c.ids[b]
	}
	h := make([]int32, 0, min(n, len(c.touched)))
	for _, s := range c.touched {
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
	slices.SortFunc(slots, func(x, y int32) int { return cmp.Compare(c.ids[x], c.ids[y]) })
	slots = slices.Compact(slots)
	var missing strings.Builder
	for _, s := range slots {
		if c.units[s] == nil {
			if missing.Len() > 0 {
				missing.WriteByte(',')
			}
			fmt.Fprint(&missing, c.ids[s])
			c.units[s] = &cachedUnit{missing: true}
		}
	}
	if missing.Len() > 0 {
		if err := b.read(ctx, missing.String()); err != nil {
			return nil, err
		}
	}
	out := make([]*cachedUnit, 0, len(slots))
	for _, s := range slots {
		if u := c.units[s]; !u.missing {
			out = append(out, u)
		}
	}
	return out, nil
}

// read reads the units of a list of ids into the cache.
func (b *Batch) read(ctx context.Context, ids string) error {
	// Languages are filtered after: in SQL the planner would prefer the (languages, source) index
	// over the row ids and scan the whole memory.
	rows, err := b.m.db.QueryContext(ctx, `SELECT `+unitColumns+` FROM tm_unit WHERE id IN (`+ids+`)`)
	if err != nil {
		b.forget()
		return err
	}
	defer rows.Close()
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			b.forget()
			return err
		}
		b.cache.units[b.cache.slot(u.ID)] = &cachedUnit{Unit: u}
	}
	if err := rows.Err(); err != nil {
		b.forget()
		return err
	}
	return nil
}

// forget drops the units marked missing before a read that failed, to read them again next time.
func (b *Batch) forget() {
	for s, u := range b.cache.units {
		if u != nil && u.missing {
			b.cache.units[s] = nil
		}
	}
}
