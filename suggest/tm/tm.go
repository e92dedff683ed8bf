// Package tm is Glose's translation memory: confirmed segment pairs kept in the user's SQLite
// database (see package store), shared by all documents, with fuzzy look-up scored the way OmegaT
// does (word-level edit distance over stemmed, unstemmed and verbatim tokens, in percent), diff
// ranges for highlighting, a flag when numbers differ, and TMX 1.4b import and export.
//
// Look-ups shortlist candidates with an SQLite FTS5 index over light stems of the source: the
// query's rarest terms (document frequencies are kept in their own table, since FTS5 can only count
// them by walking a term's whole posting list) are looked up, the units sharing most of them by
// weight are scored exactly.
package tm

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/glose-app/glose/suggest/store"
	"github.com/glose-app/glose/suggest/token"
	"golang.org/x/text/unicode/norm"
)

// Unit is one translation unit: a source segment and its translation.
type Unit struct {
	ID         int64     // row id in the database; 0 before it is stored
	SourceLang string    // BCP 47 tag of Source, e.g. "fr"
	TargetLang string    // BCP 47 tag of Target, e.g. "en"
	Source     string    // the source segment
	Target     string    // its translation
	Origin     string    // where it came from: a document id or file name (may be empty)
	Segment    string    // the segment's ID in the document Origin; "" when imported (see Place)
	Context    string    // Neighbours of that segment; "" when imported
	Note       string    // free text (may be empty)
	Created    time.Time // when first stored
	Changed    time.Time // when last confirmed
}

// Memory is a translation memory stored in an SQLite database. It is safe for concurrent use.
type Memory struct {
	db     *sql.DB
	name   string // the database path, for messages
	closer bool   // whether Close closes db

	analyses analysisCache
	lookups  lookupStmts
}

const schema = `
CREATE TABLE IF NOT EXISTS tm_unit (
	id       INTEGER PRIMARY KEY,
	src_lang TEXT NOT NULL,
	tgt_lang TEXT NOT NULL,
	source   TEXT NOT NULL,
	target   TEXT NOT NULL,
	origin   TEXT NOT NULL DEFAULT '',
	segment  TEXT NOT NULL DEFAULT '',
	context  TEXT NOT NULL DEFAULT '',
	note     TEXT NOT NULL DEFAULT '',
	created  INTEGER NOT NULL,
	changed  INTEGER NOT NULL,
	UNIQUE (src_lang, tgt_lang, source, target)
);
CREATE VIRTUAL TABLE IF NOT EXISTS tm_fts USING fts5(stems, detail=none, tokenize='unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS tm_term (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
`

// DefaultPath is the user's translation memory: $XDG_DATA_HOME/glose/tm.db when XDG_DATA_HOME is
// set, else glose/tm.db in os.UserConfigDir. getenv is os.Getenv outside tests.
func DefaultPath(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "glose", "tm.db"), nil
	}
	d, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("finding the user's data directory for the translation memory: %w", err)
	}
	return filepath.Join(d, "glose", "tm.db"), nil
}

// Open opens or creates the translation memory in the database file at path.
func Open(path string) (*Memory, error) {
	db, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	m, err := New(db, path)
	if err != nil {
		db.Close()
		return nil, err
	}
	m.closer = true
	return m, nil
}

// New uses an open database (shared with the glossary, say), creating the memory's tables if
// needed; name is the database's path or another name for messages. Close does not close db.
func New(db *sql.DB, name string) (*Memory, error) {
	if err := createTables(context.Background(), db, name); err != nil {
		return nil, err
	}
	lookups, err := prepareLookups(context.Background(), db)
	if err != nil {
		return nil, store.Explain(name, err)
	}
	return &Memory{db: db, name: name, lookups: lookups}, nil
}

// DB returns the underlying database, to share it with the glossary.
func (m *Memory) DB() *sql.DB { return m.db }

// Close closes the database if Open opened it.
func (m *Memory) Close() error {
	err := m.lookups.close()
	if !m.closer {
		return err
	}
	return errors.Join(err, m.db.Close())
}

// Add stores one confirmed pair (see AddBatch).
func (m *Memory) Add(ctx context.Context, u Unit) error { return m.AddBatch(ctx, []Unit{u}) }

