package tm

import (
	"context"
	"database/sql"
)

// Provenance. The memory keeps one unit per pair (languages, French, English), whatever gave it: a
// TMX file imported (a client's memory), a segment confirmed in a document, several of them. Each
// source that holds the pair is a claim on its unit (tm_claim), as a reference count that knows its
// references: taking a confirmation back (Withdraw, Restore, a correction that replaces the
// segment's English, see Place) removes that segment's claim only, and the unit goes with its last
// claim. Until then it stays, placed (Origin, Segment, Context, Changed) where its latest claim left
// is. A TMX import's claim is never taken back: a client's pair stays whatever a translator does to
// the segments that confirmed it too.
//
// A memory made before claims gets them when first opened. Each unit then holds a claim of unknown
// origin, which nothing takes back, since the memory cannot tell whether a TMX file or another
// document held the pair before a segment confirmed it, and, when the unit has a place, a
// confirmation from there: a correction or a withdrawal of that segment takes the unit's place
// away (it then ranks after the segment's own English, see ContextMatch), never the unit.

// claimSchema creates the claims and gives each unit of an earlier memory its claims (see above);
// in a new memory, it creates the table only.
const claimSchema = `
CREATE TABLE tm_claim (
	unit    INTEGER NOT NULL REFERENCES tm_unit (id) ON DELETE CASCADE,
	kind    TEXT NOT NULL,
	origin  TEXT NOT NULL,
	segment TEXT NOT NULL,
	context TEXT NOT NULL DEFAULT '',
	changed INTEGER NOT NULL,
	PRIMARY KEY (unit, kind, origin, segment)
) WITHOUT ROWID;
INSERT INTO tm_claim SELECT id, 'unknown', '', '', '', created FROM tm_unit;
INSERT INTO tm_claim SELECT id, 'confirmed', origin, segment, context, changed FROM tm_unit WHERE origin <> '';
`

// claimKind says what holds a unit's pair.
type claimKind string

// The kinds of claims.
const (
	confirmed claimKind = "confirmed" // a document's segment (Origin and Segment) confirmed the pair
	imported  claimKind = "imported"  // a TMX file (Origin, its name) held it
	unknown   claimKind = "unknown"   // the memory held it before it kept claims
)

// claim is one source holding a unit's pair. Kind, Origin and Segment are its key.
type claim struct {
	kind            claimKind
	origin, segment string
	context         string
	changed         int64 // Unix milliseconds
}

// confirmation is the claim of u's place, stored as a segment's confirmation at changed.
func (u Unit) confirmation(changed int64) claim {
	return claim{kind: confirmed, origin: u.Origin, segment: u.Segment, context: u.Context, changed: changed}
}

// sameKey reports whether c and d are claims of the same source.
func (c claim) sameKey(d claim) bool {
	return c.kind == d.kind && c.origin == d.origin && c.segment == d.segment
}

// claimStmts are the statements that store and take back claims, prepared in a transaction.
type claimStmts struct {
	put    *sql.Stmt // stores a claim on a pair's unit, or makes it later and gives it a context
	drop   *sql.Stmt // takes a claim back from a unit (see dropClaim)
	settle *sql.Stmt // places a unit where its latest claim is; changes nothing when it has none
	of     *sql.Stmt // a unit's claims (see claimsQuery)
}

const claimsQuery = `SELECT kind, origin, segment, context, changed FROM tm_claim WHERE unit = ?
	ORDER BY kind, origin, segment`

