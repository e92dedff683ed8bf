package tm

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/glose-app/glose/suggest/store"
	"github.com/glose-app/glose/suggest/token"
)

// Match is a memory unit found for a query, with scores in percent (0–100).
type Match struct {
	Unit
	// Score is the score translators see, as memoQ and Trados count it: 100 only for the same
	// text; else the OmegaT score over case- and accent-folded words and numbers, less a point or
	// two for each other kind of difference (see Differences), and at most 99.
	Score          float64
	Differences    Difference   // how Unit.Source differs from the query; 0 when Score is 100
	Context        ContextMatch // how close the unit's place is to the query's (Query.At)
	ScoreStem      float64      // OmegaT's fuzzy score over folded, stemmed words and numbers
	ScoreNoStem    float64      // over lower-cased words and numbers
	ScoreVerbatim  float64      // over every token as written, punctuation included
	SourceDiff     []Range      // byte ranges of Unit.Source that the query lacks or changes
	QueryDiff      []Range      // byte ranges of the query that Unit.Source lacks or changes
	NumbersDiffer  bool         // the query and Unit.Source hold different numbers
	MissingNumbers []string     // numbers of the query (as written) that Unit.Source lacks
}

// Query is a fuzzy look-up.
type Query struct {
	Text       string  // the source segment to translate
	SourceLang string  // BCP 47 tag, e.g. "fr"
	TargetLang string  // BCP 47 tag, e.g. "en"
	Top        int     // how many matches at most; 5 if zero
	MinScore   float64 // lowest Score kept, in percent; 50 if zero
	At         Place   // where the segment stands, to rank matches of equal Score by context; may be zero
}

// Tuning of the shortlist: how many FTS candidates are scored exactly, how many query terms are
// searched (the rarest), and above which document frequency a term is too common to search unless
// nothing rarer is left.
const (
	shortlistSize = 100
	maxTerms      = 12
	commonDF      = 2000
	minTerms      = 3
)

// Lookup returns the best matches for q, best first: by Score, then Context (the translation of
// the same segment, then of a segment between the same neighbours, then from the same document),
// then ScoreStem, then ScoreNoStem, then ScoreVerbatim, then the most recently confirmed.
func (m *Memory) Lookup(ctx context.Context, q Query) ([]Match, error) {
	return m.lookup(ctx, q, nil)
}

// Batch looks up many segments in a row (a pre-translation) against a memory that does not change
// meanwhile: it keeps what it read from the database (terms' frequencies and postings, units), so
// that the segments of a long document share the work. It is not safe for concurrent use.
type Batch struct {
	m     *Memory
	cache lookupCache
}

// lookupCache holds what a Batch read from the database.
type lookupCache struct {
	df       map[string]int // a term's document frequency; -1 when not indexed
	postings map[string][]int64
	units    map[int64]*Unit // nil for a unit of another language pair
}

// Batch returns a Batch over m. Units added to m after its first look-up may be missed.
func (m *Memory) Batch() *Batch {
	return &Batch{m: m, cache: lookupCache{df: map[string]int{}, postings: map[string][]int64{}, units: map[int64]*Unit{}}}
}

// Lookup is Memory.Lookup.
func (b *Batch) Lookup(ctx context.Context, q Query) ([]Match, error) {
	return b.m.lookup(ctx, q, &b.cache)
}

func (m *Memory) lookup(ctx context.Context, q Query, c *lookupCache) ([]Match, error) {
	if q.Top <= 0 {
		q.Top = 5
	}
	if q.MinScore <= 0 {
		q.MinScore = 50
	}
	q.SourceLang, q.TargetLang = NormalizeLang(q.SourceLang), NormalizeLang(q.TargetLang)
	ids, err := m.shortlist(ctx, q, c)
	if err != nil {
		return nil, store.Explain(m.name, err)
	}
	units, err := m.units(ctx, q, ids, c)
	if err != nil {
		return nil, store.Explain(m.name, err)
	}
	qa := analyse(q.SourceLang, q.Text)
	out := m.top(qa, units, q)
	for i := range out {
		if out[i].Score < 100 {
			out[i].SourceDiff, out[i].QueryDiff = diff(qa, *m.analyses.get(out[i].Unit))
		}
	}
	return out, nil
}

