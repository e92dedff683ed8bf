package tm

import (
	"context"
	"database/sql"
	"encoding/json"
	"maps"
	"slices"
	"strings"
)

// A transaction that stores or removes units writes the look-up index (tm_fts), the terms'
// frequencies (tm_term) and, in bulk, the concordance index (tm_conc) once, at its end. Written unit
// by unit, they were most of the cost of a bulk store: every statement that may fail halfway
// (a delete or insert firing a trigger, any write to an FTS5 table) opens a savepoint, and FTS5
// answers a savepoint by flushing its pending terms of every FTS5 table in the transaction to disk
// as a new segment, sorting and clearing a hash whose size is that of the largest batch the
// connection ever wrote; and each term's frequency was one statement a unit. Nothing in the
// transaction reads these tables, so putting them off changes nothing but the time.

// pendingIndex is what a transaction's writes to tm_unit owe the indexes, made by flush.
type pendingIndex struct {
	stems   map[int64]string          // look-up index rows of the units inserted, by id
	dropped []int64                   // look-up index rows of the units deleted that were there before
	df      map[string]int            // change of each term's document frequency
	terms   map[[2]string]sourceTerms // by language and source, those worked out
	conc    *pendingConc              // nil when the triggers keep the concordance index, unit by unit
}

// pendingConc is what the concordance index owes a bulk transaction, its triggers dropped.
// Its index is external-content: it forgets a unit's words on trust, given them, so a unit inserted
// and deleted in the transaction is simply never indexed, and a unit there before is forgotten with
// its own words.
type pendingConc struct {
	fresh map[int64]bool // units inserted, not yet indexed
	gone  []Unit         // units deleted that the index holds
}

// newPendingIndex starts a transaction's pending writes; in bulk the concordance's are put off too,
// the caller having dropped its triggers (see dropConcordanceTriggers).
func newPendingIndex(bulk bool) *pendingIndex {
	p := &pendingIndex{stems: map[int64]string{}, df: map[string]int{}, terms: map[[2]string]sourceTerms{}}
	if bulk {
		p.conc = &pendingConc{fresh: map[int64]bool{}}
	}
	return p
}

// sourceTerms are a source segment's index terms: as the look-up index holds them, and distinct.
type sourceTerms struct {
	stems    string
	distinct []string
}

// termsOf returns the index terms of a source segment, worked out once a transaction: a unit
// replaced and the unit replacing it, or a unit restored, share their French.
func (p *pendingIndex) termsOf(lang, source string) sourceTerms {
	k := [2]string{lang, source}
	if st, ok := p.terms[k]; ok {
		return st
	}
	terms := indexTerms(lang, source)
	st := sourceTerms{stems: strings.Join(terms, " ")}
	slices.Sort(terms)
	st.distinct = slices.Compact(terms)
	p.terms[k] = st
	return st
}

// inserted notes the unit u, just inserted with its id.
func (p *pendingIndex) inserted(u Unit) {
	st := p.termsOf(u.SourceLang, u.Source)
	p.stems[u.ID] = st.stems
	for _, t := range st.distinct {
		p.df[t]++
	}
	if p.conc != nil {
		p.conc.fresh[u.ID] = true
	}
}

// deleted notes the unit u, just deleted.
func (p *pendingIndex) deleted(u Unit) {
	if _, ok := p.stems[u.ID]; ok {
		delete(p.stems, u.ID)
	} else {
		p.dropped = append(p.dropped, u.ID)
	}
	for _, t := range p.termsOf(u.SourceLang, u.Source).distinct {
		p.df[t]--
	}
	if p.conc == nil {
		return
	}
	if p.conc.fresh[u.ID] {
		delete(p.conc.fresh, u.ID)
	} else {
		p.conc.gone = append(p.conc.gone, u)
	}
}

