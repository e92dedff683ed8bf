package tm

import "sync"

// maxCachedAnalyses bounds the analyses a Memory keeps: some tens of megabytes.
const maxCachedAnalyses = 20_000

// analysisCache keeps the analyses of the memory's sources by unit id, so that pre-translating a
// long document tokenises and stems each candidate once, not once per segment. A unit's source
// never changes under its id; the text is compared anyway, in case the database was rewritten.
type analysisCache struct {
	mu sync.Mutex
	m  map[int64]*analysis
}

func (c *analysisCache) get(u Unit) *analysis {
	c.mu.Lock()
	a := c.m[u.ID]
	c.mu.Unlock()
	if a != nil && a.text == u.Source {
		return a
	}
	b := analyse(u.SourceLang, u.Source)
	a = &b
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxCachedAnalyses {
		c.m = make(map[int64]*analysis)
	}
	c.m[u.ID] = a
	c.mu.Unlock()
	return a
}
