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

	"github.com/glose-app/glose/suggest/token"
)

// refLookup is Lookup as it was before look-ups kept their postings, units and bags per Batch
// (commit 04c55bf, without its cache): a map of weights sorted whole, a query per term, the
// upper bound over folded strings. Tests compare the fast look-up against it.
func (m *Memory) refLookup(ctx context.Context, q Query) ([]Match, error) {
	if q.Top <= 0 {
		q.Top = 5
	}
	if q.MinScore <= 0 {
		q.MinScore = 50
	}
	q.SourceLang, q.TargetLang = NormalizeLang(q.SourceLang), NormalizeLang(q.TargetLang)
	ids, err := m.refShortlist(ctx, q)
	if err != nil {
		return nil, err
	}
	units, err := m.refUnits(ctx, q, ids)
	if err != nil {
		return nil, err
	}
	qa := analyse(q.SourceLang, q.Text)
	out := refTop(qa, units, q)
	for i := range out {
		if out[i].Score < 100 {
			ma := analyse(out[i].SourceLang, out[i].Source)
			out[i].SourceDiff, out[i].QueryDiff = diff(qa, ma)
		}
	}
	return out, nil
}

func refTop(qa analysis, units []Unit, q Query) []Match {
	type cand struct {
		u     Unit
		a     analysis
		bound float64
	}
	cands := make([]cand, 0, len(units))
	for _, u := range units {
		a := analyse(u.SourceLang, u.Source)
		if b := refUpperBound(qa, a); b >= q.MinScore {
			cands = append(cands, cand{u, a, b})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.bound, a.bound) })
	var out []Match
	for _, c := range cands {
		if len(out) == q.Top && c.bound < out[q.Top-1].Score {
			break
		}
		mt := score(qa, c.u, c.a)
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

func refUpperBound(q, m analysis) float64 {
	qb, mb := sorted(q.folded), sorted(m.folded)
	n := max(len(qb), len(mb))
	if n == 0 {
		return 100
	}
	common := 0
	for i, j := 0, 0; i < len(qb) && j < len(mb); {
		switch c := strings.Compare(qb[i], mb[j]); {
		case c == 0:
			common++
			i, j = i+1, j+1
		case c < 0:
			i++
		default:
			j++
		}
	}
	return 100 * float64(common) / float64(n)
}

func (m *Memory) refShortlist(ctx context.Context, q Query) ([]int64, error) {
	rows, err := m.db.QueryContext(ctx, `SELECT id FROM tm_unit WHERE src_lang = ? AND tgt_lang = ? AND source = ?`,
		q.SourceLang, q.TargetLang, q.Text)
	if err != nil {
		return nil, err
	}
	ids, err := appendIDs(nil, rows)
	if err != nil {
		return nil, err
	}
	terms, err := m.refSearchTerms(ctx, q)
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
		return cmp.Compare(b.id, a.id)
	})
	for i := range min(shortlistSize, len(ws)) {
		ids = append(ids, ws[i].id)
	}
	return ids, nil
}

func (m *Memory) refSearchTerms(ctx context.Context, q Query) ([]searchTerm, error) {
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
		var df int
		err := m.db.QueryRowContext(ctx, `SELECT df FROM tm_term WHERE term = ?`, term).Scan(&df)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			continue
		case err != nil:
			return nil, err
		}
		found = append(found, searchTerm{term: term, df: df})
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

func (m *Memory) refUnits(ctx context.Context, q Query, ids []int64) ([]Unit, error) {
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