func compareMatches(a, b Match) int {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
		return c
	}
	if c := cmp.Compare(b.Context, a.Context); c != 0 {
		return c
	}
	if c := cmp.Compare(b.ScoreStem, a.ScoreStem); c != 0 {
		return c
	}
	if c := cmp.Compare(b.ScoreNoStem, a.ScoreNoStem); c != 0 {
		return c
	}
	if c := cmp.Compare(b.ScoreVerbatim, a.ScoreVerbatim); c != 0 {
		return c
	}
	return b.Changed.Compare(a.Changed)
}

// top scores the units against qa and returns the q.Top best, best first. Units are scored in
// the order of their upper bound, and scoring stops when no unit left can enter the top.
func (m *Memory) top(qa analysis, units []Unit, q Query) []Match {
	type cand struct {
		u     Unit
		a     *analysis
		bound float64
	}
	cands := make([]cand, 0, len(units))
	for _, u := range units {
		a := m.analyses.get(u)
		if b := upperBound(qa, *a); b >= q.MinScore {
			cands = append(cands, cand{u, a, b})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.bound, a.bound) })
	var out []Match
	for _, c := range cands {
		if len(out) == q.Top && c.bound < out[q.Top-1].Score {
			break
		}
		mt := score(qa, c.u, *c.a)
		mt.Context = contextMatch(c.u, q.At)
		if mt.Score < q.MinScore {
			continue
		}
		i, _ := slices.BinarySearchFunc(out, mt, compareMatches)
		out = slices.Insert(out, i, mt)
		if len(out) > q.Top {
			out = out[:q.Top]
		}
	}
	return out
}

func score(qa analysis, u Unit, ma analysis) Match {
	mt := Match{
		Unit:          u,
		ScoreStem:     similarity(qa.stems, ma.stems),
		ScoreNoStem:   similarity(qa.words, ma.words),
		ScoreVerbatim: similarity(qa.verbatim, ma.verbatim),
	}
	mt.Score, mt.Differences = honestScore(qa, ma)
	mt.NumbersDiffer, mt.MissingNumbers = numberDiff(qa, ma)
	return mt
}

// shortlist returns the ids of exact matches, then of the units sharing the most of the query's
// rarest terms (each term weighted by its rarity).
func (m *Memory) shortlist(ctx context.Context, q Query, c *lookupCache) ([]int64, error) {
	var ids []int64
	rows, err := m.db.QueryContext(ctx, `SELECT id FROM tm_unit WHERE src_lang = ? AND tgt_lang = ? AND source = ?`,
		q.SourceLang, q.TargetLang, q.Text)
	if err != nil {
		return nil, err
	}
	if ids, err = appendIDs(ids, rows); err != nil {
		return nil, err
	}
	terms, err := m.searchTerms(ctx, q, c)
	if err != nil || len(terms) == 0 {
		return ids, err
	}
	weights := make(map[int64]float64)
	for _, t := range terms {
		postings, err := m.postings(ctx, t.term, c)
		if err != nil {
			return nil, err
		}
		w := 1 / math.Log2(2+float64(t.df))
		for _, id := range postings {
			weights[id] += w
		}
	}
	return append(ids, best(weights, shortlistSize)...), nil
}