// flush makes the pending writes in tx: deletions first, as SQLite gives a new unit the id of the
// last one deleted; in bulk, it creates the concordance triggers again.
func (p *pendingIndex) flush(ctx context.Context, tx *sql.Tx) error {
	if err := p.flushLookup(ctx, tx); err != nil {
		return err
	}
	if p.conc == nil {
		return nil
	}
	return p.conc.flush(ctx, tx)
}

// flushLookup writes the look-up index and the terms' frequencies.
func (p *pendingIndex) flushLookup(ctx context.Context, tx *sql.Tx) error {
	if len(p.dropped) > 0 {
		ids, err := json.Marshal(p.dropped)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM tm_fts WHERE rowid IN (SELECT value FROM json_each(?))`, string(ids)); err != nil {
			return err
		}
	}
	var rows []any
	for _, id := range slices.Sorted(maps.Keys(p.stems)) {
		rows = append(rows, id, p.stems[id])
	}
	if err := execValues(ctx, tx, `INSERT INTO tm_fts (rowid, stems) VALUES `, "", 2, rows); err != nil {
		return err
	}
	rows = rows[:0]
	var fewer []any
	for _, t := range slices.Sorted(maps.Keys(p.df)) {
		if d := p.df[t]; d != 0 {
			rows = append(rows, t, d)
		}
		if p.df[t] < 0 {
			fewer = append(fewer, t)
		}
	}
	if err := execValues(ctx, tx, `INSERT INTO tm_term (term, df) VALUES `,
		` ON CONFLICT (term) DO UPDATE SET df = df + excluded.df`, 2, rows); err != nil {
		return err
	}
	return execValues(ctx, tx, `DELETE FROM tm_term WHERE df <= 0 AND term IN (VALUES `, `)`, 1, fewer)
}

// flush indexes the units inserted, forgets those deleted, and creates the triggers again.
func (c *pendingConc) flush(ctx context.Context, tx *sql.Tx) error {
	var rows []any
	for _, u := range c.gone {
		rows = append(rows, u.ID, u.Source, u.Target)
	}
	if err := execValues(ctx, tx, `INSERT INTO tm_conc (tm_conc, rowid, source, target) VALUES `, "", 3, rows,
		"'delete'"); err != nil {
		return err
	}
	if len(c.fresh) > 0 {
		list, err := json.Marshal(slices.Sorted(maps.Keys(c.fresh)))
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO tm_conc (rowid, source, target)
			SELECT id, source, target FROM tm_unit WHERE id IN (SELECT value FROM json_each(?))`, string(list)); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, concordanceInsertTrigger+`;`+concordanceDeleteTrigger)
	return err
}

// dropConcordanceTriggers drops, in a bulk transaction, the triggers that index units one by one;
// pendingConc.flush creates them again before the commit, so no other connection sees the table
// without them.
func dropConcordanceTriggers(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `DROP TRIGGER tm_conc_insert; DROP TRIGGER tm_conc_delete`)
	return err
}

// valuesParams is how many parameters execValues binds a statement at most, under SQLite's limit
// (32,766): few statements, as each one that writes an FTS5 table flushes what it has pending as a
// segment of its own, which later ones merge.
const valuesParams = 30_000

// execValues runs prefix, a VALUES list of the rows (cols arguments each, after the constants
// lead, e.g. "'delete'"), then suffix, in statements of valuesParams parameters at most.
func execValues(ctx context.Context, tx *sql.Tx, prefix, suffix string, cols int, args []any, lead ...string) error {
	row := "(" + strings.Join(append(slices.Clone(lead), slices.Repeat([]string{"?"}, cols)...), ", ") + ")"
	for len(args) > 0 {
		n := min(len(args), valuesParams) / cols
		q := prefix + strings.Repeat(row+",", n-1) + row + suffix
		if _, err := tx.ExecContext(ctx, q, args[:n*cols]...); err != nil {
			return err
		}
		args = args[n*cols:]
	}
	return nil
}