// bulkUnits is how many units a transaction stores or restores to index them for concordance in a
// few statements rather than by the triggers, one by one (see pendingConc): dropping and creating
// the triggers again changes the schema, which makes every connection prepare its statements again.
const bulkUnits = 100

// AddBatch stores pairs in one transaction, each one a confirmation from its place (see claim.go).
// A pair already present (same languages, source and target) only has its Changed time, place
// (when given) and note updated. A pair from a segment of a document (Origin and Segment set)
// replaces the other English stored for the same French from there (see Place). Empty sources or
// targets are errors.
func (m *Memory) AddBatch(ctx context.Context, units []Unit) error {
	return m.addBatch(ctx, units, Unit.confirmation)
}

// addBatch is AddBatch, each unit held by the claim claimOf makes of it, given when it was stored.
func (m *Memory) addBatch(ctx context.Context, units []Unit, claimOf func(Unit, int64) claim) error {
	for i, u := range units {
		if err := u.validate(); err != nil {
			return fmt.Errorf("translation unit %d: %w", i+1, err)
		}
	}
	tx, err := m.db.BeginTx(ctx, nil)
	if err != nil {
		return store.Explain(m.name, err)
	}
	defer tx.Rollback()
	st, err := prepareStmts(ctx, tx, len(units) >= bulkUnits)
	if err != nil {
		return store.Explain(m.name, err)
	}
	now := time.Now()
	for _, u := range units {
		u = u.keyed()
		if err := insertUnit(ctx, st, u, now, claimOf); err != nil {
			return store.Explain(m.name, err)
		}
	}
	if err := st.idx.flush(ctx, tx); err != nil {
		return store.Explain(m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return store.Explain(m.name, err)
	}
	return nil
}

// stmts are the statements that store and remove units in a transaction, and the index writes
// they put off to its end.
type stmts struct {
	ins, upd, find, del *sql.Stmt
	claims              claimStmts
	idx                 *pendingIndex
}

// prepareStmts prepares AddBatch's statements in its transaction; in bulk, it drops the
// concordance triggers, its index written at the end too (see pendingIndex.flush).
func prepareStmts(ctx context.Context, tx *sql.Tx, bulk bool) (stmts, error) {
	if bulk {
		if err := dropConcordanceTriggers(ctx, tx); err != nil {
			return stmts{}, err
		}
	}
	st := stmts{idx: newPendingIndex(bulk)}
	var err error
	prep := func(s **sql.Stmt, q string) {
		if err == nil {
			*s, err = tx.PrepareContext(ctx, q)
		}
	}
	prep(&st.ins, `INSERT OR IGNORE INTO tm_unit
		(src_lang, tgt_lang, source, target, origin, segment, context, note, created, changed)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	prep(&st.upd, `UPDATE tm_unit SET changed = max(changed, ?3),
			origin = CASE WHEN ?4 = '' THEN origin ELSE ?4 END, note = CASE WHEN ?5 = '' THEN note ELSE ?5 END,
			segment = CASE WHEN ?4 = '' THEN segment ELSE ?8 END, context = CASE WHEN ?4 = '' THEN context ELSE ?9 END
		WHERE src_lang = ?1 AND tgt_lang = ?2 AND source = ?6 AND target = ?7`)
	prep(&st.find, withClaims(`src_lang = ?1 AND tgt_lang = ?2 AND source = ?3 AND target <> ?6
		AND EXISTS (SELECT 1 FROM tm_claim k WHERE k.unit = tm_unit.id AND k.kind = 'confirmed' AND k.origin = ?4
			AND k.segment IN (?5, ''))`))
	prep(&st.del, `DELETE FROM tm_unit WHERE id = ?`) // triggers and foreign keys clean tm_conc, tm_markup, tm_claim
	if err != nil {
		return st, err
	}
	st.claims, err = prepareClaims(ctx, tx)
	return st, err
}

// insertUnit stores u, replacing what it replaces in place, held by the claim claimOf makes of it.
func insertUnit(ctx context.Context, st stmts, u Unit, now time.Time, claimOf func(Unit, int64) claim) error {
	created, changed := unitTimes(u, now)
	if err := replaceInPlace(ctx, st, u); err != nil {
		return err
	}
	if _, err := storeUnit(ctx, st, u, created, changed); err != nil {
		return err
	}
	return putClaim(ctx, st, u, claimOf(u, changed.UnixMilli()))
}

// unitTimes are the times u is stored with: its own, now when it has none, never created after
// changed.
func unitTimes(u Unit, now time.Time) (created, changed time.Time) {
	created, changed = u.Created, u.Changed
	if changed.IsZero() {
		changed = now
	}
	if created.IsZero() || created.After(changed) {
		created = changed
	}
	return created, changed
}

// storeUnit inserts u, or updates the unit of its pair (see AddBatch), replacing nothing, and
// returns the id of the unit it inserted, or 0.
func storeUnit(ctx context.Context, st stmts, u Unit, created, changed time.Time) (int64, error) {
	res, err := st.ins.ExecContext(ctx, u.SourceLang, u.TargetLang, u.Source, u.Target, u.Origin, u.Segment,
		u.Context, u.Note, created.UnixMilli(), changed.UnixMilli())
	if err != nil {
		return 0, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		_, err = st.upd.ExecContext(ctx, u.SourceLang, u.TargetLang, changed.UnixMilli(), u.Origin, u.Note,
			u.Source, u.Target, u.Segment, u.Context)
		return 0, err
	}
	if u.ID, err = res.LastInsertId(); err != nil {
		return 0, err
	}
	st.idx.inserted(u)
	return u.ID, nil
}

// keyed is u as the memory keys it: languages normalised (NormalizeLang) and text in NFC, as
// documents are, so that a pair typed with e + U+0301 in a client's file is the pair a segment
// confirms.
func (u Unit) keyed() Unit {
	u.SourceLang, u.TargetLang = NormalizeLang(u.SourceLang), NormalizeLang(u.TargetLang)
	u.Source, u.Target = norm.NFC.String(u.Source), norm.NFC.String(u.Target)
	return u
}

func (u Unit) validate() error {
	switch {
	case strings.TrimSpace(u.Source) == "":
		return errors.New("empty source")
	case strings.TrimSpace(u.Target) == "":
		return fmt.Errorf("empty target for source %q", u.Source)
	case u.SourceLang == "" || u.TargetLang == "":
		return fmt.Errorf("missing language for source %q", u.Source)
	}
	return nil
}

// indexTerms returns the terms that FTS5 indexes for a source segment.
func indexTerms(lang, s string) []string {
	var terms []string
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Punct {
			terms = append(terms, ftsTerm(lang, t))
		}
	}
	return terms
}

// ftsTerm is a token's key in the FTS index: its stem, or a number's digits.
func ftsTerm(lang string, t token.Token) string {
	if t.Kind == token.Number {
		return strings.ReplaceAll(token.NumberKey(t.Text), ".", "d") // one FTS token
	}
	return token.Stem(lang, token.Fold(t.Text))
}

// Count returns how many units the memory holds.
func (m *Memory) Count(ctx context.Context) (int, error) {
	var n int
	if err := m.db.QueryRowContext(ctx, `SELECT count(*) FROM tm_unit`).Scan(&n); err != nil {
		return 0, store.Explain(m.name, err)
	}
	return n, nil
}

// Each calls fn for every unit in storage order, stopping at fn's first error.
func (m *Memory) Each(ctx context.Context, fn func(Unit) error) error {
	rows, err := m.db.QueryContext(ctx, `SELECT `+unitColumns+` FROM tm_unit ORDER BY id`)
	if err != nil {
		return store.Explain(m.name, err)
	}
	defer rows.Close()
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			return store.Explain(m.name, err)
		}
		if err := fn(u); err != nil {
			return err
		}
	}
	return store.Explain(m.name, rows.Err())
}

const unitColumns = `id, src_lang, tgt_lang, source, target, origin, segment, context, note, created, changed`

func scanUnit(r interface{ Scan(...any) error }) (Unit, error) {
	var u Unit
	var created, changed int64
	err := r.Scan(&u.ID, &u.SourceLang, &u.TargetLang, &u.Source, &u.Target, &u.Origin, &u.Segment, &u.Context, &u.Note,
		&created, &changed)
	u.Created, u.Changed = time.UnixMilli(created), time.UnixMilli(changed)
	return u, err
}

// extraScanner scans a unit's columns, then the extra columns a query selects after them.
type extraScanner struct {
	rows  *sql.Rows
	extra []any
}

func (s extraScanner) Scan(dest ...any) error { return s.rows.Scan(append(dest, s.extra...)...) }