// postings returns the ids of the units whose source holds term.
func (m *Memory) postings(ctx context.Context, term string, c *lookupCache) ([]int64, error) {
	if c != nil {
		if p, ok := c.postings[term]; ok {
			return p, nil
		}
	}
	rows, err := m.db.QueryContext(ctx, `SELECT rowid FROM tm_fts WHERE tm_fts MATCH ?`, `"`+term+`"`)
	if err != nil {
		return nil, err
	}
	p, err := appendIDs(nil, rows)
	if err == nil && c != nil {
		c.postings[term] = p
	}
	return p, err
}

// best returns the n ids of highest weight.
func best(weights map[int64]float64, n int) []int64 {
	type weighted struct {
		id int64
		w  float64
	}
	ws := make([]weighted, 0, len(weights))
	for id, w := range weights {
		ws = append(ws, weighted{id, w})
	}
	slices.SortFunc(ws, func(a, b weighted) int {
		if c := cmp.Compare(b.w, a.w); c != 0 {
			return c
		}
		return cmp.Compare(b.id, a.id) // newer first
	})
	ids := make([]int64, min(n, len(ws)))
	for i := range ids {
		ids[i] = ws[i].id
	}
	return ids
}

type rowsScanner interface {
	Next() bool
	Scan(...any) error
	Err() error
	Close() error
}

func appendIDs(ids []int64, rows rowsScanner) ([]int64, error) {
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

type searchTerm struct {
	term string
	df   int // how many units hold it
}

// searchTerms picks the query's terms that are in the index, rarest first.
func (m *Memory) searchTerms(ctx context.Context, q Query, c *lookupCache) ([]searchTerm, error) {
	var terms []string
	for _, t := range token.Tokenize(q.Text) {
		if t.Kind != token.Punct {
			if k := ftsTerm(q.SourceLang, t); !slices.Contains(terms, k) {
				terms = append(terms, k)
			}
		}
	}
	if len(terms) == 0 {
		return nil, nil
	}
	stmt, err := m.db.PrepareContext(ctx, `SELECT df FROM tm_term WHERE term = ?`)
	if err != nil {
		return nil, err
	}
	defer stmt.Close()
	var found []searchTerm
	for _, term := range terms {
		df, ok := 0, false
		if c != nil {
			df, ok = c.df[term]
		}
		if !ok {
			err := stmt.QueryRowContext(ctx, term).Scan(&df)
			switch {
			case errors.Is(err, sql.ErrNoRows):
				df = -1
			case err != nil:
				return nil, err
			}
			if c != nil {
				c.df[term] = df
			}
		}
		if df >= 0 {
			found = append(found, searchTerm{term: term, df: df})
		}
	}
	slices.SortStableFunc(found, func(a, b searchTerm) int { return cmp.Compare(a.df, b.df) })
	var picked []searchTerm
	for _, t := range found {
		if len(picked) < maxTerms && (t.df <= commonDF || len(picked) < minTerms) {
			picked = append(picked, t)
		}
	}
	return picked, nil
}

// units loads the units with the given ids in q's language pair.
func (m *Memory) units(ctx context.Context, q Query, ids []int64, c *lookupCache) ([]Unit, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	var out []Unit
	if c != nil {
		var missing []int64
		for _, id := range ids {
			u, ok := c.units[id]
			switch {
			case !ok:
				missing = append(missing, id)
			case u != nil && u.SourceLang == q.SourceLang && u.TargetLang == q.TargetLang:
				out = append(out, *u)
			}
		}
		ids = missing
		if len(ids) == 0 {
			return out, nil
		}
	}
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprint(&b, id)
	}
	// Languages are filtered here: in SQL the planner would prefer the (languages, source) index
	// over the row ids and scan the whole memory.
	rows, err := m.db.QueryContext(ctx, `SELECT `+unitColumns+` FROM tm_unit WHERE id IN (`+b.String()+`)`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			return nil, err
		}
		if c != nil {
			c.units[u.ID] = &u
		}
		if u.SourceLang == q.SourceLang && u.TargetLang == q.TargetLang {
			out = append(out, u)
		}
	}
	return out, rows.Err()
}