func prepareClaims(ctx context.Context, tx *sql.Tx) (claimStmts, error) {
	var s claimStmts
	var err error
	for _, p := range []struct {
		stmt  **sql.Stmt
		query string
	}{
		{&s.put, `INSERT INTO tm_claim (unit, kind, origin, segment, context, changed)
			SELECT id, ?5, ?6, ?7, ?8, ?9 FROM tm_unit WHERE src_lang = ?1 AND tgt_lang = ?2 AND source = ?3 AND target = ?4
			ON CONFLICT DO UPDATE SET context = excluded.context, changed = max(changed, excluded.changed)`},
		{&s.drop, `DELETE FROM tm_claim WHERE unit = ? AND kind = ? AND origin = ? AND segment = ?`},
		{&s.settle, `UPDATE tm_unit SET (origin, segment, context, changed) = (SELECT origin, segment, context, changed
			FROM tm_claim WHERE unit = ?1 ORDER BY changed DESC, kind = 'confirmed' DESC, kind, origin, segment LIMIT 1)
			WHERE id = ?1 AND EXISTS (SELECT 1 FROM tm_claim WHERE unit = ?1)`},
		{&s.of, claimsQuery},
	} {
		if err == nil {
			*p.stmt, err = tx.PrepareContext(ctx, p.query)
		}
	}
	return s, err
}

// putClaim stores c on the unit of u's pair.
func putClaim(ctx context.Context, st stmts, u Unit, c claim) error {
	_, err := st.claims.put.ExecContext(ctx, u.SourceLang, u.TargetLang, u.Source, u.Target, string(c.kind), c.origin,
		c.segment, c.context, c.changed)
	return err
}

// dropClaim takes the claim of c's key back from the unit id.
func dropClaim(ctx context.Context, st stmts, id int64, c claim) error {
	_, err := st.claims.drop.ExecContext(ctx, id, string(c.kind), c.origin, c.segment)
	return err
}

// takeBack takes back the claims of h that gone selects: h goes when they are all it has, and is
// placed where its latest claim left is otherwise.
func takeBack(ctx context.Context, st stmts, h heldUnit, gone func(claim) bool) error {
	var cs []claim
	for _, c := range h.claims {
		if gone(c) {
			cs = append(cs, c)
		}
	}
	switch len(cs) {
	case 0:
		return nil
	case len(h.claims):
		return deleteUnits(ctx, st, []Unit{h.Unit})
	}
	for _, c := range cs {
		if err := dropClaim(ctx, st, h.ID, c); err != nil {
			return err
		}
	}
	return settle(ctx, st, h.Unit)
}

// settle places the unit u where its latest claim is, or removes it when it has none left.
func settle(ctx context.Context, st stmts, u Unit) error {
	res, err := st.claims.settle.ExecContext(ctx, u.ID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n > 0 {
		return err
	}
	return deleteUnits(ctx, st, []Unit{u})
}

// claimsOf returns the claims of the unit id, in key order; q is claimsQuery prepared.
func claimsOf(ctx context.Context, q *sql.Stmt, id int64) ([]claim, error) {
	rows, err := q.QueryContext(ctx, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []claim
	for rows.Next() {
		var c claim
		if err := rows.Scan(&c.kind, &c.origin, &c.segment, &c.context, &c.changed); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// withClaims is a query of the units where holds (tm_unit's columns named in full), each with its
// claims, for queryHeld: one row a claim, in key order, or one row for a unit without any.
func withClaims(where string) string {
	return `SELECT ` + prefixed("tm_unit.", unitColumns) + `, c.kind, c.origin, c.segment, c.context, c.changed
		FROM tm_unit LEFT JOIN tm_claim c ON c.unit = tm_unit.id WHERE ` + where + `
		ORDER BY tm_unit.id, c.kind, c.origin, c.segment`
}

// queryHeld returns the units, with their claims, that q (a withClaims query) selects given args.
func queryHeld(ctx context.Context, q *sql.Stmt, args ...any) ([]heldUnit, error) {
	rows, err := q.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []heldUnit
	for rows.Next() {
		var kind, origin, segment, context sql.NullString
		var changed sql.NullInt64
		u, err := scanUnit(extraScanner{rows, []any{&kind, &origin, &segment, &context, &changed}})
		if err != nil {
			return nil, err
		}
		if k := len(out) - 1; k < 0 || out[k].ID != u.ID {
			out = append(out, heldUnit{Unit: u})
		}
		if kind.Valid {
			h := &out[len(out)-1]
			h.claims = append(h.claims, claim{kind: claimKind(kind.String), origin: origin.String, segment: segment.String,
				context: context.String, changed: changed.Int64})
		}
	}
	return out, rows.Err()
}
