package tm

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"

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
	return m.Batch().Lookup(ctx, q)
}

// Lookup is Memory.Lookup.
func (b *Batch) Lookup(ctx context.Context, q Query) ([]Match, error) {
	if q.Top <= 0 {
		q.Top = 5
	}
	if q.MinScore <= 0 {
		q.MinScore = 50
	}
	q.SourceLang, q.TargetLang = NormalizeLang(q.SourceLang), NormalizeLang(q.TargetLang)
	ids, err := b.shortlist(ctx, q)
	if err != nil {
		return nil, store.Explain(b.m.name, err)
	}
	units, err := b.units(ctx, ids)
	if err != nil {
		return nil, store.Explain(b.m.name, err)
	}
	qa := analyse(q.SourceLang, q.Text)
	out := b.top(qa, units, q)
	for i := range out {
		if out[i].Score < 100 {
			out[i].SourceDiff, out[i].QueryDiff = diff(qa, *b.m.analyses.get(out[i].Unit))
		}
	}
	return out, nil
}

// top scores the shortlisted units in q's language pair against qa and returns the q.Top best,
// best first. Units are scored in the order of their upper bound (ties in the order of their ids),
// and scoring stops when no unit left can enter the top; a unit is analysed only when scored.
func (b *Batch) top(qa analysis, units []*cachedUnit, q Query) []Match {
	type cand struct {
		u     *cachedUnit
		bound float64
	}
	b.mu.Lock()
	qb := b.cache.queryBag(qa.folded)
	b.mu.Unlock()
	cands := make([]cand, 0, len(units))
	for _, u := range units {
		if u.SourceLang != q.SourceLang || u.TargetLang != q.TargetLang {
			continue
		}
		if bd := upperBound(qb, u.bag); bd >= q.MinScore {
			cands = append(cands, cand{u, bd})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.bound, a.bound) })
	var out []Match
	for _, c := range cands {
		if len(out) == q.Top && c.bound < out[q.Top-1].Score {
			break
		}
		mt := score(qa, c.u.Unit, *b.m.analyses.get(c.u.Unit))
		mt.Context = contextMatch(c.u.Unit, q.At)
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

// shortlist tuning: a term found in df units weighs 1/log2(2+df), the rarer the heavier.
func weightOf(df int) float64 { return 1 / math.Log2(2+float64(df)) }

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
func (b *Batch) searchTerms(ctx context.Context, q Query) ([]searchTerm, error) {
	var terms []string
	for _, t := range token.Tokenize(q.Text) {
		if t.Kind != token.Punct {
			if k := ftsTerm(q.SourceLang, t); !slices.Contains(terms, k) {
				terms = append(terms, k)
			}
		}
	}
	var found []searchTerm
	for _, term := range terms {
		b.mu.Lock()
		df, ok := b.cache.df[term]
		b.mu.Unlock()
		if !ok {
			err := b.m.lookups.df.QueryRowContext(ctx, term).Scan(&df)
			switch {
			case errors.Is(err, sql.ErrNoRows):
				df = -1
			case err != nil:
				return nil, err
			}
			b.mu.Lock()
			b.cache.df[term] = df
			b.mu.Unlock()
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

// lookupStmts are the look-up's queries, and Before's (see touched), prepared once per Memory.
type lookupStmts struct {
	exact, df, postings, touched *sql.Stmt
}

func prepareLookups(ctx context.Context, db *sql.DB) (lookupStmts, error) {
	var s lookupStmts
	var err error
	for _, p := range []struct {
		stmt  **sql.Stmt
		query string
	}{
		{&s.exact, `SELECT id FROM tm_unit WHERE src_lang = ? AND tgt_lang = ? AND source = ?`},
		{&s.df, `SELECT df FROM tm_term WHERE term = ?`},
		{&s.postings, `SELECT rowid FROM tm_fts WHERE tm_fts MATCH ?`},
		{&s.touched, touchedQuery},
	} {
		if *p.stmt, err = db.PrepareContext(ctx, p.query); err != nil {
			s.close()
			return lookupStmts{}, fmt.Errorf("preparing %q: %w", p.query, err)
		}
	}
	return s, nil
}

func (s lookupStmts) close() error {
	var errs []error
	for _, st := range []*sql.Stmt{s.exact, s.df, s.postings, s.touched} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errors.Join(errs...)
}
