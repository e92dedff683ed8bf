package tm

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/glose-app/glose/suggest/store"
	"github.com/glose-app/glose/suggest/token"
)

// Match is a memory unit found for a query, with OmegaT-style scores in percent (0–100).
type Match struct {
	Unit
	Score          float64  // over folded, stemmed words and numbers: the score translators see
	ScoreNoStem    float64  // over lower-cased words and numbers
	ScoreVerbatim  float64  // over every token as written, punctuation included
	SourceDiff     []Range  // byte ranges of Unit.Source that the query lacks or changes
	QueryDiff      []Range  // byte ranges of the query that Unit.Source lacks or changes
	NumbersDiffer  bool     // the query and Unit.Source hold different numbers
	MissingNumbers []string // numbers of the query (as written) that Unit.Source lacks
}

// Query is a fuzzy look-up.
type Query struct {
	Text       string  // the source segment to translate
	SourceLang string  // BCP 47 tag, e.g. "fr"
	TargetLang string  // BCP 47 tag, e.g. "en"
	Top        int     // how many matches at most; 5 if zero
	MinScore   float64 // lowest Score kept, in percent; 50 if zero
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

// Lookup returns the best matches for q, best first: by Score, then ScoreNoStem, then
// ScoreVerbatim, then the most recently confirmed.
func (m *Memory) Lookup(ctx context.Context, q Query) ([]Match, error) {
	if q.Top <= 0 {
		q.Top = 5
	}
	if q.MinScore <= 0 {
		q.MinScore = 50
	}
	q.SourceLang, q.TargetLang = NormalizeLang(q.SourceLang), NormalizeLang(q.TargetLang)
	ids, err := m.shortlist(ctx, q)
	if err != nil {
		return nil, store.Explain(m.name, err)
	}
	units, err := m.units(ctx, q, ids)
	if err != nil {
		return nil, store.Explain(m.name, err)
	}
	qa := analyse(q.SourceLang, q.Text)
	var out []Match
	for _, u := range units {
		if mt := score(qa, u); mt.Score >= q.MinScore {
			out = append(out, mt)
		}
	}
	slices.SortFunc(out, compareMatches)
	if len(out) > q.Top {
		out = out[:q.Top]
	}
	for i := range out {
		if out[i].ScoreVerbatim < 100 {
			out[i].SourceDiff, out[i].QueryDiff = diff(qa, analyse(out[i].SourceLang, out[i].Source))
		}
	}
	return out, nil
}

func compareMatches(a, b Match) int {
	if c := cmp.Compare(b.Score, a.Score); c != 0 {
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

func score(qa analysis, u Unit) Match {
	ma := analyse(u.SourceLang, u.Source)
	mt := Match{
		Unit:          u,
		Score:         similarity(qa.stems, ma.stems),
		ScoreNoStem:   similarity(qa.words, ma.words),
		ScoreVerbatim: similarity(qa.verbatim, ma.verbatim),
	}
	mt.NumbersDiffer, mt.MissingNumbers = numberDiff(qa, ma)
	return mt
}

// shortlist returns the ids of exact matches, then of the units sharing the most of the query's
// rarest terms (each term weighted by its rarity).
func (m *Memory) shortlist(ctx context.Context, q Query) ([]int64, error) {
	var ids []int64
	rows, err := m.db.QueryContext(ctx, `SELECT id FROM tm_unit WHERE src_lang = ? AND tgt_lang = ? AND source = ?`,
		q.SourceLang, q.TargetLang, q.Text)
	if err != nil {
		return nil, err
	}
	if ids, err = appendIDs(ids, rows); err != nil {
		return nil, err
	}
	terms, err := m.searchTerms(ctx, q)
	if err != nil || len(terms) == 0 {
		return ids, err
	}
	weights := make(map[int64]float64)
	for _, t := range terms {
		rows, err := m.db.QueryContext(ctx, `SELECT rowid FROM tm_fts WHERE tm_fts MATCH ?`, `"`+t.term+`"`)
		if err != nil {
			return nil, err
		}
		postings, err := appendIDs(nil, rows)
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

// best returns the n ids of highest weight.
func best(weights map[int64]float64, n int) []int64 {
	ids := slices.Collect(maps.Keys(weights))
	slices.SortFunc(ids, func(a, b int64) int {
		if c := cmp.Compare(weights[b], weights[a]); c != 0 {
			return c
		}
		return cmp.Compare(b, a) // newer first
	})
	return ids[:min(n, len(ids))]
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
func (m *Memory) searchTerms(ctx context.Context, q Query) ([]searchTerm, error) {
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
		t := searchTerm{term: term}
		err := stmt.QueryRowContext(ctx, term).Scan(&t.df)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found = append(found, t)
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
func (m *Memory) units(ctx context.Context, q Query, ids []int64) ([]Unit, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
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
	var out []Unit
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			return nil, err
		}
		if u.SourceLang == q.SourceLang && u.TargetLang == q.TargetLang {
			out = append(out, u)
		}
	}
	return out, rows.Err()
}
