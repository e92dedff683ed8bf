package qa

import (
	"sync"

	"github.com/glose-app/glose/annotate/formats"
)

// The app runs the checks after each pause in typing, on the whole document, while a pause changes a
// segment or two: the checks that read a segment's French and English only (the quotation style, the
// symbols dropped, the English still French) keep what they found of each segment from one run to the
// next, by the texts it depends on, and look again only at the segments whose texts changed. Each run
// keeps what it used, so the cache holds one document's segments, not every version of them.

// Cache is what the checks keep from one run to the next so that a run after an edit costs what
// changed (see Config.Cache): the findings of the per-segment checks, and merge-back's placement of
// inline codes (formats.EstimateCache). Whoever runs the checks again and again on one document owns
// one, such as an app window; runs on other documents each want their own, or none, as two documents
// checked in turn with one cache would throw each other's findings away. The zero value is ready to
// use; it is safe for concurrent runs.
type Cache struct {
	style, dropped, same segCache[*Issue]
	codes                formats.EstimateCache
}

// segKey is what a segment's findings depend on: its ID and French, its English, the check's option.
type segKey struct{ seg, src, en, opt string }

// segCache is the findings of one check by segKey.
type segCache[V any] struct {
	mu   sync.Mutex
	last map[segKey]V
}

// segRun is one run's use of a segCache: the findings it reads and those it keeps for the next run.
// Without a cache (c nil) it finds every segment's afresh and keeps nothing.
type segRun[V any] struct {
	c          *segCache[V]
	last, next map[segKey]V
}

// start begins a run of the check; a nil cache keeps nothing.
func (c *segCache[V]) start() *segRun[V] {
	if c == nil {
		return &segRun[V]{}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return &segRun[V]{c: c, last: c.last, next: make(map[segKey]V, len(c.last))}
}

// get returns the findings of k, found by find when the last run did not have them.
func (r *segRun[V]) get(k segKey, find func() V) V {
	v, ok := r.last[k]
	if !ok {
		v = find()
	}
	if r.next != nil {
		r.next[k] = v
	}
	return v
}

// done keeps this run's findings for the next.
func (r *segRun[V]) done() {
	if r.c == nil {
		return
	}
	r.c.mu.Lock()
	defer r.c.mu.Unlock()
	r.c.last = r.next
}

// styleCache and droppedCache are c's caches of two per-segment checks, nil when c is.
func (c *Cache) styleCache() *segCache[*Issue] {
	if c == nil {
		return nil
	}
	return &c.style
}

func (c *Cache) droppedCache() *segCache[*Issue] {
	if c == nil {
		return nil
	}
	return &c.dropped
}

// sameCache is c's cache of the same-as-source check, nil when c is.
func (c *Cache) sameCache() *segCache[*Issue] {
	if c == nil {
		return nil
	}
	return &c.same
}

// codesCache is c's cache of merge-back's placements, nil when c is.
func (c *Cache) codesCache() *formats.EstimateCache {
	if c == nil {
		return nil
	}
	return &c.codes
}

// addFound adds a copy of is, an issue a per-segment check found or kept, at the severity of the
// check; nil adds nothing. The copy shares is's arguments, which nobody writes.
func (r *run) addFound(is *Issue) {
	if is != nil && !r.leftAlone(is.Check, is.Segment) {
		c := *is
		c.Severity = r.sev
		r.issues = append(r.issues, c)
	}
}
